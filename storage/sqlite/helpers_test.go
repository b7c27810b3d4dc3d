package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"dossier/app"
	"dossier/storage/sqlite"
)

func TestMain(m *testing.M) {
	if code, ok := childMain(); ok {
		os.Exit(code)
	}
	code := m.Run()
	if searchCorpus.temp != "" {
		os.RemoveAll(searchCorpus.temp)
	}
	os.Exit(code)
}

var ctx = context.Background()

// testOptions gives a fixed actor and a clock that advances a second per call.
func testOptions() sqlite.Options {
	var tick atomic.Int64
	base := time.Date(2024, 3, 7, 9, 0, 0, 0, time.UTC)
	return sqlite.Options{
		Actor:    "tester",
		BusyWait: 200 * time.Millisecond,
		Now:      func() time.Time { return base.Add(time.Duration(tick.Add(1)) * time.Second) },
	}
}

// newStore creates a case file in a temporary folder; it is closed at the
// end of the test.
func newStore(t testing.TB) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Create(filepath.Join(t.TempDir(), "case.dossier"), "Test case", testOptions())
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func mustDo(t testing.TB, s *sqlite.Store, cmd app.Command) app.Result {
	t.Helper()
	res, err := s.Do(ctx, cmd)
	if err != nil {
		t.Fatalf("%s: %v", cmd.CommandName(), err)
	}
	return res
}

// wantCode fails unless err carries the app error code.
func wantCode(t testing.TB, err error, code string) {
	t.Helper()
	if got := app.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
}

// span finds the code-point span of the n-th (0-based) occurrence of sub.
func span(t testing.TB, text, sub string, n int) app.Span {
	t.Helper()
	idx := -1
	for i := 0; i <= n; i++ {
		j := strings.Index(text[idx+1:], sub)
		if j < 0 {
			t.Fatalf("%q not found %d times", sub, n+1)
		}
		idx += 1 + j
	}
	start := len([]rune(text[:idx]))
	return app.Span{Start: start, End: start + len([]rune(sub))}
}

// em builds an extracted mention of sub (first occurrence).
func em(t testing.TB, text, sub string, typ app.EntityType, entity string) app.ExtractedMention {
	t.Helper()
	return app.ExtractedMention{Span: span(t, text, sub, 0), Type: typ, Text: sub, Entity: entity, Confidence: 0.8}
}

const convoyText = `Militants attacked a supply convoy near Kandahar on Tuesday, killing four drivers, officials said.
Colin P. Clarke, a researcher at the Soufan Group, said the Islamic State Khorasan Province had grown bolder.
Clarke added that the ISKP cell was probably small. Contact: press@example.org.`

const harbourText = `Port authorities in Valletta seized a cargo of counterfeit medicine on Friday.
The Maltese customs service said the shipment came from a company registered in Limassol.
Investigators from Europol joined the inquiry, according to Maria Borg, a customs spokesperson.`

const electionText = `Voters in Tbilisi queued for hours as the parliamentary election opened on Saturday.
Observers from the OSCE reported minor irregularities in two districts.
The Central Election Commission promised a full count by Monday evening.`

func article(title, text string) app.Article {
	return app.Article{Title: title, Source: "Test Wire", Text: text, Format: "txt",
		Filename: strings.ToLower(strings.ReplaceAll(title, " ", "-")) + ".txt", Grade: "B",
		Original: []byte("\ufeff" + text + "\r\n")}
}

// convoyExtraction suggests the convoy article's names and one event.
func convoyExtraction(t testing.TB) app.Extraction {
	return app.Extraction{
		Mentions: []app.ExtractedMention{
			em(t, convoyText, "Kandahar", app.TypeLoc, "Kandahar"),
			em(t, convoyText, "Colin P. Clarke", app.TypePerson, "Colin P. Clarke"),
			em(t, convoyText, "Soufan Group", app.TypeOrg, "Soufan Group"),
			em(t, convoyText, "Islamic State Khorasan Province", app.TypeOrg, "Islamic State Khorasan Province"),
			{Span: span(t, convoyText, "Clarke", 1), Type: app.TypePerson, Text: "Clarke", Entity: "Colin P. Clarke", Confidence: 0.7},
			em(t, convoyText, "ISKP", app.TypeOrg, "ISKP"),
			em(t, convoyText, "press@example.org", app.TypeEmail, ""),
		},
		Events: []app.SuggestedEvent{{
			Type: app.EventAttack, Trigger: span(t, convoyText, "attacked", 0),
			Sentence: span(t, convoyText, "Militants attacked a supply convoy near Kandahar on Tuesday, killing four drivers, officials said.", 0),
			Date:     app.Date{Value: "2024-03-05", Precision: app.PrecisionDay}, Location: "Kandahar",
			Participants: []app.SuggestedParticipant{{Entity: "Islamic State Khorasan Province", Role: app.RolePerpetrator}},
			Casualties:   app.Casualties{Killed: 4, Injured: -1},
		}},
	}
}

// importConvoy imports the convoy article with its extraction and returns its id.
func importConvoy(t testing.TB, s *sqlite.Store) int64 {
	t.Helper()
	res := mustDo(t, s, app.ImportArticles{
		Articles:    []app.Article{article("Convoy attacked", convoyText)},
		Extractions: []app.Extraction{convoyExtraction(t)},
	})
	return res.IDs[0]
}

// mentionAt returns the article's mention covering exactly sub (first occurrence n).
func mentionAt(t testing.TB, s *sqlite.Store, articleID int64, text, sub string, n int) app.Mention {
	t.Helper()
	sp := span(t, text, sub, n)
	ms, err := s.Mentions(ctx, app.MentionFilter{ArticleID: articleID})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.Span == sp {
			return m
		}
	}
	t.Fatalf("no mention at %q (%v)", sub, sp)
	return app.Mention{}
}

// entityNamed finds an entity by exact canonical name.
func entityNamed(t testing.TB, s *sqlite.Store, name string) app.Entity {
	t.Helper()
	es, _, err := s.Entities(ctx, app.EntityFilter{Query: name, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Name == name {
			return e
		}
	}
	t.Fatalf("no entity named %q", name)
	return app.Entity{}
}

// domainTables are the tables whose content undo and redo must restore.
var domainTables = []string{"articles", "entities", "aliases", "merge_suggestions", "mentions", "events",
	"participants", "evidence", "cases", "case_events", "links", "link_evidence", "notes"}

// dump renders the tables of the case file at path canonically (every row
// in id order) through a separate read-only connection.
func dump(t testing.TB, path string, tables ...string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var b strings.Builder
	for _, tbl := range tables {
		fmt.Fprintf(&b, "## %s\n", tbl)
		rows, err := db.Query("SELECT * FROM " + tbl + " ORDER BY 1")
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for i, v := range vals {
				fmt.Fprintf(&b, "%s=%v|", cols[i], v)
			}
			b.WriteString("\n")
		}
		rows.Close()
	}
	return b.String()
}

// fileState is a file's bytes and whether SQLite side files exist.
func fileState(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	state := string(b)
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(path + suffix); err == nil {
			state += "\x00side file " + suffix
		}
	}
	return state
}

// openRO opens a case file read-only with plain SQL, beside the store.
func openRO(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	return db
}
