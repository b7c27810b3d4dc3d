package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"

	"dossier/app"
)

// eventSelect reads an event's own columns; participants and evidence
// are filled by fillEvents.
const eventSelect = `SELECT e.id, e.type, e.title, e.date_value, e.date_precision, coalesce(e.location_id, 0),
	e.credibility, e.killed, e.injured, e.status, e.note FROM `

func scanEvent(sc interface{ Scan(...any) error }) (app.Event, error) {
	var e app.Event
	err := sc.Scan(&e.ID, &e.Type, &e.Title, &e.Date.Value, &e.Date.Precision, &e.LocationID,
		&e.Credibility, &e.Casualties.Killed, &e.Casualties.Injured, &e.Status, &e.Note)
	e.Participants, e.Evidence = []app.Participant{}, []app.Evidence{}
	return e, err
}

// Event returns one event with its participants (names filled) and
// evidence (quotes filled).
func (s *Store) Event(ctx context.Context, id int64) (app.Event, error) {
	ctx = ctxOrBackground(ctx)
	e, err := scanEvent(s.db.QueryRowContext(ctx, eventSelect+"events e WHERE e.id = ?", id))
	if err == sql.ErrNoRows {
		return e, app.Errorf(app.ENOTFOUND, "no event %d", id)
	} else if err != nil {
		return e, mapErr(err, "read event")
	}
	evs := []app.Event{e}
	if err := fillEvents(ctx, s.db, evs); err != nil {
		return e, mapErr(err, "read event")
	}
	return evs[0], nil
}

// eventQuery builds the FROM, WHERE and ORDER BY of an event list. Events
// come by date (undated last) then id, or in the case's order.
func eventQuery(f app.EventFilter) (from, where, order string, args []any) {
	from, order = "events e", "e.date_sort, e.id"
	var conds []string
	if f.CaseID != 0 {
		from, order = "case_events ce JOIN events e ON e.id = ce.event_id", "ce.position, ce.id"
		conds, args = append(conds, "ce.case_id = ?"), append(args, f.CaseID)
	}
	if f.ArticleID != 0 {
		conds = append(conds, "(e.article_id = ? OR e.id IN (SELECT event_id FROM evidence WHERE article_id = ?))")
		args = append(args, f.ArticleID, f.ArticleID)
	}
	if f.EntityID != 0 {
		conds = append(conds, "(e.location_id = ? OR e.id IN (SELECT event_id FROM participants WHERE entity_id = ?))")
		args = append(args, f.EntityID, f.EntityID)
	}
	if f.Type != "" {
		conds, args = append(conds, "e.type = ?"), append(args, f.Type)
	}
	if f.Status != "" {
		conds, args = append(conds, "e.status = ?"), append(args, f.Status)
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		// LIKE folds ASCII case only, as SQLite's does without ICU.
		esc := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(q)
		conds, args = append(conds, `e.title LIKE ? ESCAPE '\'`), append(args, "%"+esc+"%")
	}
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	return from, where, order, args
}

// Events lists events with their participants and evidence, and the total
// count matching the filter: by date (undated last) then id, or in the
// case's order when CaseID is set. A limit of 0 or less means 100.
func (s *Store) Events(ctx context.Context, f app.EventFilter) ([]app.Event, int, error) {
	ctx = ctxOrBackground(ctx)
	limit, offset := pageBounds(f.Limit, f.Offset)
	from, where, order, args := eventQuery(f)
	var total int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM "+from+" "+where, args...).Scan(&total); err != nil {
		return nil, 0, mapErr(err, "list events")
	}
	out, err := queryEvents(ctx, s.db, eventSelect+from+" "+where+" ORDER BY "+order+" LIMIT ? OFFSET ?",
		append(args, limit, offset)...)
	if err != nil {
		return nil, 0, mapErr(err, "list events")
	}
	return out, total, nil
}

// queryEvents reads the events a query selects (with eventSelect's
// columns), in its order, and fills them.
func queryEvents(ctx context.Context, q queryer, query string, args ...any) ([]app.Event, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	out := []app.Event{}
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, fillEvents(ctx, q, out)
}

// fillEvents reads the participants and evidence of the events in two
// queries, in the order they were added.
func fillEvents(ctx context.Context, q queryer, evs []app.Event) error {
	if len(evs) == 0 {
		return nil
	}
	at := make(map[int64]int, len(evs))
	ids := make([]int64, len(evs))
	for i, e := range evs {
		at[e.ID], ids[i] = i, e.ID
	}
	list, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT p.event_id, p.entity_id, n.name, p.role
		FROM participants p JOIN entities n ON n.id = p.entity_id
		WHERE p.event_id IN (SELECT value FROM json_each(?)) ORDER BY p.id`, string(list))
	if err != nil {
		return err
	}
	for rows.Next() {
		var eid int64
		var p app.Participant
		if err := rows.Scan(&eid, &p.EntityID, &p.Name, &p.Role); err != nil {
			rows.Close()
			return err
		}
		evs[at[eid]].Participants = append(evs[at[eid]].Participants, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	cites, err := readEvidence(ctx, q, "evidence", "event_id", string(list))
	for _, c := range cites {
		evs[at[c.owner]].Evidence = append(evs[at[c.owner]].Evidence, c.Evidence)
	}
	return err
}

// citation is an evidence row with the id of the event or link citing it.
type citation struct {
	owner int64
	app.Evidence
}

// readEvidence reads the evidence rows (table evidence or link_evidence)
// of the owners in the JSON list, with their quotes. SQLite's substr
// counts characters, that is code points of the UTF-8 text, as spans do.
func readEvidence(ctx context.Context, q queryer, table, owner, list string) ([]citation, error) {
	rows, err := q.QueryContext(ctx, `SELECT v.`+owner+`, v.article_id, v.span_start, v.span_end,
		substr(t.text, v.span_start + 1, v.span_end - v.span_start)
		FROM `+table+` v JOIN articles a ON a.id = v.article_id JOIN article_texts t ON t.id = a.text_id
		WHERE v.`+owner+` IN (SELECT value FROM json_each(?)) ORDER BY v.id`, list)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []citation
	for rows.Next() {
		var c citation
		if err := rows.Scan(&c.owner, &c.ArticleID, &c.Start, &c.End, &c.Quote); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
