package nlp

import (
	"sort"
	"strings"
	"unicode/utf8"

	"dossier/app"
)

// resolve gives every mention the canonical name of its entity within the
// article. Mentions share an entity when the gazetteer gives them one
// identity ("U.S." and "United States"), when an acronym is defined for a
// long form, when a short form names an earlier organisation, or when a
// surname or first name belongs to a full personal name; the canonical
// name is the longest form in the article (NORP: the singular group word,
// DATE: the ISO value, selectors: the normalised value).
func (d *document) resolve() {
	uf := unionFind{}
	parts, orgs := d.personParts(), d.orgParts()
	for x := range d.ms {
		m := &d.ms[x]
		if m.key == "" || !sharedIdentity(m.key) || d.gazTypeDiffers(m) {
			m.key = string(m.typ) + ":" + personKey(m)
		}
		uf.add(m.key)
		uf.union(m.key, string(m.typ)+":"+personKey(m))
		switch m.typ {
		case app.TypePerson:
			if full := parts[strings.ToLower(m.text)]; full != "" {
				uf.union(m.key, "PERSON:"+dropInitials(full))
			}
		case app.TypeOrg:
			if long := d.aliases[m.text]; long != "" {
				uf.union(m.key, "ORG:"+long)
			}
			if full := orgs[m.text]; full != "" {
				uf.union(m.key, "ORG:"+full)
			}
		}
	}
	d.linkAcronyms(&uf)
	canon := map[string]string{}
	for _, m := range d.ms {
		r := uf.find(m.key)
		if c := canon[r]; utf8.RuneCountInString(m.text) > utf8.RuneCountInString(c) {
			canon[r] = m.text
		}
	}
	for x := range d.ms {
		m := &d.ms[x]
		m.entity = canon[uf.find(m.key)]
		if m.typ == app.TypeNORP {
			if e, ok := d.g.lookup(m.text); ok && e.typ == app.TypeNORP {
				m.entity = e.canon
			}
		}
	}
}

// sharedIdentity reports a gazetteer key that several names share: a
// country, a part of one, an organisation or a group.
func sharedIdentity(key string) bool {
	for _, p := range []string{"cc:", "place:", "org:", "norp:"} {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// gazTypeDiffers reports a mention retyped away from its gazetteer type,
// whose gazetteer identity no longer applies.
func (d *document) gazTypeDiffers(m *mention) bool {
	e, ok := d.g.lookup(m.text)
	return ok && e.typ != m.typ
}

// personKey is the comparable form of a name: initials dropped for people
// ("Colin P. Clarke" ~ "Colin Clarke"), whitespace folded.
func personKey(m *mention) string {
	if m.typ == app.TypePerson {
		return dropInitials(m.text)
	}
	return normPhrase(m.text)
}

func dropInitials(s string) string {
	f := strings.Fields(s)
	out := f[:0]
	for _, w := range f {
		if !isInitial(w) {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// linkAcronyms joins an acronym to a multi-word organisation of the article
// whose initials spell it ("ECOWAS" ~ "Economic Community of West African
// States", "OFAC" ~ "Office of Foreign Assets Control").
func (d *document) linkAcronyms(uf *unionFind) {
	var longs []*mention
	seen := map[string]bool{}
	for x := range d.ms {
		if m := &d.ms[x]; m.typ == app.TypeOrg && m.j-m.i >= 2 && m.j-m.i <= 16 && !seen[m.text] && len(longs) < maxLongForms {
			seen[m.text] = true
			longs = append(longs, m)
		}
	}
	for x := range d.ms {
		m := &d.ms[x]
		if m.typ != app.TypeOrg || !isAcronymLike(m.text) {
			continue
		}
		for _, l := range longs {
			if acronymOf(m.text, d.words(l.i, l.j)) {
				uf.union(m.key, l.key)
				break
			}
		}
	}
}

// maxLongForms bounds the organisation names acronyms are compared with.
const maxLongForms = 200

// acronymOf reports whether the capitals of acr are the initials of the
// words, where lower-case function words may or may not count.
func acronymOf(acr string, words []string) bool { return acronymSkip(acr, words, 0) }

// acronymSkip is acronymOf allowing up to skip capitalised words left out
// of the acronym ("ATMIS" for "African Union Transition Mission in Somalia").
func acronymSkip(acr string, words []string, skip int) bool {
	var letters []rune
	for _, r := range acr {
		if r >= 'A' && r <= 'Z' {
			letters = append(letters, r)
		}
	}
	if len(letters) < 2 {
		return false
	}
	return matchInitials(letters, words, skip, true)
}

func matchInitials(letters []rune, words []string, skip int, first bool) bool {
	if len(letters) == 0 {
		for _, w := range words {
			if startsUpper(w) {
				return false
			}
		}
		return true
	}
	if len(words) == 0 {
		return false
	}
	w := words[0]
	r, _ := utf8.DecodeRuneInString(w)
	up := []rune(strings.ToUpper(string(r)))[0]
	if !isWord(w) {
		return matchInitials(letters, words[1:], skip, first)
	}
	if up == letters[0] && matchInitials(letters[1:], words[1:], skip, false) {
		return true
	}
	if !startsUpper(w) {
		return matchInitials(letters, words[1:], skip, first)
	}
	return skip > 0 && !first && matchInitials(letters, words[1:], skip-1, false)
}

// final merges names with dates and selectors: dates and selectors win
// over names they overlap; between overlapping names the stronger, then the
// longer one wins.
func (d *document) final() []mention {
	ms := make([]mention, 0, len(d.ms))
	for _, m := range d.ms {
		if m.typ != "" && !overlapsSorted(d.fixed, m) {
			ms = append(ms, m)
		}
	}
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
	kept := ms[:0]
	for _, m := range ms {
		if n := len(kept); n > 0 && kept[n-1].end > m.start {
			if better(m, kept[n-1]) {
				kept[n-1] = m
			}
			continue
		}
		kept = append(kept, m)
	}
	all := append(append([]mention(nil), d.fixed...), kept...)
	sort.SliceStable(all, func(a, b int) bool { return all[a].start < all[b].start })
	return all
}

func better(a, b mention) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.end-a.start > b.end-b.start
}

// overlapsSorted reports whether m overlaps one of the sorted, disjoint spans.
func overlapsSorted(fixed []mention, m mention) bool {
	k := sort.Search(len(fixed), func(x int) bool { return fixed[x].end > m.start })
	return k < len(fixed) && fixed[k].start < m.end
}

// unionFind groups identity keys.
type unionFind map[string]string

func (u unionFind) add(k string) {
	if _, ok := u[k]; !ok {
		u[k] = k
	}
}

func (u unionFind) find(k string) string {
	u.add(k)
	for u[k] != k {
		u[k] = u[u[k]]
		k = u[k]
	}
	return k
}

func (u unionFind) union(a, b string) {
	ra, rb := u.find(a), u.find(b)
	if ra != rb {
		u[ra] = rb
	}
}
