package nlp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"dossier/app"
)

func TestToJSON(t *testing.T) {
	x := extract(t, "On Monday, Gen. Halvard Brennmoen attacked Tarbesa, killing 12 people.")
	b, err := json.Marshal(ToJSON(x))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Entities []map[string]any `json:"entities"`
		Events   []map[string]any `json:"events"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	var date map[string]any
	for _, e := range got.Entities {
		for _, k := range []string{"start", "end", "type", "text", "entity"} {
			if _, ok := e[k]; !ok {
				t.Errorf("entity %v lacks %q", e, k)
			}
		}
		if e["type"] == "DATE" {
			date = e
		}
	}
	if date == nil || date["value"] != "2025-03-10" || date["precision"] != "day" {
		t.Errorf("DATE entity %v, want value and precision", date)
	}
	if len(got.Events) != 1 {
		t.Fatalf("events %s", b)
	}
	ev := got.Events[0]
	for _, k := range []string{"type", "trigger", "date", "location", "participants"} {
		if _, ok := ev[k]; !ok {
			t.Errorf("event lacks %q: %s", k, b)
		}
	}
}

func TestExtractJSONL(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var in strings.Builder
	for i := 0; i < 40; i++ {
		switch i {
		case 7:
			in.WriteString("{not json\n")
		case 9:
			in.WriteString(`{"id":"x9","text":"Oslo","published":"yesterday"}` + "\n")
		case 11:
			in.WriteString("\n") // blank lines are skipped
		default:
			fmt.Fprintf(&in, `{"id":%d,"text":"Officials in Oslo met NATO on Monday (%d).","published":"2025-03-12"}`+"\n", i, i)
		}
	}
	var out bytes.Buffer
	if err := ExtractJSONL(context.Background(), p, strings.NewReader(in.String()), &out, 3); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 39 {
		t.Fatalf("%d output lines, want 39", len(lines))
	}
	for k, l := range lines {
		var o struct {
			ID       any              `json:"id"`
			Entities []map[string]any `json:"entities"`
			Error    string           `json:"error"`
		}
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("line %d: %v: %s", k, err, l)
		}
		switch {
		case k == 7 || k == 9:
			if o.Error == "" {
				t.Errorf("line %d: want an error, got %s", k, l)
			}
		case o.Error != "" || len(o.Entities) < 3:
			t.Errorf("line %d: %s", k, l)
		case k < 11 && o.ID != float64(k) || k > 11 && o.ID != float64(k+1):
			t.Errorf("line %d out of order: id %v", k, o.ID)
		}
	}
}

// slowExtractor fails one text and answers the others after a delay that
// shrinks with the line number, to shuffle completion order.
type slowExtractor struct{}

func (slowExtractor) Extract(ctx context.Context, text string, _ time.Time) (app.Extraction, error) {
	if text == "fail" {
		return app.Extraction{}, app.Errorf(app.EINTERNAL, "boom")
	}
	time.Sleep(time.Duration(20-len(text)%20) * time.Millisecond)
	return app.Extraction{Mentions: []app.ExtractedMention{{Span: app.Span{Start: 0, End: 1}, Type: app.TypeLoc, Text: text[:1]}}}, nil
}

func TestExtractJSONLOrderAndErrors(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 50; i++ {
		text := strings.Repeat("a", i+1)
		if i == 13 {
			text = "fail"
		}
		fmt.Fprintf(&in, `{"id":"n%d","text":%q}`+"\n", i, text)
	}
	var out bytes.Buffer
	if err := ExtractJSONL(context.Background(), slowExtractor{}, strings.NewReader(in.String()), &out, 4); err != nil {
		t.Fatal(err)
	}
	for k, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if !strings.HasPrefix(l, fmt.Sprintf(`{"id":"n%d",`, k)) {
			t.Fatalf("line %d: %s", k, l)
		}
		if (k == 13) != strings.Contains(l, `"error":"boom"`) {
			t.Errorf("line %d: %s", k, l)
		}
	}
}

// TestConcurrentExtract shares one pipeline between goroutines (run with -race).
func TestConcurrentExtract(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Col. Maren T. Okafor said the Lakeshore Defence Group arrested two men in Vardøya on Tuesday."
	want, err := p.Extract(context.Background(), text, pub)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				got, err := p.Extract(context.Background(), text, pub)
				if err != nil || len(got.Mentions) != len(want.Mentions) {
					t.Errorf("concurrent extraction differs: %v %v", err, got.Mentions)
					return
				}
			}
		}()
	}
	wg.Wait()
}
