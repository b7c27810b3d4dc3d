package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"dossier/app"
)

// eventRow is an event as commands need it.
type eventRow struct {
	id     int64
	title  string
	status app.Status
	origin string
}

func loadEvent(ctx context.Context, q queryer, id int64) (eventRow, error) {
	e := eventRow{id: id}
	err := q.QueryRowContext(ctx, "SELECT title, status, origin FROM events WHERE id = ?", id).
		Scan(&e.title, &e.status, &e.origin)
	if err == sql.ErrNoRows {
		return e, app.Errorf(app.ENOTFOUND, "no event %d", id)
	}
	return e, err
}

// eventValues are an event's editable columns, checked and normalised.
type eventValues struct {
	date     app.Date
	location sql.NullInt64
	killed   int
	injured  int
	status   app.Status
}

// checkEvent checks what an event refers to (its place, its participants'
// entities, its evidence spans) and normalises its date, casualties and
// status; def is the status an empty one stands for.
func checkEvent(ctx context.Context, tx *txn, e app.Event, def app.Status) (eventValues, error) {
	v := eventValues{status: e.Status, killed: notReported(e.Casualties.Killed), injured: notReported(e.Casualties.Injured)}
	if v.status == "" {
		v.status = def
	}
	if !slices.Contains([]app.Status{app.StatusSuggested, app.StatusAccepted, app.StatusRejected}, v.status) {
		return v, app.Errorf(app.EINVALID, "unknown event status %q", e.Status)
	}
	d, err := app.ParseDate(e.Date.Value) // the value's form fixes its precision
	if err != nil {
		return v, err
	}
	v.date = d
	if e.LocationID != 0 {
		loc, err := loadEntity(ctx, tx, e.LocationID)
		if err != nil {
			return v, err
		}
		if loc.typ != app.TypeLoc {
			return v, app.Errorf(app.ECONFLICT, "“%s” is a %s, not a place (LOC), so it cannot be where an event happened",
				loc.name, loc.typ)
		}
		v.location = sql.NullInt64{Int64: loc.id, Valid: true}
	}
	for _, p := range e.Participants {
		if _, err := loadEntity(ctx, tx, p.EntityID); err != nil {
			return v, err
		}
	}
	for _, ev := range e.Evidence {
		if _, err := citedText(ctx, tx, ev); err != nil {
			return v, err
		}
	}
	return v, nil
}

// notReported turns any negative count into -1, "not reported".
func notReported(n int) int { return max(n, -1) }

// citedText returns the text an evidence span covers, failing when the
// article is missing or the span lies outside it.
func citedText(ctx context.Context, tx *txn, ev app.Evidence) (string, error) {
	art, err := loadArticleText(ctx, tx, ev.ArticleID)
	if err != nil {
		return "", err
	}
	text, ok := art.slice(ev.Span)
	if !ok {
		return "", app.Errorf(app.EINVALID, "the cited span %d–%d lies outside article %d (%d characters)",
			ev.Start, ev.End, art.id, art.chars())
	}
	return text, nil
}

func (s *Store) createEvent(ctx context.Context, tx *txn, c app.CreateEvent) (outcome, error) {
	e := c.Event
	v, err := checkEvent(ctx, tx, e, app.StatusAccepted)
	if err != nil {
		return outcome{}, err
	}
	title := cleanName(e.Title)
	res, err := tx.ExecContext(ctx, `INSERT INTO events(type, title, date_value, date_precision, location_id,
		credibility, killed, injured, status, note, origin, touched)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'manual', 1)`,
		e.Type, title, v.date.Value, v.date.Precision, v.location, e.Credibility, v.killed, v.injured, v.status, e.Note)
	if err != nil {
		return outcome{}, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return outcome{}, err
	}
	if err := syncParticipants(ctx, tx, id, e.Participants); err != nil {
		return outcome{}, err
	}
	for _, ev := range e.Evidence {
		if err := insertEvidence(ctx, tx, id, ev); err != nil {
			return outcome{}, err
		}
	}
	return outcome{
		target:  fmt.Sprintf("event %d", id),
		summary: fmt.Sprintf("Created the event “%s” (%s, %s)", title, e.Type, v.date),
		ids:     []int64{id},
	}, nil
}

