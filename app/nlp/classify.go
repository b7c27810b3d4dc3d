package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/app"
)

// sentenceStarters are capitalised function words and common openers that
// are never names when they start a sentence, whatever the tagger says.
var sentenceStarters = map[string]bool{"The": true, "A": true, "An": true, "In": true, "On": true, "At": true,
	"But": true, "And": true, "Or": true, "If": true, "As": true, "After": true, "Before": true, "When": true,
	"While": true, "Since": true, "During": true, "According": true, "It": true, "Its": true, "This": true,
	"That": true, "These": true, "Those": true, "There": true, "They": true, "He": true, "She": true, "We": true,
	"You": true, "His": true, "Her": true, "Their": true, "Our": true, "My": true, "Some": true, "Many": true,
	"Most": true, "More": true, "Other": true, "Such": true, "Both": true, "All": true, "No": true, "Not": true,
	"One": true, "Two": true, "Three": true, "Four": true, "Five": true, "Several": true, "Last": true,
	"Earlier": true, "Later": true, "Meanwhile": true, "However": true, "Yet": true, "Still": true,
	"Until": true, "Under": true, "Over": true, "With": true, "Without": true, "From": true, "For": true,
	"By": true, "Of": true, "To": true, "About": true, "Among": true, "Despite": true, "Although": true,
	"Because": true, "Where": true, "What": true, "Who": true, "Why": true, "How": true, "Asked": true,
	"Officials": true, "Residents": true, "Police": true, "Witnesses": true, "Analysts": true, "Experts": true,
	"Investigators": true, "Prosecutors": true, "Authorities": true, "Security": true, "Troops": true,
	"Also": true, "Instead": true, "Once": true, "Now": true, "Then": true, "Here": true, "Each": true}

// evidence accumulates scores per type for an unknown name.
type evidence map[app.EntityType]float64

// classify types the unknown name [i,k) by its shape and context, or keeps
// it as an untyped candidate for the consistency pass.
func (d *document) classify(i, k int, titled bool) {
	d.classifyWith(i, k, titled, nil)
}

// classifyNamed types a name that holds a known place or group word but is
// longer than it ("DP World Australia"): rather an organisation than a person.
func (d *document) classifyNamed(i, k int) {
	d.classifyWith(i, k, false, evidence{app.TypeOrg: 2, app.TypePerson: -1})
}

func (d *document) classifyWith(i, k int, titled bool, bias evidence) {
	if d.notAName(i, k) {
		return
	}
	ev := d.shape(i, k, titled)
	d.context(ev, i, k)
	for t, v := range bias {
		ev[t] += v
	}
	typ, best := ev.best()
	need := 1.5
	if d.toks[i].first && !titled {
		need = 2.5
	}
	m := d.span(i, k, typ, best)
	if typ == "" || best < need {
		m.typ = ""
		d.cands = append(d.cands, m)
		return
	}
	m.strong = best >= 4
	d.add(m)
}

// notAName reports capitalised sequences that name no entity of ours:
// laws and treaties ("Digital Services Act"), ships ("the Panama-flagged
// Ocean Lily"), and common all-capital abbreviations ("DNA", "IT").
func (d *document) notAName(i, k int) bool {
	last := d.toks[k-1].text
	if nonEntityHeads[last] && k-i > 1 {
		return true
	}
	if k-i == 1 && (commonCaps[last] || d.g.heads[last] != headNone) {
		return true // "DNA"; "Army" or "Ministry" alone is a generic word
	}
	for b := i - 1; b >= 0 && b >= i-3; b-- {
		w := d.toks[b].text
		if shipWords[w] || w == "flagged" && b == i-1 {
			return true
		}
		if !(w == "the" || w == "-" || w == "," || startsLower(w) && !connectors[w]) {
			break
		}
	}
	return false
}

// nonEntityHeads end names the guidelines do not mark: laws, treaties, plans.
var nonEntityHeads = map[string]bool{"Act": true, "Treaty": true, "Agreement": true, "Accord": true,
	"Accords": true, "Convention": true, "Protocol": true, "Law": true, "Directive": true, "Regulation": true,
	"Resolution": true, "Charter": true, "Plan": true, "Strategy": true, "Doctrine": true, "Code": true}

