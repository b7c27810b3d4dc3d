package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

func TestDatePrecision(t *testing.T) {
	day := app.Date{Value: "2024-03-07", Precision: app.PrecisionDay}
	month := app.Date{Value: "2024-03", Precision: app.PrecisionMonth}
	rng := app.Date{Value: "2024-03-01/2024-03-07", Precision: app.PrecisionRange}
	cases := []struct {
		in   app.Date
		p    app.Precision
		want string
	}{
		{day, app.PrecisionDay, "2024-03-07"},
		{day, app.PrecisionWeek, "2024-W10"},
		{day, app.PrecisionMonth, "2024-03"},
		{day, app.PrecisionYear, "2024"},
		{day, app.PrecisionRange, "2024-03-07/2024-03-07"},
		{day, app.PrecisionUnknown, ""},
		{month, app.PrecisionDay, "2024-03-01"},
		{month, app.PrecisionRange, "2024-03-01/2024-03-31"},
		{rng, app.PrecisionRange, "2024-03-01/2024-03-07"},
		{rng, app.PrecisionMonth, "2024-03"},
		{app.Date{}, app.PrecisionMonth, ""},
	}
	for _, c := range cases {
		if got := datePrecision(c.in, c.p); got != c.want {
			t.Errorf("datePrecision(%s, %s) = %q, want %q", c.in.Value, c.p, got, c.want)
		}
		if c.want != "" {
			if _, err := app.ParseDate(c.want); err != nil {
				t.Errorf("%q does not parse back: %v", c.want, err)
			}
		}
	}
}

func TestDateFieldFollowsWhatIsTyped(t *testing.T) {
	test.NewTempApp(t)
	f := newDateField()
	edits := 0
	f.onChanged = func() { edits++ }
	cases := []struct {
		typed, prec, reads string
		bad                bool
	}{
		{"2024-03-07", "day", "Reads: 7 March 2024", false},
		{"2024-W10", "week", "Reads: week 10 of 2024", false},
		{"2024-03", "month", "Reads: March 2024", false},
		{"2024", "year", "Reads: 2024", false},
		{"2024-03-01/2024-03-07", "range", "Reads: 1 March 2024 – 7 March 2024", false},
		{"", "unknown", "date unknown — type " + dateHint, false},
		{"March 2024", "unknown", "", true}, // the menu keeps the last good precision
	}
	for _, c := range cases {
		f.entry.SetText(c.typed)
		if c.bad {
			if f.shown.Importance != widget.DangerImportance {
				t.Errorf("%q: no error shown (%q)", c.typed, f.shown.Text)
			}
			if _, err := f.value(); err == nil {
				t.Errorf("%q: value() accepted it", c.typed)
			}
			continue
		}
		if f.prec.Selected != c.prec || f.shown.Text != c.reads {
			t.Errorf("%q: precision %q reads %q, want %q %q", c.typed, f.prec.Selected, f.shown.Text, c.prec, c.reads)
		}
	}
	if edits != len(cases) {
		t.Errorf("%d edits heard, want %d", edits, len(cases))
	}
	f.set(app.Date{Value: "2024-03-07", Precision: app.PrecisionDay})
	if edits != len(cases) {
		t.Error("set counted as an edit")
	}
}

