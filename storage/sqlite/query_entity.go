package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"

	"dossier/app"
)

// Mentions lists mentions in text order, filtered by article, entity and
// status (zero fields do not filter).
func (s *Store) Mentions(ctx context.Context, f app.MentionFilter) ([]app.Mention, error) {
	ctx = ctxOrBackground(ctx)
	var conds []string
	var args []any
	if f.ArticleID != 0 {
		conds, args = append(conds, "article_id = ?"), append(args, f.ArticleID)
	}
	if f.EntityID != 0 {
		conds, args = append(conds, "entity_id = ?"), append(args, f.EntityID)
	}
	if f.Status != "" {
		conds, args = append(conds, "status = ?"), append(args, f.Status)
	}
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	return queryMentions(ctx, s.db, where+" ORDER BY article_id, span_start, id", args...)
}

// queryMentions reads mentions; tail is the WHERE and ORDER BY.
func queryMentions(ctx context.Context, q queryer, tail string, args ...any) ([]app.Mention, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, article_id, span_start, span_end, type, text,
		coalesce(entity_id, 0), origin, status, confidence, date_value, date_precision, note
		FROM mentions `+tail, args...)
	if err != nil {
		return nil, mapErr(err, "list mentions")
	}
	defer rows.Close()
	out := []app.Mention{}
	for rows.Next() {
		var m app.Mention
		if err := rows.Scan(&m.ID, &m.ArticleID, &m.Start, &m.End, &m.Type, &m.Text, &m.EntityID, &m.Origin,
			&m.Status, &m.Confidence, &m.Date.Value, &m.Date.Precision, &m.Note); err != nil {
			return nil, mapErr(err, "list mentions")
		}
		out = append(out, m)
	}
	return out, mapErr(rows.Err(), "list mentions")
}

// entitySelect reads an entity with its aliases (as a JSON array) and its
// counts of mentions and articles, not counting rejected mentions.
const entitySelect = `SELECT e.id, e.type, e.name, e.notes,
	(SELECT json_group_array(name) FROM (SELECT name FROM aliases WHERE entity_id = e.id ORDER BY norm)),
	(SELECT count(*) FROM mentions m WHERE m.entity_id = e.id AND m.status <> 'rejected'),
	(SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = e.id AND m.status <> 'rejected')
	FROM entities e `

func scanEntity(sc interface{ Scan(...any) error }) (app.Entity, error) {
	var e app.Entity
	var aliases string
	if err := sc.Scan(&e.ID, &e.Type, &e.Name, &e.Notes, &aliases, &e.Mentions, &e.Articles); err != nil {
		return e, err
	}
	e.Aliases = []string{}
	if err := json.Unmarshal([]byte(aliases), &e.Aliases); err != nil {
		return e, err
	}
	return e, nil
}

// Entity returns one entity with its aliases and counts.
func (s *Store) Entity(ctx context.Context, id int64) (app.Entity, error) {
	ctx = ctxOrBackground(ctx)
	e, err := scanEntity(s.db.QueryRowContext(ctx, entitySelect+"WHERE e.id = ?", id))
	if err == sql.ErrNoRows {
		return e, app.Errorf(app.ENOTFOUND, "no entity %d", id)
	}
	return e, mapErr(err, "read entity")
}

// Entities lists entities by name with their counts, and the total count
// matching the filter. Query matches a substring of the name or an alias,
// case-insensitively.
func (s *Store) Entities(ctx context.Context, f app.EntityFilter) ([]app.Entity, int, error) {
	ctx = ctxOrBackground(ctx)
	limit, offset := pageBounds(f.Limit, f.Offset)
	var conds []string
	var args []any
	if f.Type != "" {
		conds, args = append(conds, "e.type = ?"), append(args, f.Type)
	}
	if q := normName(f.Query); q != "" {
		// One pass over each table builds the set of matching ids.
		conds = append(conds, `e.id IN (SELECT id FROM entities WHERE instr(norm, ?) > 0
			UNION SELECT entity_id FROM aliases WHERE instr(norm, ?) > 0)`)
		args = append(args, q, q)
	}
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	var total int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM entities e "+where, args...).Scan(&total); err != nil {
		return nil, 0, mapErr(err, "list entities")
	}
	rows, err := s.db.QueryContext(ctx, entitySelect+where+" ORDER BY e.norm, e.id LIMIT ? OFFSET ?",
		append(args, limit, offset)...)
	if err != nil {
		return nil, 0, mapErr(err, "list entities")
	}
	defer rows.Close()
	out := []app.Entity{}
	for rows.Next() {
		e, err := scanEntity(rows)
		if err != nil {
			return nil, 0, mapErr(err, "list entities")
		}
		out = append(out, e)
	}
	return out, total, mapErr(rows.Err(), "list entities")
}

// MergeSuggestions lists the suggestions still awaiting a decision.
func (s *Store) MergeSuggestions(ctx context.Context) ([]app.MergeSuggestion, error) {
	ctx = ctxOrBackground(ctx)
	rows, err := s.db.QueryContext(ctx, `SELECT id, from_id, into_id, reason, status FROM merge_suggestions
		WHERE status = 'suggested' ORDER BY id`)
	if err != nil {
		return nil, mapErr(err, "list merge suggestions")
	}
	defer rows.Close()
	out := []app.MergeSuggestion{}
	for rows.Next() {
		var m app.MergeSuggestion
		if err := rows.Scan(&m.ID, &m.FromID, &m.IntoID, &m.Reason, &m.Status); err != nil {
			return nil, mapErr(err, "list merge suggestions")
		}
		out = append(out, m)
	}
	return out, mapErr(rows.Err(), "list merge suggestions")
}