// shipWords precede ship names, which are not marked.
var shipWords = map[string]bool{"ship": true, "vessel": true, "tanker": true, "freighter": true,
	"carrier": true, "dhow": true, "frigate": true, "destroyer": true, "cutter": true, "trawler": true,
	"yacht": true, "boat": true, "warship": true, "corvette": true, "submarine": true, "ferry": true}

// commonCaps are all-capital abbreviations that are not organisations.
var commonCaps = map[string]bool{"DNA": true, "IT": true, "TV": true, "ID": true, "CEO": true, "CFO": true,
	"GDP": true, "AI": true, "VPN": true, "SMS": true, "PDF": true, "USB": true, "GPS": true, "LNG": true,
	"CCTV": true, "NGO": true, "NGOs": true, "UAV": true, "UAVs": true, "AM": true, "PM": true, "OK": true,
	"HQ": true, "COVID": true, "HIV": true, "AIDS": true, "IED": true, "IEDs": true, "RPG": true,
	"MP": true, "MPs": true, "PR": true, "IPO": true, "VAT": true, "CT": true, "SIM": true, "WiFi": true,
	"GMT": true, "UTC": true, "EST": true, "CET": true, "ATM": true, "SUV": true, "VIP": true, "FAQ": true,
	"URL": true, "HTML": true, "API": true, "CPU": true, "GPU": true, "RAM": true, "LED": true, "AK": true}

// weakFirst reports a sentence-initial word of the run [i,j) that is likely
// a plain word capitalised by position: a function word; or, alone, a word
// not tagged a proper noun; or, before more capitalised words, a word not
// tagged a noun. Known names, titles and acronyms are never weak.
func (d *document) weakFirst(i, j int) bool {
	t := d.toks[i]
	if sentenceStarters[t.text] {
		return true
	}
	if g := d.gm[i]; g.j > 0 && g.e.src > srcWeak || d.g.given[t.text] || isAcronym(t.text) ||
		d.g.titles[t.text] != headNone || d.g.prefixes[t.text] {
		return false
	}
	if j-i == 1 {
		return t.tag != "NNP" && t.tag != "NNPS"
	}
	return !strings.HasPrefix(t.tag, "NN")
}

func (ev evidence) best() (app.EntityType, float64) {
	var typ app.EntityType
	best := 0.0
	for _, t := range []app.EntityType{app.TypePerson, app.TypeOrg, app.TypeLoc} {
		if ev[t] > best {
			typ, best = t, ev[t]
		}
	}
	return typ, best
}

// shape scores the name's own form: heads, titles, initials, given names,
// acronyms, digits, surname endings.
func (d *document) shape(i, k int, titled bool) evidence {
	ev := evidence{}
	n := k - i
	words := d.words(i, k)
	if h := d.headType(i, k); h != "" && n > 1 {
		ev[h] += 4
	}
	if d.g.prefixes[words[0]] && n > 1 {
		ev[app.TypeLoc] += 4
	}
	if titled {
		ev[app.TypePerson] += 5
	}
	allTitle := true
	for x, w := range words {
		switch {
		case isInitial(w) && n > 1:
			ev[app.TypePerson] += 3
		case dottedInitials(w) && n == 1:
			ev[app.TypePerson] += 3.5 // "B.A." (people named by initials; "U.S." is in the gazetteer)
		case isAcronym(w):
			ev[app.TypeOrg] += 3
		case hasDigit(w):
			ev[app.TypeOrg] += 1.5
		case isCamel(w):
			ev[app.TypeOrg] += 2
		case x < n-1 && d.g.heads[w] == headOrg:
			ev[app.TypeOrg] += 1.5
		}
		if !isTitleCase(w) && !nameParticles[w] && !connectors[w] && !isInitial(w) {
			allTitle = false
		}
	}
	if n > 1 && d.g.given[words[0]] {
		ev[app.TypePerson] += 3
	}
	if n > 1 && surnameLike(words[n-1]) {
		ev[app.TypePerson] += 1
	}
	if n >= 2 && n <= 5 && allTitle {
		ev[app.TypePerson] += 1.5
	}
	return ev
}

