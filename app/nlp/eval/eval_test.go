package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"dossier/app"
)

// fixed is an extractor that returns a canned extraction.
type fixed app.Extraction

func (f fixed) Extract(context.Context, string, time.Time) (app.Extraction, error) {
	return app.Extraction(f), nil
}

const goldLine = `{"id":"t1","published":"2025-03-12","text":"Ann Lee met Bob Roe in Oslo. Lee left on Monday.",` +
	`"entities":[{"start":0,"end":7,"type":"PERSON","id":"ann_lee"},{"start":12,"end":19,"type":"PERSON","id":"bob_roe"},` +
	`{"start":23,"end":27,"type":"LOC","id":"oslo"},{"start":29,"end":32,"type":"PERSON","id":"ann_lee"},` +
	`{"start":41,"end":47,"type":"DATE","id":"2025-03-10"}],` +
	`"events":[{"type":"MEETING","trigger":"met","start":8,"end":11,"date":"2025-03-10","location":"oslo",` +
	`"participants":[{"entity":"ann_lee","role":"agent"},{"entity":"bob_roe","role":"target"}]}]}`

func TestRun(t *testing.T) {
	m := func(s, e int, typ app.EntityType, ent string) app.ExtractedMention {
		return app.ExtractedMention{Span: app.Span{Start: s, End: e}, Type: typ, Entity: ent}
	}
	x := app.Extraction{
		Mentions: []app.ExtractedMention{
			m(0, 7, app.TypePerson, "Ann Lee"),
			m(12, 16, app.TypePerson, "Bob"),     // lenient only
			m(23, 27, app.TypeOrg, "Oslo"),       // wrong type
			m(29, 32, app.TypePerson, "Ann Lee"), // linked to Ann Lee
			{Span: app.Span{Start: 41, End: 47}, Type: app.TypeDate, Date: app.Date{Value: "2025-03-10", Precision: app.PrecisionDay}},
		},
		Events: []app.SuggestedEvent{{Type: app.EventArrest, Trigger: app.Span{Start: 8, End: 11},
			Date: app.Date{Value: "2025-03-11"}, Location: "Oslo", Participants: []app.SuggestedParticipant{
				{Entity: "Ann Lee", Role: app.RoleAgent}, {Entity: "Bob Roe", Role: app.RoleAgent}, {Entity: "Carl", Role: app.RoleOther}}},
			{Type: app.EventAttack, Trigger: app.Span{Start: 33, End: 37}}},
	}
	s, err := Run(context.Background(), fixed(x), strings.NewReader(goldLine+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var person Score
	for _, sc := range s.Types {
		if sc.Name == "PERSON" {
			person = sc
		}
	}
	if person.Strict.TP != 2 || person.Strict.FP != 1 || person.Strict.FN != 1 || person.Lenient.TP != 3 {
		t.Errorf("PERSON %+v", person)
	}
	if s.Names.Strict.TP != 3 || s.Names.Strict.FP != 2 || s.Names.Strict.FN != 2 {
		t.Errorf("names %+v", s.Names.Strict)
	}
	if s.DateValue.Correct != 1 || s.DateValue.Total != 1 {
		t.Errorf("date value %+v", s.DateValue)
	}
	// Gold links: (Ann, Lee). Predicted among matched: (Ann, Lee). Bob alone.
	if s.Alias.TP != 1 || s.Alias.FP != 0 || s.Alias.FN != 0 {
		t.Errorf("alias %+v", s.Alias)
	}
	if s.Events.TP != 1 || s.Events.FP != 1 || s.Events.FN != 0 || s.EventType.Correct != 0 {
		t.Errorf("events %+v type %+v", s.Events, s.EventType)
	}
	if s.EventDate != (Accuracy{0, 1, 0}) || s.EventPlace != (Accuracy{1, 1, 1}) {
		t.Errorf("event date %+v place %+v; want the wrong day and the right place", s.EventDate, s.EventPlace)
	}
	// Participants: Ann Lee and Bob Roe found, Carl not in gold; roles: Ann's right, Bob's wrong.
	if p := s.Participants; p.TP != 2 || p.FP != 1 || p.FN != 0 {
		t.Errorf("participants %+v", p)
	}
	if r := s.Roles; r.TP != 1 || r.FP != 2 || r.FN != 1 {
		t.Errorf("roles %+v", r)
	}
	var table bytes.Buffer
	s.WriteTable(&table)
	if !strings.Contains(table.String(), "PERSON/ORG/LOC/DATE") || !strings.Contains(table.String(), "place 1/1") {
		t.Errorf("table:\n%s", table.String())
	}
	if _, err := json.Marshal(s); err != nil {
		t.Fatal(err)
	}
}

func TestRunBadGold(t *testing.T) {
	_, err := Run(context.Background(), fixed{}, strings.NewReader("{not json\n"))
	if app.ErrorCode(err) != app.EINVALID {
		t.Fatalf("got %v, want EINVALID", err)
	}
}
