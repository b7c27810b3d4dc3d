package nlp

import "dossier/app"

// segment cuts a run into mentions: connectors that do not join split it,
// leading "The" and titles fall outside, gazetteer phrases and head words
// type their parts, and what is left is typed by classify.
func (d *document) segment(r run) {
	for _, s := range d.splitConnectors(r) {
		d.decompose(s.i, s.j)
	}
}

func (d *document) decompose(i, j int) {
	if (d.toks[i].text == "The" || d.toks[i].text == "the") && d.gm[i].j == 0 {
		i++
	}
	for i < j && d.toks[i].first && d.weakFirst(i, j) {
		c := d.span(i, i+1, "", 0)
		c.weak = true
		d.cands = append(d.cands, c)
		i++
	}
	titled := false
	for i < j {
		if k := d.titleEnd(i, j); k > i {
			titled, i = true, k
			continue
		}
		if g := d.gm[i]; g.j > i && g.j <= j && !d.nameFirst(i, g, j) && !(g.e.src == srcWeak && d.toks[i].first) {
			if next, done := d.gazPart(i, j, g, titled); done {
				return
			} else {
				titled, i = false, next
				continue
			}
		}
		if nameParticles[d.word(i)] {
			i++ // a name does not start with "de" or "bin"
			continue
		}
		k := i + 1
		for k < j && !d.partBoundary(k, j) {
			k++
		}
		d.classify(i, k, titled)
		titled, i = false, k
	}
}

// gazPart handles a gazetteer phrase at the start of [i,j). It returns where
// to continue, or done when the rest of the run has been consumed.
func (d *document) gazPart(i, j int, g gazMatch, titled bool) (next int, done bool) {
	if g.j == j {
		d.addGaz(i, j, g.e)
		return j, true
	}
	if h := d.headType(i, j); h != "" && d.titleEnd(g.j, j) == g.j {
		// "Moscow City Court", "Yemeni Coast Guard": a place or group word
		// that is part of an organisation's or a place's own name.
		m := d.span(i, j, h, 4)
		m.strong = true
		d.add(m)
		return j, true
	}
	if g.e.typ == app.TypeLoc && nameParticles[d.word(g.j)] {
		m := d.span(i, j, app.TypeLoc, 4) // "San Juan de Lurigancho"
		m.strong = true
		d.add(m)
		return j, true
	}
	if d.titleEnd(g.j, j) > g.j || d.gm[g.j].j > 0 || !d.nameLike(g.j) {
		d.addGaz(i, g.j, g.e)
		return g.j, false
	}
	if g.e.typ != app.TypeOrg {
		// "Riohacha Primero", "DP World Australia": a place word inside a
		// longer name that is not the place.
		d.classifyNamed(i, j)
		return j, true
	}
	// "Islamic State Sahel Province": a known organisation's name goes on.
	m := d.span(i, j, app.TypeOrg, 4)
	d.add(m)
	return j, true
}

// nameFirst reports a one-word gazetteer match that is better read as the
// first word of a longer name: a given name ("Victoria Nuland") or a weak
// subdivision name followed by more name words.
func (d *document) nameFirst(i int, g gazMatch, j int) bool {
	if g.j >= j || g.j != i+1 || g.e.src >= srcStrong {
		return false
	}
	return g.e.src == srcWeak || d.g.given[d.toks[i].text]
}

// partBoundary reports where an unknown name stops: at a title.
func (d *document) partBoundary(k, j int) bool {
	return d.titleEnd(k, j) > k
}

// headType types the name [i,j) by its head: the word before its first
// connector ("Ministry of …", "Court for …") or else its last word. An
// organisation head or legal form gives ORG, a place head LOC.
func (d *document) headType(i, j int) app.EntityType {
	last := d.toks[j-1].text
	for k := i + 1; k < j-1; k++ {
		if d.isConnector(k) && (d.toks[k].text == "of" || d.toks[k].text == "for") {
			last = d.toks[k-1].text
			break
		}
	}
	switch d.g.heads[last] {
	case headOrg, headLegal:
		return app.TypeOrg
	case headLoc:
		return app.TypeLoc
	}
	return ""
}

// titleEnd returns the end of a title sequence at i ("Brig. Gen.",
// "Foreign Minister", "Secretary of State") that is followed by a name, or i.
func (d *document) titleEnd(i, j int) int {
	k, core := i, false
	for k < j {
		t := d.toks[k].text
		kind := d.g.titles[t]
		if kind == headNone && t == "of" && k > i && k+1 < j {
			kind = titleMod
		}
		if kind == headNone {
			break
		}
		core = core || kind == titleCore
		k++
	}
	if !core || k >= j || k == i {
		return i
	}
	if h := d.headType(i, j); h != "" {
		return i // "General Intelligence and Security Service"
	}
	if g := d.gm[k]; g.j == j && g.e.typ != app.TypePerson && !d.g.given[d.toks[k].text] {
		return i // "Prime Minister's Office"-like phrases and places
	}
	return k
}

// addGaz adds a gazetteer phrase as a mention. A subdivision name (weak)
// is certain only with place context ("in Toledo"); alone it may yet turn
// out to be a surname.
func (d *document) addGaz(i, j int, e gazEntry) {
	m := d.span(i, j, e.typ, 2)
	switch e.src {
	case srcStrong:
		m.score = 6
	case srcList:
		m.score = 5
	default:
		ev := evidence{}
		d.context(ev, i, j)
		if ev[app.TypeLoc] >= 2 {
			m.score = 4
		}
	}
	m.strong = m.score >= 4
	m.key = e.key
	d.add(m)
}

func (d *document) add(m mention) {
	if m.j > m.i && m.end > m.start {
		d.ms = append(d.ms, m)
	}
}
