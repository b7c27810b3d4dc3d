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
		"modifier noun":        "The ship carried engines for attack drones.",
		"adjectival":           "They demanded the release of a jailed reporter.",
		"plain sentence":       "The committee discussed the budget.",
		"negated":              "Her husband, who has not been charged, said the family would stay abroad.",
		"negated no one":       "No one was arrested that night, the police said.",
		"statement":            "In a statement released on Monday, the group thanked its supporters.",
		"released video":       "The coast guard released video of the encounter.",
		"released funds":       "The bank released €500,000 for the reconstruction.",
		"criticism":            "A network of fake sites published articles attacking the government's plan.",
		"sanctions in general": "Foreign banks that handle the payments risk secondary sanctions.",
		"an appeal":            "The foreign ministry urged both sides to show restraint.",
		"hypothetical":         "Officials feared a possible attack on the port.",
		"prevention":           "The law aims to prevent such attacks.",
		"habitual":             "The group has been stepping up its external attacks.",
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

func TestEventSensesThatAreEvents(t *testing.T) {
	cases := map[string]app.EventType{
		"Two hostages were released on Friday after talks with the kidnappers.": app.EventOther,
		"The council imposed sanctions on three shipping firms.":                app.EventSanction,
		"The government announced new sanctions against the militia.":           app.EventSanction,
		"Gunmen attacked a convoy near the border.":                             app.EventAttack,
	}
	for text, want := range cases {
		x := extract(t, text)
		if len(x.Events) == 0 || x.Events[0].Type != want {
			t.Errorf("%q: events %+v, want a %s first", text, x.Events, want)
		}
	}
}

// TestEventDateRefinedByALaterMention: "a bombing … this year" followed by
// "the blast … on Saturday" is one event dated to the day.
func TestEventDateRefinedByALaterMention(t *testing.T) {
	text := "The Red Dune Front claimed a bombing at a market in Mali, one of the deadliest this year.\n\n" +
		"The blast struck the market in Tarbesa on Saturday morning."
	x := extract(t, text)
	var bombs []app.SuggestedEvent
	for _, e := range x.Events {
		if e.Type == app.EventBombing {
			bombs = append(bombs, e)
		}
	}
	if len(bombs) != 1 || bombs[0].Date.Value != "2025-03-08" || bombs[0].Location != "Tarbesa" {
		t.Errorf("bombing events %+v, want one dated 2025-03-08 (the Saturday before publication) "+
			"in Tarbesa (the town rather than the country)", bombs)
	}
}

func TestEventReporterInApposition(t *testing.T) {
	text := "Police arrested two men near the depot on Friday, according to a police spokesman, Lt. Yusuf Demir."
	x := extract(t, text)
	if len(x.Events) == 0 {
		t.Fatal("no event")
	}
	roles := map[string]app.Role{}
	for _, p := range x.Events[0].Participants {
		roles[p.Entity] = p.Role
	}
	if roles["Yusuf Demir"] != app.RoleReporter {
		t.Errorf("participants %v: want Yusuf Demir as reporter, the statement is his", roles)
	}
}

func TestEventPlaceAfterAModifiedPreposition(t *testing.T) {
	text := "The protest by Kyrgyzstan's opposition took place in central Bishkek on Sunday."
	x := extract(t, text)
	if len(x.Events) != 1 || x.Events[0].Location != "Bishkek" {
		t.Errorf("events %+v, want one protest in Bishkek", x.Events)
	}
}

func TestEventCountryAsActor(t *testing.T) {
	for text, want := range map[string]string{
		"Both firms were sanctioned by the United States in January.": "United States",
		"Iraq has repatriated more than 9,000 people from the camps.": "Iraq",
	} {
		x := extract(t, text)
		if len(x.Events) == 0 {
			t.Errorf("%q: no event", text)
			continue
		}
		roles := map[string]app.Role{}
		for _, p := range x.Events[0].Participants {
			roles[p.Entity] = p.Role
		}
		if roles[want] != app.RoleAgent {
			t.Errorf("%q: participants %v, want %s as the agent", text, roles, want)
		}
	}
	x := extract(t, "A U.S. drone strike near Jilib killed two commanders.")
	if len(x.Events) == 0 || len(x.Events[0].Participants) == 0 ||
		x.Events[0].Participants[0] != (app.SuggestedParticipant{Entity: "U.S.", Role: app.RolePerpetrator}) {
		t.Errorf("a U.S. drone strike: events %+v, want the United States as perpetrator", x.Events)
	}
	for _, text := range []string{
		"ISIS-K also claimed responsibility for the Iran attack.",          // the place of the attack
		"Warnings went to Iran before twin bombings in January killed 95.", // not the subject
	} {
		for _, e := range extract(t, text).Events {
			for _, p := range e.Participants {
				if p.Entity == "Iran" {
					t.Errorf("%q: Iran is a participant (%s), want it only as a place", text, p.Role)
				}
			}
		}
	}
}

func TestEventDateInItsOwnClause(t *testing.T) {
	text := "Okello was arrested in Kenya in March 2021 and surrendered to the court two months later."
	x := extract(t, text)
	dates := map[app.EventType]string{}
	for _, e := range x.Events {
		dates[e.Type] = e.Date.Value
	}
	if dates[app.EventArrest] != "2021-03" || dates[app.EventOther] != "2021-05" {
		t.Errorf("dates %v: want the arrest in 2021-03 and the surrender two months later, 2021-05", dates)
	}
}

func TestEventSubjectCarriedFromThePreviousSentence(t *testing.T) {
	for text, want := range map[string]app.SuggestedParticipant{
		"The Red Dune Front is an armed group from the north.\n\nIt attacked a police post in Tarbesa on Monday.": {Entity: "Red Dune Front", Role: app.RolePerpetrator},
		"Ana Ribeiro ran the port's customs office for a decade. She was arrested on Monday.":                     {Entity: "Ana Ribeiro", Role: app.RoleTarget},
		"The Velmora Council met on Monday. The council warned of further violence.":                              {Entity: "Velmora Council", Role: app.RoleAgent},
	} {
		x := extract(t, text)
		var got []app.SuggestedParticipant
		for _, e := range x.Events {
			if e.Type != app.EventMeeting {
				got = e.Participants
			}
		}
		if len(got) == 0 || got[0] != want {
			t.Errorf("%q: participants %+v, want %+v first", text, got, want)
		}
	}
}

// TestEventSentence: a suggested event carries the sentence that states
// it, which abbreviations and initials do not cut short.
func TestEventSentence(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Calm returned. Police arrested two men on Friday, according to a police spokesman, Lt. Col. Ana Ruiz. Then rain.",
			"Police arrested two men on Friday, according to a police spokesman, Lt. Col. Ana Ruiz."},
		{"Gen. J. Osei said U.S. officials were warned on 3.5 counts. Next.",
			"Gen. J. Osei said U.S. officials were warned on 3.5 counts."},
		{"Title line\nRebels attacked the depot in Liège à", "Rebels attacked the depot in Liège à"},
	} {
		x := extract(t, tt.text)
		if len(x.Events) == 0 {
			t.Errorf("%q: no event", tt.text)
			continue
		}
		if got := x.Events[0].Sentence.Slice(tt.text); got != tt.want {
			t.Errorf("%q: sentence %q, want %q", tt.text, got, tt.want)
		}
	}
}
