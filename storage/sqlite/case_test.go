package sqlite_test

import (
	"slices"
	"strings"
	"testing"

	"dossier/app"
)

func TestCaseCommands(t *testing.T) {
	f := newFixture(t)
	a, b := f.create(t, f.meeting(t)), f.create(t, f.meeting(t))
	var cs int64
	t.Run("OKCreate", func(t *testing.T) {
		cs = mustDo(t, f.s, app.CreateCase{Title: " Port   of Genève ", Summary: "Who met whom."}).IDs[0]
		c, err := f.s.Case(ctx, cs)
		if err != nil || c.Title != "Port of Genève" || c.Status != app.CaseOpen || c.Summary != "Who met whom." || c.EventIDs == nil {
			t.Errorf("case %+v, %v", c, err)
		}
	})
	t.Run("ErrCreateNoTitle", func(t *testing.T) {
		_, err := f.s.Do(ctx, app.CreateCase{Title: "  "})
		wantCode(t, err, app.EINVALID)
	})
	t.Run("OKSetFields", func(t *testing.T) {
		mustDo(t, f.s, app.SetCaseField{CaseID: cs, Field: app.CaseFieldTitle, Value: "Genève port"})
		mustDo(t, f.s, app.SetCaseField{CaseID: cs, Field: app.CaseFieldSummary, Value: "## Summary\nTwo meetings."})
		mustDo(t, f.s, app.SetCaseField{CaseID: cs, Field: app.CaseFieldStatus, Value: "closed"})
		c, _ := f.s.Case(ctx, cs)
		if c.Title != "Genève port" || c.Summary != "## Summary\nTwo meetings." || c.Status != app.CaseClosed {
			t.Errorf("case %+v", c)
		}
		log, _ := f.s.Log(ctx, 1, 0)
		if log[0].Summary != "Closed the case “Genève port”" {
			t.Errorf("summary %q", log[0].Summary)
		}
	})
	for _, tt := range []struct {
		name string
		cmd  app.Command
		code string
	}{
		{"ErrSetMissing", app.SetCaseField{CaseID: 99, Field: app.CaseFieldTitle, Value: "x"}, app.ENOTFOUND},
		{"ErrSetStatus", app.SetCaseField{CaseID: cs, Field: app.CaseFieldStatus, Value: "paused"}, app.EINVALID},
		{"ErrSetField", app.SetCaseField{CaseID: cs, Field: "colour", Value: "red"}, app.EINVALID},
		{"ErrAddMissingCase", app.AddToCase{CaseID: 99, EventIDs: []int64{a}}, app.ENOTFOUND},
		{"ErrAddMissingEvent", app.AddToCase{CaseID: cs, EventIDs: []int64{a, 999}}, app.ENOTFOUND},
		{"ErrAddNone", app.AddToCase{CaseID: cs}, app.EINVALID},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.s.Do(ctx, tt.cmd)
			wantCode(t, err, tt.code)
		})
	}
	t.Run("OKAdd", func(t *testing.T) {
		mustDo(t, f.s, app.AddToCase{CaseID: cs, EventIDs: []int64{b, a}})
		mustDo(t, f.s, app.AddToCase{CaseID: cs, EventIDs: []int64{a, f.suggested, f.suggested}})
		if c, _ := f.s.Case(ctx, cs); !slices.Equal(c.EventIDs, []int64{b, a, f.suggested}) {
			t.Errorf("events %v", c.EventIDs)
		}
	})
	t.Run("ErrAddAllPresent", func(t *testing.T) {
		_, err := f.s.Do(ctx, app.AddToCase{CaseID: cs, EventIDs: []int64{a, b}})
		wantCode(t, err, app.ECONFLICT)
	})
	testReorderCase(t, f, cs, []int64{b, a, f.suggested})
	t.Run("OKRemove", func(t *testing.T) {
		mustDo(t, f.s, app.RemoveFromCase{CaseID: cs, EventIDs: []int64{a}})
		c, _ := f.s.Case(ctx, cs)
		if !slices.Equal(c.EventIDs, []int64{f.suggested, b}) {
			t.Errorf("events %v", c.EventIDs)
		}
		if _, err := f.s.Event(ctx, a); err != nil {
			t.Errorf("the event itself went: %v", err)
		}
	})
	t.Run("ErrRemoveNotIn", func(t *testing.T) {
		_, err := f.s.Do(ctx, app.RemoveFromCase{CaseID: cs, EventIDs: []int64{b, a}})
		wantCode(t, err, app.ENOTFOUND)
		if c, _ := f.s.Case(ctx, cs); len(c.EventIDs) != 2 {
			t.Error("a failed command took an event out")
		}
	})
	t.Run("OKCases", func(t *testing.T) {
		other := mustDo(t, f.s, app.CreateCase{Title: "Empty"}).IDs[0]
		list, err := f.s.Cases(ctx)
		if err != nil || len(list) != 2 || list[0].ID != cs || !slices.Equal(list[0].EventIDs, []int64{f.suggested, b}) ||
			list[1].ID != other || list[1].EventIDs == nil || len(list[1].EventIDs) != 0 {
			t.Errorf("cases %+v, %v", list, err)
		}
		_, err = f.s.Case(ctx, 99)
		wantCode(t, err, app.ENOTFOUND)
	})
}

