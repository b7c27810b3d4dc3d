package widgets

import (
	"reflect"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// goldenHighlights are the scenarios drawn into testdata/annotated_text/.
func goldenHighlights(t *testing.T) map[string][]Highlight {
	suggested := []Highlight{
		hl(t, "Colonel Ana Ribeiro", 1, ColorNameHighlightBlue, true),
		hl(t, "Northern Grain Cooperative", 2, ColorNameHighlightOrange, true),
		hl(t, "Port Halden", 3, ColorNameHighlightGreen, true),
		hl(t, "3 March 2024", 4, ColorNameHighlightPurple, true),
	}
	accepted := make([]Highlight, len(suggested))
	for i, h := range suggested {
		h.Style.Pending = false
		accepted[i] = h
	}
	overlapping := []Highlight{
		hl(t, "Colonel Ana Ribeiro", 1, ColorNameHighlightBlue, false),
		hl(t, "Ana Ribeiro", 2, ColorNameHighlightTeal, true), // nested in an accepted span
		hl(t, "Northern Grain Cooperative", 3, ColorNameHighlightOrange, false),
		hl(t, "Northern", 4, ColorNameHighlightGreen, true),
		hl(t, "Port Halden", 5, ColorNameHighlightGreen, true), // the same span suggested twice
		hl(t, "Port Halden", 6, ColorNameHighlightRed, true),
		hl(t, "3 March 2024", 7, ColorNameHighlightPurple, false), // partial overlap
		hl(t, "2024 to discuss", 8, ColorNameHighlightPink, true),
	}
	return map[string][]Highlight{"suggested": suggested, "accepted": accepted, "overlapping": overlapping}
}

func TestAnnotatedText_Golden(t *testing.T) {
	variants := map[string]fyne.ThemeVariant{"light": theme.VariantLight, "dark": theme.VariantDark}
	for vname, variant := range variants {
		for sname, hs := range goldenHighlights(t) {
			t.Run(vname+"_"+sname, func(t *testing.T) {
				newTestApp(t, variant)
				at := NewAnnotatedText(briefing)
				at.SetHighlights(hs)
				w := showText(t, at, fyne.NewSize(360, 150))
				test.AssertRendersToMarkup(t, "annotated_text/"+vname+"_"+sname+".xml", w.Canvas())
			})
		}
	}
}

func TestAnnotatedText_GoldenFocusAndSelection(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	at := NewAnnotatedText(briefing)
	at.SetHighlights(goldenHighlights(t)["overlapping"])
	w := showText(t, at, fyne.NewSize(360, 150))
	at.SetFocusedHighlight(3)
	s, _ := span(t, briefing, "discuss")
	_, e := span(t, briefing, "No agreement")
	at.SetSelection(s, e) // runs over a line break
	w.Canvas().Focus(at)
	test.AssertRendersToMarkup(t, "annotated_text/light_focus_selection.xml", w.Canvas())
}

func TestAnnotatedText_ThemeChange(t *testing.T) {
	a := newTestApp(t, theme.VariantLight)
	at := NewAnnotatedText(briefing)
	at.SetHighlights(goldenHighlights(t)["accepted"])
	showText(t, at, fyne.NewSize(360, 150))
	before := firstText(t, at).Color
	fill := firstRect(t, at).FillColor

	test.ApplyTheme(t, ForcedVariant(HighlightTheme(theme.DefaultTheme()), theme.VariantDark))
	_ = a
	if got, want := firstText(t, at).Color, theme.DefaultTheme().Color(theme.ColorNameForeground, theme.VariantDark); got != want || got == before {
		t.Errorf("text colour after switching to dark = %v, want %v (was %v)", got, want, before)
	}
	if got := firstRect(t, at).FillColor; got == fill {
		t.Errorf("highlight fill did not change with the theme: %v", got)
	}
}

func firstText(t *testing.T, at *AnnotatedText) *canvas.Text {
	t.Helper()
	for _, o := range test.WidgetRenderer(at.area).Objects() {
		if txt, ok := o.(*canvas.Text); ok {
			return txt
		}
	}
	t.Fatal("no text object")
	return nil
}

func firstRect(t *testing.T, at *AnnotatedText) *canvas.Rectangle {
	t.Helper()
	for _, o := range test.WidgetRenderer(at.area).Objects() {
		if rc, ok := o.(*canvas.Rectangle); ok {
			return rc
		}
	}
	t.Fatal("no rectangle")
	return nil
}

func TestAnnotatedText_Tap(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	at := NewAnnotatedText(briefing)
	hs := goldenHighlights(t)["overlapping"]
	at.SetHighlights(hs)
	w := showText(t, at, fyne.NewSize(360, 150))
	ana, _ := span(t, briefing, "Ana Ribeiro")
	met, _ := span(t, briefing, "met")
	_, shipmentEnd := span(t, briefing, "shipment.")

	tests := map[string]struct {
		pos        fyne.Position
		wantOffset int
		wantIDs    []int64
	}{
		"nested span":    {boundary(at, ana+2), ana + 2, []int64{2, 1}},
		"outer span":     {boundary(at, 1), 1, []int64{1}},
		"no highlight":   {boundary(at, met+1), met + 1, nil},
		"past line end":  {boundary(at, shipmentEnd).Add(fyne.NewPos(100, 0)), shipmentEnd, nil},
		"below the text": {fyne.NewPos(20, 140), len([]rune(briefing)), nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			w.Canvas().Unfocus()
			at.SetSelection(0, 5)
			gotOffset, gotIDs := -1, []int64(nil)
			at.OnTapped = func(offset int, hits []Highlight) {
				gotOffset = offset
				for _, h := range hits {
					gotIDs = append(gotIDs, h.ID)
				}
			}
			test.TapCanvas(w.Canvas(), onCanvas(at, tc.pos))
			if gotOffset != tc.wantOffset || !reflect.DeepEqual(gotIDs, tc.wantIDs) {
				t.Errorf("tapped offset %d hits %v, want %d %v", gotOffset, gotIDs, tc.wantOffset, tc.wantIDs)
			}
			if s, e := at.Selection(); s != e {
				t.Errorf("a tap must collapse the selection, got [%d,%d)", s, e)
			}
			if w.Canvas().Focused() != fyne.Focusable(at) {
				t.Error("a tap must focus the widget")
			}
		})
	}
}

