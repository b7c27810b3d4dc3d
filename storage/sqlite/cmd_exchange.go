package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"dossier/app"
)

// exApply is the state of one ImportExchange: the ids each ref of the
// exchange became in this file, the file's state before the import (what
// "already present" is judged against), and the counts.
type exApply struct {
	tx   *txn
	x    *app.Exchange
	now  string
	arts map[string]int64
	ents map[string]int64
	evs  map[string]int64
	cses map[string]int64
	// old holds the mentions reused articles already had: only they can
	// make an exchange mention redundant, so that mentions of the exchange
	// never shadow each other.
	old      map[string][]oldMention
	maxEnt   int64 // the largest entity, event and case ids before the import
	maxEvent int64
	maxCase  int64
	text     struct { // the last article text sliced, by ref
		ref string
		at  articleText
	}
	stats   app.ExchangeStats
	caseIDs []int64
	dups    []string
}

// oldMention is a mention a reused article had before the import.
type oldMention struct {
	sp  app.Span
	typ app.EntityType
}

// importExchange merges an exchange into the file in the command's
// transaction; see app.ImportExchange for the rules.
func (s *Store) importExchange(ctx context.Context, tx *txn, c app.ImportExchange) (outcome, error) {
	a := &exApply{tx: tx, x: &c.Exchange, now: fmtTime(s.now()), arts: map[string]int64{}, ents: map[string]int64{},
		evs: map[string]int64{}, cses: map[string]int64{}, old: map[string][]oldMention{}}
	for _, m := range []struct {
		table string
		into  *int64
	}{{"entities", &a.maxEnt}, {"events", &a.maxEvent}, {"cases", &a.maxCase}} {
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM "+m.table).Scan(m.into); err != nil {
			return outcome{}, err
		}
	}
	for _, step := range []func(context.Context) error{a.articles, a.entities, a.mentions, a.events, a.cases, a.links} {
		if err := step(ctx); err != nil {
			return outcome{}, err
		}
	}
	st := a.stats
	out := outcome{ids: a.caseIDs, dups: a.dups, exchange: &st, target: "case file",
		summary: fmt.Sprintf("Imported the exchange “%s”: %s (%d already present), %s (%d merged), %s, %s (%d already present), %s, %s",
			shorten(c.Exchange.Title), countOf(st.ArticlesAdded, "article"), st.ArticlesReused,
			strings.Replace(countOf(st.EntitiesAdded, "entity"), "entitys", "entities", 1), st.EntitiesMerged, countOf(st.MentionsAdded, "mention"),
			countOf(st.EventsAdded, "event"), st.EventsSkipped, countOf(st.CasesAdded, "case"),
			countOf(st.LinksAdded, "link"))}
	if len(a.caseIDs) > 0 {
		out.target = plural(len(a.caseIDs), "case", a.caseIDs)
	}
	return out, nil
}

// articles adds the exchange's articles, reusing those whose normalised
// text the file already holds (their metadata stays as it is).
func (a *exApply) articles(ctx context.Context) error {
	for _, xa := range a.x.Articles {
		hash := sha256Hex([]byte(xa.Text))
		var id int64
		err := a.tx.QueryRowContext(ctx, `SELECT a.id FROM articles a JOIN article_texts t ON t.id = a.text_id
			WHERE t.sha256 = ?`, hash).Scan(&id)
		switch {
		case err == nil:
			a.stats.ArticlesReused++
			a.dups = append(a.dups, xa.Title)
			if a.old[xa.Ref], err = oldMentions(ctx, a.tx, id); err != nil {
				return err
			}
		case err == sql.ErrNoRows:
			art := app.Article{Title: xa.Title, Source: xa.Source, URL: xa.URL, Author: xa.Author,
				Published: xa.Published, Grade: xa.Grade, Format: xa.Format, Filename: xa.Filename,
				Text: xa.Text, Original: xa.Original}
			if id, err = insertArticle(ctx, a.tx, art, hash, a.now); err != nil {
				return err
			}
			a.stats.ArticlesAdded++
		default:
			return err
		}
		a.arts[xa.Ref] = id
	}
	return nil
}

