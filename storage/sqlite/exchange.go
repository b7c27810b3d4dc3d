package sqlite

import (
	"context"
	"database/sql"
	"slices"

	"dossier/app"
)

// Exchange reads the whole case file (caseID 0) or one case as an
// app.Exchange, in one read transaction so that it is consistent.
//
// The whole file is everything in it: every article, entity, mention,
// event (whatever its status), case and link. One case is its events (in
// the case's order), the entities they involve (participants, places, and
// the entity ends of its links), the articles its events and links cite
// (and the articles its suggested events were found in), the mentions of
// those entities in those articles, the case itself and its links (see
// Links) whose event ends are among its events.
//
// The order is deterministic — by id, events of a case in the case's order,
// mentions by article and position — and refs are numbered in that order,
// so exporting the same file twice gives the same exchange, and importing
// an exchange into an empty file and exporting it again gives it back.
// Generator is left to the caller.
func (s *Store) Exchange(ctx context.Context, caseID int64) (app.Exchange, error) {
	ctx = ctxOrBackground(ctx)
	x := app.Exchange{Format: app.ExchangeFormat, Version: app.ExchangeVersion, Exported: s.now(), Title: s.title}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return x, mapErr(err, "read exchange")
	}
	defer tx.Rollback()
	r := &exReader{q: tx, x: &x, caseID: caseID}
	if err := r.read(ctx); err != nil {
		return app.Exchange{}, mapErr(err, "read exchange")
	}
	return x, nil
}

// exReader gathers an exchange: first what it holds (events, links,
// cases, and the ids of entities and articles), then the refs, then the
// parts written with refs.
type exReader struct {
	q      queryer
	x      *app.Exchange
	caseID int64

	events  []app.Event
	links   []app.Link
	cases   []app.Case
	extra   map[int64]eventExtra
	artIDs  []int64 // nil with caseID 0: every article
	entIDs  []int64 // nil with caseID 0: every entity
	artRef  map[int64]string
	entRef  map[int64]string
	evRef   map[int64]string
	caseRef map[int64]string
}

func (r *exReader) read(ctx context.Context) error {
	if err := r.scope(ctx); err != nil {
		return err
	}
	var err error
	if r.extra, err = eventExtras(ctx, r.q, r.events); err != nil {
		return err
	}
	if r.caseID != 0 {
		r.entIDs, r.artIDs = r.caseRefs()
	}
	for _, step := range []func(context.Context) error{r.articles, r.entities, r.mentions} {
		if err := step(ctx); err != nil {
			return err
		}
	}
	r.eventsOut()
	r.casesOut()
	r.linksOut()
	return nil
}

// scope reads the events, links and cases the exchange holds.
func (r *exReader) scope(ctx context.Context) error {
	var err error
	if r.caseID == 0 {
		if r.events, err = queryEvents(ctx, r.q, eventSelect+"events e ORDER BY e.id"); err != nil {
			return err
		}
		if r.links, err = readLinks(ctx, r.q, 0); err != nil {
			return err
		}
		r.cases, err = allCases(ctx, r.q)
		return err
	}
	c, err := readCase(ctx, r.q, r.caseID)
	if err != nil {
		return err
	}
	r.cases, r.x.Title = []app.Case{c}, c.Title
	r.events, err = queryEvents(ctx, r.q, eventSelect+`case_events ce JOIN events e ON e.id = ce.event_id
		WHERE ce.case_id = ? ORDER BY ce.position, ce.id`, r.caseID)
	if err != nil {
		return err
	}
	if r.links, err = readLinks(ctx, r.q, r.caseID); err != nil {
		return err
	}
	in := map[int64]bool{}
	for _, e := range r.events {
		in[e.ID] = true
	}
	r.links = slices.DeleteFunc(r.links, func(l app.Link) bool {
		return (l.FromKind == app.TargetEvent && !in[l.FromID]) || (l.ToKind == app.TargetEvent && !in[l.ToID])
	})
	return nil
}

