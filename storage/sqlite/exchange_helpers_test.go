package sqlite_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"dossier/app"
	"dossier/storage/sqlite"
)

// richFile is the fixture's case file with analysts' work of every kind on
// it: decided, noted and hand-made mentions, a renamed entity with notes,
// events of every date precision, two cases (one closed, one reordered)
// and links between entities and between events.
type richFile struct {
	fixture
	coastal, closed int64 // cases
	week, month     int64 // events
}

func newRichFile(t *testing.T) richFile {
	t.Helper()
	f := richFile{fixture: newFixture(t)}
	s := f.s
	at := func(sub string, n int) int64 { return mentionAt(t, s, f.convoy, convoyText, sub, n).ID }
	mustDo(t, s, app.SetMentionStatus{MentionIDs: []int64{at("Colin P. Clarke", 0)}, Status: app.StatusAccepted})
	mustDo(t, s, app.SetMentionStatus{MentionIDs: []int64{at("Soufan Group", 0)}, Status: app.StatusRejected})
	mustDo(t, s, app.SetMentionNote{MentionID: at("Clarke", 1), Note: "same person?"})
	for _, m := range []app.AddMention{
		{ArticleID: f.zurich, Span: span(t, zurichText, "Émile Durand", 0), Type: app.TypePerson, EntityID: f.durand},
		{ArticleID: f.zurich, Span: span(t, zurichText, "Genève", 0), Type: app.TypeLoc, EntityID: f.city},
		{ArticleID: f.zurich, Span: span(t, zurichText, "Ærø", 0), Type: app.TypeLoc},
		{ArticleID: f.zurich, Span: span(t, zurichText, "3 März", 0), Type: app.TypeDate},
	} {
		mustDo(t, s, m)
	}
	mustDo(t, s, app.RenameEntity{EntityID: f.agency, Name: "Coastal Guard Agency of Zürich"})
	mustDo(t, s, app.SetEntityNotes{EntityID: f.durand, Notes: "Met port officials.\nSee the Zürich article."})
	ids := map[string]int64{}
	for _, d := range []string{"2024-03", "2024-03-04", "2024-W10", "2024", "2024-03-01/2024-03-07"} {
		e := f.meeting(t)
		e.Date, _ = app.ParseDate(d)
		e.Title += " (" + d + ")"
		if d == "2024-03-04" {
			e.Type, e.Casualties, e.Credibility, e.LocationID = app.EventArrest, app.Casualties{Killed: 0, Injured: 2}, 0, 0
			e.Participants = []app.Participant{{EntityID: f.iskp, Role: app.RolePerpetrator}, {EntityID: f.durand, Role: app.RoleTarget}}
			e.Evidence = append(e.Evidence, cite(t, f.convoy, convoyText, "Clarke added that the ISKP cell was probably small"))
		}
		ids[d] = f.create(t, e)
	}
	f.week, f.month = ids["2024-W10"], ids["2024-03"]
	mustDo(t, s, app.SetEventStatus{EventIDs: []int64{ids["2024"]}, Status: app.StatusRejected})
	f.coastal = mustDo(t, s, app.CreateCase{Title: "Coastal inquiry", Summary: "**Durand** and the port."}).IDs[0]
	mustDo(t, s, app.AddToCase{CaseID: f.coastal, EventIDs: []int64{ids["2024-03-04"], f.month, f.suggested, f.week}})
	mustDo(t, s, app.ReorderCase{CaseID: f.coastal, EventIDs: []int64{f.week, f.month, ids["2024-03-04"], f.suggested}})
	f.closed = mustDo(t, s, app.CreateCase{Title: "Closed lead"}).IDs[0]
	mustDo(t, s, app.AddToCase{CaseID: f.closed, EventIDs: []int64{ids["2024-03-01/2024-03-07"]}})
	mustDo(t, s, app.SetCaseField{CaseID: f.closed, Field: app.CaseFieldStatus, Value: string(app.CaseClosed)})
	for _, l := range []app.Link{
		{Kind: app.LinkMemberOf, FromKind: app.TargetEntity, FromID: f.durand, ToKind: app.TargetEntity, ToID: f.agency,
			Evidence: []app.Evidence{cite(t, f.zurich, zurichText, "Émile Durand of the Coastal Guard Agency")}, Note: "per the Zürich report"},
		{CaseID: f.coastal, Kind: app.LinkPrecedes, FromKind: app.TargetEvent, FromID: f.week, ToKind: app.TargetEvent, ToID: f.month},
		{Kind: app.LinkRelated, FromKind: app.TargetEvent, FromID: ids["2024"], ToKind: app.TargetEvent, ToID: f.month},
	} {
		mustDo(t, s, app.CreateLink{Link: l})
	}
	return f
}

// viaJSON sends an exchange through its JSON encoding, as a file would.
func viaJSON(t testing.TB, x app.Exchange) app.Exchange {
	t.Helper()
	b, err := json.Marshal(x)
	if err != nil {
		t.Fatal(err)
	}
	var out app.Exchange
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// exchangeDiff compares two exchanges as JSON, leaving out the export
// time, and names the first line that differs.
func exchangeDiff(t testing.TB, want, got app.Exchange) string {
	t.Helper()
	want.Exported = got.Exported
	a, err := json.MarshalIndent(want, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(got, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range max(len(la), len(lb)) {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			return fmt.Sprintf("line %d: want %s\n got %s", i+1, x, y)
		}
	}
	return ""
}

// logLen is the number of rows of a case file's log.
func logLen(t testing.TB, s *sqlite.Store) int {
	t.Helper()
	entries, err := s.Log(ctx, 100000, 0)
	if err != nil {
		t.Fatal(err)
	}
	return len(entries)
}
