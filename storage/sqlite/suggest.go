package sqlite

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"unicode/utf8"

	"dossier/app"
)

// articleText is an article's text with the byte offset of every code
// point, so spans (in code points) slice it in O(1).
type articleText struct {
	id   int64
	text string
	offs []int // byte offset of each code point, then len(text)
}

func newArticleText(id int64, text string) articleText {
	offs := make([]int, 0, len(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	return articleText{id: id, text: text, offs: append(offs, len(text))}
}

func (a articleText) chars() int { return len(a.offs) - 1 }

// slice returns the text a span covers; ok is false for a span outside it.
func (a articleText) slice(sp app.Span) (string, bool) {
	if !sp.Valid(a.chars()) {
		return "", false
	}
	return a.text[a.offs[sp.Start]:a.offs[sp.End]], true
}

func loadArticleText(ctx context.Context, q queryer, id int64) (articleText, error) {
	var text string
	err := q.QueryRowContext(ctx,
		"SELECT t.text FROM articles a JOIN article_texts t ON t.id = a.text_id WHERE a.id = ?", id).Scan(&text)
	if err == sql.ErrNoRows {
		return articleText{}, app.Errorf(app.ENOTFOUND, "no article %d", id)
	}
	return newArticleText(id, text), err
}

func overlapsAny(sp app.Span, spans []app.Span) bool {
	return slices.ContainsFunc(spans, sp.Overlaps)
}

// suggester stores an extraction's suggestions for one article. taken and
// triggers hold the spans already occupied by mentions and event triggers
// that stay; a suggestion overlapping one of them is dropped, so a decided
// region never gets a new suggestion over it (DESIGN invariant 4).
// Suggestions with an unknown type or a span outside the text are skipped:
// they are only suggestions, and one extractor slip must not fail an import.
type suggester struct {
	tx       *txn
	r        *resolver
	art      articleText
	taken    []app.Span
	triggers []app.Span
	types    map[string]app.EntityType // canonical name -> type, from the extraction
	ids      []int64                   // new mentions
}

func (g *suggester) add(ctx context.Context, ex app.Extraction) error {
	g.types = map[string]app.EntityType{}
	for _, m := range ex.Mentions {
		if m.Type.Valid() {
			g.types[normName(canonical(m))] = m.Type
		}
	}
	for _, m := range ex.Mentions {
		if err := g.mention(ctx, m); err != nil {
			return err
		}
	}
	for _, e := range ex.Events {
		if err := g.event(ctx, e); err != nil {
			return err
		}
	}
	return nil
}

// canonical is the name a suggested mention's entity goes by.
func canonical(m app.ExtractedMention) string {
	if strings.TrimSpace(m.Entity) != "" {
		return m.Entity
	}
	return m.Text
}

func (g *suggester) mention(ctx context.Context, m app.ExtractedMention) error {
	text, ok := g.art.slice(m.Span)
	if !m.Type.Valid() || !ok || strings.TrimSpace(text) == "" || overlapsAny(m.Span, g.taken) {
		return nil
	}
	name := m.Entity
	if strings.TrimSpace(name) == "" {
		name = text
	}
	eid, err := g.r.entity(ctx, m.Type, name)
	if err != nil {
		return err
	}
	if m.Type != app.TypeDate && normName(text) != normName(name) {
		if err := addAlias(ctx, g.tx, eid, text); err != nil {
			return err
		}
	}
	res, err := g.tx.ExecContext(ctx, `INSERT INTO mentions(article_id, span_start, span_end, type, text,
		entity_id, origin, status, confidence, date_value, date_precision)
		VALUES (?, ?, ?, ?, ?, ?, 'auto', 'suggested', ?, ?, ?)`,
		g.art.id, m.Start, m.End, m.Type, text, eid, clamp01(m.Confidence), m.Date.Value, m.Date.Precision)
	if err != nil {
		return err
	}
	id, err := res.LastInsertId()
	g.ids = append(g.ids, id)
	g.taken = append(g.taken, m.Span)
	return err
}

func clamp01(f float64) float64 {
	if f != f || f < 0 { // NaN or negative
		return 0
	}
	return min(f, 1)
}

func (g *suggester) event(ctx context.Context, e app.SuggestedEvent) error {
	trig, ok := g.art.slice(e.Trigger)
	if !slices.Contains(app.EventTypes, e.Type) || !ok || overlapsAny(e.Trigger, g.triggers) {
		return nil
	}
	var loc sql.NullInt64
	if strings.TrimSpace(e.Location) != "" {
		id, err := g.r.entity(ctx, app.TypeLoc, e.Location)
		if err != nil {
			return err
		}
		loc = sql.NullInt64{Int64: id, Valid: true}
	}
	res, err := g.tx.ExecContext(ctx, `INSERT INTO events(type, title, date_value, date_precision, location_id,
		killed, injured, status, origin, article_id, trigger_start, trigger_end)
		VALUES (?, ?, ?, ?, ?, ?, ?, 'suggested', 'auto', ?, ?, ?)`,
		e.Type, eventTitle(g.art, g.art.statement(e), trig), e.Date.Value, e.Date.Precision, loc,
		e.Casualties.Killed, e.Casualties.Injured, g.art.id, e.Trigger.Start, e.Trigger.End)
	if err != nil {
		return err
	}
	eventID, err := res.LastInsertId()
	if err != nil {
		return err
	}
	g.triggers = append(g.triggers, e.Trigger)
	if err := g.participants(ctx, eventID, e.Participants); err != nil {
		return err
	}
	quote := g.art.statement(e)
	_, err = g.tx.ExecContext(ctx,
		"INSERT INTO evidence(event_id, article_id, span_start, span_end) VALUES (?, ?, ?, ?)",
		eventID, g.art.id, quote.Start, quote.End)
	return err
}

// participants resolves each actor by name: to the type the extraction gave
// that name, else to an existing entity of that name; unknown names are
// left out rather than guessed.
func (g *suggester) participants(ctx context.Context, eventID int64, ps []app.SuggestedParticipant) error {
	seen := map[[2]any]bool{}
	for _, p := range ps {
		t, ok := g.types[normName(p.Entity)]
		if !ok {
			err := g.tx.QueryRowContext(ctx, "SELECT type FROM entities WHERE norm = ? ORDER BY id LIMIT 1",
				normName(p.Entity)).Scan(&t)
			if err == sql.ErrNoRows {
				continue
			} else if err != nil {
				return err
			}
		}
		id, err := g.r.entity(ctx, t, p.Entity)
		if err != nil {
			return err
		}
		role := p.Role
		if !slices.Contains(app.Roles, role) {
			role = app.RoleOther
		}
		if seen[[2]any{id, role}] {
			continue
		}
		seen[[2]any{id, role}] = true
		if _, err := g.tx.ExecContext(ctx,
			"INSERT INTO participants(event_id, entity_id, role) VALUES (?, ?, ?)", eventID, id, role); err != nil {
			return err
		}
	}
	return nil
}

// statement is the span a suggested event's evidence quotes: the sentence
// the extractor says states it, or the trigger when it gives none in the
// text that holds the trigger.
func (a articleText) statement(e app.SuggestedEvent) app.Span {
	if s := e.Sentence; s.Valid(a.chars()) && s.Start <= e.Trigger.Start && e.Trigger.End <= s.End {
		return s
	}
	return e.Trigger
}

// eventTitle is the statement's text without its final mark, cut to 120
// characters; the trigger when that is empty.
func eventTitle(a articleText, sp app.Span, trig string) string {
	text, _ := a.slice(sp)
	title := cleanName(strings.TrimRight(text, ".!?"))
	if title == "" {
		return trig
	}
	if utf8.RuneCountInString(title) > 120 {
		r := []rune(title)
		title = strings.TrimSpace(string(r[:119])) + "…"
	}
	return title
}
