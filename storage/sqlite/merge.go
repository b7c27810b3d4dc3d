package sqlite

import (
	"context"
	"fmt"
	"strings"

	"dossier/app"
)

// mergeEntities moves everything of From into Into and removes From: its
// aliases and name (as aliases), mentions (retyped to Into's type), event
// participations and locations, links, notes and merge suggestions. Every
// row change is captured, so undo restores From exactly.
func (s *Store) mergeEntities(ctx context.Context, tx *txn, c app.MergeEntities) (outcome, error) {
	from, err := loadEntity(ctx, tx, c.FromID)
	if err != nil {
		return outcome{}, err
	}
	into, err := loadEntity(ctx, tx, c.IntoID)
	if err != nil {
		return outcome{}, err
	}
	steps := []func(context.Context, *txn, entityRow, entityRow) error{
		mergeAliases, mergeMentions, mergeParticipants, mergeReferences, mergeSuggestions, mergeNotes,
	}
	for _, step := range steps {
		if err := step(ctx, tx, from, into); err != nil {
			return outcome{}, err
		}
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM entities WHERE id = ?", from.id); err != nil {
		return outcome{}, err
	}
	summary := fmt.Sprintf("Merged “%s” into “%s”", from.name, into.name)
	if r := strings.TrimSpace(c.Reason); r != "" {
		summary += ": " + r
	}
	return outcome{target: fmt.Sprintf("entity %d", into.id), summary: summary}, nil
}

func mergeAliases(ctx context.Context, tx *txn, from, into entityRow) error {
	rows, err := tx.QueryContext(ctx, "SELECT id, name FROM aliases WHERE entity_id = ?", from.id)
	if err != nil {
		return err
	}
	type alias struct {
		id   int64
		name string
	}
	var as []alias
	for rows.Next() {
		var a alias
		if err := rows.Scan(&a.id, &a.name); err != nil {
			rows.Close()
			return err
		}
		as = append(as, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, a := range as {
		if _, err := tx.ExecContext(ctx, "DELETE FROM aliases WHERE id = ?", a.id); err != nil {
			return err
		}
		if err := addAlias(ctx, tx, into.id, a.name); err != nil {
			return err
		}
	}
	return addAlias(ctx, tx, into.id, from.name)
}

func mergeMentions(ctx context.Context, tx *txn, from, into entityRow) error {
	_, err := tx.ExecContext(ctx, "UPDATE mentions SET entity_id = ?, type = ? WHERE entity_id = ?",
		into.id, into.typ, from.id)
	return err
}

// mergeParticipants moves From's event roles; a role Into already has in
// that event is dropped instead of doubled.
func mergeParticipants(ctx context.Context, tx *txn, from, into entityRow) error {
	stmts := []string{
		`DELETE FROM participants WHERE entity_id = ?1 AND EXISTS (SELECT 1 FROM participants p
			WHERE p.event_id = participants.event_id AND p.role = participants.role AND p.entity_id = ?2)`,
		"UPDATE participants SET entity_id = ?2 WHERE entity_id = ?1",
		"UPDATE events SET location_id = ?2 WHERE location_id = ?1",
	}
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q, from.id, into.id); err != nil {
			return err
		}
	}
	return nil
}

// mergeReferences repoints links and notes that name From. A link between
// the two would join Into to itself: it goes (undo brings it back).
func mergeReferences(ctx context.Context, tx *txn, from, into entityRow) error {
	between, err := int64s(ctx, tx, `SELECT id FROM links WHERE from_kind = 'entity' AND to_kind = 'entity'
		AND ((from_id = ?1 AND to_id = ?2) OR (from_id = ?2 AND to_id = ?1))`, from.id, into.id)
	if err != nil {
		return err
	}
	for _, id := range between {
		if err := deleteLinkRows(ctx, tx, id); err != nil {
			return err
		}
	}
	stmts := []string{
		"UPDATE links SET from_id = ?2 WHERE from_kind = 'entity' AND from_id = ?1",
		"UPDATE links SET to_id = ?2 WHERE to_kind = 'entity' AND to_id = ?1",
		"UPDATE notes SET target_id = ?2 WHERE target_kind = 'entity' AND target_id = ?1",
	}
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q, from.id, into.id); err != nil {
			return err
		}
	}
	return nil
}

// mergeSuggestions drops suggestions between the two (the merge settles
// them) and repoints From's others to Into unless Into already has one
// with the same entity.
func mergeSuggestions(ctx context.Context, tx *txn, from, into entityRow) error {
	stmts := []string{
		`DELETE FROM merge_suggestions WHERE (from_id = ?1 AND into_id = ?2) OR (from_id = ?2 AND into_id = ?1)`,
		`DELETE FROM merge_suggestions WHERE (from_id = ?1 OR into_id = ?1) AND EXISTS (
			SELECT 1 FROM merge_suggestions o WHERE o.id <> merge_suggestions.id
			AND (o.from_id = ?2 OR o.into_id = ?2)
			AND (CASE WHEN merge_suggestions.from_id = ?1 THEN merge_suggestions.into_id ELSE merge_suggestions.from_id END)
				IN (o.from_id, o.into_id))`,
		"UPDATE merge_suggestions SET from_id = ?2 WHERE from_id = ?1",
		"UPDATE merge_suggestions SET into_id = ?2 WHERE into_id = ?1",
	}
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q, from.id, into.id); err != nil {
			return err
		}
	}
	return nil
}

// mergeNotes appends From's notes to Into's so nothing is lost.
func mergeNotes(ctx context.Context, tx *txn, from, into entityRow) error {
	if strings.TrimSpace(from.notes) == "" {
		return nil
	}
	notes := from.notes
	if strings.TrimSpace(into.notes) != "" {
		notes = into.notes + "\n\n" + from.notes
	}
	_, err := tx.ExecContext(ctx, "UPDATE entities SET notes = ? WHERE id = ?", notes, into.id)
	return err
}
