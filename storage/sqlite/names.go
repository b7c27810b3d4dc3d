package sqlite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/app"
)

// cleanName trims a name and collapses its inner white space.
func cleanName(s string) string { return strings.Join(strings.Fields(s), " ") }

// normName is the case-insensitive key names are matched by.
func normName(s string) string { return strings.ToLower(cleanName(s)) }

// stopwords are skipped when an acronym is built from a name's initials.
var stopwords = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "at": true,
	"de": true, "la": true, "du": true, "des": true, "del": true, "&": true,
}

// lastTokenKey is the lower-cased last word of a person's name (at least
// three letters), by which "Clarke" meets "Colin P. Clarke". Other types
// have none: organisations share last words ("Bank", "Group") too often.
func lastTokenKey(t app.EntityType, name string) string {
	if t != app.TypePerson {
		return ""
	}
	w := strings.Fields(name)
	if len(w) == 0 {
		return ""
	}
	last := strings.ToLower(strings.TrimFunc(w[len(w)-1], func(r rune) bool { return !unicode.IsLetter(r) }))
	if utf8.RuneCountInString(last) < 3 {
		return ""
	}
	return last
}

// acronymKey returns "A:XYZ" for a name that looks like an acronym
// ("ISIS", "U.S.", "ISIS-K": its letters, upper-cased) and "I:XYZ" for a
// name of several words (the initials of its words, stop words skipped);
// "" otherwise. A name matches an entity whose key is the counterpart.
func acronymKey(name string) string {
	if letters, ok := acronymLetters(name); ok {
		return "A:" + letters
	}
	words := strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '/' })
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if stopwords[strings.ToLower(w)] || !unicode.IsLetter(r) {
			continue
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	if utf8.RuneCountInString(b.String()) < 2 {
		return ""
	}
	return "I:" + b.String()
}

// acronymLetters reports whether name is one token of 2–8 letters, all
// upper case (dots, hyphens and digits allowed), and returns its letters.
func acronymLetters(name string) (string, bool) {
	if strings.ContainsFunc(name, unicode.IsSpace) {
		return "", false
	}
	var b strings.Builder
	for _, r := range name {
		switch {
		case unicode.IsLetter(r) && !unicode.IsUpper(r):
			return "", false
		case unicode.IsLetter(r):
			b.WriteRune(r)
		}
	}
	n := utf8.RuneCountInString(b.String())
	return b.String(), n >= 2 && n <= 8
}

// counterpartKey is the acronym key a matching entity would have.
func counterpartKey(k string) string {
	switch {
	case strings.HasPrefix(k, "A:"):
		return "I:" + k[2:]
	case strings.HasPrefix(k, "I:"):
		return "A:" + k[2:]
	}
	return ""
}

// sameLastNameCompatible reports whether two person names sharing a last
// word may be the same person: one is a bare surname, or their first words
// start with the same letter ("C. Clarke", "Colin Clarke").
func sameLastNameCompatible(a, b string) bool {
	wa, wb := withoutTitles(strings.Fields(a)), withoutTitles(strings.Fields(b))
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if len(wa) == 1 || len(wb) == 1 {
		return true
	}
	ra, _ := utf8.DecodeRuneInString(wa[0])
	rb, _ := utf8.DecodeRuneInString(wb[0])
	return unicode.ToLower(ra) == unicode.ToLower(rb)
}

// titles are honorifics and ranks that precede a person's name.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true, "sir": true,
	"gen": true, "general": true, "col": true, "colonel": true, "maj": true, "major": true,
	"capt": true, "captain": true, "lt": true, "sgt": true, "president": true, "minister": true,
	"judge": true, "sheikh": true, "imam": true, "rev": true,
}

// withoutTitles drops leading honorifics ("Dr.", "Gen.") from a name's words.
func withoutTitles(words []string) []string {
	for len(words) > 1 && titles[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
		words = words[1:]
	}
	return words
}
