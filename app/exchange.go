package app

import "time"

// ExchangeFormat is the "format" value that marks a Dossier exchange file.
const ExchangeFormat = "dossier-exchange"

// ExchangeVersion is the exchange format version this build writes and the
// newest it reads. A change that an older reader could misread (a field
// whose meaning changes, a new required field) raises it; fields an older
// reader may safely ignore are added without raising it.
const ExchangeVersion = 1

// Exchange is a whole case file, or one case with what it brings, in the
// JSON data-exchange format (docs/exchange.md): what an analyst sends to
// another so that it can be imported into a different case file. Nothing
// in it is a database id; the parts refer to each other by local refs
// ("a1", "e3", "ev2", "c1"), unique within their kind.
type Exchange struct {
	Format    string      `json:"format"`  // ExchangeFormat
	Version   int         `json:"version"` // ExchangeVersion when written
	Exported  time.Time   `json:"exported"`
	Generator string      `json:"generator,omitempty"` // e.g. "Dossier 0.1.0"
	Title     string      `json:"title"`               // the case file's or the case's title
	Articles  []ExArticle `json:"articles"`
	Entities  []ExEntity  `json:"entities"`
	Mentions  []ExMention `json:"mentions"`
	Events    []ExEvent   `json:"events"`
	Cases     []ExCase    `json:"cases"`
	Links     []ExLink    `json:"links"`
}

// ExArticle is an article: its metadata, its normalised text (into which
// every span of the exchange points) and the SHA-256 of the bytes it was
// imported from. Original holds those bytes (base64 in JSON) unless they
// are the text itself; without them the importing file keeps the text as
// the original.
type ExArticle struct {
	Ref        string    `json:"ref"`
	Title      string    `json:"title"`
	Source     string    `json:"source"`
	URL        string    `json:"url"`
	Author     string    `json:"author"`
	Published  time.Time `json:"published,omitzero"`
	Grade      Grade     `json:"grade"`
	Format     string    `json:"format"`
	Filename   string    `json:"filename"`
	SHA256     string    `json:"sha256"`      // hex SHA-256 of the original bytes
	TextSHA256 string    `json:"text_sha256"` // hex SHA-256 of Text (UTF-8)
	Text       string    `json:"text"`
	Original   []byte    `json:"original,omitempty"`
}

// ExEntity is an entity with its canonical name and aliases.
type ExEntity struct {
	Ref     string     `json:"ref"`
	Type    EntityType `json:"type"`
	Name    string     `json:"name"`
	Aliases []string   `json:"aliases"`
	Notes   string     `json:"notes"`
}

// ExMention is a mention: a span of an article (code points) with its type,
// its entity (by ref; "" when not linked) and the analyst's decision on it.
type ExMention struct {
	Article string `json:"article"`
	Span
	Type       EntityType `json:"type"`
	Text       string     `json:"text"` // the covered text; checked against the span on import
	Entity     string     `json:"entity,omitempty"`
	Origin     Origin     `json:"origin"`
	Status     Status     `json:"status"`
	Confidence float64    `json:"confidence"`
	Date       Date       `json:"date,omitzero"`
	Note       string     `json:"note,omitempty"`
}

// ExCitation is a span of an article cited as evidence (or an extractor's
// trigger word). Quote, when present, is checked against the span.
type ExCitation struct {
	Article string `json:"article"`
	Span
	Quote string `json:"quote,omitempty"`
}

// ExParticipant is an entity (by ref) taking part in an event.
type ExParticipant struct {
	Entity string `json:"entity"`
	Role   Role   `json:"role"`
}

// ExEvent is an event with every field: participants and place by entity
// ref, evidence by article ref and span, and — for an event the extractor
// suggested — the trigger word it came from.
type ExEvent struct {
	Ref          string          `json:"ref"`
	Type         EventType       `json:"type"`
	Title        string          `json:"title"`
	Date         Date            `json:"date,omitzero"`
	Location     string          `json:"location,omitempty"` // a LOC entity's ref
	Participants []ExParticipant `json:"participants"`
	Evidence     []ExCitation    `json:"evidence"`
	Credibility  int             `json:"credibility"`
	Casualties   Casualties      `json:"casualties"`
	Status       Status          `json:"status"`
	Origin       Origin          `json:"origin"`
	Trigger      *ExCitation     `json:"trigger,omitempty"`
	Note         string          `json:"note"`
}

// ExCase is a case with its events in the case's order.
type ExCase struct {
	Ref     string     `json:"ref"`
	Title   string     `json:"title"`
	Status  CaseStatus `json:"status"`
	Summary string     `json:"summary"`
	Events  []string   `json:"events"`
}

// ExLink is a typed, directed link between two entities or two events
// (FromKind and ToKind are TargetEntity or TargetEvent), optionally tied to
// a case, with its evidence.
type ExLink struct {
	Kind     LinkKind     `json:"kind"`
	FromKind string       `json:"from_kind"`
	From     string       `json:"from"`
	ToKind   string       `json:"to_kind"`
	To       string       `json:"to"`
	Case     string       `json:"case,omitempty"`
	Evidence []ExCitation `json:"evidence"`
	Note     string       `json:"note"`
}

// ImportExchange merges an exchange into the case file, in one command:
// articles already present (same normalised text) are reused, entities are
// merged by type and canonical name or alias, mentions are added where the
// file has none of that span and type, identical events and links are not
// repeated, and every case is added (renamed "TITLE (imported)" when the
// file already has a case of that title). Nothing the file already holds is
// changed, except that merged entities gain the exchange's names as aliases
// and its notes below their own. Result.IDs are the new cases' ids and
// Result.Exchange counts what was added, merged and skipped.
type ImportExchange struct {
	Exchange Exchange
}

// ExchangeStats counts what an ImportExchange added, merged and skipped.
type ExchangeStats struct {
	ArticlesAdded   int `json:"articles_added"`
	ArticlesReused  int `json:"articles_reused"` // already in the file
	EntitiesAdded   int `json:"entities_added"`
	EntitiesMerged  int `json:"entities_merged"` // matched an entity of the file
	MentionsAdded   int `json:"mentions_added"`
	MentionsSkipped int `json:"mentions_skipped"` // the file had its own there
	EventsAdded     int `json:"events_added"`
	EventsSkipped   int `json:"events_skipped"` // identical to one of the file
	CasesAdded      int `json:"cases_added"`
	LinksAdded      int `json:"links_added"`
	LinksSkipped    int `json:"links_skipped"` // already in the file
}

// CommandName is the stable name recorded in the log.
func (ImportExchange) CommandName() string { return "exchange.import" }

// Validate checks the exchange before any work is done (see Exchange.Validate).
func (c ImportExchange) Validate() error { return c.Exchange.Validate() }
