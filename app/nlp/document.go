package nlp

import (
	"sort"
	"time"

	"dossier/app"
	"dossier/app/nlp/dates"
)

// mention is a typed span found in the text, before output.
type mention struct {
	i, j       int // token range [i,j); -1 for dates and selectors
	start, end int // code points
	typ        app.EntityType
	score      float64 // strength of the typing evidence
	text       string
	key        string // identity within the article, before resolution
	entity     string // canonical name after resolution
	date       app.Date
	fixed      bool // a date or selector: never retyped or dropped
	strong     bool // typed by a gazetteer or an unambiguous pattern
	weak       bool // candidate: a sentence-initial word that is likely a plain word
}

// document is one text under analysis.
type document struct {
	p         *Pipeline
	g         *gazetteer
	text      string
	published time.Time
	toks      []token
	fixed     []mention    // dates and selectors, by start
	reserved  []bool       // per token: inside a date or selector
	shouting  map[int]bool // sentences written in capitals
	gm        []gazMatch
	ms        []mention // name mentions
	cands     []mention // untyped name candidates, for the consistency pass
	aliases   map[string]string
	byStart   map[int]int // mention index by first token
	byEnd     map[int]int // mention index by end token
}

// gazMatch is the longest gazetteer phrase starting at a token.
type gazMatch struct {
	j int // end token (exclusive); 0 when none
	e gazEntry
}

// findFixed collects dates and selectors. Selectors win over dates they
// overlap (a phone number is no date); among overlapping selectors the
// longer wins.
func (d *document) findFixed(text string, published time.Time) {
	var sels, ds []mention
	for _, s := range findSelectors(text) {
		if s.Start < 0 || s.End <= s.Start {
			continue
		}
		sels = append(sels, mention{i: -1, j: -1, start: s.Start, end: s.End, typ: s.Type, text: s.Text,
			key: "sel:" + s.Value, entity: s.Value, fixed: true, strong: true, score: 9})
	}
	for _, m := range dates.Find(text, published) {
		if m.Start < 0 || m.End <= m.Start {
			continue
		}
		key := m.Date.Value
		if key == "" {
			key = "date_unresolved"
		}
		ds = append(ds, mention{i: -1, j: -1, start: m.Start, end: m.End, typ: app.TypeDate, text: m.Text,
			date: m.Date, key: "date:" + key, entity: m.Date.Value, fixed: true, strong: true, score: 8})
	}
	sels = disjoint(sels)
	keep := sels
	for _, m := range disjoint(ds) {
		if !overlapsSorted(sels, m) {
			keep = append(keep, m)
		}
	}
	sort.SliceStable(keep, func(a, b int) bool { return keep[a].start < keep[b].start })
	d.fixed = keep
}

// disjoint sorts spans by start and drops each one that overlaps a kept
// one, keeping the longer of two.
func disjoint(ms []mention) []mention {
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
	kept := ms[:0]
	for _, m := range ms {
		if n := len(kept); n > 0 && kept[n-1].end > m.start {
			if m.end-m.start > kept[n-1].end-kept[n-1].start {
				kept[n-1] = m
			}
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// reserve marks the tokens that overlap a date or selector, so that no
// name candidate is built across them.
func (d *document) reserve() {
	d.reserved = make([]bool, len(d.toks))
	k := 0
	for i, t := range d.toks {
		for k < len(d.fixed) && d.fixed[k].end <= t.start {
			k++
		}
		for x := k; x < len(d.fixed) && d.fixed[x].start < t.end; x++ {
			if d.fixed[x].end > t.start {
				d.reserved[i] = true
				break
			}
		}
	}
}

// findGazetteer records, for each token that can start a name, the longest
// gazetteer phrase starting there (within its sentence, not through dates
// or selectors).
func (d *document) findGazetteer() {
	d.gm = make([]gazMatch, len(d.toks))
	maxTok := 2*d.g.maxWords + 1
	for i, t := range d.toks {
		if d.reserved[i] || !canStartName(t.text) {
			continue
		}
		lim := i
		for lim < len(d.toks) && lim-i < maxTok && !d.reserved[lim] && d.toks[lim].sent == t.sent {
			lim++
		}
		for j := lim; j > i; j-- {
			last := d.toks[j-1].text
			if !isWord(last) && last != "." {
				continue
			}
			if e, ok := d.g.lookup(d.text[t.bs:d.toks[j-1].be]); ok {
				d.gm[i] = gazMatch{j: j, e: e}
				break
			}
		}
	}
}

// canStartName reports a token that may begin a name: a capitalised word,
// an acronym, or a lower-case Arabic article joined to a name ("al-Qaeda").
func canStartName(s string) bool {
	if startsUpper(s) {
		return true
	}
	if i := indexByte(s, '-'); i > 0 && arabicParticles[s[:i]] && i+1 < len(s) {
		return startsUpper(s[i+1:])
	}
	return false
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// span builds a mention over tokens [i,j).
func (d *document) span(i, j int, typ app.EntityType, score float64) mention {
	return mention{i: i, j: j, start: d.toks[i].start, end: d.toks[j-1].end, typ: typ, score: score,
		text: d.text[d.toks[i].bs:d.toks[j-1].be]}
}

// gazAt returns the gazetteer match at token k, or none outside the text.
func (d *document) gazAt(k int) gazMatch {
	if k < 0 || k >= len(d.gm) {
		return gazMatch{}
	}
	return d.gm[k]
}
