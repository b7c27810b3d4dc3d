package nlp

import (
	"strconv"
	"strings"

	"dossier/app"
)

// maxActors bounds the participants suggested for one event.
const maxActors = 8

// actors gives the people and organisations of the trigger's sentence a
// role: the source of a statement ("X said", "according to X") is the
// reporter; before the trigger (the subject side) the agent, or the
// perpetrator of an attack; after it the target, or the victim of an
// attack.
func (d *document) actors(ms []sentMention, t trigger) []app.SuggestedParticipant {
	var out []app.SuggestedParticipant
	seen := map[string]bool{}
	for _, m := range ms {
		if m.entity == "" || seen[m.entity] || !(m.typ == app.TypePerson || m.typ == app.TypeOrg || d.stateActor(m, t)) {
			continue
		}
		seen[m.entity] = true
		out = append(out, app.SuggestedParticipant{Entity: m.entity, Role: d.role(m, t)})
		if len(out) == maxActors {
			break
		}
	}
	return out
}

func (d *document) role(m sentMention, t trigger) app.Role {
	end := d.afterMention(m)
	next, prev := strings.ToLower(d.word(end)), strings.ToLower(d.word(m.tok-1))
	if reportVerbs[next] || reportVerbs[prev] || d.attributed(m.tok) {
		return app.RoleReporter
	}
	violent := t.typ == app.EventAttack || t.typ == app.EventBombing || t.typ == app.EventCyberIntrusion
	if prev == "the" {
		prev = strings.ToLower(d.word(m.tok - 2))
	}
	if m.tok < t.i || prev == "by" { // "… was claimed by X": the passive's agent
		if violent {
			return app.RolePerpetrator
		}
		return app.RoleAgent
	}
	if violent {
		return app.RoleVictim
	}
	return app.RoleTarget
}

var (
	reportVerbs = wordSet(`said says told added stated announced reported wrote confirmed`)
	// spokesNouns name who speaks for someone: "a police spokesman, Lt. Yusuf Demir".
	spokesNouns = wordSet(`spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople`)
)

// attributed reports a name that a statement is attributed to: after
// "according to" or a spokesman noun, with nothing but its noun phrase and
// commas between ("according to a police spokesman, Lt. Yusuf Demir").
func (d *document) attributed(k int) bool {
	for i := k - 1; i >= 0 && i >= k-7 && d.toks[i].sent == d.toks[k].sent; i-- {
		w := strings.ToLower(d.toks[i].text)
		switch {
		case spokesNouns[w], w == "to" && strings.EqualFold(d.word(i-1), "according"):
			return true
		case strings.HasPrefix(d.toks[i].tag, "VB"), w == ";", w == "and", w == "who", w == "which":
			return false
		}
	}
	return false
}

// casualties reads "killed at least 27", "killing 14", "27 people were
// killed", "more than 60 people were wounded" in the trigger's sentence and
// the next one of its paragraph.
func (d *document) casualties(t trigger) app.Casualties {
	c := app.Casualties{Killed: -1, Injured: -1}
	last := t.sent
	if !d.paragraphStart(t.sent + 1) {
		last++
	}
	for k := d.firstOf(t.sent); k < len(d.toks) && d.toks[k].sent <= last; k++ {
		kind := casualtyWord(strings.ToLower(d.toks[k].text))
		if kind == "" {
			continue
		}
		n := d.numberAfter(k + 1)
		if n < 0 {
			n = d.numberBefore(k - 1)
		}
		if n < 0 {
			continue
		}
		if kind == "killed" && c.Killed < 0 {
			c.Killed = n
		} else if kind == "injured" && c.Injured < 0 {
			c.Injured = n
		}
	}
	return c
}

