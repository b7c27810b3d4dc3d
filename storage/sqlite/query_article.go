package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"dossier/app"
)

// Article returns one article with its text (not its original bytes).
func (s *Store) Article(ctx context.Context, id int64) (app.Article, error) {
	ctx = ctxOrBackground(ctx)
	var a app.Article
	var published, imported, grade string
	err := s.db.QueryRowContext(ctx, `SELECT a.id, a.title, a.source, a.url, a.author, a.published, a.imported,
		a.grade, a.format, a.filename, o.sha256, t.text
		FROM articles a JOIN article_texts t ON t.id = a.text_id JOIN originals o ON o.id = a.original_id
		WHERE a.id = ?`, id).Scan(&a.ID, &a.Title, &a.Source, &a.URL, &a.Author, &published, &imported,
		&grade, &a.Format, &a.Filename, &a.SHA256, &a.Text)
	if err == sql.ErrNoRows {
		return a, app.Errorf(app.ENOTFOUND, "no article %d", id)
	} else if err != nil {
		return a, mapErr(err, "read article")
	}
	a.Published, a.Imported, a.Grade = parseTime(published), parseTime(imported), app.Grade(grade)
	return a, nil
}

// ArticleOriginal returns the bytes as imported.
func (s *Store) ArticleOriginal(ctx context.Context, id int64) ([]byte, error) {
	ctx = ctxOrBackground(ctx)
	var b []byte
	err := s.db.QueryRowContext(ctx, `SELECT o.bytes FROM articles a JOIN originals o ON o.id = a.original_id
		WHERE a.id = ?`, id).Scan(&b)
	if err == sql.ErrNoRows {
		return nil, app.Errorf(app.ENOTFOUND, "no article %d", id)
	}
	return b, mapErr(err, "read original")
}

// articleOrders are the ORDER BY clauses of the article list; each walks
// an index (or the rowid) so a page costs its own rows, not a sort.
var articleOrders = map[app.ArticleSort]string{
	app.SortImported:    "a.id DESC",
	app.SortPublished:   "a.published DESC, a.id DESC",
	app.SortTitle:       "a.title COLLATE NOCASE, a.id",
	app.SortSuggestions: "c.suggestions DESC, c.article_id DESC",
}

// pageBounds applies the default and maximum page size.
func pageBounds(limit, offset int) (int, int) {
	if limit <= 0 {
		limit = 100
	}
	return min(limit, 10000), max(offset, 0)
}

// articleQuery builds the FROM, WHERE and ORDER BY that select and order
// the article ids of a list. skip is true when the query has nothing
// searchable in it.
func articleQuery(f app.ArticleFilter) (from, where, order string, args []any, skip bool, err error) {
	order, ok := articleOrders[f.Sort]
	if f.Sort == "" {
		order = articleOrders[app.SortImported]
	} else if !ok {
		return "", "", "", nil, false, app.Errorf(app.EINVALID, "unknown article order %q", f.Sort)
	}
	from = "articles a"
	if f.Sort == app.SortSuggestions {
		from = "article_counts c JOIN articles a ON a.id = c.article_id"
	}
	if f.Query == "" {
		return from, "", order, nil, false, nil
	}
	q, err := ftsQuery(f.Query)
	if q == "" {
		return "", "", "", nil, true, err
	}
	if f.Sort == "" {
		order = "articles_fts.rank"
	}
	return "articles_fts JOIN " + from + " ON a.id = articles_fts.rowid", "WHERE articles_fts MATCH ?", order,
		[]any{q}, false, nil
}

// Articles lists article summaries and the total count matching the
// filter. With a Query and no Sort the best matches come first. The page's
// ids are found first and their rows read after, so skipped rows (a deep
// offset) cost an index step each and no row reads.
func (s *Store) Articles(ctx context.Context, f app.ArticleFilter) ([]app.ArticleSummary, int, error) {
	ctx = ctxOrBackground(ctx)
	limit, offset := pageBounds(f.Limit, f.Offset)
	from, where, order, args, skip, err := articleQuery(f)
	if err != nil || skip {
		return []app.ArticleSummary{}, 0, err
	}
	var total int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM "+from+" "+where, args...).Scan(&total); err != nil {
		return nil, 0, mapErr(err, "list articles")
	}
	ids, err := int64s(ctx, s.db, fmt.Sprintf("SELECT a.id FROM %s %s ORDER BY %s LIMIT ? OFFSET ?", from, where, order),
		append(args, limit, offset)...)
	if err != nil {
		return nil, 0, mapErr(err, "list articles")
	}
	out, err := s.summaries(ctx, ids)
	return out, total, err
}

// summaries reads the list rows of the given articles, in the given order.
func (s *Store) summaries(ctx context.Context, ids []int64) ([]app.ArticleSummary, error) {
	out := make([]app.ArticleSummary, 0, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	list, _ := json.Marshal(ids)
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.title, a.source, a.published, a.imported, a.grade, t.words,
		coalesce(c.suggestions, 0), coalesce(c.mentions, 0)
		FROM articles a JOIN article_texts t ON t.id = a.text_id LEFT JOIN article_counts c ON c.article_id = a.id
		WHERE a.id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, mapErr(err, "list articles")
	}
	defer rows.Close()
	byID := make(map[int64]app.ArticleSummary, len(ids))
	for rows.Next() {
		var a app.ArticleSummary
		var published, imported, grade string
		if err := rows.Scan(&a.ID, &a.Title, &a.Source, &published, &imported, &grade, &a.Words,
			&a.Suggestions, &a.Mentions); err != nil {
			return nil, mapErr(err, "list articles")
		}
		a.Published, a.Imported, a.Grade = parseTime(published), parseTime(imported), app.Grade(grade)
		byID[a.ID] = a
	}
	if err := rows.Err(); err != nil {
		return nil, mapErr(err, "list articles")
	}
	for _, id := range ids {
		if a, ok := byID[id]; ok {
			out = append(out, a)
		}
	}
	return out, nil
}

// Search runs a full-text query over titles and texts, best first (bm25,
// a title match weighing five text matches), with a snippet of the text in
// which matches sit between app.MarkStart and app.MarkEnd. A limit of 0 or
// less means 50. A query that only leaves words out is app.EINVALID; one
// with nothing searchable in it finds nothing.
//
// FTS5 itself sorts by rank here (the plan has no sorter), so the LIMIT
// stops the scan and highlight() runs for the returned rows only; ranking
// every match by bm25 is the cost that stays (see BenchmarkSearch).
func (s *Store) Search(ctx context.Context, query string, limit int) ([]app.SearchHit, error) {
	ctx = ctxOrBackground(ctx)
	q, err := ftsQuery(query)
	if q == "" {
		return nil, err
	}
	if limit <= 0 {
		limit = 50
	}
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.title, a.source, a.published,
		highlight(articles_fts, 1, ?, ?), articles_fts.rank
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ? ORDER BY articles_fts.rank LIMIT ?`,
		app.MarkStart, app.MarkEnd, q, limit)
	if err != nil {
		return nil, mapErr(err, "search")
	}
	defer rows.Close()
	var out []app.SearchHit
	for rows.Next() {
		var h app.SearchHit
		var published, text string
		if err := rows.Scan(&h.ArticleID, &h.Title, &h.Source, &published, &text, &h.Rank); err != nil {
			return nil, mapErr(err, "search")
		}
		h.Published, h.Snippet = parseTime(published), cutSnippet(text, snippetWords)
		out = append(out, h)
	}
	return out, mapErr(rows.Err(), "search")
}