// allCases reads every case, oldest first, with its events in order.
func allCases(ctx context.Context, q queryer) ([]app.Case, error) {
	ids, err := int64s(ctx, q, "SELECT id FROM cases ORDER BY id")
	if err != nil {
		return nil, err
	}
	out := make([]app.Case, 0, len(ids))
	for _, id := range ids {
		c, err := readCase(ctx, q, id)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// caseRefs lists, sorted, the entities and articles one case refers to.
func (r *exReader) caseRefs() (entities, articles []int64) {
	b := app.CaseBundle{Events: r.events, Links: r.links}
	entities, articles = bundleRefs(&b)
	for _, e := range r.events {
		if t := r.extra[e.ID].trigger; t != nil {
			articles = append(articles, t.ArticleID)
		}
	}
	slices.Sort(entities)
	slices.Sort(articles)
	return slices.Compact(entities), slices.Compact(articles)
}

// eventExtra is what an exchange needs of an event beyond app.Event.
type eventExtra struct {
	origin  app.Origin
	trigger *app.Evidence // with its quote; nil for events made by hand
}

// eventExtras reads the events' origins and trigger words.
func eventExtras(ctx context.Context, q queryer, evs []app.Event) (map[int64]eventExtra, error) {
	out := make(map[int64]eventExtra, len(evs))
	if len(evs) == 0 {
		return out, nil
	}
	ids := make([]int64, len(evs))
	for i, e := range evs {
		ids[i] = e.ID
	}
	rows, err := q.QueryContext(ctx, `SELECT e.id, e.origin, coalesce(e.article_id, 0), coalesce(e.trigger_start, 0),
		coalesce(e.trigger_end, 0), coalesce(substr(t.text, e.trigger_start + 1, e.trigger_end - e.trigger_start), '')
		FROM events e LEFT JOIN articles a ON a.id = e.article_id LEFT JOIN article_texts t ON t.id = a.text_id
		WHERE e.id IN (SELECT value FROM json_each(?))`, jsonList(ids))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var x eventExtra
		var tr app.Evidence
		if err := rows.Scan(&id, &x.origin, &tr.ArticleID, &tr.Start, &tr.End, &tr.Quote); err != nil {
			return nil, err
		}
		if tr.ArticleID != 0 && tr.End > tr.Start {
			x.trigger = &tr
		}
		out[id] = x
	}
	return out, rows.Err()
}

// numbered gives each id a ref: prefix and its place, counting from 1.
func numbered(prefix string, ids []int64) map[int64]string {
	out := make(map[int64]string, len(ids))
	for i, id := range ids {
		out[id] = numberedRef(prefix, i)
	}
	return out
}

// citations writes evidence with article refs.
func (r *exReader) citations(evs []app.Evidence) []app.ExCitation {
	out := make([]app.ExCitation, 0, len(evs))
	for _, v := range evs {
		out = append(out, app.ExCitation{Article: r.artRef[v.ArticleID], Span: v.Span, Quote: v.Quote})
	}
	return out
}

func (r *exReader) eventsOut() {
	ids := make([]int64, len(r.events))
	for i, e := range r.events {
		ids[i] = e.ID
	}
	r.evRef = numbered("ev", ids)
	r.x.Events = make([]app.ExEvent, 0, len(r.events))
	for _, e := range r.events {
		xe := app.ExEvent{
			Ref: r.evRef[e.ID], Type: e.Type, Title: e.Title, Date: e.Date, Location: r.entRef[e.LocationID],
			Participants: make([]app.ExParticipant, 0, len(e.Participants)), Evidence: r.citations(e.Evidence),
			Credibility: e.Credibility, Casualties: e.Casualties, Status: e.Status, Origin: r.extra[e.ID].origin,
			Note: e.Note,
		}
		for _, p := range e.Participants {
			xe.Participants = append(xe.Participants, app.ExParticipant{Entity: r.entRef[p.EntityID], Role: p.Role})
		}
		if t := r.extra[e.ID].trigger; t != nil {
			xe.Trigger = &r.citations([]app.Evidence{*t})[0]
		}
		r.x.Events = append(r.x.Events, xe)
	}
}

func (r *exReader) casesOut() {
	ids := make([]int64, len(r.cases))
	for i, c := range r.cases {
		ids[i] = c.ID
	}
	r.caseRef = numbered("c", ids)
	r.x.Cases = make([]app.ExCase, 0, len(r.cases))
	for _, c := range r.cases {
		xc := app.ExCase{Ref: r.caseRef[c.ID], Title: c.Title, Status: c.Status, Summary: c.Summary,
			Events: make([]string, 0, len(c.EventIDs))}
		for _, id := range c.EventIDs {
			xc.Events = append(xc.Events, r.evRef[id])
		}
		r.x.Cases = append(r.x.Cases, xc)
	}
}

func (r *exReader) linksOut() {
	r.x.Links = make([]app.ExLink, 0, len(r.links))
	ref := func(kind string, id int64) string {
		if kind == app.TargetEvent {
			return r.evRef[id]
		}
		return r.entRef[id]
	}
	for _, l := range r.links {
		r.x.Links = append(r.x.Links, app.ExLink{
			Kind: l.Kind, FromKind: l.FromKind, From: ref(l.FromKind, l.FromID), ToKind: l.ToKind,
			To: ref(l.ToKind, l.ToID), Case: r.caseRef[l.CaseID], Evidence: r.citations(l.Evidence), Note: l.Note,
		})
	}
}
