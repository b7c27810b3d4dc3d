package importer

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"dossier/app"
)

// exchangeText is the one article of sampleExchange: accents before the
// names, so its spans are right only when counted in code points.
const exchangeText = "Ärger in Zürich: the Coastal Guard Agency met port officials in Genève."

// sampleExchange is a small valid exchange: one article, two entities, a
// mention, an event and a case.
func sampleExchange() app.Exchange {
	return app.Exchange{
		Format: app.ExchangeFormat, Version: app.ExchangeVersion, Title: "Shared",
		Exported: time.Date(2024, 3, 8, 10, 0, 0, 0, time.UTC),
		Articles: []app.ExArticle{{Ref: "a1", Title: "Zürich", Text: exchangeText}},
		Entities: []app.ExEntity{
			{Ref: "e1", Type: app.TypeOrg, Name: "Coastal Guard Agency", Aliases: []string{"CGA"}},
			{Ref: "e2", Type: app.TypeLoc, Name: "Genève"},
		},
		Mentions: []app.ExMention{{Article: "a1", Span: app.Span{Start: 21, End: 41}, Type: app.TypeOrg,
			Text: "Coastal Guard Agency", Entity: "e1", Origin: app.OriginManual, Status: app.StatusAccepted, Confidence: 1}},
		Events: []app.ExEvent{{Ref: "ev1", Type: app.EventMeeting, Title: "Agency meets officials", Location: "e2",
			Participants: []app.ExParticipant{{Entity: "e1", Role: app.RoleAgent}},
			Evidence:     []app.ExCitation{{Article: "a1", Span: app.Span{Start: 17, End: 70}}},
			Date:         app.Date{Value: "2024-03", Precision: app.PrecisionMonth}, Status: app.StatusAccepted}},
		Cases: []app.ExCase{{Ref: "c1", Title: "Port", Status: app.CaseOpen, Events: []string{"ev1"}}},
	}
}

func exchangeJSON(t testing.TB, x app.Exchange) string {
	t.Helper()
	b, err := json.MarshalIndent(x, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestRunExchange(t *testing.T) {
	newer := sampleExchange()
	newer.Version = app.ExchangeVersion + 1
	newer.Mentions = nil // a newer file may say things differently
	dir := t.TempDir()
	good := exchangeJSON(t, sampleExchange())
	writeFiles(t, dir, map[string]string{
		"a.txt":           "Harbour fire\n\nA fire broke out in the harbour on Monday.",
		"b-shared.json":   good,
		"c-newer.json":    strings.Replace(exchangeJSON(t, newer), `"start": 17`, `"start": "seventeen"`, 1),
		"d-broken.json":   good[:len(good)/2],
		"e-articles.json": `{"title": "dossier-exchange", "text": "Not an exchange: a title is not the format."}`,
	})
	fake := &fakeCmds{}
	rep, err := Run(context.Background(), fake, nil, []string{dir}, Options{Workers: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"article.import", "exchange.import", "article.import"}; !slices.Equal(fake.order, want) {
		t.Errorf("commands %v, want %v: the text file's batch before the exchange, in file order", fake.order, want)
	}
	if len(fake.exchanges) != 1 || fake.exchanges[0].Exchange.Articles[0].Text != exchangeText {
		t.Fatalf("exchanges applied: %+v", fake.exchanges)
	}
	if len(rep.Exchanges) != 1 || rep.Exchanges[0].Stats.CasesAdded != 1 || len(rep.Exchanges[0].CaseIDs) != 1 {
		t.Errorf("report exchanges %+v", rep.Exchanges)
	}
	if rep.Imported != 3 { // a.txt, the exchange's article, e-articles.json
		t.Errorf("imported %d, want 3", rep.Imported)
	}
	codes := map[string]string{}
	for _, p := range rep.Problems {
		codes[filepath.Base(p.Path)] = p.Code
		if strings.Contains(p.String(), "\n") {
			t.Errorf("problem on several lines: %q", p)
		}
	}
	if codes["c-newer.json"] != app.ETOONEW || codes["d-broken.json"] != app.EINVALID || len(codes) != 2 {
		t.Errorf("problems %+v, want the newer file ETOONEW and the broken one EINVALID", rep.Problems)
	}
	var out bytes.Buffer
	if err := rep.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "b-shared.json: imported exchange: 1 article, 0 entities merged, 1 event, 1 case\n") {
		t.Errorf("report text:\n%s", out.String())
	}
}

func TestRunExchangeOverFileSizeLimit(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"big.txt":     strings.Repeat("A long report line.\n", 40),
		"shared.json": exchangeJSON(t, sampleExchange()),
	})
	fake := &fakeCmds{}
	opt := Options{MaxFileSize: 200, MaxExchangeSize: 1 << 20}
	rep, err := Run(context.Background(), fake, nil, []string{dir}, opt, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(fake.exchanges) != 1 || len(rep.Problems) != 1 || rep.Problems[0].Code != app.ETOOLARGE {
		t.Errorf("exchanges %d, problems %+v: want the exchange imported and the text file too large", len(fake.exchanges), rep.Problems)
	}
	opt.MaxExchangeSize = 300
	rep, _ = Run(context.Background(), &fakeCmds{}, nil, []string{filepath.Join(dir, "shared.json")}, opt, nil)
	if len(rep.Problems) != 1 || rep.Problems[0].Code != app.ETOOLARGE {
		t.Errorf("an exchange over its own limit: problems %+v", rep.Problems)
	}
}

func TestReadExchange(t *testing.T) {
	good := exchangeJSON(t, sampleExchange())
	unnormalised := sampleExchange()
	unnormalised.Articles[0].Text = strings.Replace(exchangeText, "officials", "officials\r", 1)
	for _, tt := range []struct {
		name, in, code string
	}{
		{"OK", good, ""},
		{"OKWithBOM", "\ufeff" + good, ""},
		{"ErrNotExchange", `{"title": "x", "text": "y"}`, app.EINVALID},
		{"ErrMalformed", good[:100], app.EINVALID},
		{"ErrNotNormalised", exchangeJSON(t, unnormalised), app.EINVALID},
		{"ErrNewer", strings.Replace(good, `"version": 1`, `"version": 7`, 1), app.ETOONEW},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x, err := ReadExchange(strings.NewReader(tt.in))
			if got := app.ErrorCode(err); got != tt.code {
				t.Fatalf("error %v (code %q), want code %q", err, got, tt.code)
			}
			if tt.code == "" && (len(x.Events) != 1 || x.Events[0].Evidence[0].Start != 17) {
				t.Errorf("read %+v", x)
			}
		})
	}
}

func TestReadRefusesExchange(t *testing.T) {
	_, err := Read("shared.json", strings.NewReader(exchangeJSON(t, sampleExchange())))
	if app.ErrorCode(err) != app.EUNSUPPORTED || !strings.Contains(app.ErrorMessage(err), "exchange") {
		t.Errorf("Read of an exchange: %v", err)
	}
}
