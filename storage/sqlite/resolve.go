package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"

	"dossier/app"
)

// entityRow is an entity as commands need it.
type entityRow struct {
	id    int64
	typ   app.EntityType
	name  string
	norm  string
	notes string
}

func loadEntity(ctx context.Context, q queryer, id int64) (entityRow, error) {
	e := entityRow{id: id}
	err := q.QueryRowContext(ctx, "SELECT type, name, norm, notes FROM entities WHERE id = ?", id).
		Scan(&e.typ, &e.name, &e.norm, &e.notes)
	if err == sql.ErrNoRows {
		return e, app.Errorf(app.ENOTFOUND, "no entity %d", id)
	}
	return e, err
}

// findEntity returns the entity of type t whose canonical name, or else
// one of whose aliases, has the key norm; 0 when there is none.
func findEntity(ctx context.Context, q queryer, t app.EntityType, norm string) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, "SELECT id FROM entities WHERE type = ? AND norm = ?", t, norm).Scan(&id)
	if err == sql.ErrNoRows {
		// CROSS JOIN keeps aliases (looked up by name) the outer loop:
		// without statistics the planner may otherwise scan entities by type.
		err = q.QueryRowContext(ctx, `SELECT a.entity_id FROM aliases a CROSS JOIN entities e ON e.id = a.entity_id
			WHERE a.norm = ? AND e.type = ? ORDER BY a.entity_id LIMIT 1`, norm, t).Scan(&id)
	}
	if err == sql.ErrNoRows {
		return 0, nil
	}
	return id, err
}

// insertEntity adds an entity with its matching keys.
func insertEntity(ctx context.Context, tx *txn, t app.EntityType, name, origin string) (int64, error) {
	name = cleanName(name)
	res, err := tx.ExecContext(ctx,
		"INSERT INTO entities(type, name, norm, last_token, acronym, origin) VALUES (?, ?, ?, ?, ?, ?)",
		t, name, normName(name), lastTokenKey(t, name), acronymKey(name), origin)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// addAlias gives an entity another name, unless it is its canonical name or
// already one of its aliases.
func addAlias(ctx context.Context, tx *txn, entityID int64, name string) error {
	name = cleanName(name)
	if name == "" {
		return nil
	}
	_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO aliases(entity_id, name, norm)
		SELECT ?1, ?2, ?3 WHERE NOT EXISTS (SELECT 1 FROM entities WHERE id = ?1 AND norm = ?3)`,
		entityID, name, normName(name))
	return err
}

// resolver finds or creates the entities a command names, caching within
// the command. With suggest set (imports and extractions), a new entity
// that is likely but not surely an existing one gets merge suggestions.
type resolver struct {
	tx      *txn
	suggest bool
	origin  string
	cache   map[string]int64
	// below, when not 0, limits merge suggestions to entities with ids up
	// to it: an exchange import suggests merges with the file's entities,
	// not among its own, which the sending analyst has already sorted.
	below int64
}

func newResolver(tx *txn, suggest bool) *resolver {
	origin := "manual"
	if suggest {
		origin = "auto"
	}
	return &resolver{tx: tx, suggest: suggest, origin: origin, cache: map[string]int64{}}
}

// entity returns the id of the entity of type t named name (by canonical
// name or alias, case-insensitively), creating it if missing.
func (r *resolver) entity(ctx context.Context, t app.EntityType, name string) (int64, error) {
	name = cleanName(name)
	key := string(t) + "\x00" + normName(name)
	if id, ok := r.cache[key]; ok {
		return id, nil
	}
	id, err := findEntity(ctx, r.tx, t, normName(name))
	if err != nil {
		return 0, err
	}
	if id == 0 {
		if id, err = insertEntity(ctx, r.tx, t, name, r.origin); err != nil {
			return 0, err
		}
		if r.suggest {
			if err := r.suggestMerges(ctx, id, t, name); err != nil {
				return 0, err
			}
		}
	}
	r.cache[key] = id
	return id, nil
}

// maxCandidate is the largest id a merge suggestion may point to.
func (r *resolver) maxCandidate() int64 {
	if r.below > 0 {
		return r.below
	}
	return math.MaxInt64
}

type candidate struct {
	id     int64
	reason string
}

// suggestMerges proposes merging the new entity into existing ones of the
// same type whose names are acronym and expansion of each other, or that
// share a person's last name. At most three suggestions per entity.
func (r *resolver) suggestMerges(ctx context.Context, newID int64, t app.EntityType, name string) error {
	var cands []candidate
	if k := counterpartKey(acronymKey(name)); k != "" {
		err := r.candidates(ctx, &cands, "SELECT id, name FROM entities WHERE type = ? AND acronym = ? AND acronym <> '' AND id <> ? AND id <= ? LIMIT 3",
			[]any{t, k, newID, r.maxCandidate()}, func(other string) (string, bool) {
				return acronymReason(name, other), true
			})
		if err != nil {
			return err
		}
	}
	if lt := lastTokenKey(t, name); lt != "" {
		err := r.candidates(ctx, &cands, "SELECT id, name FROM entities WHERE type = ? AND last_token = ? AND last_token <> '' AND id <> ? AND id <= ? LIMIT 20",
			[]any{t, lt, newID, r.maxCandidate()}, func(other string) (string, bool) {
				return fmt.Sprintf("“%s” and “%s” share the last name %q", name, other, lastTokenKey(t, other)),
					sameLastNameCompatible(name, other)
			})
		if err != nil {
			return err
		}
	}
	for i, c := range cands {
		if i == 3 {
			break
		}
		if _, err := r.tx.ExecContext(ctx,
			"INSERT INTO merge_suggestions(from_id, into_id, reason, status) VALUES (?, ?, ?, 'suggested')",
			newID, c.id, c.reason); err != nil {
			return err
		}
	}
	return nil
}

func acronymReason(name, other string) string {
	if _, ok := acronymLetters(name); ok {
		return fmt.Sprintf("“%s” may be an acronym of “%s”", name, other)
	}
	return fmt.Sprintf("“%s” may be an acronym of “%s”", other, name)
}

// candidates appends the rows of query that keep accepts, with its reason.
func (r *resolver) candidates(ctx context.Context, out *[]candidate, query string, args []any,
	keep func(other string) (string, bool)) error {
	rows, err := r.tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c candidate
		var other string
		if err := rows.Scan(&c.id, &other); err != nil {
			return err
		}
		if reason, ok := keep(other); ok {
			c.reason = reason
			*out = append(*out, c)
		}
	}
	return rows.Err()
}
