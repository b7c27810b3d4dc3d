package sqlite

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"dossier/app"
)

func sha256Hex(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// importArticles adds each article whose text is not in the file yet, with
// its extraction's suggestions. The text is hashed as given: the importer
// has normalised it (DESIGN invariant 1) and the spans point into it.
func (s *Store) importArticles(ctx context.Context, tx *txn, c app.ImportArticles) (outcome, error) {
	var out outcome
	r := newResolver(tx, true)
	seen := map[string]bool{}
	imported := fmtTime(s.now())
	for i, a := range c.Articles {
		if !utf8.ValidString(a.Text) {
			return out, app.Errorf(app.EINVALID, "article %q is not valid UTF-8 text", label(a))
		}
		textHash := sha256Hex([]byte(a.Text))
		dup, err := textPresent(ctx, tx, textHash)
		if err != nil {
			return out, err
		}
		if dup || seen[textHash] {
			out.dups = append(out.dups, label(a))
			continue
		}
		seen[textHash] = true
		id, err := insertArticle(ctx, tx, a, textHash, imported)
		if err != nil {
			return out, err
		}
		out.ids = append(out.ids, id)
		if i < len(c.Extractions) {
			g := &suggester{tx: tx, r: r, art: newArticleText(id, a.Text)}
			if err := g.add(ctx, c.Extractions[i]); err != nil {
				return out, err
			}
		}
	}
	out.target = plural(len(out.ids), "article", out.ids)
	out.summary = fmt.Sprintf("Imported %s", countOf(len(out.ids), "article"))
	if len(out.dups) > 0 {
		out.summary += fmt.Sprintf(" (%s skipped)", countOf(len(out.dups), "duplicate"))
	}
	return out, nil
}

// label names an article in messages: its file name, else its title.
func label(a app.Article) string {
	if a.Filename != "" {
		return a.Filename
	}
	if a.Title != "" {
		return a.Title
	}
	return "untitled article"
}

func textPresent(ctx context.Context, tx *txn, textHash string) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles a JOIN article_texts t ON t.id = a.text_id
		WHERE t.sha256 = ?`, textHash).Scan(&n)
	return n > 0, err
}

// insertArticle stores the immutable text and original bytes (reusing rows
// left by an undone import) and the article's metadata row.
func insertArticle(ctx context.Context, tx *txn, a app.Article, textHash, imported string) (int64, error) {
	orig := a.Original
	if orig == nil {
		orig = []byte(a.Text)
	}
	origHash := sha256Hex(orig)
	if _, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO originals(sha256, bytes) VALUES (?, ?)",
		origHash, orig); err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO article_texts(sha256, chars, words, text)
		VALUES (?, ?, ?, ?)`, textHash, utf8.RuneCountInString(a.Text), len(strings.Fields(a.Text)), a.Text); err != nil {
		return 0, err
	}
	title := strings.TrimSpace(a.Title)
	if title == "" {
		title = firstLine(a.Text)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO articles(text_id, original_id, title, source, url, author,
		published, imported, grade, format, filename)
		VALUES ((SELECT id FROM article_texts WHERE sha256 = ?), (SELECT id FROM originals WHERE sha256 = ?),
		?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		textHash, origHash, title, a.Source, a.URL, a.Author, fmtTime(a.Published), imported,
		string(a.Grade), a.Format, a.Filename)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// firstLine gives an untitled article a title: its first line, cut short.
func firstLine(text string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	line = cleanName(line)
	if utf8.RuneCountInString(line) > 80 {
		line = strings.TrimSpace(string([]rune(line)[:79])) + "…"
	}
	return line
}

// articleColumns maps editable fields to columns.
var articleColumns = map[app.ArticleField]string{
	app.FieldTitle: "title", app.FieldSource: "source", app.FieldURL: "url",
	app.FieldAuthor: "author", app.FieldPublished: "published", app.FieldGrade: "grade",
}

func (s *Store) setArticleField(ctx context.Context, tx *txn, c app.SetArticleField) (outcome, error) {
	col := articleColumns[c.Field]
	value := c.Value
	if c.Field == app.FieldPublished && value != "" {
		t, err := time.Parse("2006-01-02", value)
		if err != nil {
			return outcome{}, app.Errorf(app.EINVALID, "published date %q is not YYYY-MM-DD", value)
		}
		value = fmtTime(t)
	}
	if c.Field == app.FieldTitle {
		value = strings.TrimSpace(value)
	}
	res, err := tx.ExecContext(ctx, "UPDATE articles SET "+col+" = ? WHERE id = ?", value, c.ArticleID)
	if err != nil {
		return outcome{}, err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return outcome{}, app.Errorf(app.ENOTFOUND, "no article %d", c.ArticleID)
	}
	out := outcome{
		target:  fmt.Sprintf("article %d", c.ArticleID),
		summary: fmt.Sprintf("Set %s of article %d to %q", c.Field, c.ArticleID, c.Value),
	}
	if c.Reextract == nil {
		return out, nil
	}
	// In the same transaction, so one undo reverts the field and the
	// suggestions together.
	ex, err := s.storeExtraction(ctx, tx, app.StoreExtraction{ArticleID: c.ArticleID, Extraction: *c.Reextract})
	if err != nil {
		return outcome{}, err
	}
	out.ids = ex.ids
	out.summary += "; re-extracted: " + strings.TrimPrefix(ex.summary, fmt.Sprintf("Re-extracted article %d: ", c.ArticleID))
	return out, nil
}

// storeExtraction replaces the article's undecided suggestions: automatic
// mentions and events still suggested and never touched are deleted; the
// rest stay and block new suggestions over their spans.
func (s *Store) storeExtraction(ctx context.Context, tx *txn, c app.StoreExtraction) (outcome, error) {
	art, err := loadArticleText(ctx, tx, c.ArticleID)
	if err != nil {
		return outcome{}, err
	}
	removed, err := deleteUndecided(ctx, tx, c.ArticleID)
	if err != nil {
		return outcome{}, err
	}
	g := &suggester{tx: tx, r: newResolver(tx, true), art: art}
	if g.taken, err = spans(ctx, tx, "SELECT span_start, span_end FROM mentions WHERE article_id = ?", art.id); err != nil {
		return outcome{}, err
	}
	if g.triggers, err = spans(ctx, tx, `SELECT trigger_start, trigger_end FROM events
		WHERE article_id = ? AND trigger_start IS NOT NULL`, art.id); err != nil {
		return outcome{}, err
	}
	kept := len(g.taken)
	if err := g.add(ctx, c.Extraction); err != nil {
		return outcome{}, err
	}
	return outcome{
		target: fmt.Sprintf("article %d", art.id),
		summary: fmt.Sprintf("Re-extracted article %d: %d suggestions replaced by %d; %s kept",
			art.id, removed, len(g.ids), countOf(kept, "decided mention")),
		ids: g.ids,
	}, nil
}

// undecidedEvents selects an article's events that re-extraction may
// replace: automatic, suggested, untouched and referenced by nothing.
const undecidedEvents = `SELECT id FROM events e WHERE article_id = ? AND origin = 'auto'
	AND status = 'suggested' AND touched = 0
	AND NOT EXISTS (SELECT 1 FROM case_events c WHERE c.event_id = e.id)
	AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.target_kind = 'event' AND n.target_id = e.id)
	AND NOT EXISTS (SELECT 1 FROM links l WHERE (l.from_kind = 'event' AND l.from_id = e.id)
		OR (l.to_kind = 'event' AND l.to_id = e.id))`

// deleteUndecided removes the article's replaceable suggestions and
// returns how many mentions went.
func deleteUndecided(ctx context.Context, tx *txn, articleID int64) (int64, error) {
	res, err := tx.ExecContext(ctx, `DELETE FROM mentions WHERE article_id = ? AND origin = 'auto'
		AND status = 'suggested' AND touched = 0
		AND id NOT IN (SELECT target_id FROM notes WHERE target_kind = 'mention')`, articleID)
	if err != nil {
		return 0, err
	}
	n, _ := res.RowsAffected()
	ids, err := int64s(ctx, tx, undecidedEvents, articleID)
	if err != nil {
		return 0, err
	}
	for _, id := range ids {
		for _, q := range []string{
			"DELETE FROM participants WHERE event_id = ?",
			"DELETE FROM evidence WHERE event_id = ?",
			"DELETE FROM events WHERE id = ?",
		} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return 0, err
			}
		}
	}
	return n, nil
}

func spans(ctx context.Context, q queryer, query string, args ...any) ([]app.Span, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []app.Span
	for rows.Next() {
		var sp app.Span
		if err := rows.Scan(&sp.Start, &sp.End); err != nil {
			return nil, err
		}
		out = append(out, sp)
	}
	return out, rows.Err()
}

func int64s(ctx context.Context, q queryer, query string, args ...any) ([]int64, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// countOf writes "1 article", "3 articles".
func countOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// plural names the target of a command on one or several rows.
func plural(n int, noun string, ids []int64) string {
	if n == 1 && len(ids) == 1 {
		return fmt.Sprintf("%s %d", noun, ids[0])
	}
	return countOf(n, noun)
}
