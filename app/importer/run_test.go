package importer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"dossier/app"
)

// writeFiles creates files under dir: name -> content.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// numbered writes n small distinct text files and returns their folder.
func numbered(t testing.TB, n, perFolder int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("d%03d", i/perFolder))
		if i%perFolder == 0 {
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		text := fmt.Sprintf("Report %05d\n\nPatrol %d saw nothing unusual near post %d.\n", i, i, i%97)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("r%05d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRunFolderTree(t *testing.T) {
	const failTitle = "Statement by the Port Veyra workers' council"
	fake := &fakeCmds{fail: func(c app.ImportArticles) error {
		if c.Articles[0].Title == failTitle {
			return app.Errorf(app.EREADONLY, "the case file cannot be written")
		}
		return nil
	}}
	var calls []Progress
	paths := []string{filepath.Join(fixtures, "articles"), filepath.Join(fixtures, "bad")}
	rep, err := Run(context.Background(), fake, nil, paths, Options{BatchSize: 1, Workers: 3},
		func(p Progress) { calls = append(calls, p) })
	if err != nil {
		t.Fatal(err)
	}
	wantOrder := []string{"archive.json", "archive.json", "briefing.md", "field-notes.text",
		"latin1-communique.txt", "monitoring-note.markdown", "port-closure.txt", "utf16-notice.txt",
		"hostile.html", "veyra-inquiry.html", "wire.jsonl", "wire.jsonl", "wire.jsonl", "bad-records.jsonl"}
	var got []string
	for _, a := range fake.articles() {
		got = append(got, filepath.Base(a.Filename))
		checkArticle(t, a)
	}
	if !slices.Equal(got, wantOrder) {
		t.Errorf("imported %v,\nwant %v", got, wantOrder)
	}
	if rep.Files != 20 || rep.Imported != 14 || len(rep.IDs) != 14 || rep.IDs[13] != 14 || rep.Canceled {
		t.Errorf("report: files %d imported %d ids %v canceled %v", rep.Files, rep.Imported, rep.IDs, rep.Canceled)
	}
	wantProblems := []string{
		"statement.json not_read_only: not imported: the case file cannot be written",
		"bad-records.jsonl invalid: line 2: the record has no text",
		`bad-records.jsonl invalid: line 3: published date "5 January 2024" is not YYYY-MM-DD or RFC 3339`,
		`bad-records.jsonl invalid: line 4: grade "Z" is not one of A–F`,
		"bad-records.jsonl invalid: line 5: not an article record: invalid character 'b' looking for beginning of value",
		"binary.dat unsupported: unsupported format: binary file, not text",
		"blank.md invalid: empty file",
		"broken.json invalid: not valid JSON: unexpected end of JSON input",
		"empty.txt invalid: empty file",
		"mixed-encoding.txt invalid: invalid UTF-8 at byte 72 (the file mixes UTF-8 with another encoding)",
		"not-found.html invalid: no article text found in the HTML page",
		"photo.txt unsupported: unsupported format: PNG image",
		"scan.pdf unsupported: unsupported format: PDF document",
	}
	wantProblems[0] = strings.Replace(wantProblems[0], "not_read_only", app.EREADONLY, 1)
	var gotProblems []string
	for _, p := range rep.Problems {
		gotProblems = append(gotProblems, filepath.Base(p.Path)+" "+p.Code+": "+p.Reason)
	}
	if !slices.Equal(gotProblems, wantProblems) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(gotProblems, "\n"), strings.Join(wantProblems, "\n"))
	}
	last := calls[len(calls)-1]
	if !last.Done || last.Files != 20 || last.FilesDone != 20 || last.Imported != 14 || last.Failed != 13 {
		t.Errorf("final progress %+v", last)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i].FilesDone < calls[i-1].FilesDone || calls[i].Imported < calls[i-1].Imported {
			t.Errorf("progress went back: %+v then %+v", calls[i-1], calls[i])
		}
	}
}

func TestRunBatching(t *testing.T) {
	tests := []struct{ files, batch, commands int }{
		{25, 7, 4}, {21, 7, 3}, {1, 100, 1}, {5, 1, 5}, {0, 10, 0},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d files by %d", tt.files, tt.batch), func(t *testing.T) {
			dir := numbered(t, tt.files, 10)
			fake := &fakeCmds{}
			rep, err := Run(context.Background(), fake, nil, []string{dir}, Options{BatchSize: tt.batch, Workers: 2}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(fake.cmds) != tt.commands || rep.Imported != tt.files {
				t.Fatalf("%d commands, %d imported; want %d, %d", len(fake.cmds), rep.Imported, tt.commands, tt.files)
			}
			for i, c := range fake.cmds {
				if want := min(tt.batch, tt.files-i*tt.batch); len(c.Articles) != want {
					t.Errorf("command %d has %d articles, want %d", i, len(c.Articles), want)
				}
			}
			for i, a := range fake.articles() {
				if want := fmt.Sprintf("r%05d.txt", i); filepath.Base(a.Filename) != want {
					t.Fatalf("article %d from %s, want %s (file order)", i, a.Filename, want)
				}
			}
		})
	}
}

