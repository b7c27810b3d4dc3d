package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dossier/app"
	"dossier/cmd/dossier/internal/cli"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// buildCase makes a case file with two articles, two events citing them,
// a case holding both and a link, with the CLI alone.
func buildCase(t *testing.T, dir, title string) string {
	t.Helper()
	cf := filepath.Join(dir, title+".dossier")
	src := filepath.Join(dir, "in-"+title)
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	writeArticles(t, src)
	mustRun(t, "new", cf, "--title", "Harbour")
	mustRun(t, "import", cf, src, "--no-extract", "--published", "2024-05-06", "--source", "Wire")
	mustRun(t, "event", "new", cf, "--title", "Harbour fire in Velmora", "--type", "ATTACK", "--date", "2024-05",
		"--evidence", "1:"+spanOf(t, cf, 1, "A fire broke out at the harbour of Velmora"), "--injured", "2")
	mustRun(t, "event", "new", cf, "--title", "Talks in Ostrava", "--type", "MEETING", "--date", "2024-05-07",
		"--evidence", "2:"+spanOf(t, cf, 2, "Negotiators met in Ostrava"))
	mustRun(t, "case", "new", cf, "Harbour dispute", "--summary", "The **fire** came first.")
	mustRun(t, "case", "add", cf, "Harbour dispute", "2", "1")
	mustRun(t, "case", "link", cf, "Harbour dispute", "--from", "event:1", "--to", "event:2", "--kind", "precedes")
	return cf
}

// readExchange reads an exported exchange file, with the export time cleared.
func readExchange(t *testing.T, path string) app.Exchange {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var x app.Exchange
	if err := json.Unmarshal(b, &x); err != nil {
		t.Fatal(err)
	}
	x.Exported = time.Time{}
	return x
}

func TestExportImportExchange(t *testing.T) {
	dir := t.TempDir()
	src := buildCase(t, dir, "src")
	shared := filepath.Join(dir, "shared.json")
	if out := mustRun(t, "export", src, "--format", "json", "-o", shared); !strings.Contains(out, "wrote "+shared) {
		t.Errorf("export said %q", out)
	}
	checkSchema(t, shared)
	if !strings.Contains(strings.SplitN(mustRun(t, "log", src), "\n", 2)[0], "export") {
		t.Error("the JSON export is not recorded in the log")
	}

	dst := filepath.Join(dir, "dst.dossier")
	mustRun(t, "new", dst, "--title", "Harbour")
	out := mustRun(t, "import", dst, shared) // with extraction: the exchange needs none, but must not mind it
	if !strings.Contains(out, "shared.json: imported exchange: 2 articles, 0 entities merged, 2 events, 1 case\n") {
		t.Errorf("import report:\n%s", out)
	}
	again := filepath.Join(dir, "again.json")
	mustRun(t, "export", dst, "--format", "json", "-o", again)
	a, b := readExchange(t, shared), readExchange(t, again)
	if ja, _ := json.Marshal(a); !bytes.Equal(ja, mustJSON(t, b)) {
		t.Errorf("export → import → export differs:\n%s\n%s", ja, mustJSON(t, b))
	}

	t.Run("OKOneCaseBesideOneOfTheSameTitle", func(t *testing.T) {
		one := filepath.Join(dir, "one.json")
		mustRun(t, "export", src, "--case", "Harbour dispute", "--format", "json", "-o", one)
		checkSchema(t, one)
		mustRun(t, "import", dst, one, "--no-extract")
		if list := mustRun(t, "case", "list", dst); !strings.Contains(list, "Harbour dispute (imported)") {
			t.Errorf("case list:\n%s", list)
		}
	})
	t.Run("ErrNewerOrBrokenChangesNothing", func(t *testing.T) {
		b, _ := os.ReadFile(shared)
		newer := filepath.Join(dir, "newer.json")
		broken := filepath.Join(dir, "broken.json")
		writeFile(t, newer, strings.Replace(string(b), `"version": 1`, `"version": 2`, 1))
		writeFile(t, broken, strings.Replace(string(b), `"a1"`, `"a9"`, 1))
		before := mustRun(t, "log", dst, "--json")
		for _, tt := range []struct{ file, words string }{{newer, "newer Dossier"}, {broken, "not a valid exchange file"}} {
			code, _, errs := run(t, "", "import", dst, tt.file, "--no-extract")
			// Progress lines come first; the reason is the one "dossier:" line.
			last := errs[strings.LastIndex(strings.TrimSuffix(errs, "\n"), "\n")+1:]
			if code != cli.ExitUser || !strings.HasPrefix(last, "dossier: nothing imported: ") || !strings.Contains(last, tt.words) {
				t.Errorf("import %s: exit %d, stderr %q", filepath.Base(tt.file), code, errs)
			}
		}
		if mustRun(t, "log", dst, "--json") != before {
			t.Error("a refused exchange changed the case file")
		}
	})
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// checkSchema validates an exported file against docs/exchange.schema.json.
func checkSchema(t *testing.T, path string) {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	c.AssertContent()
	sch, err := c.Compile("../../../../docs/exchange.schema.json")
	if err != nil {
		t.Fatalf("schema: %v", err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(doc); err != nil {
		t.Errorf("%s does not match the schema: %v", filepath.Base(path), err)
	}
}