func testReorderCase(t *testing.T, f fixture, cs int64, have []int64) {
	x, y, z := have[0], have[1], have[2]
	t.Run("OKReorder", func(t *testing.T) {
		mustDo(t, f.s, app.ReorderCase{CaseID: cs, EventIDs: []int64{z, x, y}})
		if c, _ := f.s.Case(ctx, cs); !slices.Equal(c.EventIDs, []int64{z, x, y}) {
			t.Errorf("order %v", c.EventIDs)
		}
		evs, total, _ := f.s.Events(ctx, app.EventFilter{CaseID: cs})
		if total != 3 || evs[0].ID != z || evs[1].ID != x || evs[2].ID != y {
			t.Errorf("events of the case in order: %d %v", total, evs)
		}
	})
	for _, tt := range []struct {
		name  string
		order []int64
		want  string
	}{
		{"ErrReorderMissing", []int64{z, x}, "leaves out event"},
		{"ErrReorderExtra", []int64{z, x, y, 999}, "is not in the case"},
		{"ErrReorderTwice", []int64{z, x, x, y}, "appears twice"},
		{"ErrReorderOther", []int64{z, x, f.create(t, f.meeting(t))}, "is not in the case"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.s.Do(ctx, app.ReorderCase{CaseID: cs, EventIDs: tt.order})
			wantCode(t, err, app.EINVALID)
			if !strings.Contains(app.ErrorMessage(err), tt.want) {
				t.Errorf("message %q", app.ErrorMessage(err))
			}
		})
	}
	t.Run("ErrReorderMissingCase", func(t *testing.T) {
		_, err := f.s.Do(ctx, app.ReorderCase{CaseID: 99, EventIDs: have})
		wantCode(t, err, app.ENOTFOUND)
	})
}