func TestParseCount(t *testing.T) {
	for in, want := range map[string]int{"": -1, " 0 ": 0, "12": 12} {
		if got, err := parseCount(in, "killed"); err != nil || got != want {
			t.Errorf("parseCount(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"-3", "a dozen", "1.5"} {
		if _, err := parseCount(in, "killed"); app.ErrorCode(err) != app.EINVALID {
			t.Errorf("parseCount(%q) error %v, want EINVALID", in, err)
		}
	}
}

func TestEditorParticipantsAndPlace(t *testing.T) {
	f := newArticleFixture(t)
	id := f.createEvent(t, "Ribeiro meets the envoys", app.EventMeeting, "2024-03-05", "Ribeiro met envoys")
	s := f.showEvents()
	s.showEvent(id)
	ed := s.editor
	if !ed.save.Disabled() {
		t.Error("Save enabled with nothing edited")
	}
	pick := func(p *entityPicker, query, name string) {
		t.Helper()
		p.search.SetText(query)
		p.debounce.flush()
		for _, o := range p.results.Objects {
			if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, name+" · ") {
				test.Tap(b)
				return
			}
		}
		t.Fatalf("the search for %q does not offer %s", query, name)
	}
	pick(ed.loc.picker, "halden", "Port Halden")
	ed.parts.addRole.SetSelected(string(app.RoleAgent))
	pick(ed.parts.picker, "ribeiro", "Ana Ribeiro")
	if ed.save.Disabled() || ed.revert.Disabled() {
		t.Error("Save or Revert disabled after edits")
	}
	tapButton(t, ed.ui, "Save")
	f.noDialog(t)
	e := f.event(t, id)
	if e.LocationID == 0 || len(e.Participants) != 1 || e.Participants[0].Name != "Ana Ribeiro" || e.Participants[0].Role != app.RoleAgent {
		t.Errorf("event place %d participants %+v", e.LocationID, e.Participants)
	}
	if ed.loc.name.Text != "Port Halden" || !ed.save.Disabled() {
		t.Errorf("after saving the editor shows %q, save enabled %v", ed.loc.name.Text, !ed.save.Disabled())
	}
}

func TestEditorRefusesABadDateWithAMessage(t *testing.T) {
	f := newArticleFixture(t)
	id := f.createEvent(t, "Ribeiro meets the envoys", app.EventMeeting, "2024-03-05", "Ribeiro met envoys")
	s := f.showEvents()
	s.showEvent(id)
	s.editor.date.entry.SetText("the fifth")
	tapButton(t, s.editor.ui, "Save")
	if f.w.win.Canvas().Overlays().Top() == nil {
		t.Error("no message for a bad date")
	}
	if got := f.event(t, id).Date.Value; got != "2024-03-05" {
		t.Errorf("date changed to %q", got)
	}
}

func TestSentenceAround(t *testing.T) {
	text := []rune("First one. Second “quoted.” Third?\nFourth line without end")
	span := func(s string) app.Span {
		r := []rune(s)
		for i := range text {
			if i+len(r) <= len(text) && string(text[i:i+len(r)]) == s {
				return app.Span{Start: i, End: i + len(r)}
			}
		}
		t.Fatalf("%q not in text", s)
		return app.Span{}
	}
	cases := []struct {
		at   int
		want string
	}{
		{0, "First one."},
		{3, "First one."},
		{12, "Second “quoted.”"},
		{span("Third").Start, "Third?"},
		{span("line").Start, "Fourth line without end"},
		{len(text) + 5, "Fourth line without end"},
	}
	for _, c := range cases {
		got, ok := sentenceAround(text, c.at)
		if !ok || got != span(c.want) {
			t.Errorf("sentenceAround(%d) = %v %q, want %q", c.at, got, string(text[got.Start:got.End]), c.want)
		}
	}
	if _, ok := sentenceAround(nil, 0); ok {
		t.Error("empty text gave a sentence")
	}
}

func TestGuessEventType(t *testing.T) {
	for text, want := range map[string]app.EventType{
		"A car bomb exploded near the port":           app.EventBombing,
		"Police arrested two men":                     app.EventArrest,
		"The group claimed responsibility":            app.EventClaim,
		"Ribeiro met envoys of the cooperative":       app.EventMeeting,
		"The metal works closed":                      app.EventOther,
		"Hackers breached the ministry's mail server": app.EventCyberIntrusion,
		"Nothing happened":                            app.EventOther,
	} {
		if got := guessEventType(text); got != want {
			t.Errorf("guessEventType(%q) = %s, want %s", text, got, want)
		}
	}
}

func TestDateOrderAndMoves(t *testing.T) {
	d := func(v string) app.Date { x, _ := app.ParseDate(v); return x }
	evs := []app.Event{{ID: 1, Date: d("2024-03-07")}, {ID: 2}, {ID: 3, Date: d("2024-03")}, {ID: 4, Date: d("2023")}}
	if got := eventIDs(byDate(evs)); !slices.Equal(got, []int64{4, 3, 1, 2}) {
		t.Errorf("byDate = %v, want undated last, month before its days", got)
	}
	if inDateOrder(evs) || !inDateOrder(byDate(evs)) {
		t.Error("inDateOrder is wrong")
	}
	ids := []int64{1, 2, 3}
	for _, c := range []struct {
		i, dir int
		want   []int64
		ok     bool
	}{{0, 1, []int64{2, 1, 3}, true}, {2, -1, []int64{1, 3, 2}, true}, {0, -1, nil, false}, {2, 1, nil, false}, {-1, 1, nil, false}} {
		got, ok := moved(ids, c.i, c.dir)
		if ok != c.ok || !slices.Equal(got, c.want) {
			t.Errorf("moved(%d, %d) = %v %v, want %v %v", c.i, c.dir, got, ok, c.want, c.ok)
		}
	}
	if !slices.Equal(ids, []int64{1, 2, 3}) {
		t.Error("moved changed its input")
	}
}

func TestEventFacts(t *testing.T) {
	e := app.Event{Type: app.EventCyberIntrusion, Status: app.StatusSuggested,
		Date: app.Date{Value: "2024-03", Precision: app.PrecisionMonth}, Evidence: make([]app.Evidence, 2)}
	if got, want := eventFacts(e, "Port Halden"), "suggested · March 2024 · cyber intrusion · Port Halden · 2 sources"; got != want {
		t.Errorf("eventFacts = %q, want %q", got, want)
	}
	e.Status, e.Date, e.Evidence = app.StatusAccepted, app.Date{}, nil
	if got, want := eventFacts(e, ""), "date unknown · cyber intrusion"; got != want {
		t.Errorf("eventFacts = %q, want %q", got, want)
	}
}

func TestWholeWords(t *testing.T) {
	text := []rune("Officers seized 40 rifles.")
	for _, c := range []struct {
		in, want app.Span
	}{
		{app.Span{Start: 14, End: 21}, app.Span{Start: 9, End: 25}}, // "d 40 ri" -> "seized 40 rifles"
		{app.Span{Start: 9, End: 15}, app.Span{Start: 9, End: 15}},  // already whole
		{app.Span{Start: 0, End: 26}, app.Span{Start: 0, End: 26}},
		{app.Span{Start: 15, End: 16}, app.Span{Start: 15, End: 16}}, // a space
	} {
		if got := wholeWords(text, c.in); got != c.want {
			t.Errorf("wholeWords(%v) = %v %q, want %v", c.in, got, string(text[got.Start:got.End]), c.want)
		}
	}
}
