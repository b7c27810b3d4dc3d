package app

// CaseStatus is whether a line of inquiry is open or closed.
type CaseStatus string

// Case statuses.
const (
	CaseOpen   CaseStatus = "open"
	CaseClosed CaseStatus = "closed"
)

// Case is a named line of inquiry: ordered events, a narrative summary
// (Markdown) and a status.
type Case struct {
	ID       int64      `json:"id"`
	Title    string     `json:"title"`
	Status   CaseStatus `json:"status"`
	Summary  string     `json:"summary"`
	EventIDs []int64    `json:"event_ids"` // in the case's order
}

// LinkKind is the relation a link states.
type LinkKind string

// Link kinds between events and between entities.
const (
	LinkPrecedes     LinkKind = "precedes"
	LinkCauses       LinkKind = "causes"
	LinkSameCampaign LinkKind = "same campaign"
	LinkRelated      LinkKind = "related"
	LinkMemberOf     LinkKind = "member of"
	LinkLeaderOf     LinkKind = "leader of"
	LinkLocatedIn    LinkKind = "located in"
	LinkAffiliated   LinkKind = "affiliated with"
	LinkOther        LinkKind = "other"
)

// Target kinds: what a link end or a note is attached to.
const (
	TargetArticle = "article"
	TargetMention = "mention"
	TargetEntity  = "entity"
	TargetEvent   = "event"
	TargetCase    = "case"
)

// Link is a typed, directed relation between two entities or two events,
// with the evidence it rests on.
type Link struct {
	ID       int64      `json:"id"`
	CaseID   int64      `json:"case_id"` // 0: not tied to a case
	Kind     LinkKind   `json:"kind"`
	FromKind string     `json:"from_kind"` // TargetEntity or TargetEvent
	FromID   int64      `json:"from_id"`
	ToKind   string     `json:"to_kind"`
	ToID     int64      `json:"to_id"`
	Evidence []Evidence `json:"evidence"`
	Note     string     `json:"note"`
}

// Note is free text attached to an article (optionally a span of it), an
// entity, an event or a case.
type Note struct {
	ID         int64  `json:"id"`
	TargetKind string `json:"target_kind"`
	TargetID   int64  `json:"target_id"`
	Span       *Span  `json:"span,omitempty"`
	Text       string `json:"text"`
}
