package exporter

import (
	"bytes"
	"fmt"
	"image/png"
	"strings"
	"unicode/utf8"

	"dossier/app"
)

// report is the case summary as every human-readable format shows it: the
// bundle resolved (names, places, dates as words), citations numbered in
// order of first appearance, and every string cleaned. Markdown, HTML and
// PDF only lay it out and escape it.
type report struct {
	Title     string
	Status    string
	Generated string
	Generator string
	Actor     string
	Summary   string // Markdown, cleaned
	Events    []eventView
	Links     []linkView
	Entities  []entityView
	Notes     []footnote
	Sources   []sourceView
	Chart     []byte // a decodable PNG, or nil
}

// eventView is one timeline entry.
type eventView struct {
	ID      int64
	Label   string // "E1": the event's place in the case
	Date    string // with its precision: "March 2024"
	Place   string
	Type    string // "Cyber intrusion"
	Title   string
	Who     []participantView
	Cites   []int    // footnote numbers
	Details []string // credibility, casualties, status
	Note    string
}

// participantView is a participant's name and role.
type participantView struct{ Name, Role string }

// linkView is one relation between two entities or events.
type linkView struct {
	Label          string // "R1"
	From, Kind, To string
	Cites          []int
	Note           string
}

// entityView is one key entity with the roles it plays in the timeline.
type entityView struct {
	ID      int64
	Name    string
	Type    string
	Aliases []string
	Roles   []string // "perpetrator in E1, E4", "place of E2"
	Notes   string
}

// builder gathers the report; its maps are only looked up, never ranged over.
type builder struct {
	b        *app.CaseBundle
	r        *report
	entities map[int64]app.Entity
	articles map[int64]app.Article
	labels   map[int64]string // event id → "E1"
	notes    map[citeKey]int  // → index in r.Notes
	roles    map[int64][]roleUse
	order    []int64 // entities in order of first appearance
	seen     map[int64]bool
}

// roleUse is one role an entity plays and the events it plays it in.
type roleUse struct {
	role   string
	labels []string
}

// newReport resolves a bundle into a report.
func newReport(b *app.CaseBundle) *report {
	bl := &builder{b: b, r: &report{}, entities: map[int64]app.Entity{}, articles: map[int64]app.Article{},
		labels: map[int64]string{}, notes: map[citeKey]int{}, roles: map[int64][]roleUse{}, seen: map[int64]bool{}}
	for _, e := range b.Entities {
		bl.entities[e.ID] = e
	}
	for _, a := range b.Articles {
		bl.articles[a.ID] = a
	}
	r := bl.r
	r.Title = orDefault(clean(b.Case.Title), "Untitled case")
	r.Status = orDefault(clean(string(b.Case.Status)), "open")
	r.Generated = generatedText(exportTime(b))
	r.Generator = clean(b.Generator)
	r.Actor = clean(b.Actor)
	r.Summary = strings.TrimSpace(cleanBlock(b.Case.Summary))
	events := orderedEvents(b)
	for i, ev := range events {
		bl.labels[ev.ID] = fmt.Sprintf("E%d", i+1)
	}
	for _, ev := range events {
		r.Events = append(r.Events, bl.event(ev))
	}
	for i, l := range b.Links {
		r.Links = append(r.Links, bl.link(l, fmt.Sprintf("R%d", i+1)))
	}
	r.Entities = bl.entityViews()
	r.Sources = bl.sources()
	if validPNG(b.Extra.ChartPNG) {
		r.Chart = b.Extra.ChartPNG
	}
	return r
}

// orderedEvents returns the events in the case's order (Case.EventIDs);
// events the order does not name follow in bundle order.
func orderedEvents(b *app.CaseBundle) []app.Event {
	byID := make(map[int64]int, len(b.Events))
	for i, ev := range b.Events {
		if _, dup := byID[ev.ID]; !dup {
			byID[ev.ID] = i
		}
	}
	used := make([]bool, len(b.Events))
	out := make([]app.Event, 0, len(b.Events))
	for _, id := range b.Case.EventIDs {
		if i, ok := byID[id]; ok && !used[i] {
			used[i] = true
			out = append(out, b.Events[i])
		}
	}
	for i, ev := range b.Events {
		if !used[i] {
			out = append(out, ev)
		}
	}
	return out
}

