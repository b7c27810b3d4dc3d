package ui

import (
	"context"
	"strings"

	"dossier/app"
)

// entityPageSize is how many entities one store query fetches for the list.
const entityPageSize = 200

// entityMaxPages bounds the pages kept in memory while scrolling a long list.
const entityMaxPages = 50

// entityPager feeds a virtualised list from paged store queries: the list
// asks for row i, the pager fetches the page holding it on first use. With
// 50,000 entities only the pages scrolled past are ever read.
type entityPager struct {
	query  func(ctx context.Context, f app.EntityFilter) ([]app.Entity, int, error)
	filter app.EntityFilter // Type and Query; Limit and Offset are set per page
	total  int
	pages  map[int][]app.Entity
	err    error // the last query's failure, shown once by the screen
}

func newEntityPager(query func(ctx context.Context, f app.EntityFilter) ([]app.Entity, int, error)) *entityPager {
	return &entityPager{query: query, pages: map[int][]app.Entity{}}
}

// reset forgets every page and reads the first one, which also gives the
// total the list's length comes from.
func (p *entityPager) reset(f app.EntityFilter) error {
	p.filter = app.EntityFilter{Type: f.Type, Query: f.Query}
	p.pages = map[int][]app.Entity{}
	p.total, p.err = 0, nil
	if p.query == nil {
		return nil
	}
	if _, err := p.page(0); err != nil {
		return err
	}
	return nil
}

// clear empties the pager (no case file open).
func (p *entityPager) clear() {
	p.query = nil
	p.pages = map[int][]app.Entity{}
	p.total, p.err = 0, nil
}

// page returns page n, fetching it when missing; it updates the total, so
// a list refreshed afterwards follows the store.
func (p *entityPager) page(n int) ([]app.Entity, error) {
	if rows, ok := p.pages[n]; ok {
		return rows, nil
	}
	if p.query == nil {
		return nil, nil
	}
	f := p.filter
	f.Limit, f.Offset = entityPageSize, n*entityPageSize
	rows, total, err := p.query(context.Background(), f)
	if err != nil {
		p.err = err
		return nil, err
	}
	if len(p.pages) >= entityMaxPages {
		p.pages = map[int][]app.Entity{}
	}
	p.pages[n], p.total = rows, total
	return rows, nil
}

// at returns row i; ok is false while it cannot be read.
func (p *entityPager) at(i int) (app.Entity, bool) {
	if i < 0 || i >= p.total {
		return app.Entity{}, false
	}
	rows, err := p.page(i / entityPageSize)
	if err != nil || i%entityPageSize >= len(rows) {
		return app.Entity{}, false
	}
	return rows[i%entityPageSize], true
}

// cachedIndex finds id among the pages already read.
func (p *entityPager) cachedIndex(id int64) int {
	for n, rows := range p.pages {
		for i, e := range rows {
			if e.ID == id {
				return n*entityPageSize + i
			}
		}
	}
	return -1
}

// locate returns the row of e in the list, or -1 when the filter leaves it
// out. It looks in the pages read, then in the page of hint (where the row
// was before the list changed), then binary-searches the list by the
// store's order (normalised name, then id) with one-row probes — but not
// under a search text, where every probe would scan all names (~20 ms
// each at 50,000 entities): there a row outside the pages read is
// reported as -1 and the list is merely left unselected.
func (p *entityPager) locate(e app.Entity, hint int) int {
	if i := p.cachedIndex(e.ID); i >= 0 {
		return i
	}
	if hint >= 0 && hint < p.total {
		if _, err := p.page(hint / entityPageSize); err == nil {
			if i := p.cachedIndex(e.ID); i >= 0 {
				return i
			}
		}
	}
	if p.filter.Query != "" {
		return -1
	}
	key := entityKey(e)
	lo, hi := 0, p.total
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		m, ok := p.probe(mid)
		if !ok {
			return -1
		}
		if entityKeyLess(entityKey(m), key) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if m, ok := p.probe(lo); ok && m.ID == e.ID {
		return lo
	}
	return -1
}

// probe reads row i alone, without caching it.
func (p *entityPager) probe(i int) (app.Entity, bool) {
	if p.query == nil || i < 0 || i >= p.total {
		return app.Entity{}, false
	}
	f := p.filter
	f.Limit, f.Offset = 1, i
	rows, _, err := p.query(context.Background(), f)
	if err != nil || len(rows) == 0 {
		return app.Entity{}, false
	}
	return rows[0], true
}

type entityOrder struct {
	norm string
	id   int64
}

// entityKey is the list's sort key. It mirrors the store's order (ORDER BY
// norm, id, where norm is the lower-cased name with white space collapsed);
// should they ever differ, locate finds nothing and the list is merely left
// unselected.
func entityKey(e app.Entity) entityOrder {
	return entityOrder{strings.ToLower(strings.Join(strings.Fields(e.Name), " ")), e.ID}
}

func entityKeyLess(a, b entityOrder) bool {
	if a.norm != b.norm {
		return a.norm < b.norm
	}
	return a.id < b.id
}

// len is the list's length: the number of entities matching the filter.
func (p *entityPager) len() int { return p.total }