// updateEvent replaces the editable fields; an empty status keeps the
// event's own. Evidence is left alone (AddEvidence, RemoveEvidence).
func (s *Store) updateEvent(ctx context.Context, tx *txn, c app.UpdateEvent) (outcome, error) {
	e := c.Event
	old, err := loadEvent(ctx, tx, e.ID)
	if err != nil {
		return outcome{}, err
	}
	e.Evidence = nil
	v, err := checkEvent(ctx, tx, e, old.status)
	if err != nil {
		return outcome{}, err
	}
	title := cleanName(e.Title)
	if _, err := tx.ExecContext(ctx, `UPDATE events SET type = ?, title = ?, date_value = ?, date_precision = ?,
		location_id = ?, credibility = ?, killed = ?, injured = ?, status = ?, note = ?, touched = 1 WHERE id = ?`,
		e.Type, title, v.date.Value, v.date.Precision, v.location, e.Credibility, v.killed, v.injured, v.status,
		e.Note, e.ID); err != nil {
		return outcome{}, err
	}
	if err := syncParticipants(ctx, tx, e.ID, e.Participants); err != nil {
		return outcome{}, err
	}
	return outcome{
		target:  fmt.Sprintf("event %d", e.ID),
		summary: fmt.Sprintf("Edited the event “%s”", title),
	}, nil
}

