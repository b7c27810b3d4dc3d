package nlp

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"dossier/app"
)

var pub = time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC) // a Wednesday

func extract(t *testing.T, text string) app.Extraction {
	t.Helper()
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	x, err := p.Extract(context.Background(), text, pub)
	if err != nil {
		t.Fatal(err)
	}
	checkExtraction(t, text, x)
	return x
}

// find returns the mention covering exactly the n-th (1-based) occurrence
// of surface in text, or nil.
func find(text string, x app.Extraction, surface string, n int) *app.ExtractedMention {
	b := -1
	for k := 0; k < n; k++ {
		i := strings.Index(text[b+1:], surface)
		if i < 0 {
			return nil
		}
		b += 1 + i
	}
	start := utf8.RuneCountInString(text[:b])
	end := start + utf8.RuneCountInString(surface)
	for i := range x.Mentions {
		if m := &x.Mentions[i]; m.Start == start && m.End == end {
			return m
		}
	}
	return nil
}

// want is an expected mention: its surface (first occurrence unless nth),
// type and, when set, canonical entity.
type want struct {
	surface string
	typ     app.EntityType
	entity  string
	nth     int
}

func expect(t *testing.T, text string, ws []want) {
	t.Helper()
	x := extract(t, text)
	for _, w := range ws {
		n := max(w.nth, 1)
		m := find(text, x, w.surface, n)
		if m == nil {
			t.Errorf("%q: no mention spanning %q (#%d); got %v", text, w.surface, n, summary(x))
			continue
		}
		if m.Type != w.typ {
			t.Errorf("%q: %q typed %s, want %s", text, w.surface, m.Type, w.typ)
		}
		if w.entity != "" && m.Entity != w.entity {
			t.Errorf("%q: %q entity %q, want %q", text, w.surface, m.Entity, w.entity)
		}
	}
}

func summary(x app.Extraction) string {
	var b strings.Builder
	for _, m := range x.Mentions {
		b.WriteString(string(m.Type) + ":" + m.Text + "[" + m.Entity + "] ")
	}
	return b.String()
}

// absent asserts that no mention covers any part of surface.
func absent(t *testing.T, text, surface string) {
	t.Helper()
	x := extract(t, text)
	b := strings.Index(text, surface)
	start := utf8.RuneCountInString(text[:b])
	end := start + utf8.RuneCountInString(surface)
	for _, m := range x.Mentions {
		if m.Start < end && start < m.End {
			t.Errorf("%q: unexpected mention %s %q", text, m.Type, m.Text)
		}
	}
}

func TestOffsets(t *testing.T) {
	cases := []struct {
		name, text string
		ws         []want
	}{
		{"dotted capital I and possessive", "Police in İzmir's Karşıyaka district detained two men.",
			[]want{{"İzmir", app.TypeLoc, "", 0}}},
		{"emoji before names", "🚢🔥 Rescuers reached Mombasa after the Kenya Ports Authority called for help.",
			[]want{{"Mombasa", app.TypeLoc, "", 0}, {"Kenya Ports Authority", app.TypeOrg, "", 0}}},
		{"combining marks", "The mayor of Ame\u0301lie-les-Bains met Jose\u0301 Ramírez in Paris on Monday.",
			[]want{{"Paris", app.TypeLoc, "", 0}, {"Monday", app.TypeDate, "", 0}}},
		{"CJK text around names", "据报道 Beijing said 北京 officials met delegates from Seoul.",
			[]want{{"Beijing", app.TypeLoc, "", 0}, {"Seoul", app.TypeLoc, "", 0}}},
		{"curly quotes", "\u201cWe will rebuild,\u201d said Gen. Tomasz R. Wielgosz in Gdańsk\u2019s port.",
			[]want{{"Tomasz R. Wielgosz", app.TypePerson, "", 0}, {"Gdańsk", app.TypeLoc, "", 0}}},
		{"hyphenated modifiers", "The U.S.-led coalition and Bahrain-based ships left the Kremlin-backed port.",
			[]want{{"U.S.", app.TypeLoc, "", 0}, {"Bahrain", app.TypeLoc, "", 0}, {"Kremlin", app.TypeOrg, "", 0}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expect(t, c.text, c.ws) })
	}
}

