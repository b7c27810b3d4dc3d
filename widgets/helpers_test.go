package widgets

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// briefing is a short text written for these tests.
const briefing = "Colonel Ana Ribeiro met envoys of the Northern Grain Cooperative in Port Halden on " +
	"3 March 2024 to discuss the stalled shipment.\nNo agreement was reached."

// newTestApp starts a test app with the highlight theme in the given variant.
func newTestApp(t testing.TB, variant fyne.ThemeVariant) fyne.App {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(ForcedVariant(HighlightTheme(theme.DefaultTheme()), variant))
	return a
}

// showText puts at in an unpadded test window of the given size.
func showText(t testing.TB, at *AnnotatedText, size fyne.Size) fyne.Window {
	t.Helper()
	w := test.NewTempWindow(t, at)
	w.SetPadded(false)
	w.Resize(size)
	return w
}

// span returns the code-point span of the first occurrence of sub in text.
func span(t testing.TB, text, sub string) (int, int) {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in the text", sub)
	}
	start := utf8.RuneCountInString(text[:i])
	return start, start + utf8.RuneCountInString(sub)
}

// hl builds a highlight over the first occurrence of sub.
func hl(t testing.TB, sub string, id int64, c fyne.ThemeColorName, pending bool) Highlight {
	t.Helper()
	s, e := span(t, briefing, sub)
	return Highlight{Start: s, End: e, ID: id, Style: HighlightStyle{Color: c, Pending: pending}}
}

// boundary returns the content position just right of the boundary before code point offset,
// vertically in the middle of its line: a tap or drag there lands on that offset.
func boundary(at *AnnotatedText, offset int) fyne.Position {
	l := &at.lay
	li := lineOf(l.lines, offset)
	x := l.pad + xAt(at.doc, l.lines[li], offset, l.measure)
	return fyne.NewPos(x+1, l.pad+float32(li)*l.lineHeight+l.textHeight/2)
}

// onCanvas converts a content position of at to a canvas position for test.TapCanvas and test.Drag.
func onCanvas(at *AnnotatedText, p fyne.Position) fyne.Position {
	return p.Add(at.Position()).Subtract(at.scroll.Offset)
}

var vocabulary = strings.Fields(`the a of and to in on for with by from at as was were is are said
	officials reported ministry council agency forces border district province capital river port
	shipment convoy envoy spokesman statement meeting talks agreement sanctions network cell group
	attack claimed warned arrested seized transferred northern southern eastern western provincial
	regional cooperative grain fuel weapons funds account bank courier morning evening week month
	Halden Ribeiro Tarsk Vell Amaro Kestrel Orun Lisk Marrow Quay Soren Idris Baltar Nisha Corvo`)

var syllables = strings.Fields("ka ri to men sa vel dor an is te lu ba gor nev sha pol tri ek um zan")

// pseudoWord makes a word from 2-4 syllables, so an article has as many distinct words as real
// prose (about 1,800 in 5,000 words) and measuring them costs what it would.
func pseudoWord(rng *rand.Rand) string {
	var b strings.Builder
	for n := 2 + rng.Intn(3); n > 0; n-- {
		b.WriteString(syllables[rng.Intn(len(syllables))])
	}
	return b.String()
}

// sampleArticle writes a deterministic article of n words in paragraphs of 120 words: half common
// words, half pseudo-words drawn from seed. Every (n/highlights)-th word is highlighted, alternating
// pending and accepted and cycling through the colours.
func sampleArticle(n, highlights int) (string, []Highlight) {
	return sampleArticleSeed(n, highlights, 7)
}

func sampleArticleSeed(n, highlights int, seed int64) (string, []Highlight) {
	rng := rand.New(rand.NewSource(seed))
	var b strings.Builder
	var hs []Highlight
	every := 0
	if highlights > 0 {
		every = n / highlights
	}
	names := HighlightColorNames()
	offset := 0
	for i := 0; i < n; i++ {
		w := vocabulary[rng.Intn(len(vocabulary))]
		if rng.Intn(2) == 0 {
			w = pseudoWord(rng)
		}
		sep := " "
		if i%120 == 119 {
			sep = ".\n"
		}
		if every > 0 && i%every == 0 && len(hs) < highlights {
			hs = append(hs, Highlight{Start: offset, End: offset + utf8.RuneCountInString(w), ID: int64(len(hs) + 1),
				Style: HighlightStyle{Color: names[len(hs)%len(names)], Pending: len(hs)%2 == 0}})
		}
		b.WriteString(w)
		b.WriteString(sep)
		offset += utf8.RuneCountInString(w) + utf8.RuneCountInString(sep)
	}
	return b.String(), hs
}