func oldMentions(ctx context.Context, q queryer, articleID int64) ([]oldMention, error) {
	rows, err := q.QueryContext(ctx, "SELECT span_start, span_end, type FROM mentions WHERE article_id = ?", articleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []oldMention
	for rows.Next() {
		var m oldMention
		if err := rows.Scan(&m.sp.Start, &m.sp.End, &m.typ); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// entities merges each exchange entity into the file's entity of its type
// with that canonical name, else one whose name or alias is one of its
// names, else adds it. The matching runs against the file as it was
// before anything is added, so that the exchange's own entities never
// swallow one another; its names become aliases of the entity it joins.
func (a *exApply) entities(ctx context.Context) error {
	match := make([]int64, len(a.x.Entities))
	for i, e := range a.x.Entities {
		if err := a.tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM entities WHERE type = ? AND norm = ?",
			e.Type, normName(e.Name)).Scan(&match[i]); err != nil {
			return err
		}
	}
	for i, e := range a.x.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if match[i] != 0 {
				break
			}
			var err error
			if match[i], err = findEntity(ctx, a.tx, e.Type, normName(n)); err != nil {
				return err
			}
		}
	}
	for i, e := range a.x.Entities {
		id, err := a.entity(ctx, e, match[i])
		if err != nil {
			return err
		}
		a.ents[e.Ref] = id
	}
	return nil
}

// entity adds one exchange entity, or merges it into id (when not 0),
// and returns the id it has in the file.
func (a *exApply) entity(ctx context.Context, e app.ExEntity, id int64) (int64, error) {
	if id == 0 { // an entity added by this import may have the name
		if err := a.tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM entities WHERE type = ? AND norm = ?",
			e.Type, normName(e.Name)).Scan(&id); err != nil {
			return 0, err
		}
	}
	names := e.Aliases
	if id == 0 {
		var err error
		if id, err = a.addEntity(ctx, e); err != nil {
			return 0, err
		}
	} else {
		a.stats.EntitiesMerged++
		names = append([]string{e.Name}, names...)
		if err := a.mergeNotes(ctx, id, e.Notes); err != nil {
			return 0, err
		}
	}
	for _, n := range names {
		if err := addAlias(ctx, a.tx, id, n); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// addEntity adds an entity the file did not have, with merge suggestions
// against the entities the file had before (as an import of articles makes).
func (a *exApply) addEntity(ctx context.Context, e app.ExEntity) (int64, error) {
	id, err := insertEntity(ctx, a.tx, e.Type, e.Name, "manual")
	if err != nil {
		return 0, err
	}
	a.stats.EntitiesAdded++
	if e.Notes != "" {
		if _, err := a.tx.ExecContext(ctx, "UPDATE entities SET notes = ? WHERE id = ?", e.Notes, id); err != nil {
			return 0, err
		}
	}
	if a.maxEnt > 0 {
		r := newResolver(a.tx, true)
		r.below = a.maxEnt
		err = r.suggestMerges(ctx, id, e.Type, cleanName(e.Name))
	}
	return id, err
}

// mergeNotes adds the exchange's notes on an entity below the file's own,
// unless they are already there.
func (a *exApply) mergeNotes(ctx context.Context, id int64, notes string) error {
	notes = strings.TrimSpace(notes)
	if notes == "" {
		return nil
	}
	e, err := loadEntity(ctx, a.tx, id)
	if err != nil || strings.Contains(e.notes, notes) {
		return err
	}
	if strings.TrimSpace(e.notes) != "" {
		notes = e.notes + "\n\n" + notes
	}
	_, err = a.tx.ExecContext(ctx, "UPDATE entities SET notes = ? WHERE id = ?", notes, id)
	return err
}