// TestTokensAligned checks that every token is the exact text of its span.
func TestTokensAligned(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"İzmir's İİstanbul's ŞİŞLİ’s market", "a\u0301b\u0301c 😀👍🏽 x", "日本語のテキスト and Tokyo's",
		"He said: \u201cNo.\u201d Then left.", "&rsquo;quoted&rsquo; text", "Colin P. Clarke, Ph.D., and Brig. Gen. A. B. Cole",
	} {
		toks, err := p.tokenize(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		runes := []rune(text)
		for _, tk := range toks {
			if string(runes[tk.start:tk.end]) != tk.text || text[tk.bs:tk.be] != tk.text {
				t.Errorf("%q: token %q at [%d,%d) covers %q", text, tk.text, tk.start, tk.end, string(runes[tk.start:tk.end]))
			}
		}
	}
}

func TestTyping(t *testing.T) {
	cases := []struct {
		name, text string
		ws         []want
	}{
		{"title outside, initial inside", "Brig. Gen. Halvard K. Brennmoen inspected the troops.",
			[]want{{"Halvard K. Brennmoen", app.TypePerson, "", 0}}},
		{"nationality and title before a name", "Ruritanian officials said Norwegian Prime Minister Jonas Gahr Støre would visit.",
			[]want{{"Norwegian", app.TypeNORP, "", 0}, {"Jonas Gahr Støre", app.TypePerson, "", 0}}},
		{"organisation heads", "The Velmora Shipping Ltd and the Corvan Analytics Group denied wrongdoing.",
			[]want{{"Velmora Shipping Ltd", app.TypeOrg, "", 0}, {"Corvan Analytics Group", app.TypeOrg, "", 0}}},
		{"ministry of", "The Ministry of Water Resources of Tarvania issued a statement.",
			[]want{{"Ministry of Water Resources", app.TypeOrg, "", 0}}},
		{"place heads", "Floods hit Kestrel Province and the Ardmore Valley on Friday.",
			[]want{{"Kestrel Province", app.TypeLoc, "", 0}, {"Ardmore Valley", app.TypeLoc, "", 0}, {"Friday", app.TypeDate, "", 0}}},
		{"acronym as organisation", "Officials from NATO and OSCE met in Vienna.",
			[]want{{"NATO", app.TypeOrg, "", 0}, {"OSCE", app.TypeOrg, "", 0}, {"Vienna", app.TypeLoc, "", 0}}},
		{"country from iso-codes", "Trade between Kyrgyzstan and the United States grew.",
			[]want{{"Kyrgyzstan", app.TypeLoc, "", 0}, {"United States", app.TypeLoc, "", 0}}},
		{"demonyms and groups", "Tajik migrants and Shiite clerics joined Western diplomats.",
			[]want{{"Tajik", app.TypeNORP, "", 0}, {"Shiite", app.TypeNORP, "", 0}, {"Western", app.TypeNORP, "", 0}}},
		{"context: in X and X-based", "The convoy stopped in Velikoria before reaching Dornmouth-based traders.",
			[]want{{"Velikoria", app.TypeLoc, "", 0}, {"Dornmouth", app.TypeLoc, "", 0}}},
		{"apposition types an unknown name", "Hollowmere, a ransomware group, leaked the files.",
			[]want{{"Hollowmere", app.TypeOrg, "", 0}}},
		{"the town of X", "Fighting spread to the town of Qarmadin overnight.",
			[]want{{"Qarmadin", app.TypeLoc, "", 0}}},
		{"list coordination", "Voters queued in Osh and Tarbalyk on Sunday.",
			[]want{{"Tarbalyk", app.TypeLoc, "", 0}}},
		{"particles inside names", "Analysts cited Abdel Karim bin Sahir and Maria de la Fuente.",
			[]want{{"Abdel Karim bin Sahir", app.TypePerson, "", 0}, {"Maria de la Fuente", app.TypePerson, "", 0}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expect(t, c.text, c.ws) })
	}
}

func TestNotNames(t *testing.T) {
	cases := []struct{ text, surface string }{
		{"Residents said the water was rising.", "Residents"},
		{"The Harbour Act was passed in 2019.", "Harbour Act"},
		{"Investigators found DNA on the weapon.", "DNA"},
		{"The Panama-flagged Silver Heron was boarded.", "Silver Heron"},
		{"Army officers were seen.", "Army"},
	}
	for _, c := range cases {
		t.Run(c.surface, func(t *testing.T) { absent(t, c.text, c.surface) })
	}
}

