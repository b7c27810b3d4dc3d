package app

// CreateEvent adds an event (made by the analyst, or an extractor suggestion
// accepted with edits). Event.ID is ignored; Result.IDs[0] is the new id.
// Status defaults to accepted.
type CreateEvent struct {
	Event Event
}

// UpdateEvent replaces the editable fields of an event: type, title, date,
// location, participants, casualties, credibility, status and note. Evidence
// is changed by AddEvidence and RemoveEvidence.
type UpdateEvent struct {
	Event Event
}

// SetEventStatus accepts or rejects suggested events.
type SetEventStatus struct {
	EventIDs []int64
	Status   Status
}

// DeleteEvent removes an event, its evidence and its place in cases and links.
type DeleteEvent struct {
	EventID int64
}

// AddEvidence cites a span of an article as evidence for an event.
type AddEvidence struct {
	EventID  int64
	Evidence Evidence
}

// RemoveEvidence removes one cited span from an event.
type RemoveEvidence struct {
	EventID  int64
	Evidence Evidence
}

// CreateCase opens a new case. Result.IDs[0] is its id.
type CreateCase struct {
	Title   string
	Summary string
}

// CaseField names an editable field of a case.
type CaseField string

// The editable fields of a case.
const (
	CaseFieldTitle   CaseField = "title"
	CaseFieldStatus  CaseField = "status" // open or closed
	CaseFieldSummary CaseField = "summary"
)

// SetCaseField edits a case's title, status or narrative summary.
type SetCaseField struct {
	CaseID int64
	Field  CaseField
	Value  string
}

// AddToCase appends events to a case (events already in it are skipped).
// A suggested event is accepted by being added; a rejected one is refused.
// With InDateOrder, a case whose events were in date order stays so: the
// new events take their place by date, in the same command (one undo).
type AddToCase struct {
	CaseID      int64
	EventIDs    []int64
	InDateOrder bool
}

// RemoveFromCase takes events out of a case (the events themselves stay).
type RemoveFromCase struct {
	CaseID   int64
	EventIDs []int64
}

// ReorderCase sets the order of a case's events; EventIDs must be exactly
// the case's events.
type ReorderCase struct {
	CaseID   int64
	EventIDs []int64
}

// CreateLink adds a typed link between two entities or two events, with its
// evidence and note. Result.IDs[0] is its id.
type CreateLink struct {
	Link Link
}

// DeleteLink removes a link.
type DeleteLink struct {
	LinkID int64
}

// RecordExport logs that a case (or the whole file, CaseID 0) was exported:
// who, when (the log row), the format, where to and the export's SHA-256.
type RecordExport struct {
	CaseID int64
	Format string
	Path   string
	SHA256 string
}

// The CommandName of each event and case command.
func (CreateEvent) CommandName() string    { return "event.create" }
func (UpdateEvent) CommandName() string    { return "event.update" }
func (SetEventStatus) CommandName() string { return "event.status" }
func (DeleteEvent) CommandName() string    { return "event.delete" }
func (AddEvidence) CommandName() string    { return "event.add-evidence" }
func (RemoveEvidence) CommandName() string { return "event.remove-evidence" }
func (CreateCase) CommandName() string     { return "case.create" }
func (SetCaseField) CommandName() string   { return "case.set" }
func (AddToCase) CommandName() string      { return "case.add" }
func (RemoveFromCase) CommandName() string { return "case.remove" }
func (ReorderCase) CommandName() string    { return "case.reorder" }
func (CreateLink) CommandName() string     { return "link.create" }
func (DeleteLink) CommandName() string     { return "link.delete" }
func (RecordExport) CommandName() string   { return "export" }
