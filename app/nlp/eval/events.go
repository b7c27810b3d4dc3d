package eval

import (
	"strings"

	"dossier/app"
)

// addEvents matches predicted triggers to gold triggers by overlap, one to
// one, and scores what the matched events tell.
func (t *tally) addEvents(a Article, pred []app.SuggestedEvent) {
	names := entityNames(a)
	used := map[int]bool{}
	matched := 0
	for _, g := range a.Events {
		for j, p := range pred {
			if used[j] || p.Trigger.End <= g.Start || g.End <= p.Trigger.Start {
				continue
			}
			used[j] = true
			matched++
			t.eventType.Total++
			if string(p.Type) == g.Type {
				t.eventType.Correct++
			}
			t.addDetails(g, p, names)
			break
		}
	}
	t.events.TP += matched
	t.events.FN += len(a.Events) - matched
	t.events.FP += len(pred) - matched
}

// entityNames maps each gold identity to the lower-cased texts of its
// mentions (sliced from the article where a mention has no text).
func entityNames(a Article) map[string]map[string]bool {
	var runes []rune
	out := map[string]map[string]bool{}
	for _, e := range a.Entities {
		if e.ID == "" {
			continue
		}
		text := e.Text
		if text == "" {
			if runes == nil {
				runes = []rune(a.Text)
			}
			if e.Start < 0 || e.End > len(runes) || e.Start >= e.End {
				continue
			}
			text = string(runes[e.Start:e.End])
		}
		if out[e.ID] == nil {
			out[e.ID] = map[string]bool{}
		}
		out[e.ID][strings.ToLower(text)] = true
	}
	return out
}

// addDetails scores the date, place and participants of a matched event.
// Predicted places and participants are names; one names a gold entity when
// it is the text of one of that entity's mentions.
func (t *tally) addDetails(g Event, p app.SuggestedEvent, names map[string]map[string]bool) {
	if g.Date != "" {
		t.eventDate.Total++
		if p.Date.Value == g.Date {
			t.eventDate.Correct++
		}
	}
	if g.Location != "" {
		t.eventPlace.Total++
		if names[g.Location][strings.ToLower(p.Location)] {
			t.eventPlace.Correct++
		}
	}
	found := map[string]bool{}
	for _, pp := range p.Participants {
		id := ""
		for _, gp := range g.Participants {
			if !found[gp.Entity] && names[gp.Entity][strings.ToLower(pp.Entity)] {
				id = gp.Entity
				found[id] = true
				if string(pp.Role) == gp.Role {
					t.roles.TP++
				} else {
					t.roles.FP++
					t.roles.FN++
				}
				break
			}
		}
		if id == "" {
			t.parts.FP++
			t.roles.FP++
		} else {
			t.parts.TP++
		}
	}
	missed := len(g.Participants) - len(found)
	t.parts.FN += missed
	t.roles.FN += missed
}
