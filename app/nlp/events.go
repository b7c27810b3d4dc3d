package nlp

import (
	"sort"
	"strings"

	"dossier/app"
)

// trigger is an event trigger found in the text, with its sentence.
type trigger struct {
	i, j int // tokens
	typ  app.EventType
	sent int
}

// sentMention is an output mention with the sentence it lies in.
type sentMention struct {
	mention
	sent, tok int // sentence and first token
}

// events suggests events from trigger words: each gets the date, place and
// actors of its sentence; repeated mentions of one event are merged.
func (d *document) events(ms []mention) []app.SuggestedEvent {
	sm := d.locate(ms)
	bySent := map[int][]sentMention{}
	for _, m := range sm {
		bySent[m.sent] = append(bySent[m.sent], m)
	}
	var out []app.SuggestedEvent
	var kept []trigger
	for _, t := range d.triggers(sm) {
		ev := d.buildEvent(t, bySent)
		if k := d.anaphor(kept, t); k >= 0 {
			d.mergeEvent(&out[k], ev)
			continue
		}
		if k := d.sameEvent(kept, out, t, ev); k >= 0 {
			d.mergeEvent(&out[k], ev)
			continue
		}
		kept = append(kept, t)
		out = append(out, ev)
	}
	return out
}

// locate finds the sentence and first token of every mention.
func (d *document) locate(ms []mention) []sentMention {
	out := make([]sentMention, 0, len(ms))
	for _, m := range ms {
		k := m.i
		if k < 0 {
			k = sort.Search(len(d.toks), func(x int) bool { return d.toks[x].end > m.start })
		}
		if k >= len(d.toks) {
			continue
		}
		out = append(out, sentMention{mention: m, sent: d.toks[k].sent, tok: k})
	}
	return out
}

// triggers scans the tokens for trigger phrases outside mentions.
func (d *document) triggers(sm []sentMention) []trigger {
	inside := make([]bool, len(d.toks))
	for _, m := range sm {
		for k, end := m.tok, d.afterMention(m); k < end; k++ {
			inside[k] = true
		}
	}
	var out []trigger
	for i := 0; i < len(d.toks); i++ {
		if inside[i] || !isWord(d.toks[i].text) {
			continue
		}
		for n := min(maxTriggerTokens, len(d.toks)-i); n >= 1; n-- {
			phrase := d.phrase(i, i+n)
			def, ok := triggerWords[phrase]
			if !ok || def.noun && d.modifier(i+n) || !def.noun && d.adjectival(i, i+n) {
				continue
			}
			if d.wrongSense(i, i+n, phrase) {
				i += n - 1 // not an event, and no shorter phrase inside it is one either
				break
			}
			out = append(out, trigger{i: i, j: i + n, typ: def.typ, sent: d.toks[i].sent})
			i += n - 1
			break
		}
	}
	return out
}

// phrase is the lower-cased text of tokens [i,j) joined by single spaces.
func (d *document) phrase(i, j int) string {
	if j-i == 1 {
		return strings.ToLower(d.toks[i].text)
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			if d.toks[k].sent != d.toks[i].sent {
				return ""
			}
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(d.toks[k].text))
	}
	return b.String()
}

// modifier reports a noun trigger used to modify the next noun ("attack
// drones", "election commission").
func (d *document) modifier(k int) bool {
	if k >= len(d.toks) || d.toks[k].sent != d.toks[k-1].sent {
		return false
	}
	tag := d.toks[k].tag
	return (tag == "NN" || tag == "NNS") && startsLower(d.toks[k].text)
}

// adjectival reports a participle used as an adjective ("a jailed
// journalist", "the abducted workers"): after a determiner, before a noun.
func (d *document) adjectival(i, j int) bool {
	if !determiners[strings.ToLower(d.word(i-1))] && d.word(i-1) != "those" {
		return false
	}
	return d.word(i-1) == "those" || d.modifier(j)
}

// anaphor returns the earlier event that a definite noun trigger refers
// back to ("the attack", "this seizure"), or -1.
func (d *document) anaphor(kept []trigger, t trigger) int {
	switch strings.ToLower(d.word(t.i - 1)) {
	case "the", "this", "that", "these", "those":
	default:
		return -1
	}
	if def := triggerWords[d.phrase(t.i, t.j)]; !def.noun {
		return -1
	}
	for k := len(kept) - 1; k >= 0 && k >= len(kept)-lookBack; k-- {
		if compatible(kept[k].typ, t.typ) {
			return k
		}
	}
	return -1
}

