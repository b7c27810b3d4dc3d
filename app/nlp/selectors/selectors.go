// Package selectors finds selectors in text — e-mail addresses, phone
// numbers, URLs (also defanged), IP addresses, amounts of money, hashtags and
// cryptocurrency addresses — with a normalised value for each.
//
// Candidates are located by cheap byte scans (whitespace-separated fields
// for the one-word selectors, a digit and currency-sign scan for phone
// numbers and money), and only then checked with small regular expressions
// and validators, so a long text is read a few times at most.
package selectors

import (
	"cmp"
	"slices"
	"unicode/utf8"

	"dossier/app"
)

// Match is one selector: span in code points, type, covered text and a
// normalised value (refanged URL, E.164 phone when parseable, canonical IP,
// amount and currency).
type Match struct {
	app.Span
	Type  app.EntityType
	Text  string
	Value string
}

// found is a match in byte offsets, before overlaps are resolved.
type found struct {
	s, e  int
	typ   app.EntityType
	value string
}

// rank orders types when two candidates overlap: a URL holds e-mails, IPs
// and hashtags; an IP beats a phone-like run of digits.
var rank = map[app.EntityType]int{app.TypeURL: 7, app.TypeEmail: 6, app.TypeCrypto: 5,
	app.TypeIP: 4, app.TypeMoney: 3, app.TypePhone: 2, app.TypeHashtag: 1}

// Find returns the selectors of text in order. It is safe for concurrent use
// and never panics.
func Find(text string) (out []Match) {
	defer func() {
		if recover() != nil {
			out = nil // a bug must not take the pipeline down; report nothing
		}
	}()
	return find(text)
}

// find is Find without the panic guard, so tests and fuzzing see bugs.
func find(text string) []Match {
	var fs []found
	fs = scanFields(text, fs)
	fs = scanNumbers(text, fs)
	fs = resolveOverlaps(fs)
	out := make([]Match, 0, len(fs))
	conv := runeCounter{text: text}
	for _, f := range fs {
		start := conv.at(f.s)
		end := conv.at(f.e)
		out = append(out, Match{Span: app.Span{Start: start, End: end}, Type: f.typ,
			Text: text[f.s:f.e], Value: f.value})
	}
	return out
}

// resolveOverlaps keeps, of overlapping candidates, the higher-ranked type,
// then the longer one; the result is sorted by position.
func resolveOverlaps(fs []found) []found {
	slices.SortFunc(fs, func(a, b found) int {
		if c := cmp.Compare(a.s, b.s); c != 0 {
			return c
		}
		return cmp.Compare(b.e, a.e)
	})
	out := fs[:0:0]
	for _, f := range fs {
		if len(out) == 0 || f.s >= out[len(out)-1].e {
			out = append(out, f)
			continue
		}
		last := &out[len(out)-1]
		if better(f, *last) {
			*last = f
			// the replacement may now overlap the one kept before it
			for len(out) > 1 && out[len(out)-2].e > out[len(out)-1].s {
				if better(out[len(out)-1], out[len(out)-2]) {
					out[len(out)-2] = out[len(out)-1]
				}
				out = out[:len(out)-1]
			}
		}
	}
	return out
}

func better(a, b found) bool {
	if rank[a.typ] != rank[b.typ] {
		return rank[a.typ] > rank[b.typ]
	}
	return a.e-a.s > b.e-b.s
}

// runeCounter converts increasing byte offsets into code-point offsets.
type runeCounter struct {
	text  string
	b, cp int
}

func (c *runeCounter) at(b int) int {
	if b < c.b {
		c.b, c.cp = 0, 0
	}
	c.cp += utf8.RuneCountInString(c.text[c.b:b])
	c.b = b
	return c.cp
}
