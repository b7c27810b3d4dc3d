package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/cmd/dossier/internal/cli"
)

// run executes the CLI and returns its exit status, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := cli.Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Actor: "tester"}
	code := cli.Run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := run(t, "", args...)
	if code != cli.ExitOK {
		t.Fatalf("dossier %s: exit %d, stderr %q", strings.Join(args, " "), code, errs)
	}
	return out
}

func writeArticles(t *testing.T, dir string) {
	t.Helper()
	files := map[string]string{
		"a.txt": "Harbour fire in Velmora\n\nA fire broke out at the harbour of Velmora on Monday, officials said.",
		"b.md":  "# Talks in Ostrava\n\nNegotiators met in Ostrava on Tuesday to discuss the harbour dispute.",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestCaseFileCommands(t *testing.T) {
	dir := t.TempDir()
	cf := filepath.Join(dir, "case.dossier")
	src := filepath.Join(dir, "in")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	writeArticles(t, src)

	mustRun(t, "new", cf, "--title", "Harbour")
	out := mustRun(t, "import", cf, src, "--no-extract", "--source", "Wire")
	if !strings.Contains(out, "2") {
		t.Errorf("import report %q does not count 2 articles", out)
	}
	var hits []struct {
		ArticleID int64  `json:"article_id"`
		Title     string `json:"title"`
		Snippet   string `json:"snippet"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "search", cf, "harbour", "--json")), &hits); err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Fatalf("search harbour: %d hits, want 2", len(hits))
	}
	if !strings.Contains(mustRun(t, "search", cf, "Ostrava"), "Talks in Ostrava") {
		t.Error("text search does not show the title")
	}
	mustRun(t, "article", "set", cf, "1", "grade", "B")
	if !strings.Contains(mustRun(t, "article", "show", cf, "1"), "grade:     B") {
		t.Error("grade not set")
	}
	log := mustRun(t, "log", cf)
	if !strings.Contains(strings.SplitN(log, "\n", 2)[0], "article.set") {
		t.Errorf("newest log entry is not article.set:\n%s", log)
	}
	mustRun(t, "undo", cf)
	if strings.Contains(mustRun(t, "article", "show", cf, "1"), "grade:     B") {
		t.Error("undo did not restore the grade")
	}
	mustRun(t, "redo", cf)
	if !strings.Contains(mustRun(t, "article", "show", cf, "1"), "grade:     B") {
		t.Error("redo did not set the grade again")
	}
	if !strings.Contains(mustRun(t, "article", "reextract", cf, "--all"), "2 article(s) re-extracted") {
		t.Error("reextract --all did not report two articles")
	}
	if !strings.Contains(mustRun(t, "check", cf), "hash chain:     ok") {
		t.Error("check does not report a sound chain")
	}
}

func TestExitStatuses(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"unknown command", []string{"frobnicate"}, cli.ExitUsage},
		{"missing argument", []string{"new"}, cli.ExitUsage},
		{"bad flag", []string{"search", "x.dossier", "q", "--nope"}, cli.ExitUsage},
		{"too many arguments", []string{"log", "a.dossier", "b.dossier"}, cli.ExitUsage},
		{"subcommand missing its file", []string{"case", "list"}, cli.ExitUsage},
		{"help", []string{"import", "--help"}, cli.ExitOK},
		{"missing case file", []string{"check", filepath.Join(dir, "none.dossier")}, cli.ExitUser},
		{"bad published date", []string{"import", "x.dossier", "y", "--published", "March"}, cli.ExitUsage},
		{"bad field", []string{"article", "set", filepath.Join(dir, "none.dossier"), "1", "colour", "red"}, cli.ExitUser},
		{"no GUI in tests", []string{}, cli.ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := run(t, "", tt.args...)
			if code != tt.want {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tt.want, errs)
			}
			if code == cli.ExitUser && strings.Count(strings.TrimSpace(errs), "\n") != 0 {
				t.Errorf("user error is not one line: %q", errs)
			}
		})
	}
}

func TestNewRefusesToOverwrite(t *testing.T) {
	cf := filepath.Join(t.TempDir(), "c.dossier")
	mustRun(t, "new", cf)
	if code, _, _ := run(t, "", "new", cf); code != cli.ExitUser {
		t.Fatalf("second new on the same path: exit %d, want 1", code)
	}
}

func TestCorruptFileIsReportedAndUntouched(t *testing.T) {
	cf := filepath.Join(t.TempDir(), "junk.dossier")
	junk := []byte("this is not a case file at all, just text\n")
	if err := os.WriteFile(cf, junk, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := run(t, "", "check", cf)
	if code != cli.ExitUser || errs == "" {
		t.Fatalf("exit %d stderr %q, want a one-line user error", code, errs)
	}
	if got, _ := os.ReadFile(cf); !bytes.Equal(got, junk) {
		t.Error("opening a corrupt file changed it")
	}
}

func TestExtractPrintsOffsetsInCodePoints(t *testing.T) {
	code, out, errs := run(t, "Ministers met in İzmir on 3 March 2024.", "extract", "--published", "2024-03-05", "-")
	if code != cli.ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res struct {
		Entities []struct {
			Start, End int
			Type, Text string
		} `json:"entities"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	text := []rune("Ministers met in İzmir on 3 March 2024.")
	found := false
	for _, e := range res.Entities {
		if string(text[e.Start:e.End]) != e.Text {
			t.Errorf("span %d-%d is %q, text says %q", e.Start, e.End, string(text[e.Start:e.End]), e.Text)
		}
		if e.Type == "DATE" && e.Text == "3 March 2024" {
			found = true
		}
	}
	if !found {
		t.Errorf("no DATE '3 March 2024' in %s", out)
	}
}
