package nlp

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"dossier/app"
)

// checkExtraction asserts the invariants every extraction keeps: spans
// inside the text, text matching the span, no two mentions of one type
// overlapping, triggers inside the text.
func checkExtraction(t testing.TB, text string, x app.Extraction) {
	t.Helper()
	n := utf8.RuneCountInString(text)
	at := make([]int, 0, n+1) // byte offset of each code point, as ranging counts them
	for b := range text {
		at = append(at, b)
	}
	at = append(at, len(text))
	last := map[app.EntityType]int{}
	for _, m := range x.Mentions {
		if !m.Span.Valid(n) {
			t.Fatalf("mention %+v outside text of %d code points", m, n)
		}
		if got := text[at[m.Start]:at[m.End]]; got != m.Text {
			t.Fatalf("mention text %q, span covers %q", m.Text, got)
		}
		if e, ok := last[m.Type]; ok && m.Start < e {
			t.Fatalf("overlapping %s mentions at %d", m.Type, m.Start)
		}
		last[m.Type] = m.End
		if !m.Type.Valid() {
			t.Fatalf("unknown type %q", m.Type)
		}
	}
	for _, e := range x.Events {
		if !e.Trigger.Valid(n) {
			t.Fatalf("event trigger %+v outside text", e.Trigger)
		}
		if s := e.Sentence; !s.Valid(n) || s.Start > e.Trigger.Start || e.Trigger.End > s.End {
			t.Fatalf("event sentence %+v does not hold its trigger %+v", s, e.Trigger)
		}
	}
}

func TestBadInput(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	junk := make([]byte, 4096)
	for i := range junk {
		junk[i] = byte(i*7919 + i/3)
	}
	cases := map[string]string{
		"empty":       "",
		"spaces":      "   \n\n\t ",
		"punctuation": strings.Repeat("?!.,;:\"'()[]{}-–—…", 200),
		"numbers":     strings.Repeat("12 3.4 5,678 90% 1e9 ", 300),
		"binary":      string(junk),
		"invalid":     "Ankara\xff\xfe said \xc3 İzmir's \xe2\x82 Gen. \xf0\x9f Ali Veli met NATO.",
		"capitals":    strings.Repeat("THE QUICK BROWN FOX OF NATO AND THE UN ", 100),
		"one word":    "Mali",
		"nul bytes":   "Mali\x00Niger\x00\x00 President",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			x, err := p.Extract(context.Background(), text, time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			checkExtraction(t, text, x)
		})
	}
}

func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	unit := "Col. Maren T. Okafor of the Lakeshore Defence Group met officials in Vardøya and Oslo on Tuesday, "
	size := 10 << 20
	if raceEnabled {
		size = 1 << 20 // the race detector is ~10 times slower
	}
	text := strings.Repeat(unit, size/len(unit))
	t0 := time.Now()
	x, err := p.Extract(context.Background(), text, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d bytes in %v: %d mentions, %d events", size, time.Since(t0), len(x.Mentions), len(x.Events))
	checkExtraction(t, text, x)
	if len(x.Mentions) < size/1000 {
		t.Fatalf("only %d mentions in %d bytes", len(x.Mentions), size)
	}
}

func TestCancel(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = p.Extract(ctx, "Mali and Niger.", time.Time{})
	if app.ErrorCode(err) != app.ECANCELED {
		t.Fatalf("got %v, want a cancellation error", err)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"", "Gen. Assimi Goïta met Col. P. Q. Rivers in İzmir's port.", "U.S.-led forces",
		"Islamic State-Khorasan (ISIS-K) said.", "😀 Zürich 北京 e\u0301 Ankara", "\xff\xfe", "ops@x.example 10.0.0.1"} {
		f.Add(s)
	}
	p, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, err := p.Extract(context.Background(), s, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		checkExtraction(t, s, x)
	})
}
