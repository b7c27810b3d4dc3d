package nlp

import (
	"sort"
	"strings"

	"dossier/app"
)

// defineAcronyms links "Long Name (ACR)" and "ACR (Long Name)": the
// acronym takes the long form's type and identity. When the acronym spells
// a longer name than the mention before it ("African Union Mission in
// Somalia (AUMS)"), the parts are merged into that name.
func (d *document) defineAcronyms() {
	d.aliases = map[string]string{}
	byStart, byEnd := d.mentionAt()
	for x := range d.ms {
		if d.ms[x].typ == "" {
			continue
		}
		inner := d.ms[x].j + 1
		if inner+1 >= len(d.toks) || d.word(inner-1) != "(" || d.word(inner+1) != ")" {
			continue
		}
		y, ok := byStart[inner]
		if !ok {
			if !isAcronymLike(d.word(inner)) {
				continue
			}
			d.add(d.span(inner, inner+1, app.TypeOrg, 3))
			y = len(d.ms) - 1
		}
		if d.ms[y].j != inner+1 {
			continue
		}
		long, short := &d.ms[x], &d.ms[y]
		if isAcronymLike(long.text) && !isAcronymLike(short.text) {
			long, short = short, long
		}
		if !isAcronymLike(short.text) || long.typ == app.TypePerson {
			continue
		}
		if !acronymSkip(short.text, d.words(long.i, long.j), 1) {
			if o, ok := d.spelledBefore(long, short.text, byEnd); ok {
				long = o
			} else if long.typ != app.TypeOrg {
				short.typ, short.strong = app.TypeOrg, true // "Oslo (NTO)": no definition
				continue
			}
		}
		short.typ, short.strong = long.typ, true
		d.aliases[short.text] = long.text
	}
}

// spelledBefore looks for an organisation ending just before "in"/"of"/
// "for"/"on" and m whose words together spell acr; it merges m into it.
func (d *document) spelledBefore(m *mention, acr string, byEnd map[int]int) (*mention, bool) {
	c := m.i - 1
	if c < 1 || !connectors[d.word(c)] {
		return nil, false
	}
	x, ok := byEnd[c]
	if !ok || d.ms[x].typ != app.TypeOrg || !acronymSkip(acr, d.words(d.ms[x].i, m.j), 1) {
		return nil, false
	}
	o := &d.ms[x]
	o.j, o.end = m.j, m.end
	o.text = d.text[d.toks[o.i].bs:d.toks[o.j-1].be]
	m.typ = ""
	return o, true
}

// isAcronymLike reports an acronym or a short capitalised code ("ISIS-K",
// "IRGC-QF", "ECOWAS", "RSF").
func isAcronymLike(s string) bool { return isAcronym(s) && !strings.Contains(s, " ") }

// mentionAt indexes name mentions by their first and end tokens.
func (d *document) mentionAt() (byStart, byEnd map[int]int) {
	byStart, byEnd = make(map[int]int, len(d.ms)), make(map[int]int, len(d.ms))
	for x, m := range d.ms {
		byStart[m.i], byEnd[m.j] = x, x
	}
	return byStart, byEnd
}

// consistency makes the document agree with itself: a name typed once is
// typed the same everywhere, a surname or a first name alone after a full
// name is that person, a short form of an organisation is that
// organisation, and untyped candidates take the type their text has
// elsewhere.
func (d *document) consistency() {
	d.unifyTypes()
	parts := d.personParts()
	orgs := d.orgParts()
	for x := range d.ms {
		m := &d.ms[x]
		if m.strong || m.score >= 3 {
			continue
		}
		if full, ok := parts[strings.ToLower(m.text)]; ok && m.score < 2 && m.typ != app.TypePerson && full != m.text {
			m.typ, m.score = app.TypePerson, 4
		} else if orgs[m.text] != "" && m.typ != app.TypeOrg {
			m.typ, m.score = app.TypeOrg, 4
		}
	}
	types := d.surfaceTypes()
	for pass := 0; pass < 2; pass++ {
		d.indexMentions()
		d.cands = d.typeCandidates(d.cands, parts, orgs, types)
	}
	sort.SliceStable(d.ms, func(a, b int) bool { return d.ms[a].start < d.ms[b].start })
}

