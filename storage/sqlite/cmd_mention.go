package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"dossier/app"
)

// mentionRow is a mention as commands need it.
type mentionRow struct {
	id       int64
	article  int64
	typ      app.EntityType
	text     string
	entityID sql.NullInt64
	origin   app.Origin
	status   app.Status
}

func loadMention(ctx context.Context, q queryer, id int64) (mentionRow, error) {
	m := mentionRow{id: id}
	err := q.QueryRowContext(ctx,
		"SELECT article_id, type, text, entity_id, origin, status FROM mentions WHERE id = ?", id).
		Scan(&m.article, &m.typ, &m.text, &m.entityID, &m.origin, &m.status)
	if err == sql.ErrNoRows {
		return m, app.Errorf(app.ENOTFOUND, "no mention %d", id)
	}
	return m, err
}

func (s *Store) addMention(ctx context.Context, tx *txn, c app.AddMention) (outcome, error) {
	art, err := loadArticleText(ctx, tx, c.ArticleID)
	if err != nil {
		return outcome{}, err
	}
	text, ok := art.slice(c.Span)
	if !ok {
		return outcome{}, app.Errorf(app.EINVALID, "the span %d–%d lies outside article %d (%d characters)",
			c.Span.Start, c.Span.End, art.id, art.chars())
	}
	if tagged, err := taggedAs(ctx, tx, art.id, c.Span, c.Type); err != nil {
		return outcome{}, err
	} else if tagged {
		return outcome{}, app.Errorf(app.ECONFLICT, "“%s” is already tagged as %s in article %d", text, c.Type, art.id)
	}
	eid, err := s.mentionEntity(ctx, tx, c, text)
	if err != nil {
		return outcome{}, err
	}
	id, err := insertManualMention(ctx, tx, art.id, c.Span, c.Type, text, eid)
	return outcome{
		target:  fmt.Sprintf("mention %d", id),
		summary: fmt.Sprintf("Tagged “%s” as %s in article %d", text, c.Type, art.id),
		ids:     []int64{id},
	}, err
}

// taggedAs reports whether a live (not rejected) mention of type t covers
// exactly sp.
func taggedAs(ctx context.Context, tx *txn, articleID int64, sp app.Span, t app.EntityType) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM mentions WHERE article_id = ? AND span_start = ?
		AND span_end = ? AND type = ? AND status <> 'rejected'`, articleID, sp.Start, sp.End, t).Scan(&n)
	return n > 0, err
}

// insertManualMention stores a mention the analyst tagged: accepted,
// decided, linked to entityID.
func insertManualMention(ctx context.Context, tx *txn, articleID int64, sp app.Span, t app.EntityType,
	text string, entityID int64) (int64, error) {
	var date app.Date
	if t == app.TypeDate {
		date, _ = app.ParseDate(text) // only ISO text resolves; others stay unknown
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO mentions(article_id, span_start, span_end, type, text, entity_id,
		origin, status, confidence, date_value, date_precision, touched)
		VALUES (?, ?, ?, ?, ?, ?, 'manual', 'accepted', 1, ?, ?, 1)`,
		articleID, sp.Start, sp.End, t, text, entityID, date.Value, date.Precision)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// mentionEntity is the entity a new manual mention links to: the given one
// (of the same type), or the one named Name or the covered text.
func (s *Store) mentionEntity(ctx context.Context, tx *txn, c app.AddMention, text string) (int64, error) {
	if c.EntityID != 0 {
		e, err := loadEntity(ctx, tx, c.EntityID)
		if err != nil {
			return 0, err
		}
		if e.typ != c.Type {
			return 0, app.Errorf(app.ECONFLICT, "entity %d (“%s”) is a %s, not a %s", e.id, e.name, e.typ, c.Type)
		}
		return e.id, aliasSurface(ctx, tx, e.id, c.Type, text)
	}
	name := c.Name
	if strings.TrimSpace(name) == "" {
		name = text
	}
	id, err := newResolver(tx, false).entity(ctx, c.Type, name)
	if err != nil {
		return 0, err
	}
	return id, aliasSurface(ctx, tx, id, c.Type, text)
}

// aliasSurface records the covered text as an alias when it differs from
// the entity's name (not for dates, whose wordings are endless).
func aliasSurface(ctx context.Context, tx *txn, entityID int64, t app.EntityType, text string) error {
	if t == app.TypeDate {
		return nil
	}
	return addAlias(ctx, tx, entityID, text)
}

