package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"

	"dossier/app"
)

// cases adds every case of the exchange with its events in order. A case
// whose title the file already uses is added as "TITLE (imported)" (or
// "(imported 2)" …): the file's own case is left as it is.
func (a *exApply) cases(ctx context.Context) error {
	for _, c := range a.x.Cases {
		title, err := a.caseTitle(ctx, cleanName(c.Title))
		if err != nil {
			return err
		}
		status := c.Status
		if status == "" {
			status = app.CaseOpen
		}
		res, err := a.tx.ExecContext(ctx, "INSERT INTO cases(title, status, summary) VALUES (?, ?, ?)",
			title, status, c.Summary)
		if err != nil {
			return err
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		a.cses[c.Ref], a.caseIDs = id, append(a.caseIDs, id)
		a.stats.CasesAdded++
		// Two events of the exchange may have become one event of the file.
		seen := map[int64]bool{}
		for _, ref := range c.Events {
			ev := a.evs[ref]
			if seen[ev] {
				continue
			}
			if _, err := a.tx.ExecContext(ctx, "INSERT INTO case_events(case_id, event_id, position) VALUES (?, ?, ?)",
				id, ev, len(seen)); err != nil {
				return err
			}
			seen[ev] = true
		}
	}
	return nil
}

// caseTitle is title, or when a case the file had before the import has
// it, the first "title (imported)", "title (imported 2)" … no case has.
func (a *exApply) caseTitle(ctx context.Context, title string) (string, error) {
	taken := func(t string, below int64) (bool, error) {
		var n int
		err := a.tx.QueryRowContext(ctx, "SELECT count(*) FROM cases WHERE title = ? COLLATE NOCASE AND id <= ?",
			t, below).Scan(&n)
		return n > 0, err
	}
	if used, err := taken(title, a.maxCase); err != nil || !used {
		return title, err
	}
	for i := 1; ; i++ {
		t := title + " (imported)"
		if i > 1 {
			t = fmt.Sprintf("%s (imported %d)", title, i)
		}
		if used, err := taken(t, math.MaxInt64); err != nil || !used {
			return t, err
		}
	}
}

// links adds the exchange's links, except those the file already has
// (same kind and ends, which merged entities may make of two links).
func (a *exApply) links(ctx context.Context) error {
	for _, xl := range a.x.Links {
		l := app.Link{Kind: xl.Kind, FromKind: xl.FromKind, FromID: a.end(xl.FromKind, xl.From),
			ToKind: xl.ToKind, ToID: a.end(xl.ToKind, xl.To), Note: xl.Note}
		if err := checkLinkKind(l); err != nil {
			return err
		}
		var dup int64
		err := a.tx.QueryRowContext(ctx, `SELECT id FROM links WHERE from_kind = ? AND from_id = ? AND to_kind = ?
			AND to_id = ? AND kind = ? LIMIT 1`, l.FromKind, l.FromID, l.ToKind, l.ToID, l.Kind).Scan(&dup)
		if err == nil || (l.FromKind == l.ToKind && l.FromID == l.ToID) {
			a.stats.LinksSkipped++
			continue
		} else if err != sql.ErrNoRows {
			return err
		}
		if err := a.insertLink(ctx, l, xl); err != nil {
			return err
		}
		a.stats.LinksAdded++
	}
	return nil
}

// end is the file's id of a link end.
func (a *exApply) end(kind, ref string) int64 {
	if kind == app.TargetEvent {
		return a.evs[ref]
	}
	return a.ents[ref]
}

func (a *exApply) insertLink(ctx context.Context, l app.Link, xl app.ExLink) error {
	var caseID sql.NullInt64
	if id, ok := a.cses[xl.Case]; ok {
		caseID = sql.NullInt64{Int64: id, Valid: true}
	}
	res, err := a.tx.ExecContext(ctx, `INSERT INTO links(case_id, kind, from_kind, from_id, to_kind, to_id, note)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, caseID, l.Kind, l.FromKind, l.FromID, l.ToKind, l.ToID, l.Note)
	if err != nil {
		return err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return err
	}
	for _, c := range xl.Evidence {
		if _, err := a.tx.ExecContext(ctx, `INSERT INTO link_evidence(link_id, article_id, span_start, span_end)
			VALUES (?, ?, ?, ?)`, id, a.arts[c.Article], c.Start, c.End); err != nil {
			return err
		}
	}
	return nil
}
