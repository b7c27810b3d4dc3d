package eval

import (
	"sort"

	"dossier/app"
)

// tally accumulates counts over articles.
type tally struct {
	strict, lenient map[string]*PRF
	gold, pred      map[string]int
	dateValue       Accuracy
	alias, events   PRF
	eventType       Accuracy
	eventDate       Accuracy
	eventPlace      Accuracy
	parts, roles    PRF
}

// pair is a gold mention matched to a predicted one.
type pair struct{ g, p int }

func (t *tally) add(a Article, x app.Extraction) {
	if t.strict == nil {
		t.strict, t.lenient = map[string]*PRF{}, map[string]*PRF{}
		t.gold, t.pred = map[string]int{}, map[string]int{}
	}
	for _, g := range a.Entities {
		t.gold[g.Type]++
	}
	for _, p := range x.Mentions {
		t.pred[string(p.Type)]++
	}
	strict := matchStrict(a.Entities, x.Mentions)
	t.count(t.strict, strict, a.Entities, x.Mentions)
	for _, m := range strict {
		if a.Entities[m.g].Type == "DATE" {
			t.dateValue.Total++
			if x.Mentions[m.p].Date.Value == a.Entities[m.g].ID {
				t.dateValue.Correct++
			}
		}
	}
	lenient := matchLenient(a.Entities, x.Mentions)
	t.count(t.lenient, lenient, a.Entities, x.Mentions)
	t.alias.plus(aliasLinks(a.Entities, x.Mentions, lenient))
	t.addEvents(a, x.Events)
}

// count adds per-type TP/FP/FN for one article's matching.
func (t *tally) count(into map[string]*PRF, ms []pair, gold []Entity, pred []app.ExtractedMention) {
	get := func(k string) *PRF {
		if into[k] == nil {
			into[k] = &PRF{}
		}
		return into[k]
	}
	matchedG, matchedP := map[int]bool{}, map[int]bool{}
	for _, m := range ms {
		matchedG[m.g], matchedP[m.p] = true, true
		get(gold[m.g].Type).TP++
	}
	for i, g := range gold {
		if !matchedG[i] {
			get(g.Type).FN++
		}
	}
	for i, p := range pred {
		if !matchedP[i] {
			get(string(p.Type)).FP++
		}
	}
}

// matchStrict pairs mentions with the same span and type.
func matchStrict(gold []Entity, pred []app.ExtractedMention) []pair {
	type key struct {
		s, e int
		t    string
	}
	idx := map[key][]int{}
	for i, p := range pred {
		k := key{p.Start, p.End, string(p.Type)}
		idx[k] = append(idx[k], i)
	}
	var out []pair
	for i, g := range gold {
		k := key{g.Start, g.End, g.Type}
		if l := idx[k]; len(l) > 0 {
			out = append(out, pair{i, l[0]})
			idx[k] = l[1:]
		}
	}
	return out
}

// matchLenient pairs overlapping mentions of the same type one to one,
// exact spans first, then by largest overlap.
func matchLenient(gold []Entity, pred []app.ExtractedMention) []pair {
	type cand struct{ g, p, ov int }
	var cs []cand
	for i, g := range gold {
		for j, p := range pred {
			if string(p.Type) != g.Type || p.End <= g.Start || g.End <= p.Start {
				continue
			}
			ov := min(g.End, p.End) - max(g.Start, p.Start)
			if g.Start == p.Start && g.End == p.End {
				ov += 1 << 20
			}
			cs = append(cs, cand{i, j, ov})
		}
	}
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].ov > cs[b].ov })
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var out []pair
	for _, c := range cs {
		if !usedG[c.g] && !usedP[c.p] {
			usedG[c.g], usedP[c.p] = true, true
			out = append(out, pair{c.g, c.p})
		}
	}
	return out
}

// aliasLinks scores within-article identity: over pairs of leniently matched
// PERSON/ORG/LOC/NORP mentions, a gold link is two mentions with one gold id,
// a predicted link two mentions with one (non-empty) entity.
func aliasLinks(gold []Entity, pred []app.ExtractedMention, ms []pair) PRF {
	var use []pair
	for _, m := range ms {
		if linkTypes[gold[m.g].Type] {
			use = append(use, m)
		}
	}
	var r PRF
	for a := 0; a < len(use); a++ {
		for b := a + 1; b < len(use); b++ {
			gl := gold[use[a].g].ID == gold[use[b].g].ID
			pe := pred[use[a].p].Entity
			pl := pe != "" && pe == pred[use[b].p].Entity
			switch {
			case gl && pl:
				r.TP++
			case pl:
				r.FP++
			case gl:
				r.FN++
			}
		}
	}
	return r
}

func (t *tally) summary() Summary {
	var s Summary
	seen := map[string]bool{}
	var types []string
	for _, m := range []map[string]int{t.gold, t.pred} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				types = append(types, k)
			}
		}
	}
	sort.Strings(types)
	for _, k := range types {
		s.Types = append(s.Types, t.score(k, k))
	}
	s.Names = t.score("PERSON/ORG/LOC/DATE", nameTypes...)
	s.Selectors = t.score("selectors", selectorTypes...)
	s.DateValue, s.Alias, s.Events, s.EventType = t.dateValue, t.alias, t.events, t.eventType
	s.EventDate, s.EventPlace, s.Participants, s.Roles = t.eventDate, t.eventPlace, t.parts, t.roles
	for _, a := range []*Accuracy{&s.DateValue, &s.EventType, &s.EventDate, &s.EventPlace} {
		a.finish()
	}
	for _, p := range []*PRF{&s.Alias, &s.Events, &s.Participants, &s.Roles} {
		p.finish()
	}
	return s
}

// score sums the counts of the given types.
func (t *tally) score(name string, types ...string) Score {
	sc := Score{Name: name}
	for _, k := range types {
		sc.Gold += t.gold[k]
		sc.Pred += t.pred[k]
		if p := t.strict[k]; p != nil {
			sc.Strict.plus(*p)
		}
		if p := t.lenient[k]; p != nil {
			sc.Lenient.plus(*p)
		}
	}
	sc.Strict.finish()
	sc.Lenient.finish()
	return sc
}
