package app_test

import (
	"testing"

	"dossier/app"
)

func TestSpanSliceCountsCodePoints(t *testing.T) {
	text := "İzmir’s port — 港口 😀 end"
	tests := []struct {
		span app.Span
		want string
	}{
		{app.Span{Start: 0, End: 5}, "İzmir"},
		{app.Span{Start: 15, End: 17}, "港口"},
		{app.Span{Start: 18, End: 19}, "😀"},
		{app.Span{Start: 20, End: 23}, "end"},
		{app.Span{Start: 23, End: 23}, ""},
		{app.Span{Start: 20, End: 24}, ""}, // past the end
		{app.Span{Start: -1, End: 2}, ""},
	}
	for _, tt := range tests {
		if got := tt.span.Slice(text); got != tt.want {
			t.Errorf("%v.Slice = %q, want %q", tt.span, got, tt.want)
		}
	}
}

func TestDateKeepsItsPrecision(t *testing.T) {
	tests := []struct {
		value, want string
		precision   app.Precision
	}{
		{"2024-03-07", "7 March 2024", app.PrecisionDay},
		{"2024-03", "March 2024", app.PrecisionMonth},
		{"2024", "2024", app.PrecisionYear},
		{"2024-W10", "week 10 of 2024", app.PrecisionWeek},
		{"2022/2024", "2022 – 2024", app.PrecisionRange},
		{"2024-03-01/2024-03-07", "1 March 2024 – 7 March 2024", app.PrecisionRange},
	}
	for _, tt := range tests {
		d, err := app.ParseDate(tt.value)
		if err != nil {
			t.Fatalf("ParseDate(%q): %v", tt.value, err)
		}
		if d.Precision != tt.precision || d.String() != tt.want {
			t.Errorf("%q: precision %q, shown %q; want %q, %q", tt.value, d.Precision, d.String(), tt.precision, tt.want)
		}
	}
	for _, bad := range []string{"March 2024", "2024-13", "2024-W60", "x/2024"} {
		if _, err := app.ParseDate(bad); app.ErrorCode(err) != app.EINVALID {
			t.Errorf("ParseDate(%q) = %v, want an EINVALID error", bad, err)
		}
	}
}

func TestDateBoundsCoverThePeriod(t *testing.T) {
	d, _ := app.ParseDate("2024-W01")
	from, to, ok := d.Bounds()
	if !ok || from.Format("2006-01-02") != "2024-01-01" || to.Format("2006-01-02") != "2024-01-08" {
		t.Errorf("2024-W01 bounds %v–%v", from, to)
	}
}

func TestCommandsValidate(t *testing.T) {
	bad := []app.Command{
		app.ImportArticles{},
		app.SetArticleField{ArticleID: 1, Field: "colour"},
		app.SetArticleField{ArticleID: 1, Field: app.FieldGrade, Value: "G"},
		app.AddMention{ArticleID: 1, Span: app.Span{Start: 5, End: 5}, Type: app.TypeLoc},
		app.MergeEntities{FromID: 3, IntoID: 3},
		app.CreateEvent{Event: app.Event{Type: "PICNIC", Title: "x"}},
		app.CreateEvent{Event: app.Event{Type: app.EventAttack, Title: "x", Credibility: 7}},
		app.SetCaseField{CaseID: 1, Field: app.CaseFieldStatus, Value: "pending"},
		app.CreateLink{Link: app.Link{Kind: app.LinkPrecedes, FromKind: app.TargetEvent, FromID: 1, ToKind: app.TargetEvent, ToID: 1}},
	}
	for _, c := range bad {
		if err := c.Validate(); app.ErrorCode(err) != app.EINVALID {
			t.Errorf("%s %+v: Validate = %v, want EINVALID", c.CommandName(), c, err)
		}
	}
	good := app.AddMention{ArticleID: 1, Span: app.Span{Start: 0, End: 4}, Type: app.TypeLoc}
	if err := good.Validate(); err != nil {
		t.Errorf("valid AddMention: %v", err)
	}
}