func TestLinkCommands(t *testing.T) {
	f := newFixture(t)
	a, b := f.create(t, f.meeting(t)), f.create(t, f.meeting(t))
	cs := mustDo(t, f.s, app.CreateCase{Title: "Port"}).IDs[0]
	mustDo(t, f.s, app.AddToCase{CaseID: cs, EventIDs: []int64{a, b}})
	member := app.Link{Kind: app.LinkMemberOf, FromKind: app.TargetEntity, FromID: f.durand, ToKind: app.TargetEntity,
		ToID: f.agency, Note: "staff list", Evidence: []app.Evidence{cite(t, f.zurich, zurichText, "Émile Durand of the Coastal Guard Agency")}}
	var memberID, precedes, outside int64
	t.Run("OK", func(t *testing.T) {
		memberID = mustDo(t, f.s, app.CreateLink{Link: member}).IDs[0]
		precedes = mustDo(t, f.s, app.CreateLink{Link: app.Link{CaseID: cs, Kind: app.LinkPrecedes, FromKind: app.TargetEvent,
			FromID: a, ToKind: app.TargetEvent, ToID: b}}).IDs[0]
		outside = mustDo(t, f.s, app.CreateLink{Link: app.Link{Kind: app.LinkAffiliated, FromKind: app.TargetEntity,
			FromID: f.iskp, ToKind: app.TargetEntity, ToID: f.kandahar}}).IDs[0]
		all, err := f.s.Links(ctx, 0)
		if err != nil || len(all) != 3 || all[0].Note != "staff list" || len(all[0].Evidence) != 1 ||
			all[0].Evidence[0].Quote != "Émile Durand of the Coastal Guard Agency" || all[1].CaseID != cs {
			t.Errorf("links %+v, %v", all, err)
		}
		log, _ := f.s.Log(ctx, 3, 0)
		if log[2].Summary != "Linked “Émile Durand” to “Coastal Guard Agency” (member of)" {
			t.Errorf("summary %q", log[2].Summary)
		}
	})
	t.Run("OKLinksOfCase", func(t *testing.T) {
		// Tied to the case, or tied to none with both ends in it; not the ISKP link.
		got, err := f.s.Links(ctx, cs)
		if err != nil || len(got) != 2 || got[0].ID != memberID || got[1].ID != precedes {
			t.Errorf("links of the case %+v, %v", got, err)
		}
		_, err = f.s.Links(ctx, 99)
		wantCode(t, err, app.ENOTFOUND)
	})
	mod := func(change func(*app.Link)) app.Link {
		l := member
		l.Evidence = slices.Clone(l.Evidence)
		change(&l)
		return l
	}
	for _, tt := range []struct {
		name string
		l    app.Link
		code string
	}{
		{"ErrDuplicate", member, app.EDUPLICATE},
		{"ErrKindForEvents", mod(func(l *app.Link) { l.Kind = app.LinkPrecedes }), app.EINVALID},
		{"ErrKindForEntities", app.Link{Kind: app.LinkMemberOf, FromKind: app.TargetEvent, FromID: a, ToKind: app.TargetEvent, ToID: b}, app.EINVALID},
		{"ErrMixedEnds", mod(func(l *app.Link) { l.Kind, l.ToKind, l.ToID = app.LinkRelated, app.TargetEvent, a }), app.EINVALID},
		{"ErrSelf", mod(func(l *app.Link) { l.ToID = l.FromID }), app.EINVALID},
		{"ErrUnknownKind", mod(func(l *app.Link) { l.Kind = "knows" }), app.EINVALID},
		{"ErrMissingEnd", mod(func(l *app.Link) { l.ToID = 999 }), app.ENOTFOUND},
		{"ErrMissingEventEnd", app.Link{Kind: app.LinkCauses, FromKind: app.TargetEvent, FromID: a, ToKind: app.TargetEvent, ToID: 999}, app.ENOTFOUND},
		{"ErrMissingCase", mod(func(l *app.Link) { l.Kind, l.CaseID = app.LinkLeaderOf, 99 }), app.ENOTFOUND},
		{"ErrEvidenceOutside", mod(func(l *app.Link) { l.Kind, l.Evidence[0].End = app.LinkLeaderOf, 99999 }), app.EINVALID},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.s.Do(ctx, app.CreateLink{Link: tt.l})
			wantCode(t, err, tt.code)
		})
	}
	t.Run("OKDelete", func(t *testing.T) {
		mustDo(t, f.s, app.DeleteLink{LinkID: outside})
		if all, _ := f.s.Links(ctx, 0); len(all) != 2 {
			t.Errorf("links %+v", all)
		}
	})
	t.Run("ErrDeleteMissing", func(t *testing.T) {
		_, err := f.s.Do(ctx, app.DeleteLink{LinkID: outside})
		wantCode(t, err, app.ENOTFOUND)
	})
}

