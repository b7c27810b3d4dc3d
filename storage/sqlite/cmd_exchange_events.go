package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"slices"

	"dossier/app"
)

// slice returns the text a span of an exchange article covers. The
// offsets of the last article sliced are kept: mentions come grouped by
// article.
func (a *exApply) slice(ref string, sp app.Span) string {
	if a.text.ref != ref {
		for _, xa := range a.x.Articles {
			if xa.Ref == ref {
				a.text.ref, a.text.at = ref, newArticleText(0, xa.Text)
				break
			}
		}
	}
	s, _ := a.text.at.slice(sp)
	return s
}

// redundant reports whether a reused article already had a mention that
// makes m unnecessary: one of the same span and type (whatever the
// analyst decided on it), or — for a mere suggestion — any mention over
// part of its span, as re-extraction never suggests over a tagged region.
func (a *exApply) redundant(m app.ExMention) bool {
	suggestion := m.Origin == app.OriginAuto && m.Status == app.StatusSuggested
	for _, o := range a.old[m.Article] {
		if (o.sp == m.Span && o.typ == m.Type) || (suggestion && o.sp.Overlaps(m.Span)) {
			return true
		}
	}
	return false
}

// mentions adds the exchange's mentions with their decisions; see redundant.
func (a *exApply) mentions(ctx context.Context) error {
	for _, m := range a.x.Mentions {
		if a.redundant(m) {
			a.stats.MentionsSkipped++
			continue
		}
		origin, status := m.Origin, m.Status
		if origin == "" {
			origin = app.OriginManual
		}
		if status == "" {
			status = map[app.Origin]app.Status{app.OriginAuto: app.StatusSuggested, app.OriginManual: app.StatusAccepted}[origin]
		}
		var entity sql.NullInt64
		if id, ok := a.ents[m.Entity]; ok {
			entity = sql.NullInt64{Int64: id, Valid: true}
		}
		// Anything but an untouched suggestion is the analyst's: re-extraction keeps it.
		touched := origin != app.OriginAuto || status != app.StatusSuggested || m.Note != ""
		if _, err := a.tx.ExecContext(ctx, `INSERT INTO mentions(article_id, span_start, span_end, type, text,
			entity_id, origin, status, confidence, date_value, date_precision, note, touched)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			a.arts[m.Article], m.Start, m.End, m.Type, a.slice(m.Article, m.Span), entity, origin, status,
			clamp01(m.Confidence), m.Date.Value, m.Date.Precision, m.Note, touched); err != nil {
			return err
		}
		a.stats.MentionsAdded++
	}
	return nil
}

// event maps an exchange event to the file's ids.
func (a *exApply) event(e app.ExEvent) app.Event {
	ev := app.Event{Type: e.Type, Title: cleanName(e.Title), Date: e.Date, LocationID: a.ents[e.Location],
		Credibility: e.Credibility, Casualties: e.Casualties, Status: e.Status, Note: e.Note}
	for _, p := range e.Participants {
		ev.Participants = append(ev.Participants, app.Participant{EntityID: a.ents[p.Entity], Role: p.Role})
	}
	for _, c := range e.Evidence {
		ev.Evidence = append(ev.Evidence, app.Evidence{ArticleID: a.arts[c.Article], Span: c.Span})
	}
	return ev
}

// events adds the exchange's events, except those identical (type, title,
// date and evidence) to an event the file had: those map to it.
func (a *exApply) events(ctx context.Context) error {
	for _, e := range a.x.Events {
		ev := a.event(e)
		cites := ev.Evidence
		ev.Evidence = nil // the spans were checked against the same texts
		v, err := checkEvent(ctx, a.tx, ev, app.StatusAccepted)
		if err != nil {
			return err
		}
		if e.Date.Precision != "" {
			v.date = e.Date // as the sender had it (Validate checked it), even if the extractor set it
		}
		same, err := a.sameEvent(ctx, ev, v.date, cites)
		if err != nil {
			return err
		}
		if same != 0 {
			a.evs[e.Ref] = same
			a.stats.EventsSkipped++
			continue
		}
		if a.evs[e.Ref], err = a.insertEvent(ctx, e, ev, v, cites); err != nil {
			return err
		}
		a.stats.EventsAdded++
	}
	return nil
}

// insertEvent stores one new event with its participants and evidence.
func (a *exApply) insertEvent(ctx context.Context, e app.ExEvent, ev app.Event, v eventValues, cites []app.Evidence) (int64, error) {
	origin := e.Origin
	if origin == "" {
		origin = app.OriginManual
	}
	var article, start, end sql.NullInt64
	if t := e.Trigger; t != nil {
		article = sql.NullInt64{Int64: a.arts[t.Article], Valid: true}
		start, end = sql.NullInt64{Int64: int64(t.Start), Valid: true}, sql.NullInt64{Int64: int64(t.End), Valid: true}
	}
	touched := origin != app.OriginAuto || v.status != app.StatusSuggested
	res, err := a.tx.ExecContext(ctx, `INSERT INTO events(type, title, date_value, date_precision, location_id,
		credibility, killed, injured, status, note, origin, touched, article_id, trigger_start, trigger_end)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		ev.Type, ev.Title, v.date.Value, v.date.Precision, v.location, ev.Credibility, v.killed, v.injured,
		v.status, ev.Note, origin, touched, article, start, end)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	if err := syncParticipants(ctx, a.tx, id, ev.Participants); err != nil {
		return 0, err
	}
	for _, c := range cites {
		if err := insertEvidence(ctx, a.tx, id, c); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// sameEvent returns an event the file had before the import with the same
// type, title, date and set of evidence spans; 0 if none.
func (a *exApply) sameEvent(ctx context.Context, ev app.Event, date app.Date, cites []app.Evidence) (int64, error) {
	ids, err := int64s(ctx, a.tx, `SELECT id FROM events WHERE type = ? AND title = ? AND date_value = ? AND id <= ?
		ORDER BY id`, ev.Type, ev.Title, date.Value, a.maxEvent)
	if err != nil || len(ids) == 0 {
		return 0, err
	}
	want := evidenceKeys(cites)
	for _, id := range ids {
		got, err := storedEvidence(ctx, a.tx, id)
		if err != nil {
			return 0, err
		}
		if slices.Equal(got, want) {
			return id, nil
		}
	}
	return 0, nil
}

// evidenceKey is a cited span, comparable.
type evidenceKey struct {
	article    int64
	start, end int
}

// evidenceKeys returns the distinct cited spans, sorted.
func evidenceKeys(evs []app.Evidence) []evidenceKey {
	out := make([]evidenceKey, 0, len(evs))
	for _, e := range evs {
		out = append(out, evidenceKey{e.ArticleID, e.Start, e.End})
	}
	slices.SortFunc(out, func(x, y evidenceKey) int {
		return cmp.Or(cmp.Compare(x.article, y.article), cmp.Compare(x.start, y.start), cmp.Compare(x.end, y.end))
	})
	return slices.Compact(out)
}

// storedEvidence returns an event's distinct cited spans, sorted.
func storedEvidence(ctx context.Context, q queryer, eventID int64) ([]evidenceKey, error) {
	rows, err := q.QueryContext(ctx, "SELECT article_id, span_start, span_end FROM evidence WHERE event_id = ?", eventID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var evs []app.Evidence
	for rows.Next() {
		var e app.Evidence
		if err := rows.Scan(&e.ArticleID, &e.Start, &e.End); err != nil {
			return nil, err
		}
		evs = append(evs, e)
	}
	return evidenceKeys(evs), rows.Err()
}
