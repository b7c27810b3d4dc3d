package nlp

import "strings"

// run is a maximal sequence of name-like tokens [i,j) within a sentence,
// possibly joined by connectors ("of", "and", "bin").
type run struct{ i, j int }

// nameParticles are lower-case words inside personal and place names.
var nameParticles = map[string]bool{"bin": true, "ibn": true, "bint": true, "al": true, "el": true,
	"de": true, "da": true, "di": true, "del": true, "della": true, "der": true, "den": true, "van": true,
	"von": true, "du": true, "des": true, "la": true, "le": true, "dos": true, "das": true, "do": true,
	"ter": true, "ten": true, "y": true, "ould": true, "ag": true, "wa": true, "wal": true, "zu": true}

// connectors join two capitalised parts only under conditions checked when
// the run is segmented ("Bank of England", but not "people of Mali").
var connectors = map[string]bool{"of": true, "for": true, "and": true, "&": true, "on": true, "the": true, "in": true}

// runs finds the candidate name sequences of the document.
func (d *document) runs() []run {
	var out []run
	for i := 0; i < len(d.toks); {
		if !d.nameLike(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(d.toks) && d.sameLine(j) {
			if d.nameLike(j) {
				j++
				continue
			}
			k := j
			for k < len(d.toks) && k-j < 3 && d.sameLine(k) && d.joiner(k) {
				k++
			}
			if k == j || k >= len(d.toks) || !d.sameLine(k) || !d.nameLike(k) {
				break
			}
			j = k + 1
		}
		out = append(out, run{i, j})
		i = j
	}
	return out
}

// markShouting finds the sentences written in capitals (headlines,
// telegrams), where capitalisation says nothing about names.
func (d *document) markShouting() {
	d.shouting = map[int]bool{}
	words, caps := 0, 0
	for i, t := range d.toks {
		if isWord(t.text) && !isNumber(t.text) {
			words++
			if isAcronym(t.text) {
				caps++
			}
		}
		if i+1 == len(d.toks) || d.toks[i+1].sent != t.sent {
			if words >= 4 && caps*5 >= words*4 {
				d.shouting[t.sent] = true
			}
			words, caps = 0, 0
		}
	}
}

// sameLine reports whether token k continues the sentence of token k-1.
func (d *document) sameLine(k int) bool {
	return k > 0 && d.toks[k].sent == d.toks[k-1].sent && !d.toks[k].newline
}

// nameLike reports a token that can be part of a name. In a sentence
// written in capitals only known names count.
func (d *document) nameLike(i int) bool {
	if d.reserved[i] {
		return false
	}
	if d.shouting[d.toks[i].sent] && d.gm[i].j == 0 {
		return false
	}
	s := d.toks[i].text
	if s == "I" || !isWord(s) && d.gm[i].j == 0 {
		return false
	}
	return canStartName(s)
}

// joiner reports a lower-case word that may join two parts of a name.
func (d *document) joiner(k int) bool {
	if d.reserved[k] {
		return false
	}
	s := d.toks[k].text
	switch {
	case (s == "'" || s == "\u2019") && !d.toks[k].space && strings.HasSuffix(d.toks[k-1].text, "s"):
		return true // "Magistrates' Court"
	case (s == "'s" || s == "\u2019s") && d.toks[k-1].text == "People":
		return true // "People's Court"
	}
	return nameParticles[s] || connectors[s]
}

// isConnector reports a connector token that needs a reason to join.
func (d *document) isConnector(k int) bool { return connectors[d.toks[k].text] }

// words returns the texts of tokens [i,j).
func (d *document) words(i, j int) []string {
	out := make([]string, 0, j-i)
	for _, t := range d.toks[i:j] {
		out = append(out, t.text)
	}
	return out
}

// splitConnectors cuts a run at connectors that do not join: "of"/"for"/"on"/
// "in" join after a head word ("Ministry of Defence", "Gulf of Aden",
// "Centre for …"), "and"/"&" join when the right part ends with an
// organisation head ("General Intelligence and Security Service"); a
// gazetteer phrase across a connector always joins ("Trinidad and Tobago").
func (d *document) splitConnectors(r run) []run {
	var out []run
	start := r.i
	for k := r.i; k < r.j; k++ {
		if !d.isConnector(k) {
			continue
		}
		c := k // first connector of a group such as "for the"
		for k+1 < r.j && d.isConnector(k+1) {
			k++
		}
		next := k + 1
		if d.gazAcross(start, c) || d.connectorJoins(start, c, next, r.j) {
			continue
		}
		if start < c {
			out = append(out, run{start, c})
		}
		start = next
	}
	if start < r.j {
		out = append(out, run{start, r.j})
	}
	return out
}

// gazAcross reports a gazetteer phrase that starts in [start,c) and covers
// the connector at c.
func (d *document) gazAcross(start, c int) bool {
	for i := start; i < c; i++ {
		if d.gm[i].j > c+1 {
			return true
		}
	}
	return false
}

func (d *document) connectorJoins(start, c, next, end int) bool {
	left := d.toks[c-1].text
	conn := strings.ToLower(d.toks[c].text)
	switch conn {
	case "of", "for", "on", "in", "the":
		if conn == "in" || conn == "on" {
			// "Al-Qaeda in the Islamic Maghreb", "Panel of Experts on Yemen":
			// only inside a name that already is an organisation's, and not
			// before a known place ("… Affairs in Nepal").
			g := d.gm[next]
			return d.headJoined(start, c) && (g.j == 0 || g.e.typ == "ORG")
		}
		h := d.g.heads[left]
		if conn == "for" && h == headOrg {
			return true // "Halden Centre for Conflict Studies"
		}
		if (h == headOrg || h == headLoc || d.g.prefixes[left]) && d.plainLeft(start, c) {
			return true // "Bank of England", "Federal Office …", "Gulf of Aden"
		}
		return d.g.titles[left] != headNone || d.headJoined(start, c) && d.joinedBy(start, c, "for")
	case "and", "&":
		if next-c > 1 || d.gm[next].j > 0 && d.gm[next].e.typ != "ORG" {
			return false // "… and the …", "… and Russia"
		}
		if d.headJoined(start, c) {
			return true // "Department of Mines and Geology"
		}
		rEnd := next
		for rEnd < end && !d.isConnector(rEnd) {
			rEnd++
		}
		last := d.toks[rEnd-1].text
		if d.g.heads[last] != headOrg && d.g.heads[last] != headLegal {
			return false
		}
		for i := start; i < c; i++ {
			if e := d.gm[i]; e.j == c && e.e.typ != "ORG" {
				return false // "Russia and Wagner Group"
			}
		}
		return d.g.heads[left] == headNone
	}
	return false
}

// headJoined reports whether [start,c) already holds a head word joined by
// "of" or "for" ("Department of Natural Resources" before "and …").
func (d *document) headJoined(start, c int) bool {
	for k := start + 1; k < c; k++ {
		w := d.toks[k].text
		h := d.g.heads[d.toks[k-1].text]
		if w == "for" && h == headOrg || w == "of" && h != headNone && d.plainLeft(start, k) {
			return true
		}
	}
	return false
}

// joinedBy reports whether [start,c) holds the connector w.
func (d *document) joinedBy(start, c int, w string) bool {
	for k := start; k < c; k++ {
		if d.toks[k].text == w {
			return true
		}
	}
	return false
}

// plainLeft reports whether every word of [start,c) is generic: head words,
// titles, known places and groups, acronyms or organisational adjectives
// ("Federal Government", "U.N. Panel", "Armed Forces"). A distinctive word
// ("Hai Xing Energy Holdings") means the name is complete before "of".
func (d *document) plainLeft(start, c int) bool {
	for k := start; k < c; k++ {
		w := d.toks[k].text
		if w == "The" || w == "'s" || w == "\u2019s" || !isWord(w) {
			continue
		}
		_, known := d.g.lookup(w)
		if !(d.g.heads[w] != headNone || d.g.titles[w] != headNone || known || isAcronym(w) ||
			orgAdjectives[w] || d.g.prefixes[w]) {
			return false
		}
	}
	return true
}

// orgAdjectives are the generic capitalised modifiers of institution names.
var orgAdjectives = map[string]bool{"Central": true, "National": true, "Federal": true, "Royal": true,
	"State": true, "Supreme": true, "High": true, "International": true, "General": true, "Economic": true,
	"Public": true, "Social": true, "Democratic": true, "Revolutionary": true, "Popular": true, "United": true,
	"Independent": true, "Special": true, "Joint": true, "Permanent": true, "Regional": true, "Provincial": true,
	"Municipal": true, "Civil": true, "Military": true, "Naval": true, "Constitutional": true, "Criminal": true,
	"Administrative": true, "Electoral": true, "Human": true, "Armed": true, "Commercial": true,
	"Development": true, "Investment": true, "Agricultural": true, "Industrial": true, "Scientific": true,
	"Technical": true, "Higher": true, "Great": true, "Holy": true, "Free": true, "Transitional": true,
	"Presidential": true, "Executive": true, "Legislative": true, "Judicial": true, "World": true,
	"Interim": true, "Sovereign": true, "Islamic": true, "Arab": true, "Union": true, "Territorial": true,
	"Metropolitan": true, "People": true, "District": true, "Appeals": true, "Appellate": true, "People's": true, "New": true}
