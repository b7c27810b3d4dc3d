package widgets

import (
	"reflect"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// press sends a key as the desktop driver does: KeyDown, TypedKey, KeyUp.
func press(at *AnnotatedText, k fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: k}
	at.KeyDown(ev)
	at.TypedKey(ev)
	at.KeyUp(ev)
}

func TestAnnotatedText_Keys(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	at := NewAnnotatedText(briefing)
	w := showText(t, at, fyne.NewSize(360, 150))
	w.Canvas().Focus(at)
	lines := at.lay.lines
	if len(lines) < 3 {
		t.Fatalf("the test needs the text wrapped on 3+ lines, got %v", lines)
	}
	shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	type step struct {
		keys       []fyne.KeyName
		withShift  bool
		start, end int
	}
	below := locate(at.doc, lines[1], xAt(at.doc, lines[0], 8, at.lay.measure), at.lay.measure).caret
	tests := map[string]struct {
		caret int
		steps []step
	}{
		"shift+right extends":           {8, []step{{[]fyne.KeyName{fyne.KeyRight, fyne.KeyRight, fyne.KeyRight}, true, 8, 11}}},
		"shift+left extends backwards":  {8, []step{{[]fyne.KeyName{fyne.KeyLeft, fyne.KeyLeft}, true, 6, 8}}},
		"shift+left stops at the start": {1, []step{{[]fyne.KeyName{fyne.KeyLeft, fyne.KeyLeft}, true, 0, 1}}},
		"shift+down extends a line":     {8, []step{{[]fyne.KeyName{fyne.KeyDown}, true, 8, below}}},
		"shift+down then up returns":    {8, []step{{[]fyne.KeyName{fyne.KeyDown, fyne.KeyUp}, true, 8, 8}}},
		"shift+end to line end":         {8, []step{{[]fyne.KeyName{fyne.KeyEnd}, true, 8, lines[0].End}}},
		"right without shift collapses to the end": {8, []step{
			{[]fyne.KeyName{fyne.KeyRight, fyne.KeyRight}, true, 8, 10},
			{[]fyne.KeyName{fyne.KeyRight}, false, 10, 10},
		}},
		"left without shift collapses to the start": {8, []step{
			{[]fyne.KeyName{fyne.KeyRight, fyne.KeyRight}, true, 8, 10},
			{[]fyne.KeyName{fyne.KeyLeft}, false, 8, 8},
		}},
		"down past the last line goes to the end": {lines[len(lines)-1].Start, []step{
			{[]fyne.KeyName{fyne.KeyDown}, true, lines[len(lines)-1].Start, len(at.doc.runes)},
		}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			at.SetSelection(tc.caret, tc.caret)
			at.prefX = -1
			var last [2]int
			at.OnSelectionChanged = func(s, e int) { last = [2]int{s, e} }
			for _, st := range tc.steps {
				if st.withShift {
					at.KeyDown(shift)
				}
				for _, k := range st.keys {
					press(at, k)
				}
				if st.withShift {
					at.KeyUp(shift)
				}
				if s, e := at.Selection(); s != st.start || e != st.end {
					t.Fatalf("after %v (shift %v): selection [%d,%d), want [%d,%d)", st.keys, st.withShift, s, e, st.start, st.end)
				}
			}
			final := tc.steps[len(tc.steps)-1]
			if (tc.caret != final.start || tc.caret != final.end) && last != [2]int{final.start, final.end} {
				t.Errorf("last OnSelectionChanged %v, want [%d %d]", last, final.start, final.end)
			}
		})
	}
}

func TestAnnotatedText_UnhandledInput(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	at := NewAnnotatedText(briefing)
	w := showText(t, at, fyne.NewSize(360, 150))
	w.Canvas().Focus(at)

	at.TypedKey(&fyne.KeyEvent{Name: fyne.KeyA}) // no callbacks set: must not panic
	at.TypedRune('a')

	var keys []fyne.KeyName
	var runes []rune
	at.OnTypedKey = func(ev *fyne.KeyEvent) { keys = append(keys, ev.Name) }
	at.OnTypedRune = func(r rune) { runes = append(runes, r) }
	for _, k := range []fyne.KeyName{fyne.Key1, fyne.KeyA, fyne.KeyDelete, fyne.KeyRight, fyne.KeyN} {
		press(at, k)
	}
	test.Type(at, "1ar")
	if want := []fyne.KeyName{fyne.Key1, fyne.KeyA, fyne.KeyDelete, fyne.KeyN}; !reflect.DeepEqual(keys, want) {
		t.Errorf("OnTypedKey got %v, want %v (arrows are the widget's)", keys, want)
	}
	if want := []rune("1ar"); !reflect.DeepEqual(runes, want) {
		t.Errorf("OnTypedRune got %q, want %q", runes, want)
	}
}

func TestAnnotatedText_Shortcuts(t *testing.T) {
	a := newTestApp(t, theme.VariantLight)
	at := NewAnnotatedText(briefing)
	showText(t, at, fyne.NewSize(360, 150))
	s, e := span(t, briefing, "Port Halden")
	at.SetSelection(s, e)

	at.TypedShortcut(&fyne.ShortcutCopy{Clipboard: a.Clipboard()})
	if got := a.Clipboard().Content(); got != "Port Halden" {
		t.Errorf("clipboard after Copy = %q", got)
	}
	var changed [2]int
	at.OnSelectionChanged = func(s, e int) { changed = [2]int{s, e} }
	at.TypedShortcut(&fyne.ShortcutSelectAll{})
	if n := len([]rune(briefing)); changed != [2]int{0, n} || at.SelectedText() != briefing {
		t.Errorf("Select All gave %v", changed)
	}
	var got fyne.Shortcut
	at.OnTypedShortcut = func(sc fyne.Shortcut) { got = sc }
	undo := &fyne.ShortcutUndo{}
	at.TypedShortcut(undo)
	if got != undo {
		t.Errorf("OnTypedShortcut got %v, want the undo shortcut", got)
	}
}

func TestAnnotatedText_FocusedHighlight(t *testing.T) {
	newTestApp(t, theme.VariantLight)
	text, hs := sampleArticle(3000, 300)
	at := NewAnnotatedText(text)
	at.SetHighlights(hs)
	showText(t, at, fyne.NewSize(400, 300))
	target := hs[250]
	at.SetFocusedHighlight(target.ID)
	if at.FocusedHighlight() != target.ID {
		t.Fatalf("FocusedHighlight = %d", at.FocusedHighlight())
	}
	li := lineOf(at.lay.lines, target.Start)
	top := at.lay.pad + float32(li)*at.lay.lineHeight
	if y := at.scroll.Offset.Y; top < y || top+at.lay.lineHeight > y+at.scroll.Size().Height {
		t.Errorf("line %d at %v not in view [%v, %v)", li, top, y, y+at.scroll.Size().Height)
	}
	if n := countOutlines(at); n != 1 {
		t.Errorf("%d focus outlines drawn, want 1", n)
	}
	at.SetFocusedHighlight(0)
	if n := countOutlines(at); n != 0 {
		t.Errorf("%d focus outlines after clearing, want 0", n)
	}
}