func (s *Store) setMentionStatus(ctx context.Context, tx *txn, c app.SetMentionStatus) (outcome, error) {
	var first mentionRow
	for i, id := range c.MentionIDs {
		m, err := loadMention(ctx, tx, id)
		if err != nil {
			return outcome{}, err
		}
		if i == 0 {
			first = m
		}
		if _, err := tx.ExecContext(ctx, "UPDATE mentions SET status = ?, touched = 1 WHERE id = ?", c.Status, id); err != nil {
			return outcome{}, err
		}
	}
	verb := map[app.Status]string{app.StatusAccepted: "Accepted", app.StatusRejected: "Rejected",
		app.StatusSuggested: "Reopened"}[c.Status]
	out := outcome{target: plural(len(c.MentionIDs), "mention", c.MentionIDs)}
	if len(c.MentionIDs) == 1 {
		out.summary = fmt.Sprintf("%s “%s” (%s)", verb, first.text, first.typ)
	} else {
		out.summary = fmt.Sprintf("%s %d mentions", verb, len(c.MentionIDs))
	}
	return out, nil
}

func (s *Store) retypeMention(ctx context.Context, tx *txn, c app.RetypeMention) (outcome, error) {
	m, err := loadMention(ctx, tx, c.MentionID)
	if err != nil {
		return outcome{}, err
	}
	name := m.text
	if m.entityID.Valid {
		e, err := loadEntity(ctx, tx, m.entityID.Int64)
		if err != nil {
			return outcome{}, err
		}
		name = e.name
	}
	eid, err := newResolver(tx, false).entity(ctx, c.Type, name)
	if err != nil {
		return outcome{}, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE mentions SET type = ?, entity_id = ?, status = 'accepted', touched = 1
		WHERE id = ?`, c.Type, eid, m.id); err != nil {
		return outcome{}, err
	}
	return outcome{
		target:  fmt.Sprintf("mention %d", m.id),
		summary: fmt.Sprintf("Retyped “%s” from %s to %s", m.text, m.typ, c.Type),
	}, nil
}

// linkMention links a mention to an entity, taking on the entity's type, or
// unlinks it.
func (s *Store) linkMention(ctx context.Context, tx *txn, c app.LinkMention) (outcome, error) {
	m, err := loadMention(ctx, tx, c.MentionID)
	if err != nil {
		return outcome{}, err
	}
	out := outcome{target: fmt.Sprintf("mention %d", m.id)}
	if c.EntityID == 0 {
		_, err = tx.ExecContext(ctx, "UPDATE mentions SET entity_id = NULL, touched = 1 WHERE id = ?", m.id)
		out.summary = fmt.Sprintf("Unlinked “%s”", m.text)
		return out, err
	}
	e, err := loadEntity(ctx, tx, c.EntityID)
	if err != nil {
		return outcome{}, err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE mentions SET entity_id = ?, type = ?, touched = 1 WHERE id = ?",
		e.id, e.typ, m.id); err != nil {
		return outcome{}, err
	}
	out.summary = fmt.Sprintf("Linked “%s” to “%s”", m.text, e.name)
	return out, aliasSurface(ctx, tx, e.id, e.typ, m.text)
}

func (s *Store) setMentionNote(ctx context.Context, tx *txn, c app.SetMentionNote) (outcome, error) {
	m, err := loadMention(ctx, tx, c.MentionID)
	if err != nil {
		return outcome{}, err
	}
	_, err = tx.ExecContext(ctx, "UPDATE mentions SET note = ?, touched = 1 WHERE id = ?", c.Note, m.id)
	return outcome{
		target:  fmt.Sprintf("mention %d", m.id),
		summary: fmt.Sprintf("Noted on “%s”", m.text),
	}, err
}

func (s *Store) deleteMention(ctx context.Context, tx *txn, c app.DeleteMention) (outcome, error) {
	m, err := loadMention(ctx, tx, c.MentionID)
	if err != nil {
		return outcome{}, err
	}
	if m.origin != app.OriginManual {
		return outcome{}, app.Errorf(app.ECONFLICT,
			"“%s” was suggested by the extractor and cannot be deleted; reject it instead", m.text)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM notes WHERE target_kind = 'mention' AND target_id = ?", m.id); err != nil {
		return outcome{}, err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM mentions WHERE id = ?", m.id); err != nil {
		return outcome{}, err
	}
	return outcome{
		target:  fmt.Sprintf("mention %d", m.id),
		summary: fmt.Sprintf("Deleted the tag “%s” (%s)", m.text, m.typ),
	}, nil
}
