package sqlite

import (
	"strings"
	"testing"
)

func TestCutSnippet(t *testing.T) {
	// m marks a match as highlight() does; [ and ] stand for the marks in wants.
	m := func(s string) string { return "\x02" + s + "\x03" }
	show := func(s string) string { return strings.NewReplacer("\x02", "[", "\x03", "]").Replace(s) }
	words := func(from, to int) string {
		var w []string
		for i := from; i <= to; i++ {
			w = append(w, "w"+string(rune('a'+i%26))+string(rune('a'+i/26)))
		}
		return strings.Join(w, " ")
	}
	tests := []struct {
		name, text string
		n          int
		want       string
	}{
		{"OKShortWhole", "The " + m("convoy") + " left\n\nat  dawn.", 24, "The [convoy] left at dawn."},
		{"OKNoMatchStartOfText", words(0, 9), 4, "waa wba wca wda…"},
		{"OKContextBefore", words(0, 9) + " " + m("Kandahar") + " " + words(10, 19), 6,
			"…wha wia wja [Kandahar] wka wla…"},
		{"OKMostDistinct", m("port") + " " + m("port") + " " + words(0, 9) + " " + m("port") + " x " + m("customs") + " y", 5,
			"…wja [port] x [customs] y"},
		{"OKMoreHitsOnTie", m("a") + " " + words(0, 9) + " b " + m("a") + " " + m("a") + " c", 4, "…wja b [a] [a]…"},
		{"OKCaseInsensitiveTerms", m("Customs") + " " + m("customs") + " " + words(0, 9) + " " + m("port") + " " + m("customs"), 4,
			"…wia wja [port] [customs]"},
		{"OKPhraseNotCut", words(0, 5) + " " + m("security forces") + " " + words(6, 9), 4,
			"…wda wea wfa [security forces]…"},
		{"OKPhraseAtWindowEnd", m("x") + " a b c " + m("long phrase here") + " d", 5, "[x] a b c [long phrase here]…"},
		{"OKPunctuationKept", "Said " + m("Clarke") + ", who left.", 3, "Said [Clarke], who…"},
		{"OKUnicodeSpace", "a\u00a0" + m("Zürich") + "\u2003b", 24, "a [Zürich] b"},
		{"OKUnclosedMark", "a \x02broken b", 24, "a [broken b"},
		{"OKEmpty", "", 24, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := show(cutSnippet(tt.text, tt.n)); got != tt.want {
				t.Errorf("cutSnippet(%q, %d) = %q, want %q", show(tt.text), tt.n, got, tt.want)
			}
		})
	}
}
