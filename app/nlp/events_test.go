package nlp

import (
	"testing"

	"dossier/app"
)

func TestEvents(t *testing.T) {
	text := "Gunmen from the Red Dune Front attacked a police post in Tarbesa on Monday, killing at least 12 " +
		"people, the Interior Ministry said. More than 30 people were wounded. The attack was the worst this year.\n\n" +
		"Police arrested four suspects in Dornholm on Tuesday, Inspector Hanne Voll said.\n\n" +
		"The Velmora Council warned of further violence."
	x := extract(t, text)
	if len(x.Events) != 3 {
		t.Fatalf("got %d events, want 3 (attack, arrest, warning): %+v", len(x.Events), x.Events)
	}
	atk, arr, warn := x.Events[0], x.Events[1], x.Events[2]
	if atk.Type != app.EventAttack || app.Span(atk.Trigger).Slice(text) != "attacked" {
		t.Errorf("first event %s %q, want ATTACK on 'attacked'", atk.Type, atk.Trigger.Slice(text))
	}
	if atk.Date.Value != "2025-03-10" || atk.Location != "Tarbesa" {
		t.Errorf("attack date %q place %q", atk.Date.Value, atk.Location)
	}
	if atk.Casualties.Killed != 12 || atk.Casualties.Injured != 30 {
		t.Errorf("casualties %+v, want 12 killed, 30 injured", atk.Casualties)
	}
	roles := map[string]app.Role{}
	for _, p := range atk.Participants {
		roles[p.Entity] = p.Role
	}
	if roles["Red Dune Front"] != app.RolePerpetrator || roles["Interior Ministry"] != app.RoleReporter {
		t.Errorf("attack roles %v", roles)
	}
	if arr.Type != app.EventArrest || arr.Date.Value != "2025-03-11" || arr.Location != "Dornholm" {
		t.Errorf("arrest %+v", arr)
	}
	if warn.Type != app.EventWarning {
		t.Errorf("third event %s, want WARNING", warn.Type)
	}
}

func TestEventNotTriggers(t *testing.T) {
	cases := map[string]string{
		"modifier noun":  "The ship carried engines for attack drones.",
		"adjectival":     "They demanded the release of a jailed reporter.",
		"plain sentence": "The committee discussed the budget.",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			if x := extract(t, text); len(x.Events) != 0 {
				t.Errorf("%q: unexpected events %+v", text, x.Events)
			}
		})
	}
}

func TestEventPassiveAgent(t *testing.T) {
	text := "The bombing of the Kessel bridge was carried out by the Red Dune Front, police said."
	x := extract(t, text)
	if len(x.Events) != 1 {
		t.Fatalf("events %+v", x.Events)
	}
	for _, p := range x.Events[0].Participants {
		if p.Entity == "Red Dune Front" && p.Role != app.RolePerpetrator {
			t.Errorf("Red Dune Front is %s, want perpetrator", p.Role)
		}
	}
}
