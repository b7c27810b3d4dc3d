package app

// EntityType is the kind of thing a mention names.
type EntityType string

// Entity types: the named-entity types and the selectors.
const (
	TypePerson  EntityType = "PERSON"
	TypeOrg     EntityType = "ORG"
	TypeLoc     EntityType = "LOC"
	TypeNORP    EntityType = "NORP" // nationalities, religious and political groups
	TypeDate    EntityType = "DATE"
	TypeEmail   EntityType = "EMAIL"
	TypePhone   EntityType = "PHONE"
	TypeURL     EntityType = "URL"
	TypeIP      EntityType = "IP"
	TypeMoney   EntityType = "MONEY"
	TypeHashtag EntityType = "HASHTAG"
	TypeCrypto  EntityType = "CRYPTO"
)

// NameTypes are the named-entity types, in the order of the keyboard keys 1–5.
var NameTypes = []EntityType{TypePerson, TypeOrg, TypeLoc, TypeNORP, TypeDate}

// SelectorTypes are the selector types.
var SelectorTypes = []EntityType{TypeEmail, TypePhone, TypeURL, TypeIP, TypeMoney, TypeHashtag, TypeCrypto}

// Valid reports whether t is a known type.
func (t EntityType) Valid() bool {
	for _, k := range NameTypes {
		if k == t {
			return true
		}
	}
	return t.IsSelector()
}

// IsSelector reports whether t is a selector type (EMAIL, PHONE, …).
func (t EntityType) IsSelector() bool {
	for _, k := range SelectorTypes {
		if k == t {
			return true
		}
	}
	return false
}

// Origin says who made a mention.
type Origin string

// Mention origins.
const (
	OriginAuto   Origin = "auto"   // the extractor suggested it
	OriginManual Origin = "manual" // the analyst tagged it
)

// Status is the analyst's decision on a mention.
type Status string

// Mention statuses.
const (
	StatusSuggested Status = "suggested"
	StatusAccepted  Status = "accepted"
	StatusRejected  Status = "rejected"
)

// Mention is a span of an article that names an entity.
type Mention struct {
	ID         int64      `json:"id"`
	ArticleID  int64      `json:"article_id"`
	Span                  // code points into the article's text
	Type       EntityType `json:"type"`
	Text       string     `json:"text"`      // the covered text, for display
	EntityID   int64      `json:"entity_id"` // 0: not linked
	Origin     Origin     `json:"origin"`
	Status     Status     `json:"status"`
	Confidence float64    `json:"confidence"` // 0..1; 1 for manual mentions
	Date       Date       `json:"date"`       // resolved value for DATE mentions
	Note       string     `json:"note"`
}