func TestRunManyFiles(t *testing.T) {
	const n = 3000
	dir := numbered(t, n, 100)
	fake := &fakeCmds{}
	var last Progress
	rep, err := Run(context.Background(), fake, nil, []string{dir}, Options{}, func(p Progress) { last = p })
	if err != nil {
		t.Fatal(err)
	}
	if rep.Imported != n || len(rep.IDs) != n || len(rep.Problems) != 0 || len(fake.cmds) != n/DefaultBatchSize {
		t.Errorf("imported %d, ids %d, problems %d, commands %d", rep.Imported, len(rep.IDs), len(rep.Problems), len(fake.cmds))
	}
	if !last.Done || last.FilesDone != n || last.Imported != n {
		t.Errorf("final progress %+v", last)
	}
}

func TestRunCancel(t *testing.T) {
	dir := numbered(t, 60, 20)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fake := &fakeCmds{after: func(n int) {
		if n == 2 {
			cancel()
		}
	}}
	rep, err := Run(ctx, fake, nil, []string{dir}, Options{BatchSize: 5, Workers: 2}, nil)
	if app.ErrorCode(err) != app.ECANCELED || !rep.Canceled {
		t.Fatalf("error = %v, canceled %v; want ECANCELED", err, rep.Canceled)
	}
	if len(fake.cmds) != 2 || rep.Imported != 10 || len(rep.IDs) != 10 {
		t.Errorf("%d commands, %d imported after cancel; want 2, 10", len(fake.cmds), rep.Imported)
	}
}

func TestRunCancelStopsWorkers(t *testing.T) {
	dir := numbered(t, 40, 20)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	time.AfterFunc(50*time.Millisecond, cancel)
	fake := &fakeCmds{}
	rep, err := Run(ctx, fake, &fakeExtractor{block: true}, []string{dir}, Options{Workers: 4}, nil)
	if app.ErrorCode(err) != app.ECANCELED {
		t.Fatalf("error = %v, want ECANCELED", err)
	}
	if len(fake.cmds) != 0 || rep.Imported != 0 || !rep.Canceled {
		t.Errorf("%d commands, %d imported; want nothing", len(fake.cmds), rep.Imported)
	}
}

func TestRunOptionsFillMetadata(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a-plain.txt": "A plain note about the harbour.",
		"b-own.json":  `[{"title":"Own","source":"Wire","published":"2023-05-01","grade":"A","text":"Record with its own metadata."},{"title":"Bare","text":"Record without metadata."}]`,
		"c-front.md":  "---\ntitle: Front\ndate: 2022-02-02\nsource: Monitor\n---\nMarkdown with front matter.",
	})
	opt := Options{Published: day(2024, 1, 2), Source: "Field team", Grade: "C"}
	fake := &fakeCmds{}
	if _, err := Run(context.Background(), fake, nil, []string{dir}, opt, nil); err != nil {
		t.Fatal(err)
	}
	type meta struct {
		source, published string
		grade             app.Grade
	}
	want := []meta{
		{"Field team", "2024-01-02", "C"},
		{"Wire", "2023-05-01", "A"},
		{"Field team", "2024-01-02", "C"},
		{"Monitor", "2022-02-02", "C"},
	}
	arts := fake.articles()
	if len(arts) != len(want) {
		t.Fatalf("%d articles, want %d", len(arts), len(want))
	}
	for i, a := range arts {
		got := meta{a.Source, a.Published.Format(time.DateOnly), a.Grade}
		if got != want[i] {
			t.Errorf("article %q: %+v, want %+v", a.Title, got, want[i])
		}
		if a.Imported.IsZero() {
			t.Errorf("article %q has no import time", a.Title)
		}
	}
}

func TestRunBadOptions(t *testing.T) {
	_, err := Run(context.Background(), &fakeCmds{}, nil, []string{fixtures}, Options{Grade: "Z"}, nil)
	if app.ErrorCode(err) != app.EINVALID {
		t.Errorf("error = %v, want EINVALID", err)
	}
}

