package ui

import (
	"strings"
	"testing"

	"dossier/app"
)

func TestGroupMentionsByEntity(t *testing.T) {
	ms := []app.Mention{
		{ID: 1, Span: spanOf(t, harbour, "Ana Ribeiro", 0), Type: app.TypePerson, Text: "Ana Ribeiro", EntityID: 7, Status: app.StatusAccepted},
		{ID: 2, Span: spanOf(t, harbour, "Port Halden", 0), Type: app.TypeLoc, Text: "Port Halden", Status: app.StatusSuggested},
		{ID: 3, Span: spanOf(t, harbour, "Ribeiro", 1), Type: app.TypePerson, Text: "Ribeiro", EntityID: 7, Status: app.StatusRejected},
		{ID: 4, Span: spanOf(t, harbour, "Tuesday", 0), Type: app.TypeDate, Text: "Tuesday", EntityID: 9, Status: app.StatusRejected},
	}
	rows := groupMentions(ms)
	want := []struct {
		header   bool
		id       int64
		rejected bool
		has      string
	}{
		{true, 1, false, "Ana Ribeiro"},
		{false, 1, false, "accepted"},
		{false, 3, true, "rejected"},
		{true, 2, false, "Port Halden (no entity)"},
		{false, 2, false, "suggested"},
		{true, 4, true, "Tuesday"},
		{false, 4, true, "rejected"},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(rows), len(want), rows)
	}
	for i, w := range want {
		r := rows[i]
		if r.header != w.header || r.id != w.id || r.rejected != w.rejected || !strings.Contains(r.text, w.has) {
			t.Errorf("row %d = %+v, want %+v", i, r, w)
		}
	}
	if rows[0].count != "PERSON ×1" {
		t.Errorf("header count %q, want PERSON ×1 (rejected not counted)", rows[0].count)
	}
}

func TestKwic(t *testing.T) {
	text := []rune("one two\nthree four five")
	for _, c := range []struct {
		sp          app.Span
		left, right int
		want        string
	}{
		{app.Span{Start: 4, End: 7}, 4, 4, "one «two» thr…"},
		{app.Span{Start: 4, End: 7}, 2, 6, "…e «two» three…"},
		{app.Span{Start: 0, End: 3}, 2, 2, "«one» t…"},
		{app.Span{Start: 19, End: 23}, 3, 3, "…ur «five»"},
		{app.Span{Start: 5, End: 99}, 3, 3, ""},
	} {
		if got := kwic(text, c.sp, c.left, c.right); got != c.want {
			t.Errorf("kwic(%v, %d, %d) = %q, want %q", c.sp, c.left, c.right, got, c.want)
		}
	}
}

func TestMentionPanelFollowsAndSetsTheCurrentMention(t *testing.T) {
	f := newArticleFixture(t)
	p := f.v.mentions
	m := f.mustMentionAt(t, "Port Halden", 1)
	f.v.setCurrent(m.ID)
	row := -1
	for i, r := range p.rows {
		if !r.header && r.id == m.ID {
			row = i
		}
	}
	if row < 0 {
		t.Fatal("the mention has no row")
	}
	drawn := newMentionRow().(*mentionRow)
	p.updateRow(row, drawn)
	if drawn.count.Text != "suggested" || !strings.Contains(drawn.text.Text, "leave «Port Halden» within") {
		t.Errorf("mention row reads %q, %q", drawn.text.Text, drawn.count.Text)
	}
	p.updateRow(0, drawn)
	if drawn.text.Text != "Ana Ribeiro" || drawn.count.Text != "PERSON ×3" {
		t.Errorf("first header reads %q, %q", drawn.text.Text, drawn.count.Text)
	}
	other := f.mustMentionAt(t, "Tuesday", 0)
	for i, r := range p.rows {
		if !r.header && r.id == other.ID {
			p.list.Select(i)
		}
	}
	if f.v.current != other.ID {
		t.Errorf("choosing a row made %d current, want %d", f.v.current, other.ID)
	}
	// Rejected mentions stay listed, greyed.
	f.press("r")
	found := false
	for _, r := range p.rows {
		if r.id == other.ID && !r.header {
			found = r.rejected
		}
	}
	if !found {
		t.Error("the rejected mention is not listed as rejected")
	}
}

func TestLegendCountsLiveMentions(t *testing.T) {
	f := newArticleFixture(t)
	counts := legendCounts(f.v.ms)
	if counts[app.TypePerson] != 3 || counts[app.TypeLoc] != 2 {
		t.Errorf("counts %v", counts)
	}
	f.v.setCurrent(f.mustMentionAt(t, "Tuesday", 0).ID)
	f.press("r")
	if n := legendCounts(f.v.ms)[app.TypeDate]; n != 0 {
		t.Errorf("DATE count %d after rejecting the only date", n)
	}
	if len(f.v.legend.box.Objects) != len(app.NameTypes) {
		t.Errorf("legend has %d entries, want the %d name types", len(f.v.legend.box.Objects), len(app.NameTypes))
	}
}
