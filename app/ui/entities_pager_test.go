package ui

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"dossier/app"
)

// fakeEntities serves a sorted list of n entities the way the store does
// (ORDER BY norm, id), counting the queries.
type fakeEntities struct {
	all     []app.Entity
	queries int
}

func newFakeEntities(n int) *fakeEntities {
	f := &fakeEntities{}
	for i := range n {
		// Mixed case and repeated names check the order's case folding and id tie-break.
		name := fmt.Sprintf("%c%s %04d", 'a'+byte(i%7), strings.Repeat("x", i%3), i/2)
		if i%2 == 0 {
			name = strings.ToUpper(name[:1]) + name[1:]
		}
		f.all = append(f.all, app.Entity{ID: int64(n - i), Name: name})
	}
	sort.Slice(f.all, func(i, j int) bool { return entityKeyLess(entityKey(f.all[i]), entityKey(f.all[j])) })
	return f
}

func (f *fakeEntities) query(_ context.Context, flt app.EntityFilter) ([]app.Entity, int, error) {
	f.queries++
	var match []app.Entity
	for _, e := range f.all {
		if strings.Contains(strings.ToLower(e.Name), strings.ToLower(flt.Query)) {
			match = append(match, e)
		}
	}
	from := min(flt.Offset, len(match))
	to := min(from+flt.Limit, len(match))
	return match[from:to], len(match), nil
}

func TestEntityPagerPagesOnDemand(t *testing.T) {
	f := newFakeEntities(1000)
	p := newEntityPager(f.query)
	if err := p.reset(app.EntityFilter{}); err != nil || p.len() != 1000 || f.queries != 1 {
		t.Fatalf("reset: len %d, %d queries, %v", p.len(), f.queries, err)
	}
	for _, i := range []int{0, 199, 200, 999, 998} {
		if e, ok := p.at(i); !ok || e.ID != f.all[i].ID {
			t.Errorf("row %d = %v, want %v", i, e, f.all[i])
		}
	}
	if f.queries != 3 { // pages 0, 1 and 4
		t.Errorf("%d queries, want one per page", f.queries)
	}
	if _, ok := p.at(1000); ok {
		t.Error("a row past the end")
	}
}

func TestEntityPagerLocate(t *testing.T) {
	f := newFakeEntities(1000)
	p := newEntityPager(f.query)
	for _, i := range []int{0, 1, 437, 500, 998, 999} {
		_ = p.reset(app.EntityFilter{})
		if got := p.locate(f.all[i], -1); got != i {
			t.Errorf("locate(row %d) without a hint = %d", i, got)
		}
		_ = p.reset(app.EntityFilter{})
		if got := p.locate(f.all[i], i-3); got != i {
			t.Errorf("locate(row %d) with a hint = %d", i, got)
		}
	}
	t.Run("ErrNotListed", func(t *testing.T) {
		_ = p.reset(app.EntityFilter{})
		if got := p.locate(app.Entity{ID: 5000, Name: f.all[10].Name}, -1); got != -1 {
			t.Errorf("an unknown entity located at %d", got)
		}
	})
	t.Run("SearchProbesNoFurther", func(t *testing.T) {
		_ = p.reset(app.EntityFilter{Query: "x"})
		e, _ := p.probe(p.len() - 1)
		f.queries = 0
		if got := p.locate(e, -1); got != -1 || f.queries != 0 {
			t.Errorf("under a search: row %d after %d queries, want -1 and none", got, f.queries)
		}
	})
}
