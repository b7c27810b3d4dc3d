package app

// EventType classifies what happened.
type EventType string

// Event types, as in the annotation guidelines.
const (
	EventAttack         EventType = "ATTACK"
	EventBombing        EventType = "BOMBING"
	EventArrest         EventType = "ARREST"
	EventWarning        EventType = "WARNING"
	EventClaim          EventType = "CLAIM"
	EventSanction       EventType = "SANCTION"
	EventCyberIntrusion EventType = "CYBER_INTRUSION"
	EventElection       EventType = "ELECTION"
	EventProtest        EventType = "PROTEST"
	EventVerdict        EventType = "VERDICT"
	EventSeizure        EventType = "SEIZURE"
	EventMeeting        EventType = "MEETING"
	EventOther          EventType = "OTHER"
)

// EventTypes lists every event type in menu order.
var EventTypes = []EventType{EventAttack, EventBombing, EventArrest, EventWarning, EventClaim,
	EventSanction, EventCyberIntrusion, EventElection, EventProtest, EventVerdict, EventSeizure,
	EventMeeting, EventOther}

// Role is what a participant did in an event.
type Role string

// Participant roles.
const (
	RolePerpetrator Role = "perpetrator"
	RoleTarget      Role = "target"
	RoleVictim      Role = "victim"
	RoleAgent       Role = "agent"
	RoleReporter    Role = "reporter"
	RoleOther       Role = "other"
)

// Roles lists every role in menu order.
var Roles = []Role{RolePerpetrator, RoleTarget, RoleVictim, RoleAgent, RoleReporter, RoleOther}

// Participant is an entity taking part in an event.
type Participant struct {
	EntityID int64  `json:"entity_id"`
	Name     string `json:"name,omitempty"` // filled by queries, for display
	Role     Role   `json:"role"`
}

// Evidence is a span of an article that supports a claim.
type Evidence struct {
	ArticleID int64 `json:"article_id"`
	Span
	Quote string `json:"quote,omitempty"` // filled by queries
}

// Casualties counts people killed and injured; -1 means not reported.
type Casualties struct {
	Killed  int `json:"killed"`
	Injured int `json:"injured"`
}

// Event is who did what, where and when, per which sources.
type Event struct {
	ID           int64         `json:"id"`
	Type         EventType     `json:"type"`
	Title        string        `json:"title"`
	Date         Date          `json:"date"`
	LocationID   int64         `json:"location_id"` // a LOC entity; 0 when unknown
	Participants []Participant `json:"participants"`
	Evidence     []Evidence    `json:"evidence"`
	Credibility  int           `json:"credibility"` // 1–6 (Admiralty); 0 not graded
	Casualties   Casualties    `json:"casualties"`
	Status       Status        `json:"status"` // suggested by the extractor, or accepted
	Note         string        `json:"note"`
}