func TestRunDiskProblems(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"big.txt":           strings.Repeat("too much text ", 200),
		"ok.txt":            "Small enough.",
		".hidden.txt":       "Hidden, named explicitly.",
		"sub/.skipped.txt":  "Hidden in a folder.",
		".hiddendir/x.txt":  "In a hidden folder.",
		"target/inside.txt": "Reached through the folder itself.",
	})
	must(t, os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "dangling.txt")))
	must(t, os.Symlink(filepath.Join(dir, "target"), filepath.Join(dir, "link-to-folder")))
	must(t, os.Symlink(filepath.Join(dir, "ok.txt"), filepath.Join(dir, "link-to-file.txt")))
	paths := []string{dir, filepath.Join(dir, ".hidden.txt"), filepath.Join(dir, "missing"), filepath.Join(dir, "link-to-folder")}
	fake := &fakeCmds{}
	rep, err := Run(context.Background(), fake, nil, paths, Options{MaxFileSize: 1024}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range rep.Problems {
		rel, _ := filepath.Rel(dir, p.Path)
		got = append(got, rel+" "+p.Code+": "+p.Reason)
	}
	want := []string{
		"missing not_found: no such file or folder",
		"big.txt too_large: file is over the 1 KB size limit (3 KB)",
		"dangling.txt not_found: no such file or folder",
		"link-to-folder unsupported: link to a folder, not followed",
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var titles []string
	for _, a := range fake.articles() {
		titles = append(titles, a.Title)
	}
	// link-to-file.txt holds the same text as ok.txt: a duplicate.
	// target/inside.txt is named twice (in dir, and as link-to-folder, which
	// is followed because it was named): imported once.
	wantTitles := []string{"Small enough.", "Reached through the folder itself.", "Hidden, named explicitly."}
	if !slices.Equal(titles, wantTitles) || rep.Duplicates != 1 || rep.Files != 5 {
		t.Errorf("imported %q (%d duplicates, %d files), want %q (1, 5)", titles, rep.Duplicates, rep.Files, wantTitles)
	}
}

func TestRunUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"locked.txt": "secret"})
	must(t, os.Chmod(filepath.Join(dir, "locked.txt"), 0))
	rep, err := Run(context.Background(), &fakeCmds{}, nil, []string{dir}, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Problems) != 1 || rep.Problems[0].Reason != "cannot read: permission denied" {
		t.Errorf("problems %+v", rep.Problems)
	}
}

func TestRunDuplicatesLeaveCaseFileAlone(t *testing.T) {
	dir := numbered(t, 12, 5)
	writeFiles(t, dir, map[string]string{"copy.txt": "Report 00003\n\nPatrol 3 saw nothing unusual near post 3.\n"})
	fake := &fakeCmds{}
	rep, err := Run(context.Background(), fake, nil, []string{dir}, Options{BatchSize: 5}, nil)
	if err != nil || rep.Imported != 12 || rep.Duplicates != 1 {
		t.Fatalf("first run: imported %d, duplicates %d, %v", rep.Imported, rep.Duplicates, err)
	}
	rep, err = Run(context.Background(), fake, nil, []string{dir}, Options{BatchSize: 5}, nil)
	if err != nil || rep.Imported != 0 || rep.Duplicates != 13 || len(rep.IDs) != 0 {
		t.Fatalf("second run: imported %d, duplicates %d, ids %v, %v", rep.Imported, rep.Duplicates, rep.IDs, err)
	}
	if fake.nextID != 12 {
		t.Errorf("the second run created %d articles in the case file", fake.nextID-12)
	}
}

func TestRunExtractor(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "Alpha team reached the bridge.",
		"b.txt": "Bravo FAILME report.",
		"c.txt": "Charlie stayed behind.",
	})
	fake := &fakeCmds{}
	rep, err := Run(context.Background(), fake, &fakeExtractor{fail: "FAILME"}, []string{dir}, Options{BatchSize: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Imported != 3 {
		t.Fatalf("imported %d, want 3 (a failed extraction still imports)", rep.Imported)
	}
	var mentions []string
	for _, c := range fake.cmds {
		if len(c.Extractions) != len(c.Articles) {
			t.Fatalf("%d extractions for %d articles", len(c.Extractions), len(c.Articles))
		}
		for _, x := range c.Extractions {
			for _, m := range x.Mentions {
				mentions = append(mentions, m.Text)
			}
		}
	}
	if !slices.Equal(mentions, []string{"Alpha", "Charlie"}) {
		t.Errorf("mentions %v", mentions)
	}
	if len(rep.Problems) != 1 || filepath.Base(rep.Problems[0].Path) != "b.txt" ||
		rep.Problems[0].Reason != "imported without suggestions: extraction failed: model exploded" {
		t.Errorf("problems %+v", rep.Problems)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
