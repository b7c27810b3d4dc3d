package nlp

import (
	"bufio"
	"strings"

	"dossier/app"
	"dossier/assets"
)

// source ranks how much a gazetteer entry is to be trusted: a country or a
// listed organisation is near certain, a subdivision name (thousands of
// them, some also surnames or words) only a hint.
type source uint8

const (
	srcNone   source = iota
	srcWeak          // ISO 3166-2 subdivision names
	srcList          // hand-written lists of cities, regions, groups
	srcStrong        // countries and listed organisations
)

// gazEntry is what the gazetteer knows about one phrase.
type gazEntry struct {
	typ   app.EntityType
	key   string // identity shared by aliases: "cc:US", "place:Gaza Strip", "org:North Atlantic Treaty Organization", "norp:Tajik"
	canon string // display name of that identity
	src   source
}

// headKind is the role of a head word in a name.
type headKind uint8

const (
	headNone  headKind = iota
	headOrg            // last word of an organisation name ("Group")
	headLoc            // last word of a place name ("Region")
	headLegal          // company legal form ("Ltd", "FZE")
	prefixLoc          // first word of a place name ("Lake", "Mount")
	titleCore          // a title on its own ("President", "Gen.")
	titleMod           // a title only with another ("Foreign" Minister)
)

// gazetteer holds the word lists of assets/gazetteer, loaded once.
type gazetteer struct {
	phrases  map[string]gazEntry
	maxWords int
	heads    map[string]headKind // org/loc heads and legal forms
	prefixes map[string]bool     // place prefixes
	titles   map[string]headKind // titleCore or titleMod
	given    map[string]bool
}

func loadGazetteer() (*gazetteer, error) {
	g := &gazetteer{phrases: map[string]gazEntry{}, heads: map[string]headKind{},
		prefixes: map[string]bool{}, titles: map[string]headKind{}, given: map[string]bool{}}
	steps := []struct {
		file string
		fn   func(f []string)
	}{
		{"countries.tsv", g.addCountry},
		{"countries_extra.tsv", g.addCountryName},
		{"orgs.txt", g.addOrg},
		{"norp.tsv", g.addNORP},
		{"cities.txt", func(f []string) { g.add(f[0], gazEntry{typ: app.TypeLoc, src: srcList}) }},
		{"regions.txt", func(f []string) { g.add(f[0], gazEntry{typ: app.TypeLoc, src: srcList}) }},
		{"heads.tsv", g.addHead},
		{"titles.tsv", g.addTitle},
		{"given_names.txt", func(f []string) { g.given[f[0]] = true }},
		{"subdivisions.tsv", g.addSubdivision},
	}
	for _, s := range steps {
		if err := readLines(s.file, s.fn); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// readLines calls fn with the tab-separated fields of every non-comment line.
func readLines(name string, fn func([]string)) error {
	f, err := assets.Gazetteer.Open("gazetteer/" + name)
	if err != nil {
		return app.WrapError(app.EINTERNAL, err, "the extractor's word lists are missing")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
	return sc.Err()
}

// add records a phrase unless an earlier, more trusted list already has it.
func (g *gazetteer) add(name string, e gazEntry) {
	name = normPhrase(name)
	if name == "" {
		return
	}
	if old, ok := g.phrases[name]; ok && old.src >= e.src {
		return
	}
	if e.canon == "" {
		e.canon = name
	}
	if e.key == "" {
		e.key = "loc:" + name
	}
	g.phrases[name] = e
	if n := len(strings.Fields(name)); n > g.maxWords {
		g.maxWords = n
	}
}

func (g *gazetteer) addCountry(f []string) {
	if len(f) < 2 {
		return
	}
	g.add(f[0], gazEntry{typ: app.TypeLoc, key: "cc:" + f[1], src: srcStrong})
}

// addCountryName records an everyday name of a country or, with a third
// field, of a part of one: a place of its own under that field's name.
func (g *gazetteer) addCountryName(f []string) {
	if len(f) > 2 && strings.TrimSpace(f[2]) != "" {
		part := strings.TrimSpace(f[2])
		g.add(f[0], gazEntry{typ: app.TypeLoc, key: "place:" + part, canon: part, src: srcStrong})
		return
	}
	g.addCountry(f)
}

func (g *gazetteer) addSubdivision(f []string) {
	if g.given[f[0]] || g.titles[f[0]] != headNone || g.heads[f[0]] != headNone {
		return // "Victoria", "Paul": far more often people in news text
	}
	g.add(f[0], gazEntry{typ: app.TypeLoc, src: srcWeak})
}

func (g *gazetteer) addOrg(f []string) {
	names := strings.Split(f[0], "|")
	canon := strings.TrimSpace(names[0])
	for _, n := range names {
		g.add(strings.TrimSpace(n), gazEntry{typ: app.TypeOrg, key: "org:" + canon, canon: canon, src: srcStrong})
	}
}

func (g *gazetteer) addNORP(f []string) {
	canon := f[0]
	if len(f) > 1 {
		canon = f[1]
	}
	e := gazEntry{typ: app.TypeNORP, key: "norp:" + canon, canon: canon, src: srcList}
	g.add(f[0], e)
	if p := plural(f[0]); p != "" {
		g.add(p, e)
	}
}

// plural forms the regular English plural of a group word ("Tajik" →
// "Tajiks"); words in -s, -sh, -ch, -ese and adjectives in -ic have none.
func plural(w string) string {
	for _, s := range []string{"s", "sh", "ch", "ese", "x", "z", "ic", "ish"} {
		if strings.HasSuffix(w, s) {
			return ""
		}
	}
	return w + "s"
}

func (g *gazetteer) addHead(f []string) {
	if len(f) < 2 {
		return
	}
	switch f[1] {
	case "orghead":
		if g.heads[f[0]] == headNone {
			g.heads[f[0]] = headOrg
		}
	case "lochead":
		if g.heads[f[0]] == headNone {
			g.heads[f[0]] = headLoc
		}
	case "legal":
		g.heads[f[0]] = headLegal
	case "locprefix":
		g.prefixes[f[0]] = true
	}
}

func (g *gazetteer) addTitle(f []string) {
	if _, ok := g.titles[f[0]]; ok {
		return
	}
	g.titles[f[0]] = titleCore
	if len(f) > 1 && f[1] == "mod" {
		g.titles[f[0]] = titleMod
	}
}

// lookup returns the entry for a phrase as written in the text.
func (g *gazetteer) lookup(s string) (gazEntry, bool) {
	e, ok := g.phrases[normPhrase(s)]
	return e, ok
}

// normPhrase makes a phrase comparable: straight apostrophes and quotes,
// single spaces.
func normPhrase(s string) string {
	if !strings.ContainsAny(s, "\u2018\u2019\u201c\u201d\t\n\r") && !strings.Contains(s, "  ") {
		return s
	}
	s = quoteFolder.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

var quoteFolder = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`)