// TestAnnotatedText_TappedWhenScrolled calls Tapped with a position in the widget's coordinates
// after scrolling, which must be mapped through the scroll offset.
func TestAnnotatedText_TappedWhenScrolled(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	text, hs := sampleArticle(3000, 300)
	at := NewAnnotatedText(text)
	at.SetHighlights(hs)
	showText(t, at, fyne.NewSize(400, 300))
	target := hs[200]
	at.ScrollTo(target.Start)
	if at.scroll.Offset.Y == 0 {
		t.Fatal("ScrollTo did not scroll")
	}
	var got []Highlight
	at.OnTapped = func(_ int, hits []Highlight) { got = hits }
	at.Tapped(&fyne.PointEvent{Position: boundary(at, target.Start+1).Subtract(at.scroll.Offset)})
	if len(got) != 1 || got[0].ID != target.ID {
		t.Errorf("hits = %+v, want highlight %d", got, target.ID)
	}
}

func TestAnnotatedText_Drag(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	at := NewAnnotatedText(briefing)
	w := showText(t, at, fyne.NewSize(360, 150))
	ana, _ := span(t, briefing, "Ana")
	_, grain := span(t, briefing, "Grain")
	no, _ := span(t, briefing, "No agreement")

	tests := map[string]struct {
		from, to   int
		start, end int
	}{
		"forward on one line": {ana, grain, ana, grain},
		"backward":            {grain, ana, ana, grain},
		"across lines":        {ana, no + 2, ana, no + 2},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			at.SetSelection(0, 0)
			var changes [][2]int
			at.OnSelectionChanged = func(s, e int) { changes = append(changes, [2]int{s, e}) }
			a, b := onCanvas(at, boundary(at, tc.from)), onCanvas(at, boundary(at, tc.to))
			test.Drag(w.Canvas(), b, b.X-a.X, b.Y-a.Y) // one event, where the pointer ends
			if s, e := at.Selection(); s != tc.start || e != tc.end {
				t.Errorf("selection [%d,%d), want [%d,%d)", s, e, tc.start, tc.end)
			}
			if len(changes) != 1 || changes[0] != [2]int{tc.start, tc.end} {
				t.Errorf("OnSelectionChanged calls %v", changes)
			}
			if at.dragging {
				t.Error("DragEnd did not end the drag")
			}
		})
	}
	from, to := boundary(at, ana), boundary(at, grain)
	at.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
	at.DragEnd()
	if got := at.SelectedText(); got != "Ana Ribeiro met envoys of the Northern Grain" {
		t.Errorf("SelectedText after Dragged = %q", got)
	}
}