func TestConsistency(t *testing.T) {
	text := "Colin P. Clarke, a researcher, spoke in Halvik. Clarke said the Islamic State-Khorasan " +
		"(ISIS-K) had grown. ISIS-K recruits online, Clarke added.\n\nThe Economic Council of Northern " +
		"States (ECNS) met. The ECNS backed the plan. Brennholt Energy Holdings of Oslo signed; Brennholt " +
		"Energy said it was pleased."
	expect(t, text, []want{
		{"Colin P. Clarke", app.TypePerson, "Colin P. Clarke", 0},
		{"Clarke", app.TypePerson, "Colin P. Clarke", 2},
		{"Clarke", app.TypePerson, "Colin P. Clarke", 3},
		{"ISIS-K", app.TypeOrg, "Islamic State-Khorasan", 1},
		{"ISIS-K", app.TypeOrg, "Islamic State-Khorasan", 2},
		{"ECNS", app.TypeOrg, "Economic Council of Northern States", 2},
		{"Brennholt Energy Holdings", app.TypeOrg, "Brennholt Energy Holdings", 0},
		{"Oslo", app.TypeLoc, "", 0},
		{"Brennholt Energy", app.TypeOrg, "Brennholt Energy Holdings", 2},
	})
}

func TestCountryAliases(t *testing.T) {
	text := "The United States and Britain warned Moscow. U.S. officials said the UK agreed."
	expect(t, text, []want{
		{"U.S.", app.TypeLoc, "United States", 0},
		{"UK", app.TypeLoc, "Britain", 0},
		{"Moscow", app.TypeLoc, "Moscow", 0},
	})
}

// TestPartsOfCountriesAreTheirOwnPlaces: Chechnya is not Russia, Scotland
// is not Britain, the West Bank is not Gaza; Gaza is the Gaza Strip.
func TestPartsOfCountriesAreTheirOwnPlaces(t *testing.T) {
	text := "Russia said the raid in Chechnya was over. Britain and Scotland disagreed. " +
		"Aid reached the Gaza Strip, then Gaza City, but not the West Bank; Gaza remained cut off."
	expect(t, text, []want{
		{"Russia", app.TypeLoc, "Russia", 0},
		{"Chechnya", app.TypeLoc, "Chechnya", 0},
		{"Britain", app.TypeLoc, "Britain", 0},
		{"Scotland", app.TypeLoc, "Scotland", 0},
		{"West Bank", app.TypeLoc, "West Bank", 0},
		{"Gaza", app.TypeLoc, "Gaza Strip", 3},
	})
}

func TestDatesAndSelectors(t *testing.T) {
	text := "On Monday, investigators traced payments of $4.2 million to ops@harrowgate.example and " +
		"the server 203.0.113.77 in March 2024."
	x := extract(t, text)
	m := find(text, x, "Monday", 1)
	if m == nil || m.Type != app.TypeDate || m.Date.Value != "2025-03-10" || m.Date.Precision != app.PrecisionDay {
		t.Errorf("Monday: got %+v", m)
	}
	if m := find(text, x, "March 2024", 1); m == nil || m.Date.Value != "2024-03" || m.Entity != "2024-03" {
		t.Errorf("March 2024: got %+v", m)
	}
	for s, typ := range map[string]app.EntityType{"$4.2 million": app.TypeMoney,
		"ops@harrowgate.example": app.TypeEmail, "203.0.113.77": app.TypeIP} {
		if m := find(text, x, s, 1); m == nil || m.Type != typ {
			t.Errorf("%s: got %+v, want %s", s, m, typ)
		}
	}
}

func TestShouting(t *testing.T) {
	text := "BREAKING: POLICE IN HARLOWMERE DETAIN NATO CONTRACTOR AFTER RAID"
	x := extract(t, text)
	if len(x.Mentions) != 1 || x.Mentions[0].Text != "NATO" || x.Mentions[0].Type != app.TypeOrg {
		t.Errorf("in a text in capitals only known names count; got %v", summary(x))
	}
}