func TestRecordExport(t *testing.T) {
	f := newFixture(t)
	cs := mustDo(t, f.s, app.CreateCase{Title: "Port"}).IDs[0]
	sum := strings.Repeat("ab", 32)
	t.Run("OK", func(t *testing.T) {
		before := dump(t, f.s.Path(), allTables...)
		res := mustDo(t, f.s, app.RecordExport{CaseID: cs, Format: "pdf", Path: "/tmp/port.pdf", SHA256: strings.ToUpper(sum)})
		log, _ := f.s.Log(ctx, 1, 0)
		e := log[0]
		if res.Seq == 0 || e.Seq != res.Seq || e.Kind != app.LogRecord || e.Name != "export" || e.Actor != "tester" ||
			e.Target != "case 1" || e.Summary != "Exported the case “Port” as pdf to /tmp/port.pdf (SHA-256 "+sum+")" {
			t.Errorf("log row %+v", e)
		}
		if dump(t, f.s.Path(), allTables...) != before {
			t.Error("recording an export changed the content")
		}
		mustDo(t, f.s, app.RecordExport{Format: "json", SHA256: sum})
		if log, _ := f.s.Log(ctx, 1, 0); log[0].Summary != "Exported the whole case file as json (SHA-256 "+sum+")" {
			t.Errorf("summary %q", log[0].Summary)
		}
		if rep, err := f.s.Check(ctx); err != nil || !rep.OK() {
			t.Errorf("Check %+v, %v", rep, err)
		}
	})
	t.Run("OKUndoPassesOver", func(t *testing.T) {
		u, _, _ := f.s.UndoRedoState(ctx)
		if u == nil || u.Name != "case.create" {
			t.Fatalf("undo would act on %+v", u)
		}
		e, err := f.s.Undo(ctx)
		if err != nil || e.Name != "case.create" {
			t.Fatalf("undo %+v, %v", e, err)
		}
		// A record does not clear the redo stack either.
		mustDo(t, f.s, app.RecordExport{Format: "md", SHA256: sum})
		if _, r, _ := f.s.UndoRedoState(ctx); r == nil || r.Name != "case.create" {
			t.Errorf("redo would act on %+v", r)
		}
	})
	for _, tt := range []struct {
		name string
		cmd  app.RecordExport
		code string
	}{
		{"ErrMissingCase", app.RecordExport{CaseID: 99, Format: "md", SHA256: sum}, app.ENOTFOUND},
		{"ErrNoHash", app.RecordExport{Format: "md"}, app.EINVALID},
		{"ErrNotHex", app.RecordExport{Format: "md", SHA256: strings.Repeat("zz", 32)}, app.EINVALID},
		{"ErrNoFormat", app.RecordExport{SHA256: sum}, app.EINVALID},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.s.Do(ctx, tt.cmd)
			wantCode(t, err, tt.code)
		})
	}
}

func TestMergeKeepsLinksSane(t *testing.T) {
	f := newFixture(t)
	other := mustDo(t, f.s, app.CreateEntity{Type: app.TypePerson, Name: "E. Durand"}).IDs[0]
	link := func(from, to int64, kind app.LinkKind) int64 {
		return mustDo(t, f.s, app.CreateLink{Link: app.Link{Kind: kind, FromKind: app.TargetEntity, FromID: from,
			ToKind: app.TargetEntity, ToID: to}}).IDs[0]
	}
	link(other, f.durand, app.LinkRelated)
	kept := link(other, f.agency, app.LinkMemberOf)
	before := dump(t, f.s.Path(), allTables...)
	mustDo(t, f.s, app.MergeEntities{FromID: other, IntoID: f.durand})
	links, _ := f.s.Links(ctx, 0)
	if len(links) != 1 || links[0].ID != kept || links[0].FromID != f.durand {
		t.Errorf("links after merge %+v", links)
	}
	if _, err := f.s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	if got := dump(t, f.s.Path(), allTables...); got != before {
		t.Errorf("undo of the merge:\n%s", diff(before, got))
	}
}

