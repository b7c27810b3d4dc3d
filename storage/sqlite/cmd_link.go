package sqlite

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"dossier/app"
)

// Which ends each link kind joins: the event relations join events, the
// entity relations entities; related and other join either.
var (
	eventLinkKinds  = []app.LinkKind{app.LinkPrecedes, app.LinkCauses, app.LinkSameCampaign}
	entityLinkKinds = []app.LinkKind{app.LinkMemberOf, app.LinkLeaderOf, app.LinkLocatedIn, app.LinkAffiliated}
)

// checkLinkKind rejects a link whose ends do not suit its kind.
func checkLinkKind(l app.Link) error {
	if l.FromKind != l.ToKind {
		return app.Errorf(app.EINVALID, "a link joins two entities or two events, not an %s and an %s", l.FromKind, l.ToKind)
	}
	if l.FromKind == app.TargetEntity && slices.Contains(eventLinkKinds, l.Kind) {
		return app.Errorf(app.EINVALID, "“%s” links events, not entities", l.Kind)
	}
	if l.FromKind == app.TargetEvent && slices.Contains(entityLinkKinds, l.Kind) {
		return app.Errorf(app.EINVALID, "“%s” links entities, not events", l.Kind)
	}
	return nil
}

// endName loads one end of a link and returns its name for summaries.
func endName(ctx context.Context, q queryer, kind string, id int64) (string, error) {
	if kind == app.TargetEvent {
		e, err := loadEvent(ctx, q, id)
		return e.title, err
	}
	e, err := loadEntity(ctx, q, id)
	return e.name, err
}

func (s *Store) createLink(ctx context.Context, tx *txn, c app.CreateLink) (outcome, error) {
	l := c.Link
	if err := checkLinkKind(l); err != nil {
		return outcome{}, err
	}
	from, err := endName(ctx, tx, l.FromKind, l.FromID)
	if err != nil {
		return outcome{}, err
	}
	to, err := endName(ctx, tx, l.ToKind, l.ToID)
	if err != nil {
		return outcome{}, err
	}
	var caseID sql.NullInt64
	if l.CaseID != 0 {
		if _, err := loadCase(ctx, tx, l.CaseID); err != nil {
			return outcome{}, err
		}
		caseID = sql.NullInt64{Int64: l.CaseID, Valid: true}
	}
	var dup int64
	err = tx.QueryRowContext(ctx, `SELECT id FROM links WHERE from_kind = ? AND from_id = ? AND to_kind = ? AND to_id = ?
		AND kind = ? LIMIT 1`, l.FromKind, l.FromID, l.ToKind, l.ToID, l.Kind).Scan(&dup)
	if err == nil {
		return outcome{}, app.Errorf(app.EDUPLICATE, "“%s” is already linked to “%s” as %s (link %d)", from, to, l.Kind, dup)
	} else if err != sql.ErrNoRows {
		return outcome{}, err
	}
	for _, ev := range l.Evidence {
		if _, err := citedText(ctx, tx, ev); err != nil {
			return outcome{}, err
		}
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO links(case_id, kind, from_kind, from_id, to_kind, to_id, note)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, caseID, l.Kind, l.FromKind, l.FromID, l.ToKind, l.ToID, l.Note)
	if err != nil {
		return outcome{}, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return outcome{}, err
	}
	for _, ev := range l.Evidence {
		if _, err := tx.ExecContext(ctx, `INSERT INTO link_evidence(link_id, article_id, span_start, span_end)
			VALUES (?, ?, ?, ?)`, id, ev.ArticleID, ev.Start, ev.End); err != nil {
			return outcome{}, err
		}
	}
	return outcome{
		target:  fmt.Sprintf("link %d", id),
		summary: fmt.Sprintf("Linked “%s” to “%s” (%s)", from, to, l.Kind),
		ids:     []int64{id},
	}, nil
}

func (s *Store) deleteLink(ctx context.Context, tx *txn, c app.DeleteLink) (outcome, error) {
	var l app.Link
	err := tx.QueryRowContext(ctx, "SELECT kind, from_kind, from_id, to_kind, to_id FROM links WHERE id = ?", c.LinkID).
		Scan(&l.Kind, &l.FromKind, &l.FromID, &l.ToKind, &l.ToID)
	if err == sql.ErrNoRows {
		return outcome{}, app.Errorf(app.ENOTFOUND, "no link %d", c.LinkID)
	} else if err != nil {
		return outcome{}, err
	}
	// Names for the summary; an end that no longer exists is named by id.
	from, err := endName(ctx, tx, l.FromKind, l.FromID)
	if err != nil {
		from = fmt.Sprintf("%s %d", l.FromKind, l.FromID)
	}
	to, err := endName(ctx, tx, l.ToKind, l.ToID)
	if err != nil {
		to = fmt.Sprintf("%s %d", l.ToKind, l.ToID)
	}
	if err := deleteLinkRows(ctx, tx, c.LinkID); err != nil {
		return outcome{}, err
	}
	return outcome{
		target:  fmt.Sprintf("link %d", c.LinkID),
		summary: fmt.Sprintf("Removed the link “%s” %s “%s”", from, l.Kind, to),
	}, nil
}

// deleteLinkRows deletes a link and its evidence.
func deleteLinkRows(ctx context.Context, tx *txn, id int64) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM link_evidence WHERE link_id = ?", id); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, "DELETE FROM links WHERE id = ?", id)
	return err
}

// recordExport only describes the export: the log row it gets (of kind
// app.LogRecord, written even though no row changes) is the record of who
// exported what, when, where to and with which hash. It is not undoable.
func (s *Store) recordExport(ctx context.Context, tx *txn, c app.RecordExport) (outcome, error) {
	sum := strings.ToLower(c.SHA256)
	if _, err := hex.DecodeString(sum); err != nil {
		return outcome{}, app.Errorf(app.EINVALID, "%q is not a SHA-256 written in hexadecimal", c.SHA256)
	}
	what, target := "the whole case file", "case file"
	if c.CaseID != 0 {
		cs, err := loadCase(ctx, tx, c.CaseID)
		if err != nil {
			return outcome{}, err
		}
		what, target = fmt.Sprintf("the case “%s”", cs.title), fmt.Sprintf("case %d", cs.id)
	}
	to := ""
	if c.Path != "" {
		to = " to " + c.Path
	}
	return outcome{
		target:  target,
		summary: fmt.Sprintf("Exported %s as %s%s (SHA-256 %s)", what, c.Format, to, sum),
	}, nil
}