func (bl *builder) event(ev app.Event) eventView {
	label := bl.labels[ev.ID]
	v := eventView{ID: ev.ID, Label: label, Date: clean(ev.Date.String()), Type: typeLabel(ev.Type),
		Title: orDefault(clean(ev.Title), "(untitled event)"), Note: strings.TrimSpace(cleanBlock(ev.Note))}
	for _, p := range ev.Participants {
		role := orDefault(clean(string(p.Role)), string(app.RoleOther))
		v.Who = append(v.Who, participantView{Name: bl.participantName(p), Role: role})
		bl.use(p.EntityID, role+" in", label)
	}
	if ev.LocationID != 0 {
		v.Place = bl.entityName(ev.LocationID, "")
		bl.use(ev.LocationID, "place of", label)
	}
	for _, e := range ev.Evidence {
		v.Cites = appendUnique(v.Cites, bl.cite(e, label))
	}
	if c := credibilityText(ev.Credibility); c != "" {
		v.Details = append(v.Details, c)
	}
	if c := casualtiesText(ev.Casualties); c != "" {
		v.Details = append(v.Details, c)
	}
	if ev.Status == app.StatusSuggested {
		v.Details = append(v.Details, "suggested by the extractor, not yet accepted")
	}
	return v
}

func (bl *builder) link(l app.Link, label string) linkView {
	v := linkView{Label: label, From: bl.endName(l.FromKind, l.FromID), To: bl.endName(l.ToKind, l.ToID),
		Kind: orDefault(clean(string(l.Kind)), string(app.LinkRelated)), Note: strings.TrimSpace(cleanBlock(l.Note))}
	for _, e := range l.Evidence {
		v.Cites = appendUnique(v.Cites, bl.cite(e, label))
	}
	for _, end := range []struct {
		kind string
		id   int64
	}{{l.FromKind, l.FromID}, {l.ToKind, l.ToID}} {
		if end.kind != app.TargetEvent {
			bl.note(end.id)
		}
	}
	return v
}

// endName names a link end: an entity by name, an event by its label and title.
func (bl *builder) endName(kind string, id int64) string {
	if kind == app.TargetEvent {
		for _, ev := range bl.b.Events {
			if ev.ID == id {
				return orDefault(bl.labels[id], "event") + " " + orDefault(clean(ev.Title), "(untitled event)")
			}
		}
		return fmt.Sprintf("event #%d (not in this export)", id)
	}
	return bl.entityName(id, "")
}

func (bl *builder) participantName(p app.Participant) string {
	return bl.entityName(p.EntityID, p.Name)
}

// entityName returns the entity's canonical name, the name the query filled
// in, or a placeholder for an entity missing from the bundle.
func (bl *builder) entityName(id int64, given string) string {
	if e, ok := bl.entities[id]; ok && clean(e.Name) != "" {
		return clean(e.Name)
	}
	if n := clean(given); n != "" {
		return n
	}
	return fmt.Sprintf("entity #%d", id)
}

// use records that an entity plays a role in an event.
func (bl *builder) use(id int64, role, label string) {
	bl.note(id)
	uses := bl.roles[id]
	for i := range uses {
		if uses[i].role == role {
			uses[i].labels = appendUniqueString(uses[i].labels, label)
			return
		}
	}
	bl.roles[id] = append(uses, roleUse{role: role, labels: []string{label}})
}

// note records an entity's first appearance.
func (bl *builder) note(id int64) {
	if !bl.seen[id] {
		bl.seen[id] = true
		bl.order = append(bl.order, id)
	}
}

// entityViews lists the entities in order of first appearance in the
// timeline and the relations, then the others in bundle order.
func (bl *builder) entityViews() []entityView {
	for _, e := range bl.b.Entities {
		bl.note(e.ID)
	}
	var out []entityView
	for _, id := range bl.order {
		e, ok := bl.entities[id]
		if !ok {
			continue
		}
		v := entityView{ID: id, Name: bl.entityName(id, ""), Type: clean(string(e.Type)), Notes: strings.TrimSpace(cleanBlock(e.Notes))}
		for _, a := range e.Aliases {
			if a = clean(a); a != "" && a != v.Name {
				v.Aliases = appendUniqueString(v.Aliases, a)
			}
		}
		for _, u := range bl.roles[id] {
			v.Roles = append(v.Roles, u.role+" "+strings.Join(u.labels, ", "))
		}
		out = append(out, v)
	}
	return out
}

// casualtiesText shows reported casualties; -1 means not reported and a
// zero count is not shown, as the case file cannot tell it from "not given".
func casualtiesText(c app.Casualties) string {
	var parts []string
	if c.Killed > 0 {
		parts = append(parts, fmt.Sprintf("%d killed", c.Killed))
	}
	if c.Injured > 0 {
		parts = append(parts, fmt.Sprintf("%d injured", c.Injured))
	}
	return strings.Join(parts, ", ")
}

// validPNG reports whether b is a PNG of sane size, so that a broken or
// hostile chart image cannot break or bloat an export.
func validPNG(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	return err == nil && cfg.Width > 0 && cfg.Height > 0 && cfg.Width*cfg.Height <= 20_000_000
}

// truncate cuts s to at most n runes, marking the cut with an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func appendUnique(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func appendUniqueString(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}
