package sqlite

import (
	"context"
	"encoding/json"
	"fmt"

	"dossier/app"
)

// jsonList encodes ids as a JSON array for json_each.
func jsonList(ids []int64) string {
	if ids == nil {
		ids = []int64{}
	}
	b, _ := json.Marshal(ids)
	return string(b)
}

// scopeClause restricts a query to a list of ids, or to nothing at all
// (every row) when the list is nil.
func scopeClause(col string, ids []int64) (string, []any) {
	if ids == nil {
		return "", nil
	}
	return " WHERE " + col + " IN (SELECT value FROM json_each(?))", []any{jsonList(ids)}
}

// articles reads the articles with their texts. An original is included
// only when it is not the text itself, which the importing file would
// store anyway.
func (r *exReader) articles(ctx context.Context) error {
	where, args := scopeClause("a.id", r.artIDs)
	rows, err := r.q.QueryContext(ctx, `SELECT a.id, a.title, a.source, a.url, a.author, a.published, a.grade,
		a.format, a.filename, o.sha256, t.sha256, t.text, CASE WHEN o.sha256 = t.sha256 THEN NULL ELSE o.bytes END
		FROM articles a JOIN article_texts t ON t.id = a.text_id JOIN originals o ON o.id = a.original_id`+
		where+" ORDER BY a.id", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var ids []int64
	r.x.Articles = []app.ExArticle{}
	for rows.Next() {
		var id int64
		var a app.ExArticle
		var published string
		if err := rows.Scan(&id, &a.Title, &a.Source, &a.URL, &a.Author, &published, &a.Grade, &a.Format,
			&a.Filename, &a.SHA256, &a.TextSHA256, &a.Text, &a.Original); err != nil {
			return err
		}
		a.Published = parseTime(published)
		a.Ref = numberedRef("a", len(ids))
		ids = append(ids, id)
		r.x.Articles = append(r.x.Articles, a)
	}
	r.artRef = numbered("a", ids)
	if r.artIDs == nil {
		r.artIDs = ids
	}
	return rows.Err()
}

// numberedRef is the ref of the i-th (0-based) part of a kind.
func numberedRef(prefix string, i int) string { return fmt.Sprintf("%s%d", prefix, i+1) }

// entities reads the entities with their aliases.
func (r *exReader) entities(ctx context.Context) error {
	where, args := scopeClause("e.id", r.entIDs)
	rows, err := r.q.QueryContext(ctx, `SELECT e.id, e.type, e.name, e.notes,
		(SELECT json_group_array(name) FROM (SELECT name FROM aliases WHERE entity_id = e.id ORDER BY norm, id))
		FROM entities e`+where+" ORDER BY e.id", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var ids []int64
	r.x.Entities = []app.ExEntity{}
	for rows.Next() {
		var id int64
		var e app.ExEntity
		var aliases string
		if err := rows.Scan(&id, &e.Type, &e.Name, &e.Notes, &aliases); err != nil {
			return err
		}
		e.Aliases = []string{}
		if err := json.Unmarshal([]byte(aliases), &e.Aliases); err != nil {
			return err
		}
		e.Ref = numberedRef("e", len(ids))
		ids = append(ids, id)
		r.x.Entities = append(r.x.Entities, e)
	}
	r.entRef = numbered("e", ids)
	return rows.Err()
}

// mentions reads the mentions of the exchange's articles in text order;
// for one case, only those of its entities.
func (r *exReader) mentions(ctx context.Context) error {
	where, args := scopeClause("article_id", r.artIDs)
	if r.caseID == 0 {
		where, args = "", nil
	}
	rows, err := r.q.QueryContext(ctx, `SELECT article_id, span_start, span_end, type, text, coalesce(entity_id, 0),
		origin, status, confidence, date_value, date_precision, note FROM mentions`+where+
		" ORDER BY article_id, span_start, span_end, id", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	r.x.Mentions = []app.ExMention{}
	for rows.Next() {
		var articleID, entityID int64
		var m app.ExMention
		if err := rows.Scan(&articleID, &m.Start, &m.End, &m.Type, &m.Text, &entityID, &m.Origin, &m.Status,
			&m.Confidence, &m.Date.Value, &m.Date.Precision, &m.Note); err != nil {
			return err
		}
		ent, linked := r.entRef[entityID]
		if r.caseID != 0 && !linked {
			continue
		}
		m.Article, m.Entity = r.artRef[articleID], ent
		r.x.Mentions = append(r.x.Mentions, m)
	}
	return rows.Err()
}
