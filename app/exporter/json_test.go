package exporter

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"dossier/app"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaPath is the documented JSON Schema of the exchange format.
const schemaPath = "../../docs/exchange.schema.json"

// fullExchange sets every field of the exchange format at least once.
func fullExchange() *app.Exchange {
	text := "Ärger in Zürich: <b>Coastal Guard Agency</b> & Émile Durand met in Genève on 3 March 2024."
	cite := app.ExCitation{Article: "a1", Span: app.Span{Start: 20, End: 40}, Quote: "Coastal Guard Agency"}
	return &app.Exchange{
		Format: app.ExchangeFormat, Version: app.ExchangeVersion, Generator: "Dossier test", Title: "Port <inquiry>",
		Exported: time.Date(2024, 3, 8, 10, 30, 0, 0, time.UTC),
		Articles: []app.ExArticle{{Ref: "a1", Title: "Zürich", Source: "Wire", URL: "https://example.org/z", Author: "A. Writer",
			Published: time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC), Grade: "B", Format: "html", Filename: "z.html",
			SHA256: strings.Repeat("ab", 32), TextSHA256: strings.Repeat("cd", 32), Text: text, Original: []byte("<p>…</p>")}},
		Entities: []app.ExEntity{
			{Ref: "e1", Type: app.TypeOrg, Name: "Coastal Guard Agency", Aliases: []string{"CGA"}, Notes: "port police"},
			{Ref: "e2", Type: app.TypeLoc, Name: "Genève"},
			{Ref: "e3", Type: app.TypeDate, Name: "3 March 2024", Aliases: nil},
		},
		Mentions: []app.ExMention{
			{Article: "a1", Span: cite.Span, Type: app.TypeOrg, Text: cite.Quote, Entity: "e1", Origin: app.OriginAuto,
				Status: app.StatusRejected, Confidence: 0.75, Note: "not them"},
			{Article: "a1", Span: app.Span{Start: 77, End: 89}, Type: app.TypeDate, Text: "3 March 2024", Entity: "e3",
				Origin: app.OriginManual, Status: app.StatusAccepted, Confidence: 1, Date: app.Date{Value: "2024-03-03", Precision: app.PrecisionDay}},
		},
		Events: []app.ExEvent{
			{Ref: "ev1", Type: app.EventMeeting, Title: "Agency meets Durand", Date: app.Date{Value: "2024-W10", Precision: app.PrecisionWeek},
				Location: "e2", Participants: []app.ExParticipant{{Entity: "e1", Role: app.RoleAgent}}, Evidence: []app.ExCitation{cite},
				Credibility: 2, Casualties: app.Casualties{Killed: -1, Injured: 0}, Status: app.StatusSuggested,
				Origin: app.OriginAuto, Trigger: &cite, Note: "check"},
			{Ref: "ev2", Type: app.EventOther, Title: "Later", Date: app.Date{Value: "2024/2025", Precision: app.PrecisionRange},
				Casualties: app.Casualties{Killed: -1, Injured: -1}, Status: app.StatusAccepted, Origin: app.OriginManual},
		},
		Cases: []app.ExCase{{Ref: "c1", Title: "Port", Status: app.CaseClosed, Summary: "**done**", Events: []string{"ev1", "ev2"}}},
		Links: []app.ExLink{
			{Kind: app.LinkPrecedes, FromKind: app.TargetEvent, From: "ev1", ToKind: app.TargetEvent, To: "ev2", Case: "c1", Note: "then"},
			{Kind: app.LinkLocatedIn, FromKind: app.TargetEntity, From: "e1", ToKind: app.TargetEntity, To: "e2", Evidence: []app.ExCitation{cite}},
		},
	}
}

func TestJSON(t *testing.T) {
	t.Run("OKStable", func(t *testing.T) {
		var a, b bytes.Buffer
		if err := JSON(&a, fullExchange()); err != nil {
			t.Fatal(err)
		}
		if err := JSON(&b, fullExchange()); err != nil || a.String() != b.String() {
			t.Fatalf("two writes differ (%v)", err)
		}
		out := a.String()
		for _, want := range []string{"{\n  \"format\": \"dossier-exchange\",\n  \"version\": 1,", `"title": "Port <inquiry>"`,
			`"aliases": []`, `"links": [`, `"original": "PHA+4oCmPC9wPg=="`} {
			if !strings.Contains(out, want) {
				t.Errorf("output lacks %q", want)
			}
		}
		var back app.Exchange
		if err := json.Unmarshal(a.Bytes(), &back); err != nil || back.Events[0].Trigger.Quote != "Coastal Guard Agency" {
			t.Errorf("read back: %v", err)
		}
	})
	t.Run("OKEmptyListsAreArrays", func(t *testing.T) {
		var buf bytes.Buffer
		if err := JSON(&buf, &app.Exchange{Format: app.ExchangeFormat, Version: 1}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(buf.String(), "null") {
			t.Errorf("null in %s", buf.String())
		}
		validate(t, buf.Bytes(), true)
	})
	t.Run("OKMatchesSchema", func(t *testing.T) {
		var buf bytes.Buffer
		if err := JSON(&buf, fullExchange()); err != nil {
			t.Fatal(err)
		}
		validate(t, buf.Bytes(), true)
		broken := strings.Replace(buf.String(), `"status": "closed"`, `"status": "shelved"`, 1)
		validate(t, []byte(broken), false)
	})
	t.Run("ErrNil", func(t *testing.T) {
		if err := JSON(&bytes.Buffer{}, nil); app.ErrorCode(err) != app.EINVALID {
			t.Errorf("error %v", err)
		}
	})
	t.Run("ErrWriter", func(t *testing.T) {
		if err := JSON(failWriter{}, fullExchange()); !errors.Is(err, errDiskFull) {
			t.Errorf("error %v, want the writer's", err)
		}
	})
	t.Run("OKFormat", func(t *testing.T) {
		if f, err := ParseFormat("JSON"); err != nil || f != FormatJSON || f.Extension() != ".json" || f.MediaType() != "application/json" {
			t.Errorf("ParseFormat(JSON) = %q, %v", f, err)
		}
	})
}

func TestExchangeDocExample(t *testing.T) {
	doc, err := os.ReadFile("../../docs/exchange.md")
	if err != nil {
		t.Fatal(err)
	}
	_, example, found := strings.Cut(string(doc), "```json\n")
	example, _, closed := strings.Cut(example, "```")
	if !found || !closed {
		t.Fatal("docs/exchange.md has no JSON example")
	}
	validate(t, []byte(example), true)
	var x app.Exchange
	if err := json.Unmarshal([]byte(example), &x); err != nil {
		t.Fatal(err)
	}
	if err := x.Validate(); err != nil {
		t.Errorf("the documented example does not import: %v", err)
	}
}

// validate checks doc against the documented schema; ok says whether it
// must pass or fail.
func validate(t *testing.T, doc []byte, ok bool) {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	c.AssertContent()
	sch, err := c.Compile(schemaPath)
	if err != nil {
		t.Fatalf("schema: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); (err == nil) != ok {
		t.Errorf("schema validation: %v, want ok=%v", err, ok)
	}
}