// TestAddToCaseInDateOrder: a case in date order stays so in one command
// (one undo); a case ordered by hand keeps its order.
func TestAddToCaseInDateOrder(t *testing.T) {
	f := newFixture(t)
	dated := func(title, date string) int64 {
		e := f.meeting(t)
		e.Title, e.Date = title, app.Date{Value: date, Precision: app.PrecisionDay}
		return f.create(t, e)
	}
	march, may, april := dated("March", "2024-03-01"), dated("May", "2024-05-01"), dated("April", "2024-04-01")
	cs := mustDo(t, f.s, app.CreateCase{Title: "Dated"}).IDs[0]
	mustDo(t, f.s, app.AddToCase{CaseID: cs, EventIDs: []int64{march, may}, InDateOrder: true})
	mustDo(t, f.s, app.AddToCase{CaseID: cs, EventIDs: []int64{april}, InDateOrder: true})
	order := func() []int64 {
		c, err := f.s.Case(ctx, cs)
		if err != nil {
			t.Fatal(err)
		}
		return c.EventIDs
	}
	if got, want := order(), []int64{march, april, may}; !slices.Equal(got, want) {
		t.Fatalf("order %v, want %v (date order kept)", got, want)
	}
	if _, err := f.s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := order(), []int64{march, may}; !slices.Equal(got, want) {
		t.Fatalf("after one undo %v, want %v", got, want)
	}
	mustDo(t, f.s, app.ReorderCase{CaseID: cs, EventIDs: []int64{may, march}}) // by hand
	mustDo(t, f.s, app.AddToCase{CaseID: cs, EventIDs: []int64{april}, InDateOrder: true})
	if got, want := order(), []int64{may, march, april}; !slices.Equal(got, want) {
		t.Fatalf("hand order %v, want %v (appended)", got, want)
	}
}

// TestCasesHoldAcceptedEvents: adding a suggestion to a case accepts it in
// the same command; a rejected event is refused; rejecting or reopening an
// event takes it out of its cases. One undo reverts each.
func TestCasesHoldAcceptedEvents(t *testing.T) {
	f := newFixture(t)
	manual := f.create(t, f.meeting(t))
	cs := mustDo(t, f.s, app.CreateCase{Title: "Port"}).IDs[0]
	status := func(id int64) app.Status {
		e, err := f.s.Event(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return e.Status
	}
	members := func() []int64 {
		c, err := f.s.Case(ctx, cs)
		if err != nil {
			t.Fatal(err)
		}
		return c.EventIDs
	}
	undo := func() {
		if _, err := f.s.Undo(ctx); err != nil {
			t.Fatal(err)
		}
	}

	res := mustDo(t, f.s, app.AddToCase{CaseID: cs, EventIDs: []int64{manual, f.suggested}})
	if status(f.suggested) != app.StatusAccepted {
		t.Errorf("a suggestion added to a case is %s, want accepted", status(f.suggested))
	}
	if log, _ := f.s.Log(ctx, 1, 0); !strings.Contains(log[0].Summary, "accepting 1 suggestion") || res.Summary != log[0].Summary {
		t.Errorf("log summary %q, result summary %q: want both to say the suggestion was accepted", log[0].Summary, res.Summary)
	}
	undo()
	if status(f.suggested) != app.StatusSuggested || len(members()) != 0 {
		t.Errorf("after undo: %s, case %v; want the suggestion back and the case empty", status(f.suggested), members())
	}

	mustDo(t, f.s, app.AddToCase{CaseID: cs, EventIDs: []int64{manual, f.suggested}})
	mustDo(t, f.s, app.SetEventStatus{EventIDs: []int64{f.suggested}, Status: app.StatusRejected})
	if got := members(); !slices.Equal(got, []int64{manual}) {
		t.Errorf("case %v after rejecting an event in it, want [%d]", got, manual)
	}
	if log, _ := f.s.Log(ctx, 1, 0); !strings.HasSuffix(log[0].Summary, "and took it out of 1 case") {
		t.Errorf("log summary %q does not say the event left its case", log[0].Summary)
	}
	_, err := f.s.Do(ctx, app.AddToCase{CaseID: cs, EventIDs: []int64{f.suggested}})
	wantCode(t, err, app.ECONFLICT)
	undo() // the rejection
	if got := members(); !slices.Equal(got, []int64{manual, f.suggested}) || status(f.suggested) != app.StatusAccepted {
		t.Errorf("after undoing the rejection: case %v, %s; want both events back in place, accepted", got, status(f.suggested))
	}
	mustDo(t, f.s, app.SetEventStatus{EventIDs: []int64{manual}, Status: app.StatusSuggested})
	if got := members(); !slices.Equal(got, []int64{f.suggested}) {
		t.Errorf("case %v after reopening an event, want only [%d]", got, f.suggested)
	}
}
