package app

import "context"

// EventFilter selects and pages events. Zero fields do not filter.
type EventFilter struct {
	CaseID    int64
	ArticleID int64 // events with evidence in this article
	EntityID  int64 // events this entity takes part in (or is the location of)
	Type      EventType
	Status    Status
	Query     string // substring of the title
	Limit     int
	Offset    int
}

// CaseService reads events, cases and links.
type CaseService interface {
	// Event returns one event with participants (names filled) and evidence (quotes filled).
	Event(ctx context.Context, id int64) (Event, error)
	// Events lists events (participants and evidence filled), by date then id,
	// or in the case's order when CaseID is set; with the total count.
	Events(ctx context.Context, f EventFilter) ([]Event, int, error)
	Case(ctx context.Context, id int64) (Case, error)
	Cases(ctx context.Context) ([]Case, error)
	// Links lists the links of a case (caseID 0: every link).
	Links(ctx context.Context, caseID int64) ([]Link, error)
	// CaseBundle gathers what an export of the case needs (caseID 0: every event of the file).
	CaseBundle(ctx context.Context, caseID int64) (CaseBundle, error)
}
