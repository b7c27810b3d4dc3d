package app

import "strings"

// Validate checks the event's own fields.
func (c CreateEvent) Validate() error { return validateEvent(c.Event, false) }

// Validate checks the event's own fields and id.
func (c UpdateEvent) Validate() error { return validateEvent(c.Event, true) }

func validateEvent(e Event, needID bool) error {
	if needID && e.ID <= 0 {
		return Errorf(EINVALID, "no event given")
	}
	if !validEventType(e.Type) {
		return Errorf(EINVALID, "unknown event type %q", e.Type)
	}
	if strings.TrimSpace(e.Title) == "" {
		return Errorf(EINVALID, "an event needs a title")
	}
	if e.Credibility < 0 || e.Credibility > 6 {
		return Errorf(EINVALID, "credibility %d is not 1–6", e.Credibility)
	}
	if _, _, ok := e.Date.Bounds(); !e.Date.IsZero() && !ok {
		return Errorf(EINVALID, "event date %q is not an ISO date or period", e.Date.Value)
	}
	for _, p := range e.Participants {
		if !validRole(p.Role) {
			return Errorf(EINVALID, "unknown participant role %q", p.Role)
		}
	}
	for _, ev := range e.Evidence {
		if ev.ArticleID <= 0 || ev.End <= ev.Start || ev.Start < 0 {
			return Errorf(EINVALID, "evidence needs an article and a non-empty span")
		}
	}
	return nil
}

func validEventType(t EventType) bool {
	for _, k := range EventTypes {
		if k == t {
			return true
		}
	}
	return false
}

func validRole(r Role) bool {
	for _, k := range Roles {
		if k == r {
			return true
		}
	}
	return false
}

// Validate checks the events and status.
func (c SetEventStatus) Validate() error {
	if len(c.EventIDs) == 0 {
		return Errorf(EINVALID, "no event given")
	}
	return SetMentionStatus{MentionIDs: c.EventIDs, Status: c.Status}.Validate()
}

// Validate checks the event.
func (c DeleteEvent) Validate() error { return needID(c.EventID, "event") }

// Validate checks the event and the cited span.
func (c AddEvidence) Validate() error { return validateEvidence(c.EventID, c.Evidence) }

// Validate checks the event and the cited span.
func (c RemoveEvidence) Validate() error { return validateEvidence(c.EventID, c.Evidence) }

func validateEvidence(eventID int64, ev Evidence) error {
	if ev.ArticleID <= 0 || ev.Start < 0 || ev.End <= ev.Start {
		return Errorf(EINVALID, "evidence needs an article and a non-empty span")
	}
	return needID(eventID, "event")
}

// Validate checks the title.
func (c CreateCase) Validate() error {
	if strings.TrimSpace(c.Title) == "" {
		return Errorf(EINVALID, "a case needs a title")
	}
	return nil
}

// Validate checks the field and, for status and title, the value.
func (c SetCaseField) Validate() error {
	switch c.Field {
	case CaseFieldTitle:
		if strings.TrimSpace(c.Value) == "" {
			return Errorf(EINVALID, "a case needs a title")
		}
	case CaseFieldStatus:
		if CaseStatus(c.Value) != CaseOpen && CaseStatus(c.Value) != CaseClosed {
			return Errorf(EINVALID, "case status %q is not open or closed", c.Value)
		}
	case CaseFieldSummary:
	default:
		return Errorf(EINVALID, "unknown case field %q (title, status, summary)", c.Field)
	}
	return needID(c.CaseID, "case")
}

// Validate checks the case and events.
func (c AddToCase) Validate() error { return caseEvents(c.CaseID, c.EventIDs) }

// Validate checks the case and events.
func (c RemoveFromCase) Validate() error { return caseEvents(c.CaseID, c.EventIDs) }

// Validate checks the case and events.
func (c ReorderCase) Validate() error { return caseEvents(c.CaseID, c.EventIDs) }

func caseEvents(caseID int64, ids []int64) error {
	if len(ids) == 0 {
		return Errorf(EINVALID, "no event given")
	}
	return needID(caseID, "case")
}

// LinkKinds lists the link kinds in menu order: event links, then entity links.
var LinkKinds = []LinkKind{LinkPrecedes, LinkCauses, LinkSameCampaign, LinkRelated,
	LinkMemberOf, LinkLeaderOf, LinkLocatedIn, LinkAffiliated, LinkOther}

// Validate checks the link's ends and kind.
func (c CreateLink) Validate() error {
	l := c.Link
	known := false
	for _, k := range LinkKinds {
		known = known || k == l.Kind
	}
	if !known {
		return Errorf(EINVALID, "unknown link kind %q", l.Kind)
	}
	for _, end := range []string{l.FromKind, l.ToKind} {
		if end != TargetEntity && end != TargetEvent {
			return Errorf(EINVALID, "a link joins entities or events, not %q", end)
		}
	}
	if l.FromID <= 0 || l.ToID <= 0 {
		return Errorf(EINVALID, "a link needs two ends")
	}
	if l.FromKind == l.ToKind && l.FromID == l.ToID {
		return Errorf(EINVALID, "a link cannot join a thing to itself")
	}
	return nil
}

// Validate checks the link.
func (c DeleteLink) Validate() error { return needID(c.LinkID, "link") }

// Validate checks the format and hash.
func (c RecordExport) Validate() error {
	if c.Format == "" || len(c.SHA256) != 64 {
		return Errorf(EINVALID, "an export record needs a format and a SHA-256")
	}
	return nil
}