// syncParticipants makes the event's participants the given (entity, role)
// pairs: rows that stay are kept (so the log records only what changed),
// the others deleted, the missing ones added in the given order.
func syncParticipants(ctx context.Context, tx *txn, eventID int64, ps []app.Participant) error {
	type pair struct {
		entity int64
		role   app.Role
	}
	want := map[pair]bool{}
	for _, p := range ps {
		want[pair{p.EntityID, p.Role}] = true
	}
	rows, err := tx.QueryContext(ctx, "SELECT id, entity_id, role FROM participants WHERE event_id = ? ORDER BY id", eventID)
	if err != nil {
		return err
	}
	have := map[pair]bool{}
	var drop []int64
	for rows.Next() {
		var id int64
		var p pair
		if err := rows.Scan(&id, &p.entity, &p.role); err != nil {
			rows.Close()
			return err
		}
		if !want[p] || have[p] {
			drop = append(drop, id)
		}
		have[p] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range drop {
		if _, err := tx.ExecContext(ctx, "DELETE FROM participants WHERE id = ?", id); err != nil {
			return err
		}
	}
	for _, p := range ps {
		k := pair{p.EntityID, p.Role}
		if have[k] {
			continue
		}
		have[k] = true
		if _, err := tx.ExecContext(ctx, "INSERT INTO participants(event_id, entity_id, role) VALUES (?, ?, ?)",
			eventID, p.EntityID, p.Role); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) setEventStatus(ctx context.Context, tx *txn, c app.SetEventStatus) (outcome, error) {
	var first eventRow
	for i, id := range c.EventIDs {
		e, err := loadEvent(ctx, tx, id)
		if err != nil {
			return outcome{}, err
		}
		if i == 0 {
			first = e
		}
		if _, err := tx.ExecContext(ctx, "UPDATE events SET status = ?, touched = 1 WHERE id = ?", c.Status, id); err != nil {
			return outcome{}, err
		}
	}
	verb := map[app.Status]string{app.StatusAccepted: "Accepted", app.StatusRejected: "Rejected",
		app.StatusSuggested: "Reopened"}[c.Status]
	out := outcome{target: plural(len(c.EventIDs), "event", c.EventIDs)}
	if len(c.EventIDs) == 1 {
		out.summary = fmt.Sprintf("%s the event “%s”", verb, first.title)
	} else {
		out.summary = fmt.Sprintf("%s %d events", verb, len(c.EventIDs))
	}
	if c.Status != app.StatusAccepted {
		n, err := leaveCases(ctx, tx, c.EventIDs)
		if err != nil {
			return outcome{}, err
		}
		if n > 0 {
			out.summary += fmt.Sprintf(" and took it out of %s", countOf(n, "case"))
		}
	}
	return out, nil
}

// leaveCases takes events out of every case they are in and returns how
// many cases that touched. A case holds accepted events only: what it
// exports is stated as fact, with its sources.
func leaveCases(ctx context.Context, tx *txn, eventIDs []int64) (int, error) {
	cases := map[int64]bool{}
	for _, id := range eventIDs {
		ids, err := int64s(ctx, tx, "SELECT case_id FROM case_events WHERE event_id = ?", id)
		if err != nil {
			return 0, err
		}
		for _, c := range ids {
			cases[c] = true
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM case_events WHERE event_id = ?", id); err != nil {
			return 0, err
		}
	}
	return len(cases), nil
}

// deleteEvent removes a manual event with its participants, evidence,
// notes, places in cases and the links it is an end of. Suggested events
// are rejected instead: deleting one would let the next extraction of its
// article suggest it again (DESIGN invariant 4).
func (s *Store) deleteEvent(ctx context.Context, tx *txn, c app.DeleteEvent) (outcome, error) {
	e, err := loadEvent(ctx, tx, c.EventID)
	if err != nil {
		return outcome{}, err
	}
	if e.origin != string(app.OriginManual) {
		return outcome{}, app.Errorf(app.ECONFLICT,
			"the event “%s” was suggested by the extractor and cannot be deleted; reject it instead", e.title)
	}
	links, err := int64s(ctx, tx, `SELECT id FROM links WHERE (from_kind = 'event' AND from_id = ?1)
		OR (to_kind = 'event' AND to_id = ?1) ORDER BY id`, e.id)
	if err != nil {
		return outcome{}, err
	}
	for _, id := range links {
		if err := deleteLinkRows(ctx, tx, id); err != nil {
			return outcome{}, err
		}
	}
	for _, q := range []string{
		"DELETE FROM case_events WHERE event_id = ?",
		"DELETE FROM notes WHERE target_kind = 'event' AND target_id = ?",
		"DELETE FROM participants WHERE event_id = ?",
		"DELETE FROM evidence WHERE event_id = ?",
		"DELETE FROM events WHERE id = ?",
	} {
		if _, err := tx.ExecContext(ctx, q, e.id); err != nil {
			return outcome{}, err
		}
	}
	summary := fmt.Sprintf("Deleted the event “%s”", e.title)
	if len(links) > 0 {
		summary += fmt.Sprintf(" and %s", countOf(len(links), "link"))
	}
	return outcome{target: fmt.Sprintf("event %d", e.id), summary: summary}, nil
}

func insertEvidence(ctx context.Context, tx *txn, eventID int64, ev app.Evidence) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM evidence WHERE event_id = ? AND article_id = ?
		AND span_start = ? AND span_end = ?`, eventID, ev.ArticleID, ev.Start, ev.End).Scan(&n); err != nil || n > 0 {
		return err // the same span cited twice is cited once
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO evidence(event_id, article_id, span_start, span_end) VALUES (?, ?, ?, ?)",
		eventID, ev.ArticleID, ev.Start, ev.End)
	return err
}

func (s *Store) addEvidence(ctx context.Context, tx *txn, c app.AddEvidence) (outcome, error) {
	e, err := loadEvent(ctx, tx, c.EventID)
	if err != nil {
		return outcome{}, err
	}
	quote, err := citedText(ctx, tx, c.Evidence)
	if err != nil {
		return outcome{}, err
	}
	if id, err := evidenceID(ctx, tx, e.id, c.Evidence); err != nil {
		return outcome{}, err
	} else if id != 0 {
		return outcome{}, app.Errorf(app.ECONFLICT, "“%s” is already cited for the event “%s”", shorten(quote), e.title)
	}
	if err := insertEvidence(ctx, tx, e.id, c.Evidence); err != nil {
		return outcome{}, err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE events SET touched = 1 WHERE id = ?", e.id); err != nil {
		return outcome{}, err
	}
	return outcome{
		target:  fmt.Sprintf("event %d", e.id),
		summary: fmt.Sprintf("Cited “%s” (article %d) for the event “%s”", shorten(quote), c.Evidence.ArticleID, e.title),
	}, nil
}

func (s *Store) removeEvidence(ctx context.Context, tx *txn, c app.RemoveEvidence) (outcome, error) {
	e, err := loadEvent(ctx, tx, c.EventID)
	if err != nil {
		return outcome{}, err
	}
	ev := c.Evidence
	id, err := evidenceID(ctx, tx, e.id, ev)
	if err != nil {
		return outcome{}, err
	}
	if id == 0 {
		return outcome{}, app.Errorf(app.ENOTFOUND, "the event “%s” does not cite article %d at %d–%d",
			e.title, ev.ArticleID, ev.Start, ev.End)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM evidence WHERE id = ?", id); err != nil {
		return outcome{}, err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE events SET touched = 1 WHERE id = ?", e.id); err != nil {
		return outcome{}, err
	}
	return outcome{
		target:  fmt.Sprintf("event %d", e.id),
		summary: fmt.Sprintf("Removed a citation of article %d from the event “%s”", ev.ArticleID, e.title),
	}, nil
}

// evidenceID finds the row citing exactly that span for the event; 0 if none.
func evidenceID(ctx context.Context, tx *txn, eventID int64, ev app.Evidence) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM evidence WHERE event_id = ? AND article_id = ?
		AND span_start = ? AND span_end = ? ORDER BY id LIMIT 1`, eventID, ev.ArticleID, ev.Start, ev.End).Scan(&id)
	if err == sql.ErrNoRows {
		return 0, nil
	}
	return id, err
}

// shorten cuts a quote for a one-line summary.
func shorten(s string) string {
	s = cleanName(s)
	if r := []rune(s); len(r) > 60 {
		return strings.TrimSpace(string(r[:59])) + "…"
	}
	return s
}
