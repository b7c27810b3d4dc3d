package dates

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var markup = regexp.MustCompile(`\[\[DATE\|([^|\]]*)\|([^\]]*)\]\]`)

type annotated struct {
	pub  time.Time
	text string
	gold map[[2]int]string // code-point span → value
}

// loadAnnotated reads testdata/annotated.txt: articles written for these
// tests in the gold markup, so the rules are checked on text that is not the
// shared dev set.
func loadAnnotated(t *testing.T) []annotated {
	t.Helper()
	f, err := os.Open("testdata/annotated.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []annotated
	var body []string
	var pub time.Time
	flush := func() {
		if len(body) > 0 {
			out = append(out, parseMarkup(pub, strings.Join(body, "\n")))
		}
		body = nil
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "@ "):
			flush()
			if pub, err = time.Parse("2006-01-02", line[2:]); err != nil {
				t.Fatal(err)
			}
		default:
			body = append(body, line)
		}
	}
	flush()
	return out
}

func parseMarkup(pub time.Time, src string) annotated {
	a := annotated{pub: pub, gold: map[[2]int]string{}}
	var b strings.Builder
	last := 0
	for _, m := range markup.FindAllStringSubmatchIndex(src, -1) {
		b.WriteString(src[last:m[0]])
		start := utf8.RuneCountInString(b.String())
		b.WriteString(src[m[4]:m[5]])
		a.gold[[2]int{start, utf8.RuneCountInString(b.String())}] = src[m[2]:m[3]]
		last = m[1]
	}
	b.WriteString(src[last:])
	a.text = b.String()
	return a
}

// TestAnnotated requires every span and value of the own annotated articles.
func TestAnnotated(t *testing.T) {
	for _, a := range loadAnnotated(t) {
		seen := 0
		for _, m := range find(a.text, a.pub) {
			want, ok := a.gold[[2]int{m.Start, m.End}]
			switch {
			case !ok:
				t.Errorf("%s: unexpected %q = %q", a.pub.Format("2006-01-02"), m.Text, m.Date.Value)
			case want != m.Date.Value:
				t.Errorf("%s: %q = %q, want %q", a.pub.Format("2006-01-02"), m.Text, m.Date.Value, want)
				seen++
			default:
				seen++
			}
		}
		if seen != len(a.gold) {
			t.Errorf("%s: found %d of %d dates", a.pub.Format("2006-01-02"), seen, len(a.gold))
		}
	}
}
