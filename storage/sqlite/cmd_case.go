package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"dossier/app"
)

// caseRow is a case as commands need it.
type caseRow struct {
	id    int64
	title string
}

func loadCase(ctx context.Context, q queryer, id int64) (caseRow, error) {
	c := caseRow{id: id}
	err := q.QueryRowContext(ctx, "SELECT title FROM cases WHERE id = ?", id).Scan(&c.title)
	if err == sql.ErrNoRows {
		return c, app.Errorf(app.ENOTFOUND, "no case %d", id)
	}
	return c, err
}

// caseEventIDs lists a case's events in its order.
func caseEventIDs(ctx context.Context, q queryer, caseID int64) ([]int64, error) {
	return int64s(ctx, q, "SELECT event_id FROM case_events WHERE case_id = ? ORDER BY position, id", caseID)
}

func (s *Store) createCase(ctx context.Context, tx *txn, c app.CreateCase) (outcome, error) {
	title := cleanName(c.Title)
	res, err := tx.ExecContext(ctx, "INSERT INTO cases(title, status, summary) VALUES (?, 'open', ?)", title, c.Summary)
	if err != nil {
		return outcome{}, err
	}
	id, err := res.LastInsertId()
	return outcome{
		target:  fmt.Sprintf("case %d", id),
		summary: fmt.Sprintf("Opened the case “%s”", title),
		ids:     []int64{id},
	}, err
}

func (s *Store) setCaseField(ctx context.Context, tx *txn, c app.SetCaseField) (outcome, error) {
	cs, err := loadCase(ctx, tx, c.CaseID)
	if err != nil {
		return outcome{}, err
	}
	value, summary := c.Value, ""
	switch c.Field {
	case app.CaseFieldTitle:
		value = cleanName(value)
		summary = fmt.Sprintf("Renamed the case “%s” to “%s”", cs.title, value)
	case app.CaseFieldStatus:
		verb := map[string]string{string(app.CaseOpen): "Reopened", string(app.CaseClosed): "Closed"}[value]
		summary = fmt.Sprintf("%s the case “%s”", verb, cs.title)
	default:
		summary = fmt.Sprintf("Edited the summary of the case “%s”", cs.title)
	}
	// The column name comes from the validated field, never from input.
	col := map[app.CaseField]string{app.CaseFieldTitle: "title", app.CaseFieldStatus: "status",
		app.CaseFieldSummary: "summary"}[c.Field]
	if _, err := tx.ExecContext(ctx, "UPDATE cases SET "+col+" = ? WHERE id = ?", value, cs.id); err != nil {
		return outcome{}, err
	}
	return outcome{target: fmt.Sprintf("case %d", cs.id), summary: summary}, nil
}

// addToCase appends events to the end of a case, skipping those already
// in it; when every one is, it fails with ECONFLICT instead of logging
// nothing.
func (s *Store) addToCase(ctx context.Context, tx *txn, c app.AddToCase) (outcome, error) {
	cs, err := loadCase(ctx, tx, c.CaseID)
	if err != nil {
		return outcome{}, err
	}
	have, err := caseEventIDs(ctx, tx, cs.id)
	if err != nil {
		return outcome{}, err
	}
	wasByDate := false
	if c.InDateOrder {
		if wasByDate, err = caseInDateOrder(ctx, tx, cs.id); err != nil {
			return outcome{}, err
		}
	}
	var next int64
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(position) + 1, 0) FROM case_events WHERE case_id = ?",
		cs.id).Scan(&next); err != nil {
		return outcome{}, err
	}
	var added []int64
	accepted := 0
	for _, id := range c.EventIDs {
		e, err := loadEvent(ctx, tx, id)
		if err != nil {
			return outcome{}, err
		}
		if slices.Contains(have, id) || slices.Contains(added, id) {
			continue
		}
		switch e.status {
		case app.StatusRejected:
			return outcome{}, app.Errorf(app.ECONFLICT, "the event “%s” was rejected: accept it before adding it to a case", e.title)
		case app.StatusSuggested:
			// Putting a suggestion into a case is the analyst's decision
			// that it happened: it is accepted in the same command (one undo).
			if _, err := tx.ExecContext(ctx, "UPDATE events SET status = ?, touched = 1 WHERE id = ?", app.StatusAccepted, id); err != nil {
				return outcome{}, err
			}
			accepted++
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO case_events(case_id, event_id, position) VALUES (?, ?, ?)",
			cs.id, id, next); err != nil {
			return outcome{}, err
		}
		next++
		added = append(added, id)
	}
	if len(added) == 0 {
		return outcome{}, app.Errorf(app.ECONFLICT, "every event given is already in the case “%s”", cs.title)
	}
	summary := fmt.Sprintf("Added %s to the case “%s”", countOf(len(added), "event"), cs.title)
	if accepted > 0 {
		summary += fmt.Sprintf(", accepting %s", countOf(accepted, "suggestion"))
	}
	if wasByDate {
		if err := sortCaseByDate(ctx, tx, cs.id); err != nil {
			return outcome{}, err
		}
		summary += ", in date order"
	}
	return outcome{target: fmt.Sprintf("case %d", cs.id), summary: summary}, nil
}