func TestAnnotatedText_ClickModifiers(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	at := NewAnnotatedText(briefing)
	showText(t, at, fyne.NewSize(360, 150))
	ribeiro, ribeiroEnd := span(t, briefing, "Ribeiro")
	pos := boundary(at, ribeiro+2)

	tapped := false
	at.OnTapped = func(int, []Highlight) { tapped = true }
	down := &fyne.PointEvent{Position: pos}
	at.area.MouseDown(desktopMouse(down))
	at.area.Tapped(down)
	at.area.MouseDown(desktopMouse(down))
	tapped = false
	at.area.Tapped(down)
	if got := at.SelectedText(); got != "Ribeiro" || tapped {
		t.Errorf("double click selected %q (OnTapped called: %v), want the word", got, tapped)
	}

	at.SetSelection(ribeiro, ribeiro)
	shiftDown := desktopMouse(&fyne.PointEvent{Position: boundary(at, ribeiroEnd+4)})
	shiftDown.Modifier = fyne.KeyModifierShift
	at.area.MouseDown(shiftDown)
	at.area.Tapped(&shiftDown.PointEvent)
	if s, e := at.Selection(); s != ribeiro || e != ribeiroEnd+4 {
		t.Errorf("shift+click selection [%d,%d), want [%d,%d)", s, e, ribeiro, ribeiroEnd+4)
	}
}

func TestAnnotatedText_SetTextKeepsStateValid(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	at := NewAnnotatedText(briefing)
	at.SetHighlights(goldenHighlights(t)["accepted"])
	showText(t, at, fyne.NewSize(360, 150))
	at.SetSelection(10, 40)
	at.SetText("short")
	if s, e := at.Selection(); s != 0 || e != 0 {
		t.Errorf("selection after SetText [%d,%d)", s, e)
	}
	if got := at.HighlightsAt(2); len(got) != 1 || got[0].ID != 1 {
		t.Errorf("highlights are kept, clamped: got %+v", got)
	}
	if got := firstText(t, at).Text; got != "short" {
		t.Errorf("first line = %q", got)
	}
	at.SetText("")
	at.Tapped(&fyne.PointEvent{Position: fyne.NewPos(50, 50)})
	at.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if s, e := at.Selection(); s != 0 || e != 0 {
		t.Errorf("empty text selection [%d,%d)", s, e)
	}
}

// TestAnnotatedText_ZeroSize exercises the API before the widget has been laid out.
func TestAnnotatedText_ZeroSize(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	at := NewAnnotatedText(briefing)
	at.SetHighlights(goldenHighlights(t)["overlapping"])
	at.Tapped(&fyne.PointEvent{Position: fyne.NewPos(10, 10)})
	at.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	at.SetSelection(3, 9)
	at.ScrollTo(100)
	at.SetFocusedHighlight(5)
	if got := at.OffsetAt(fyne.NewPos(5, 5)); got != 0 {
		t.Errorf("OffsetAt before layout = %d", got)
	}
	w := showText(t, at, fyne.NewSize(200, 60))
	if at.scroll.Offset.Y == 0 {
		t.Error("a ScrollTo before layout must apply at the first layout")
	}
	_ = w
}

func desktopMouse(p *fyne.PointEvent) *desktop.MouseEvent {
	return &desktop.MouseEvent{PointEvent: *p, Button: desktop.MouseButtonPrimary}
}

// TestAnnotatedText_StructLiteral uses the widget made as a struct literal, as Fyne widgets allow.
func TestAnnotatedText_StructLiteral(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	at := &AnnotatedText{}
	at.SetHighlights([]Highlight{{Start: 0, End: 3}})
	at.SetSelection(1, 2)
	at.ScrollTo(5)
	at.Tapped(&fyne.PointEvent{Position: fyne.NewPos(3, 3)})
	if at.SelectedText() != "" || at.Text() != "" {
		t.Errorf("empty literal has text %q selected %q", at.Text(), at.SelectedText())
	}
	at.ExtendBaseWidget(at)
	showText(t, at, fyne.NewSize(300, 100))
	at.SetText("Port Halden")
	at.SetHighlights([]Highlight{{Start: 5, End: 11, ID: 3}})
	var hits []Highlight
	at.OnTapped = func(_ int, h []Highlight) { hits = h }
	at.Tapped(&fyne.PointEvent{Position: boundary(at, 7)})
	if len(hits) != 1 || hits[0].ID != 3 {
		t.Errorf("tap on a literal-made widget hit %+v", hits)
	}
}
