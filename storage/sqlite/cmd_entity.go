package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"dossier/app"
)

func (s *Store) createEntity(ctx context.Context, tx *txn, c app.CreateEntity) (outcome, error) {
	name := cleanName(c.Name)
	if err := nameFree(ctx, tx, c.Type, name, 0); err != nil {
		return outcome{}, err
	}
	id, err := insertEntity(ctx, tx, c.Type, name, "manual")
	if err != nil {
		return outcome{}, err
	}
	for _, a := range c.Aliases {
		if err := addAlias(ctx, tx, id, a); err != nil {
			return outcome{}, err
		}
	}
	return outcome{
		target:  fmt.Sprintf("entity %d", id),
		summary: fmt.Sprintf("Created %s “%s”", c.Type, name),
		ids:     []int64{id},
	}, nil
}

// nameFree fails when another entity (not self) of type t has the name.
func nameFree(ctx context.Context, q queryer, t app.EntityType, name string, self int64) error {
	var id int64
	err := q.QueryRowContext(ctx, "SELECT id FROM entities WHERE type = ? AND norm = ? AND id <> ?",
		t, normName(name), self).Scan(&id)
	switch {
	case err == sql.ErrNoRows:
		return nil
	case err != nil:
		return err
	}
	return app.Errorf(app.EDUPLICATE, "there is already a %s named “%s” (entity %d); merge them instead", t, name, id)
}

// renameEntity changes the canonical name; the old name becomes an alias
// and an alias equal to the new name is dropped.
func (s *Store) renameEntity(ctx context.Context, tx *txn, c app.RenameEntity) (outcome, error) {
	e, err := loadEntity(ctx, tx, c.EntityID)
	if err != nil {
		return outcome{}, err
	}
	name := cleanName(c.Name)
	if err := nameFree(ctx, tx, e.typ, name, e.id); err != nil {
		return outcome{}, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE entities SET name = ?, norm = ?, last_token = ?, acronym = ?
		WHERE id = ?`, name, normName(name), lastTokenKey(e.typ, name), acronymKey(name), e.id); err != nil {
		return outcome{}, err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM aliases WHERE entity_id = ? AND norm = ?", e.id, normName(name)); err != nil {
		return outcome{}, err
	}
	if err := addAlias(ctx, tx, e.id, e.name); err != nil {
		return outcome{}, err
	}
	return outcome{
		target:  fmt.Sprintf("entity %d", e.id),
		summary: fmt.Sprintf("Renamed “%s” to “%s”", e.name, name),
	}, nil
}

func (s *Store) setEntityNotes(ctx context.Context, tx *txn, c app.SetEntityNotes) (outcome, error) {
	e, err := loadEntity(ctx, tx, c.EntityID)
	if err != nil {
		return outcome{}, err
	}
	_, err = tx.ExecContext(ctx, "UPDATE entities SET notes = ? WHERE id = ?", c.Notes, e.id)
	return outcome{
		target:  fmt.Sprintf("entity %d", e.id),
		summary: fmt.Sprintf("Edited the notes on “%s”", e.name),
	}, err
}

// splitAlias takes an alias out of an entity into an entity of its own
// (an existing one of that name and type, else a new one) and moves the
// mentions whose text is that alias.
func (s *Store) splitAlias(ctx context.Context, tx *txn, c app.SplitAlias) (outcome, error) {
	e, err := loadEntity(ctx, tx, c.EntityID)
	if err != nil {
		return outcome{}, err
	}
	key := normName(c.Alias)
	var aliasID int64
	var alias string
	err = tx.QueryRowContext(ctx, "SELECT id, name FROM aliases WHERE entity_id = ? AND norm = ?", e.id, key).
		Scan(&aliasID, &alias)
	if err == sql.ErrNoRows {
		return outcome{}, app.Errorf(app.ENOTFOUND, "“%s” is not an alias of “%s”", cleanName(c.Alias), e.name)
	} else if err != nil {
		return outcome{}, err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM aliases WHERE id = ?", aliasID); err != nil {
		return outcome{}, err
	}
	var newID int64
	err = tx.QueryRowContext(ctx, "SELECT id FROM entities WHERE type = ? AND norm = ?", e.typ, key).Scan(&newID)
	if err == sql.ErrNoRows {
		newID, err = insertEntity(ctx, tx, e.typ, alias, "manual")
	}
	if err != nil {
		return outcome{}, err
	}
	moved, err := moveMentionsByText(ctx, tx, e.id, newID, key)
	if err != nil {
		return outcome{}, err
	}
	return outcome{
		target: fmt.Sprintf("entity %d", e.id),
		summary: fmt.Sprintf("Split “%s” out of “%s” (%s moved)",
			alias, e.name, countOf(moved, "mention")),
		ids: []int64{newID},
	}, nil
}

// moveMentionsByText relinks from's mentions whose text has the key norm.
func moveMentionsByText(ctx context.Context, tx *txn, from, to int64, norm string) (int, error) {
	rows, err := tx.QueryContext(ctx, "SELECT id, text FROM mentions WHERE entity_id = ?", from)
	if err != nil {
		return 0, err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		var text string
		if err := rows.Scan(&id, &text); err != nil {
			rows.Close()
			return 0, err
		}
		if normName(text) == norm {
			ids = append(ids, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	for _, id := range ids {
		if _, err := tx.ExecContext(ctx, "UPDATE mentions SET entity_id = ? WHERE id = ?", to, id); err != nil {
			return 0, err
		}
	}
	return len(ids), nil
}

func (s *Store) dismissMergeSuggestion(ctx context.Context, tx *txn, c app.DismissMergeSuggestion) (outcome, error) {
	var from, into int64
	err := tx.QueryRowContext(ctx, "SELECT from_id, into_id FROM merge_suggestions WHERE id = ?", c.SuggestionID).
		Scan(&from, &into)
	if err == sql.ErrNoRows {
		return outcome{}, app.Errorf(app.ENOTFOUND, "no merge suggestion %d", c.SuggestionID)
	} else if err != nil {
		return outcome{}, err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE merge_suggestions SET status = 'rejected' WHERE id = ?", c.SuggestionID); err != nil {
		return outcome{}, err
	}
	return outcome{
		target:  fmt.Sprintf("merge suggestion %d", c.SuggestionID),
		summary: fmt.Sprintf("Entities %d and %d are not the same", from, into),
	}, nil
}