// firstOf returns the first token of sentence s.
func (d *document) firstOf(s int) int {
	lo, hi := 0, len(d.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if d.toks[m].sent < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func casualtyWord(w string) string {
	switch w {
	case "killed", "killing", "dead", "died", "deaths", "death", "killings":
		return "killed"
	case "wounded", "wounding", "injured", "injuring", "hurt", "injuries":
		return "injured"
	}
	return ""
}

// numberAfter reads "at least 27", "more than 60", "14" after a casualty verb.
func (d *document) numberAfter(k int) int {
	for n := 0; n < 3 && k < len(d.toks); n, k = n+1, k+1 {
		w := strings.ToLower(d.toks[k].text)
		if v := parseCount(w); v >= 0 {
			return v
		}
		if w != "at" && w != "least" && w != "more" && w != "than" && w != "about" && w != "nearly" && w != "some" {
			return -1
		}
	}
	return -1
}

// numberBefore reads "27 people were killed", "60 wounded".
func (d *document) numberBefore(k int) int {
	for n := 0; n < 4 && k >= 0; n, k = n+1, k-1 {
		w := strings.ToLower(d.toks[k].text)
		if v := parseCount(w); v >= 0 {
			return v
		}
		switch w {
		case "people", "were", "was", "civilians", "others", "been", "have", "had", "are", "persons", "soldiers":
		default:
			return -1
		}
	}
	return -1
}

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozens": -1}

func parseCount(w string) int {
	if v, ok := numberWords[w]; ok {
		return v
	}
	v, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
	if err != nil || v < 0 || v > 10_000_000 {
		return -1
	}
	return v
}

// sameEvent returns the index of an earlier event that t repeats: the same
// type with a compatible date, in the same or a nearby sentence, or with
// the same known date anywhere; -1 when it is new.
func (d *document) sameEvent(kept []trigger, out []app.SuggestedEvent, t trigger, ev app.SuggestedEvent) int {
	for k := len(kept) - 1; k >= 0 && k >= len(kept)-lookBack; k-- {
		if kept[k].typ != t.typ {
			continue
		}
		a, b := out[k].Date, ev.Date
		if !a.IsZero() && a == b {
			return k
		}
		if t.sent-kept[k].sent <= 2 && (a.IsZero() || b.IsZero() || a == b || a.Within(b) || b.Within(a)) {
			return k
		}
	}
	return -1
}

// lookBack bounds how many earlier events a trigger is compared with.
const lookBack = 64

// mergeEvent adds what a repeated mention tells to the first one.
func (d *document) mergeEvent(into *app.SuggestedEvent, ev app.SuggestedEvent) {
	if into.Date.IsZero() || ev.Date.Within(into.Date) {
		into.Date = ev.Date // "the blast … on Saturday" dates "a bombing … this year"
	}
	if into.Location == "" || ev.Location != "" && d.isCountry(into.Location) && !d.isCountry(ev.Location) {
		into.Location = ev.Location // "in Ténikoro" places "a bombing in central Mali"
	}
	have := map[string]bool{}
	for _, p := range into.Participants {
		have[p.Entity] = true
	}
	for _, p := range ev.Participants {
		if !have[p.Entity] && len(into.Participants) < maxActors {
			into.Participants = append(into.Participants, p)
			have[p.Entity] = true
		}
	}
	if into.Casualties.Killed < 0 {
		into.Casualties.Killed = ev.Casualties.Killed
	}
	if into.Casualties.Injured < 0 {
		into.Casualties.Injured = ev.Casualties.Injured
	}
}

// isCountry reports a place name the gazetteer knows as a country.
func (d *document) isCountry(name string) bool {
	e, ok := d.g.lookup(name)
	return ok && strings.HasPrefix(e.key, "cc:")
}

// stateActor reports a country named as the one acting, for its
// government: the subject just before the trigger ("Iraq has repatriated")
// or the agent of a passive ("sanctioned by the United States").
func (d *document) stateActor(m sentMention, t trigger) bool {
	if m.typ != app.TypeLoc || !d.isCountry(m.entity) {
		return false
	}
	end := d.afterMention(m)
	phrase := d.phrase(t.i, t.j)
	if end == t.i && actorCompounds[phrase] {
		return true // "a U.S. drone strike", "U.S. sanctions"
	}
	if end <= t.i && t.i-end <= 2 && !triggerWords[phrase].noun && d.onlyAuxiliaries(end, t.i) {
		return true // "Iraq repatriated", "Iraq has repatriated"; not "the Iran attack", an attack in Iran
	}
	prev := strings.ToLower(d.word(m.tok - 1))
	if prev == "the" {
		prev = strings.ToLower(d.word(m.tok - 2))
	}
	return prev == "by" && m.tok > t.i && m.tok-t.i <= 4
}

// actorCompounds are noun triggers that a country before them does rather
// than suffers or hosts: "a U.S. drone strike" is by the United States.
var actorCompounds = map[string]bool{"strike": true, "strikes": true, "drone strike": true,
	"drone strikes": true, "air strike": true, "air strikes": true, "airstrike": true, "airstrikes": true,
	"missile strike": true, "sanctions": true, "raid": true, "raids": true, "invasion": true,
	"offensive": true, "shelling": true}

// stateBodies after a country name stand for its state ("U.S. officials",
// "Iraqi authorities"): the country acts through them.
var stateBodies = wordSet(`officials authorities forces troops government police prosecutors investigators
	diplomats military navy army agents ministry`)

// onlyAuxiliaries reports that tokens [a,b) are auxiliaries, adverbs or a
// state body ("has", "had also", "officials publicly"), so that the country
// before them is the verb's subject.
func (d *document) onlyAuxiliaries(a, b int) bool {
	for k := a; k < b; k++ {
		tag := d.toks[k].tag
		if !strings.HasPrefix(tag, "VB") && !strings.HasPrefix(tag, "RB") && tag != "MD" &&
			!stateBodies[strings.ToLower(d.toks[k].text)] {
			return false
		}
	}
	return true
}

// afterMention is the index of the first token after mention m.
func (d *document) afterMention(m sentMention) int {
	end := m.tok
	for end < len(d.toks) && d.toks[end].start < m.end {
		end++
	}
	return end
}
