// Command demo shows the annotated text widget with a sample article, for trying it out and for
// screenshots: go run ./widgets/internal/demo [-dark] [-select].
//
// Keys (with the text focused): N / P move the focused highlight, A accepts it, R removes it,
// Shift+arrows extend the selection, 1 tags the selection.
package main

import (
	"flag"
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/widgets"
)

// article is sample text written for this demo; the names are invented.
const article = `Port Halden, 3 March 2024 — Colonel Ana Ribeiro of the Coastal Guard met envoys of the Northern Grain Cooperative on Tuesday to discuss a shipment that has been held at the Vell river docks since February.

According to a statement from the Ministry of Transport, the convoy carried 4,000 tonnes of wheat bound for Tarsk. A spokesman, Idris Amaro, said the cargo was seized after inspectors found irregular papers, and that the Cooperative's account at Baltar Bank had been frozen pending an inquiry.

The Cooperative denied any wrongdoing. Its director, Nisha Corvo, wrote to ops@northern-grain.example on 5 March asking for the release of the cargo and warned that delays would hurt farmers across the eastern provinces.

Analysts at the Kestrel Institute said the dispute could spread: the Ministry is expected to publish new export rules within the month, and officials in Tarsk have already asked for talks.`

// mark is one demo highlight: a phrase, its occurrence, its colour and whether it is still a suggestion.
type mark struct {
	phrase  string
	nth     int
	color   fyne.ThemeColorName
	pending bool
}

var marks = []mark{
	{"Port Halden", 0, widgets.ColorNameHighlightGreen, false},
	{"3 March 2024", 0, widgets.ColorNameHighlightPurple, false},
	{"Colonel Ana Ribeiro", 0, widgets.ColorNameHighlightBlue, false},
	{"Ana Ribeiro", 0, widgets.ColorNameHighlightTeal, true},
	{"Coastal Guard", 0, widgets.ColorNameHighlightOrange, true},
	{"Northern Grain Cooperative", 0, widgets.ColorNameHighlightOrange, false},
	{"Northern", 0, widgets.ColorNameHighlightGreen, true},
	{"Tuesday", 0, widgets.ColorNameHighlightPurple, true},
	{"Vell river", 0, widgets.ColorNameHighlightGreen, true},
	{"Vell", 0, widgets.ColorNameHighlightRed, true},
	{"February", 0, widgets.ColorNameHighlightPurple, true},
	{"Ministry of Transport", 0, widgets.ColorNameHighlightOrange, false},
	{"Tarsk", 0, widgets.ColorNameHighlightGreen, false},
	{"Idris Amaro", 0, widgets.ColorNameHighlightBlue, true},
	{"Baltar Bank", 0, widgets.ColorNameHighlightOrange, true},
	{"Nisha Corvo", 0, widgets.ColorNameHighlightBlue, false},
	{"ops@northern-grain.example", 0, widgets.ColorNameHighlightPink, false},
	{"5 March", 0, widgets.ColorNameHighlightPurple, true},
	{"Kestrel Institute", 0, widgets.ColorNameHighlightOrange, true},
	{"Tarsk", 1, widgets.ColorNameHighlightGreen, true},
}

// spanOf returns the code-point span of the nth occurrence of phrase in text.
func spanOf(text, phrase string, nth int) (int, int, bool) {
	from := 0
	for ; nth >= 0; nth-- {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			return 0, 0, false
		}
		from += i
		if nth > 0 {
			from += len(phrase)
		}
	}
	start := utf8.RuneCountInString(text[:from])
	return start, start + utf8.RuneCountInString(phrase), true
}

func highlights() []widgets.Highlight {
	var hs []widgets.Highlight
	for i, m := range marks {
		if s, e, ok := spanOf(article, m.phrase, m.nth); ok {
			hs = append(hs, widgets.Highlight{Start: s, End: e, ID: int64(i + 1),
				Style: widgets.HighlightStyle{Color: m.color, Pending: m.pending}})
		}
	}
	return hs
}

