package dates

import "strings"

// tense is what the clause around a date says about when it happens.
type tense uint8

const (
	tNone    tense = iota
	tPast          // "was arrested on Friday"
	tFuture        // "will visit on Friday", "is due to appear on September 18"
	tNearest       // no tense, a deadline ("by April"): the nearest one
)

// futureWords mark a clause about the future.
var futureWords = set("will", "would", "shall", "ll", "due", "expected", "expects", "expect",
	"scheduled", "plans", "plan", "intends", "intend", "ahead", "upcoming", "tomorrow",
	"aims", "aimed", "aiming", "hopes", "hoped", "hope", "hoping", "wants", "wanted", "intended",
	"agreed", "threatened", "promised", "pledged", "vowed", "deadline", "next")

// pastWords mark a clause about the past.
var pastWords = set("was", "were", "had", "did", "has", "have", "said", "told", "took", "met",
	"led", "came", "went", "began", "struck", "saw", "fled", "held", "left", "won", "lost",
	"fell", "rose", "gave", "made", "sent", "spent", "found", "broke", "caught", "brought",
	"fought", "stood", "shot", "paid", "sold", "ran", "wrote", "spoke", "stole", "drove",
	"flew", "knew", "thought", "sought", "became", "got", "kept", "felt", "heard", "since",
	"ago", "yesterday", "last", "overnight", "began", "slid", "hit", "blew", "swept", "withdrew",
	"froze", "chose", "rode", "undertook", "oversaw", "shook", "tore", "wore", "bore", "dealt")

// notVerbED are words ending in -ed that are not past-tense verbs.
var notVerbED = set("need", "speed", "seed", "feed", "breed", "greed", "deed", "bleed",
	"hundred", "red", "bed", "shed", "wed", "embed", "proceed", "exceed", "succeed",
	"indeed", "creed", "reed", "weed", "steed", "freed", "expected", "scheduled", "planned",
	"intended", "promised", "pledged", "vowed", "hoped", "aimed", "wanted", "agreed", "threatened")

// passiveAux make the participle after them tenseless.
var passiveAux = set("be", "been", "being")

// nominalisers come before -ed words used as nouns or adjectives ("the wounded").
var nominalisers = set("the", "a", "an", "its", "his", "her", "their", "our", "my", "your",
	"be", "been", "being", "to", "get", "gets", "getting", "this", "these", "those")

// clauseTense looks backwards from the date to the start of its sentence for
// the nearest tense marker, then forwards to the sentence's end.
func clauseTense(s *scanner, start, end int) tense {
	for i, n := start-1, 0; i >= 0 && n < 40; i, n = i-1, n+1 {
		if s.sentenceEnd(i) || s.quote(i) {
			break
		}
		if t := s.tenseOf(i); t != tNone {
			return t
		}
	}
	for i, n := end, 0; i < len(s.toks) && n < 25; i, n = i+1, n+1 {
		if s.quote(i) {
			break // the words after a closing quote attribute it ("…," she added)
		}
		if t := s.tenseOf(i); t != tNone {
			return t
		}
		if s.sentenceEnd(i) {
			break
		}
	}
	return tNone
}

// quote reports whether token i is a quotation mark.
func (s *scanner) quote(i int) bool { return s.isPunct(i, "\"", "“", "”", "«", "»") }

// tenseOf returns the tense marker of the word at i, if it is one.
func (s *scanner) tenseOf(i int) tense {
	w := s.w(i)
	switch {
	case w == "":
		return tNone
	case passiveAux[s.w(i-1)] && (pastWords[w] || strings.HasSuffix(w, "ed")):
		return tNone // "will be held", "has been arrested": the auxiliary decides
	case futureWords[w]:
		if w == "next" { // "next" before a date is part of it, elsewhere it is a weak signal
			return tNone
		}
		return tFuture
	case pastWords[w]:
		if w == "last" {
			return tNone
		}
		return tPast
	case len(w) >= 5 && strings.HasSuffix(w, "ed") && !notVerbED[w] && !nominalisers[s.w(i-1)]:
		return tPast
	}
	return tNone
}

// sentenceEnd reports whether token i ends a sentence: a full stop, question
// or exclamation mark that is no initial's or abbreviation's, or a paragraph break.
func (s *scanner) sentenceEnd(i int) bool {
	if i+1 < len(s.toks) && strings.Contains(s.text[s.toks[i].e:s.toks[i+1].s], "\n") {
		return true
	}
	if !s.isPunct(i, ".", "!", "?") {
		return false
	}
	if s.isPunct(i, ".") {
		w := s.raw(i - 1)
		if len(w) <= 2 || abbreviations[strings.ToLower(w)] {
			return false // "U.S.", "Gen.", "St."
		}
	}
	return true
}

var abbreviations = set("gen", "col", "capt", "sgt", "lt", "maj", "brig", "adm", "cmdr",
	"gov", "sen", "rep", "rev", "prof", "mrs", "jan", "feb", "aug", "sept", "oct", "nov",
	"dec", "inc", "ltd", "corp", "co", "no", "vs", "approx", "est")
