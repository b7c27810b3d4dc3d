package sqlite

import (
	"strings"
	"testing"
	"unicode/utf8"

	"dossier/app"
)

func TestSentenceOf(t *testing.T) {
	for _, tt := range []struct {
		text, trigger, want string
	}{
		{"First one. Gunmen attacked a post on Monday.  Then calm.", "attacked", "Gunmen attacked a post on Monday."},
		{"Gunmen attacked a post", "attacked", "Gunmen attacked a post"},
		{"Title line\n  Police arrested two men in Liège à \n\nNext.", "arrested", "Police arrested two men in Liège à"},
		{"Ils ont dit voilà\nLa police a arrêté deux hommes à Liège, voilà", "arrêté", "La police a arrêté deux hommes à Liège, voilà"},
		{"Was it seized? Yes!", "seized", "Was it seized?"},
		{"Police arrested two men, a spokesman, Lt. Ana Ruiz, said. Calm returned.", "arrested",
			"Police arrested two men, a spokesman, Lt. Ana Ruiz, said."},
		{"Gen. J. Osei said U.S. officials were warned on 3.5 counts. Next.", "warned",
			"Gen. J. Osei said U.S. officials were warned on 3.5 counts."},
		{"It ended.” Rebels attacked the HQ. Later.", "attacked", "Rebels attacked the HQ."},
	} {
		a := newArticleText(1, tt.text)
		i := strings.Index(tt.text, tt.trigger)
		start := utf8.RuneCountInString(tt.text[:i])
		sp := a.sentenceOf(app.Span{Start: start, End: start + utf8.RuneCountInString(tt.trigger)})
		got, ok := a.slice(sp)
		if !ok || got != tt.want {
			t.Errorf("sentence of %q in %q = %q (%v), want %q", tt.trigger, tt.text, got, ok, tt.want)
		}
	}
}