// context scores the words around the name.
func (d *document) context(ev evidence, i, k int) {
	prev, next := strings.ToLower(d.word(i-1)), d.word(k)
	switch prev {
	case "the":
		ev[app.TypeOrg]++
		ev[app.TypePerson] -= 5
	case "in", "near", "outside", "across", "into", "around", "off", "inside", "neighbouring", "neighboring":
		ev[app.TypeLoc] += 2
	case "from", "to", "at", "toward", "towards", "through", "via", "between":
		ev[app.TypeLoc] += 1
	case "said", "told", "says":
		ev[app.TypePerson] += 1
	case "of":
		if placeNouns[d.word(i-2)] || compass[d.word(i-2)] || d.word(i-2) == "," && isNumber(d.word(i-3)) {
			ev[app.TypeLoc] += 3 // "the town of X", "south of X", "Jane Roe, 34, of X"
		}
	}
	if g := d.gazAt(k + 1); (next == "in" || next == "near") && g.j > 0 && g.e.typ == app.TypeLoc && g.e.src == srcStrong {
		ev[app.TypeLoc] += 2 // "X in Estonia"
	}
	if t := d.nounBefore(i); t != "" {
		ev[t] += 3 // "the charity X", "a contractor, X"
	}
	if t := d.nounAfter(k); t != "" {
		ev[t] += 3 // "X district", "X data cable"
	}
	if t := d.apposition(k); t != "" {
		ev[t] += 3 // "X, a ransomware group"
	}
	if next == "-" && (d.word(k+1) == "based" || d.word(k+1) == "born") {
		ev[app.TypeLoc] += 3
	}
	switch next {
	case "said", "says", "told", "added", "wrote", "argued", "warned", "noted":
		ev[app.TypePerson] += 1
		ev[app.TypeOrg] += 0.5
	case ",":
		switch d.word(k + 1) {
		case "who", "whose":
			ev[app.TypePerson] += 2
		}
	}
}

// word returns the text of token i, or "" outside the text or sentence.
func (d *document) word(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.toks[i].text
}

// isInitial reports "P." or "P".
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && (n == len(w) || w[n:] == ".")
}

// dottedInitials reports letters each followed by a dot ("B.A.", "E.N.K.").
func dottedInitials(w string) bool {
	n := 0
	for i, r := range w {
		if i%2 == 0 && !unicode.IsUpper(r) || i%2 == 1 && r != '.' {
			return false
		}
		n++
	}
	return n >= 4 && n%2 == 0
}

// isAcronym reports an all-capitals word of at least two letters ("NATO",
// "U.S.", "ISIS-K", "APT29").
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLower(r):
			return false
		}
	}
	return letters >= 2
}

func hasDigit(w string) bool { return strings.IndexFunc(w, unicode.IsDigit) >= 0 }

// isCamel reports an inner capital after a lower-case letter ("SolarWinds").
func isCamel(w string) bool {
	prevLower := false
	for _, r := range w {
		if unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// isTitleCase reports a capitalised word whose other letters are mostly
// lower case ("Diallo-Koné", "al-Nour", "McCarthy").
func isTitleCase(w string) bool {
	if !canStartName(w) || isAcronym(w) || hasDigit(w) {
		return false
	}
	return true
}

// surnameEndings are common endings of family names in Slavic, Baltic,
// Romanian, Turkish, Armenian, Persian, Greek, Spanish and Nordic naming.
var surnameEndings = []string{"ov", "ova", "ev", "eva", "enko", "escu", "ić", "ovic", "ović", "ski", "ska",
	"sky", "skiy", "wicz", "yan", "oglu", "oğlu", "zadeh", "poulos", "ides", "akis", "ez", "sen", "sson",
	"ovich", "evich", "ovna", "evna", "uk", "chuk", "enko", "ishvili", "adze", "aite", "ienė", "auskas"}

func surnameLike(w string) bool {
	for _, e := range surnameEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}
