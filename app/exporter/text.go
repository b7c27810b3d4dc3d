package exporter

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dossier/app"
)

// clean makes a piece of article-derived or analyst text safe to show on one
// line: invalid UTF-8 becomes U+FFFD, control characters and explicit bidi
// overrides (which could make a hostile title display as something else) are
// dropped, and runs of white space become one space.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case isBidiControl(r), unicode.IsControl(r), r == '\uFEFF':
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// cleanBlock is clean for multi-line text (notes, the summary): it keeps line
// breaks and tabs but drops the other control and bidi-override characters.
func cleanBlock(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if isBidiControl(r) || unicode.IsControl(r) || r == '\uFEFF' {
			return -1
		}
		return r
	}, s)
}

// isBidiControl reports the explicit embedding, override and isolate
// characters (U+202A–202E, U+2066–2069). The implicit marks LRM/RLM stay.
func isBidiControl(r rune) bool {
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069')
}

// orDefault returns s, or def when s is blank.
func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// shortSHA abbreviates a hex digest for the body of a report; the sources
// list shows it in full.
func shortSHA(h string) string {
	h = clean(h)
	if len(h) > 12 {
		return h[:12] + "…"
	}
	return h
}

// publishedText shows an article's publication day, or "date unknown".
func publishedText(t time.Time) string {
	if t.IsZero() {
		return "date unknown"
	}
	return app.DayDate(t.UTC()).String()
}

// generatedText shows the export time stamp.
func generatedText(t time.Time) string {
	if t.IsZero() {
		return "time unknown"
	}
	return t.UTC().Format("2 January 2006 15:04 UTC")
}

// typeLabel shows an event type as words: CYBER_INTRUSION → "Cyber intrusion".
func typeLabel(t app.EventType) string {
	s := strings.ToLower(strings.ReplaceAll(clean(string(t)), "_", " "))
	if s == "" {
		return "Event"
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// gradeText explains an Admiralty source-reliability grade.
func gradeText(g app.Grade) string {
	words := map[app.Grade]string{
		"A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
		"D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged",
	}
	if w, ok := words[g]; ok {
		return "grade " + string(g) + " (" + w + ")"
	}
	return "not graded"
}

// credibilityText explains an Admiralty information-credibility rating, or ""
// when the claim is not graded.
func credibilityText(c int) string {
	words := []string{"", "confirmed by other sources", "probably true", "possibly true",
		"doubtful", "improbable", "truth cannot be judged"}
	if c < 1 || c >= len(words) {
		return ""
	}
	return "credibility " + string(rune('0'+c)) + " (" + words[c] + ")"
}
