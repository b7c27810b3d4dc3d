package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"

	"dossier/app"
)

var _ app.CaseService = (*Store)(nil)

// Case returns one case with its events' ids in the case's order.
func (s *Store) Case(ctx context.Context, id int64) (app.Case, error) {
	ctx = ctxOrBackground(ctx)
	c, err := readCase(ctx, s.db, id)
	return c, mapErr(err, "read case")
}

func readCase(ctx context.Context, q queryer, id int64) (app.Case, error) {
	c := app.Case{ID: id}
	err := q.QueryRowContext(ctx, "SELECT title, status, summary FROM cases WHERE id = ?", id).
		Scan(&c.Title, &c.Status, &c.Summary)
	if err == sql.ErrNoRows {
		return c, app.Errorf(app.ENOTFOUND, "no case %d", id)
	} else if err != nil {
		return c, err
	}
	c.EventIDs, err = caseEventIDs(ctx, q, id)
	if c.EventIDs == nil {
		c.EventIDs = []int64{}
	}
	return c, err
}

// Cases lists every case, oldest first, with its events' ids in order.
func (s *Store) Cases(ctx context.Context) ([]app.Case, error) {
	ctx = ctxOrBackground(ctx)
	rows, err := s.db.QueryContext(ctx, "SELECT id, title, status, summary FROM cases ORDER BY id")
	if err != nil {
		return nil, mapErr(err, "list cases")
	}
	out := []app.Case{}
	at := map[int64]int{}
	for rows.Next() {
		c := app.Case{EventIDs: []int64{}}
		if err := rows.Scan(&c.ID, &c.Title, &c.Status, &c.Summary); err != nil {
			rows.Close()
			return nil, mapErr(err, "list cases")
		}
		at[c.ID] = len(out)
		out = append(out, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, mapErr(err, "list cases")
	}
	rows, err = s.db.QueryContext(ctx, "SELECT case_id, event_id FROM case_events ORDER BY case_id, position, id")
	if err != nil {
		return nil, mapErr(err, "list cases")
	}
	defer rows.Close()
	for rows.Next() {
		var cid, eid int64
		if err := rows.Scan(&cid, &eid); err != nil {
			return nil, mapErr(err, "list cases")
		}
		if i, ok := at[cid]; ok {
			out[i].EventIDs = append(out[i].EventIDs, eid)
		}
	}
	return out, mapErr(rows.Err(), "list cases")
}

// caseLinks selects the links of case ?1: those tied to it, and those tied
// to no case whose two ends both lie in it — events of the case, or
// entities its events involve (participants and places).
const caseLinks = `WITH ev(id) AS (SELECT event_id FROM case_events WHERE case_id = ?1),
	ent(id) AS (SELECT entity_id FROM participants WHERE event_id IN ev
		UNION SELECT location_id FROM events WHERE id IN ev AND location_id IS NOT NULL)
	SELECT l.id, coalesce(l.case_id, 0), l.kind, l.from_kind, l.from_id, l.to_kind, l.to_id, l.note
	FROM links l WHERE l.case_id = ?1 OR (l.case_id IS NULL
		AND (CASE l.from_kind WHEN 'event' THEN l.from_id IN ev ELSE l.from_id IN ent END)
		AND (CASE l.to_kind WHEN 'event' THEN l.to_id IN ev ELSE l.to_id IN ent END))
	ORDER BY l.id`

// allLinks selects every link.
const allLinks = `SELECT id, coalesce(case_id, 0), kind, from_kind, from_id, to_kind, to_id, note
	FROM links ORDER BY id`

// Links lists the links of a case — tied to it, or tied to none with both
// ends in it — or every link when caseID is 0, with their evidence.
func (s *Store) Links(ctx context.Context, caseID int64) ([]app.Link, error) {
	ctx = ctxOrBackground(ctx)
	out, err := readLinks(ctx, s.db, caseID)
	return out, mapErr(err, "list links")
}

func readLinks(ctx context.Context, q queryer, caseID int64) ([]app.Link, error) {
	query, args := allLinks, []any(nil)
	if caseID != 0 {
		if _, err := loadCase(ctx, q, caseID); err != nil {
			return nil, err
		}
		query, args = caseLinks, []any{caseID}
	}
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	out := []app.Link{}
	at := map[int64]int{}
	var ids []int64
	for rows.Next() {
		l := app.Link{Evidence: []app.Evidence{}}
		if err := rows.Scan(&l.ID, &l.CaseID, &l.Kind, &l.FromKind, &l.FromID, &l.ToKind, &l.ToID, &l.Note); err != nil {
			rows.Close()
			return nil, err
		}
		at[l.ID] = len(out)
		ids = append(ids, l.ID)
		out = append(out, l)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	list, _ := json.Marshal(ids)
	cites, err := readEvidence(ctx, q, "link_evidence", "link_id", string(list))
	for _, c := range cites {
		out[at[c.owner]].Evidence = append(out[at[c.owner]].Evidence, c.Evidence)
	}
	return out, err
}