// compatible reports event types that may name one event ("a bombing" …
// "the attack").
func compatible(a, b app.EventType) bool {
	if a == b {
		return true
	}
	violent := func(t app.EventType) bool { return t == app.EventAttack || t == app.EventBombing }
	return violent(a) && violent(b)
}

// buildEvent fills in an event from the trigger's sentence.
func (d *document) buildEvent(t trigger, bySent map[int][]sentMention) app.SuggestedEvent {
	ev := app.SuggestedEvent{Type: t.typ, Casualties: app.Casualties{Killed: -1, Injured: -1},
		Trigger: app.Span{Start: d.toks[t.i].start, End: d.toks[t.j-1].end}, Sentence: d.sentenceSpan(t.sent)}
	ms := bySent[t.sent]
	ev.Date = d.nearestDate(ms, t.i)
	if ev.Date.IsZero() && t.sent > 0 && !d.paragraphStart(t.sent) {
		ev.Date = d.nearestDate(bySent[t.sent-1], t.i)
	}
	ev.Location = d.place(ms, t.i)
	ev.Participants = d.actors(ms, t)
	if a, ok := d.carriedSubject(t, bySent); ok && len(ev.Participants) < maxActors {
		ev.Participants = append([]app.SuggestedParticipant{a}, ev.Participants...)
	}
	if t.typ == app.EventAttack || t.typ == app.EventBombing || t.typ == app.EventOther {
		ev.Casualties = d.casualties(t)
	}
	return ev
}

// paragraphStart reports whether sentence s begins after a line break.
// sentenceSpan is the text of sentence s, from its first token to its last
// (its final mark included).
func (d *document) sentenceSpan(s int) app.Span {
	first := d.firstOf(s)
	last := d.firstOf(s+1) - 1
	return app.Span{Start: d.toks[first].start, End: d.toks[last].end}
}

func (d *document) paragraphStart(s int) bool {
	k := sort.Search(len(d.toks), func(x int) bool { return d.toks[x].sent >= s })
	return k < len(d.toks) && (k == 0 || d.toks[k].newline)
}

// nearestDate picks the DATE mention closest to token i.
// nearestDate is the date nearest to token i, preferring one in the same
// clause: in "arrested in March 2021 and surrendered two months later" the
// surrender is dated by "two months later".
func (d *document) nearestDate(ms []sentMention, i int) app.Date {
	best, dist := app.Date{}, 1<<30
	for _, m := range ms {
		if m.typ != app.TypeDate || m.date.IsZero() {
			continue
		}
		score := abs(m.tok - i)
		if d.clauseBetween(min(m.tok, i), max(m.tok, i)) {
			score += 1000
		}
		if score < dist {
			best, dist = m.date, score
		}
	}
	return best
}

// clauseWords open another clause: a date beyond one belongs to its verb.
var clauseWords = wordSet(`; while but whereas that which who`)

// clauseBetween reports a clause boundary among the tokens (a, b): one of
// clauseWords, or "and" before a verb.
func (d *document) clauseBetween(a, b int) bool {
	for k := a + 1; k < b && k < len(d.toks); k++ {
		w := strings.ToLower(d.toks[k].text)
		if clauseWords[w] || w == "and" && k+1 < len(d.toks) && strings.HasPrefix(d.toks[k+1].tag, "VB") {
			return true
		}
	}
	return false
}

// place picks the sentence's place: a LOC after "in", "at", "near" or "off"
// first, else the LOC closest to the trigger.
func (d *document) place(ms []sentMention, i int) string {
	best, dist := "", 1<<30
	for _, m := range ms {
		if m.typ != app.TypeLoc {
			continue
		}
		score := abs(m.tok - i)
		if d.afterPlacePreposition(m.tok) {
			score -= 1000
		}
		if score < dist {
			best, dist = m.entity, score
		}
	}
	return best
}

// placeModifiers may stand between a preposition and a place ("in central
// Bishkek", "in the north-west of").
var placeModifiers = wordSet(`the central northern southern eastern western north south east west northeastern
	northwestern southeastern southwestern north-eastern north-western south-eastern south-western downtown
	rural remote coastal greater upper lower inner outer`)

// afterPlacePreposition reports a place named after "in", "at", "near",
// "off" or "outside", with up to two modifiers between.
func (d *document) afterPlacePreposition(k int) bool {
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		w := strings.ToLower(d.word(i))
		switch {
		case w == "in", w == "at", w == "near", w == "off", w == "outside":
			return true
		case !placeModifiers[w]:
			return false
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