// caseEventOrder lists a case's events in the given order.
func caseEventOrder(ctx context.Context, tx *txn, caseID int64, order string) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT ce.event_id FROM case_events ce JOIN events e ON e.id = ce.event_id
		WHERE ce.case_id = ? ORDER BY `+order, caseID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// caseInDateOrder reports whether the case's own order is its date order
// (first day of each event's date, undated last, then id).
func caseInDateOrder(ctx context.Context, tx *txn, caseID int64) (bool, error) {
	own, err := caseEventOrder(ctx, tx, caseID, "ce.position, ce.id")
	if err != nil {
		return false, err
	}
	byDate, err := caseEventOrder(ctx, tx, caseID, "e.date_sort, e.id")
	return slices.Equal(own, byDate), err
}

// sortCaseByDate renumbers the case's events in date order.
func sortCaseByDate(ctx context.Context, tx *txn, caseID int64) error {
	ids, err := caseEventOrder(ctx, tx, caseID, "e.date_sort, e.id")
	if err != nil {
		return err
	}
	for pos, id := range ids {
		if _, err := tx.ExecContext(ctx, "UPDATE case_events SET position = ? WHERE case_id = ? AND event_id = ? AND position <> ?",
			pos, caseID, id, pos); err != nil {
			return err
		}
	}
	return nil
}

// removeFromCase takes events out of a case; each must be in it.
func (s *Store) removeFromCase(ctx context.Context, tx *txn, c app.RemoveFromCase) (outcome, error) {
	cs, err := loadCase(ctx, tx, c.CaseID)
	if err != nil {
		return outcome{}, err
	}
	for _, id := range c.EventIDs {
		res, err := tx.ExecContext(ctx, "DELETE FROM case_events WHERE case_id = ? AND event_id = ?", cs.id, id)
		if err != nil {
			return outcome{}, err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return outcome{}, app.Errorf(app.ENOTFOUND, "event %d is not in the case “%s”", id, cs.title)
		}
	}
	return outcome{
		target:  fmt.Sprintf("case %d", cs.id),
		summary: fmt.Sprintf("Took %s out of the case “%s”", countOf(len(c.EventIDs), "event"), cs.title),
	}, nil
}

// reorderCase sets the case's order; EventIDs must hold each of the case's
// events exactly once and nothing else.
func (s *Store) reorderCase(ctx context.Context, tx *txn, c app.ReorderCase) (outcome, error) {
	cs, err := loadCase(ctx, tx, c.CaseID)
	if err != nil {
		return outcome{}, err
	}
	have, err := caseEventIDs(ctx, tx, cs.id)
	if err != nil {
		return outcome{}, err
	}
	if err := sameSet(have, c.EventIDs, cs.title); err != nil {
		return outcome{}, err
	}
	for pos, id := range c.EventIDs {
		if _, err := tx.ExecContext(ctx, "UPDATE case_events SET position = ? WHERE case_id = ? AND event_id = ?",
			pos, cs.id, id); err != nil {
			return outcome{}, err
		}
	}
	return outcome{
		target:  fmt.Sprintf("case %d", cs.id),
		summary: fmt.Sprintf("Reordered the %s of the case “%s”", countOf(len(have), "event"), cs.title),
	}, nil
}

// sameSet reports, in plain words, how order differs from the set have.
func sameSet(have, order []int64, title string) error {
	seen := map[int64]bool{}
	for _, id := range order {
		switch {
		case seen[id]:
			return app.Errorf(app.EINVALID, "event %d appears twice in the new order of the case “%s”", id, title)
		case !slices.Contains(have, id):
			return app.Errorf(app.EINVALID, "event %d is not in the case “%s”; add it before ordering it", id, title)
		}
		seen[id] = true
	}
	var missing []string
	for _, id := range have {
		if !seen[id] {
			missing = append(missing, fmt.Sprint(id))
		}
	}
	if len(missing) > 0 {
		return app.Errorf(app.EINVALID, "the new order of the case “%s” leaves out event %s; it must list every event of the case",
			title, strings.Join(missing, ", "))
	}
	return nil
}