// demo holds the window's state.
type demo struct {
	app    fyne.App
	text   *widgets.AnnotatedText
	status *widget.Label
	hs     []widgets.Highlight
	focus  int // index into hs of the focused highlight
	dark   bool
}

func main() {
	dark := flag.Bool("dark", false, "start with the dark theme")
	selectText := flag.Bool("select", false, "start with a selection, to show it")
	flag.Parse()

	d := &demo{app: fyneapp.NewWithID("dossier.widgets.demo"), hs: highlights(), dark: *dark}
	d.applyTheme()
	w := d.app.NewWindow("Annotated text demo")
	w.SetContent(d.buildUI())
	w.Resize(fyne.NewSize(900, 560))
	d.setFocus(2)
	if *selectText {
		s, e, _ := spanOf(article, "irregular papers", 0)
		d.text.SetSelection(s, e)
	}
	w.Canvas().Focus(d.text)
	w.ShowAndRun()
}

func (d *demo) buildUI() fyne.CanvasObject {
	d.text = widgets.NewAnnotatedText(article)
	d.text.SetHighlights(d.hs)
	d.status = widget.NewLabel("Tap a highlight, drag to select, N/P to move, A to accept, R to remove.")
	d.text.OnTapped = func(offset int, hits []widgets.Highlight) {
		d.status.SetText(fmt.Sprintf("Tapped code point %d: %s", offset, describe(hits)))
	}
	d.text.OnSelectionChanged = func(s, e int) {
		d.status.SetText(fmt.Sprintf("Selection [%d, %d): %q", s, e, d.text.SelectedText()))
	}
	d.text.OnTypedRune = d.onRune
	toggle := widget.NewButtonWithIcon("Light / dark", theme.ColorPaletteIcon(), func() {
		d.dark = !d.dark
		d.applyTheme()
	})
	return container.NewBorder(container.NewHBox(toggle), d.status, nil, nil, d.text)
}

func describe(hits []widgets.Highlight) string {
	if len(hits) == 0 {
		return "no highlight"
	}
	var parts []string
	for _, h := range hits {
		state := "accepted"
		if h.Style.Pending {
			state = "suggested"
		}
		parts = append(parts, fmt.Sprintf("#%d [%d,%d) %s %s", h.ID, h.Start, h.End, h.Style.Color, state))
	}
	return strings.Join(parts, "; ")
}

func (d *demo) applyTheme() {
	v := theme.VariantLight
	if d.dark {
		v = theme.VariantDark
	}
	d.app.Settings().SetTheme(widgets.ForcedVariant(widgets.HighlightTheme(theme.DefaultTheme()), v))
}

func (d *demo) setFocus(i int) {
	if len(d.hs) == 0 {
		d.text.SetFocusedHighlight(0)
		return
	}
	d.focus = (i + len(d.hs)) % len(d.hs)
	d.text.SetFocusedHighlight(d.hs[d.focus].ID)
}

func (d *demo) onRune(r rune) {
	switch r {
	case 'n', 'N':
		d.setFocus(d.focus + 1)
	case 'p', 'P':
		d.setFocus(d.focus - 1)
	case 'a', 'A':
		if len(d.hs) > 0 {
			d.hs[d.focus].Style.Pending = false
			d.text.SetHighlights(d.hs)
		}
	case 'r', 'R':
		if len(d.hs) > 0 {
			d.hs = append(d.hs[:d.focus], d.hs[d.focus+1:]...)
			d.text.SetHighlights(d.hs)
			d.setFocus(d.focus)
		}
	case '1':
		if s, e := d.text.Selection(); s < e {
			d.hs = append(d.hs, widgets.Highlight{Start: s, End: e, ID: int64(1000 + len(d.hs)),
				Style: widgets.HighlightStyle{Color: widgets.ColorNameHighlightBlue}})
			d.text.SetHighlights(d.hs)
		}
	}
}
