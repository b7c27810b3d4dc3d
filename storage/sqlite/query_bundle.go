package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"dossier/app"
)

// CaseBundle gathers what an export of a case needs, in one read
// transaction so that it is consistent: the case; its events in the case's
// order with participant names and evidence quotes; its links (see Links)
// whose event ends are among those events; the entities the events and
// links involve, with aliases; and the source articles cited by events and
// links (metadata, no text). caseID 0 stands for the whole file: every
// accepted event by date, every link between them or between entities,
// and a case titled like the file. Generated, Actor and FilePath are
// filled; Generator (the program and its version) is left to the caller.
func (s *Store) CaseBundle(ctx context.Context, caseID int64) (app.CaseBundle, error) {
	ctx = ctxOrBackground(ctx)
	b := app.CaseBundle{Generated: s.now(), Actor: s.opt.Actor, FilePath: s.path}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return b, mapErr(err, "read case")
	}
	defer tx.Rollback()
	if err := gatherBundle(ctx, tx, caseID, s.title, &b); err != nil {
		return app.CaseBundle{}, mapErr(err, "read case")
	}
	return b, nil
}

func gatherBundle(ctx context.Context, q queryer, caseID int64, fileTitle string, b *app.CaseBundle) error {
	var err error
	if caseID != 0 {
		if b.Case, err = readCase(ctx, q, caseID); err != nil {
			return err
		}
		b.Events, err = queryEvents(ctx, q, eventSelect+`case_events ce JOIN events e ON e.id = ce.event_id
			WHERE ce.case_id = ? ORDER BY ce.position, ce.id`, caseID)
	} else {
		b.Events, err = queryEvents(ctx, q, eventSelect+"events e WHERE e.status = 'accepted' ORDER BY e.date_sort, e.id")
		b.Case = app.Case{Title: fileTitle, Status: app.CaseOpen, EventIDs: make([]int64, len(b.Events))}
		for i, e := range b.Events {
			b.Case.EventIDs[i] = e.ID
		}
	}
	if err != nil {
		return err
	}
	if b.Links, err = readLinks(ctx, q, caseID); err != nil {
		return err
	}
	b.Links = slices.DeleteFunc(b.Links, func(l app.Link) bool { return !bundleHas(b, l) })
	entities, articles := bundleRefs(b)
	if b.Entities, err = readEntities(ctx, q, entities); err != nil {
		return err
	}
	if b.Articles, err = readArticleMeta(ctx, q, articles); err != nil {
		return err
	}
	b.Mentions, err = readBundleMentions(ctx, q, entities, articles)
	return err
}

// readBundleMentions reads the mentions of the given entities in the given
// articles, leaving out rejected ones.
func readBundleMentions(ctx context.Context, q queryer, entities, articles []int64) ([]app.Mention, error) {
	if len(entities) == 0 || len(articles) == 0 {
		return []app.Mention{}, nil
	}
	return queryMentions(ctx, q, "WHERE status <> 'rejected' AND entity_id IN ("+idList(entities)+
		") AND article_id IN ("+idList(articles)+") ORDER BY article_id, span_start, id")
}

// idList renders ids for an IN clause (integers only, so no injection).
func idList(ids []int64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(parts, ",")
}

// bundleHas reports whether both event ends of a link (if any) are among
// the bundle's events: a summary cannot cite an event it leaves out.
func bundleHas(b *app.CaseBundle, l app.Link) bool {
	has := func(kind string, id int64) bool {
		return kind != app.TargetEvent || slices.ContainsFunc(b.Events, func(e app.Event) bool { return e.ID == id })
	}
	return has(l.FromKind, l.FromID) && has(l.ToKind, l.ToID)
}

// bundleRefs lists the entities (participants, places, link ends) and
// articles (cited by events and links) a bundle refers to.
func bundleRefs(b *app.CaseBundle) (entities, articles []int64) {
	for _, e := range b.Events {
		for _, p := range e.Participants {
			entities = append(entities, p.EntityID)
		}
		if e.LocationID != 0 {
			entities = append(entities, e.LocationID)
		}
		for _, v := range e.Evidence {
			articles = append(articles, v.ArticleID)
		}
	}
	for _, l := range b.Links {
		for _, end := range []struct {
			kind string
			id   int64
		}{{l.FromKind, l.FromID}, {l.ToKind, l.ToID}} {
			if end.kind == app.TargetEntity {
				entities = append(entities, end.id)
			}
		}
		for _, v := range l.Evidence {
			articles = append(articles, v.ArticleID)
		}
	}
	return entities, articles
}

// readEntities reads the given entities (with aliases and counts) by name.
func readEntities(ctx context.Context, q queryer, ids []int64) ([]app.Entity, error) {
	out := []app.Entity{}
	if len(ids) == 0 {
		return out, nil
	}
	list, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, entitySelect+"WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.norm, e.id",
		string(list))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEntity(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// readArticleMeta reads the given articles' metadata and hashes, not their
// texts, by id.
func readArticleMeta(ctx context.Context, q queryer, ids []int64) ([]app.Article, error) {
	out := []app.Article{}
	if len(ids) == 0 {
		return out, nil
	}
	list, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT a.id, a.title, a.source, a.url, a.author, a.published, a.imported,
		a.grade, a.format, a.filename, o.sha256
		FROM articles a JOIN originals o ON o.id = a.original_id
		WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id`, string(list))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var a app.Article
		var published, imported, grade string
		if err := rows.Scan(&a.ID, &a.Title, &a.Source, &a.URL, &a.Author, &published, &imported,
			&grade, &a.Format, &a.Filename, &a.SHA256); err != nil {
			return nil, err
		}
		a.Published, a.Imported, a.Grade = parseTime(published), parseTime(imported), app.Grade(grade)
		out = append(out, a)
	}
	return out, rows.Err()
}