// typeCandidates types the untyped candidates that the document explains
// and returns the rest.
func (d *document) typeCandidates(cands []mention, parts, orgs map[string]string, types map[string]app.EntityType) []mention {
	var rest []mention
	for _, c := range cands {
		switch {
		case parts[strings.ToLower(c.text)] != "":
			c.typ, c.score = app.TypePerson, 4
		case orgs[c.text] != "":
			c.typ, c.score = app.TypeOrg, 4
		case types[c.text] != "":
			c.typ, c.score = types[c.text], 3
		case !c.weak && d.listType(c) != "":
			c.typ, c.score = d.listType(c), 2.5
		default:
			rest = append(rest, c)
			continue
		}
		d.add(c)
	}
	return rest
}

// unifyTypes gives every weakly typed mention the type its text has most
// evidence for in the document.
func (d *document) unifyTypes() {
	types := d.surfaceTypes()
	for x := range d.ms {
		m := &d.ms[x]
		if t := types[m.text]; t != "" && t != m.typ && !m.strong {
			m.typ = t
		}
	}
}

// surfaceTypes sums the evidence per text and type and returns the winner.
func (d *document) surfaceTypes() map[string]app.EntityType {
	sum := map[string]map[app.EntityType]float64{}
	for _, m := range d.ms {
		if m.typ == "" {
			continue
		}
		if sum[m.text] == nil {
			sum[m.text] = map[app.EntityType]float64{}
		}
		w := m.score
		if m.strong {
			w += 3
		}
		sum[m.text][m.typ] += w
	}
	out := make(map[string]app.EntityType, len(sum))
	for s, ts := range sum {
		best := 0.0
		for t, v := range ts {
			if v > best || v == best && t < out[s] {
				out[s], best = t, v
			}
		}
	}
	return out
}

// personParts maps the lower-cased words of multi-word PERSON names
// (surnames, first names; not initials or particles) to the full name.
func (d *document) personParts() map[string]string {
	parts := map[string]string{}
	for _, m := range d.ms {
		if m.typ != app.TypePerson || m.j-m.i < 2 {
			continue
		}
		for _, w := range d.words(m.i, m.j) {
			if isInitial(w) || nameParticles[w] || len(w) < 2 {
				continue
			}
			k := strings.ToLower(w)
			if old, ok := parts[k]; !ok || len(m.text) > len(old) {
				parts[k] = m.text
			}
		}
	}
	return parts
}

// orgParts maps short forms of multi-word organisation names to the full
// name: the name without its trailing head words ("Hai Xing" for "Hai Xing
// Energy Holdings") and its distinctive first word ("Northgate").
func (d *document) orgParts() map[string]string {
	out := map[string]string{}
	for _, m := range d.ms {
		if m.typ != app.TypeOrg || m.j-m.i < 2 || m.key != "" {
			continue
		}
		for k := m.j; k > m.i+1 && d.g.heads[d.toks[k-1].text] != headNone; k-- {
			if short := d.text[d.toks[m.i].bs:d.toks[k-2].be]; !d.isConnector(k-2) && out[short] == "" {
				out[short] = m.text // "Hai Xing Energy", "Hai Xing"
			}
		}
		w := d.toks[m.i].text
		if _, known := d.g.lookup(w); !known && d.g.heads[w] == headNone && d.g.titles[w] == headNone &&
			!d.g.given[w] && !isAcronym(w) && len(w) > 3 {
			out[w] = m.text
		}
	}
	return out
}

// listType gives a candidate in a list the type of a strongly typed
// neighbour: "in Osh and Karakol", "Serbia, Kosovo and Montenegro".
func (d *document) listType(c mention) app.EntityType {
	if c.i < 1 {
		return ""
	}
	if listSep[d.word(c.i-1)] {
		if x, ok := d.byEnd[c.i-1]; ok && (d.ms[x].strong || d.ms[x].score >= 2) {
			return d.ms[x].typ
		}
	}
	if listSep[d.word(c.j)] {
		if x, ok := d.byStart[c.j+1]; ok && (d.ms[x].strong || d.ms[x].score >= 2) {
			return d.ms[x].typ
		}
	}
	return ""
}

// indexMentions maps the first and last-but-one token of each mention to it.
func (d *document) indexMentions() {
	d.byStart, d.byEnd = make(map[int]int, len(d.ms)), make(map[int]int, len(d.ms))
	for x, m := range d.ms {
		d.byStart[m.i], d.byEnd[m.j] = x, x
	}
}

var listSep = map[string]bool{",": true, "and": true, "or": true, "&": true}
