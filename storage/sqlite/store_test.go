package sqlite_test

import (
	"bytes"
	"database/sql"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"dossier/app"
	"dossier/storage/sqlite"
)

func TestCreate(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "new.dossier")
		s, err := sqlite.Create(path, "Operation Heron", testOptions())
		if err != nil {
			t.Fatal(err)
		}
		if s.Title() != "Operation Heron" || s.Path() != path {
			t.Errorf("title %q path %q", s.Title(), s.Path())
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		entries, _ := os.ReadDir(filepath.Dir(path))
		if len(entries) != 1 {
			t.Errorf("folder holds %d files after create+close, want just the case file", len(entries))
		}
		s, err = sqlite.Open(path, testOptions())
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		rep, err := s.Check(ctx)
		if err != nil || !rep.OK() || rep.SchemaVersion != sqlite.SchemaVersion {
			t.Errorf("Check = %+v, %v", rep, err)
		}
	})
	t.Run("ErrExists", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "x.dossier")
		if err := os.WriteFile(path, []byte("keep me"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := sqlite.Create(path, "x", testOptions())
		wantCode(t, err, app.ECONFLICT)
		if b, _ := os.ReadFile(path); string(b) != "keep me" {
			t.Error("Create overwrote an existing file")
		}
	})
	t.Run("ErrNoFolder", func(t *testing.T) {
		_, err := sqlite.Create(filepath.Join(t.TempDir(), "missing", "x.dossier"), "x", testOptions())
		wantCode(t, err, app.ENOTFOUND)
	})
}

func TestOpenErrors(t *testing.T) {
	t.Run("ErrMissing", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "nope.dossier")
		_, err := sqlite.Open(path, testOptions())
		wantCode(t, err, app.ENOTFOUND)
		if !strings.Contains(app.ErrorMessage(err), "no case file at") {
			t.Errorf("message %q", app.ErrorMessage(err))
		}
	})
	t.Run("ErrFolder", func(t *testing.T) {
		_, err := sqlite.Open(t.TempDir(), testOptions())
		wantCode(t, err, app.EINVALID)
	})
	t.Run("ErrOtherSQLite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "other.db")
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec("CREATE TABLE x(y)"); err != nil {
			t.Fatal(err)
		}
		db.Close()
		before := fileState(t, path)
		_, err = sqlite.Open(path, testOptions())
		wantCode(t, err, app.ECORRUPT)
		if fileState(t, path) != before {
			t.Error("a foreign SQLite file was modified by Open")
		}
	})
}

// validCaseFile returns the bytes of a closed case file with some content.
func validCaseFile(t *testing.T) []byte {
	s := newStore(t)
	importConvoy(t, s)
	mustDo(t, s, app.ImportArticles{Articles: []app.Article{article("Harbour", harbourText), article("Vote", electionText)}})
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestOpenCorrupt(t *testing.T) {
	good := validCaseFile(t)
	rnd := make([]byte, 8192)
	rand.New(rand.NewSource(1)).Read(rnd)
	tests := []struct {
		name string
		data []byte
	}{
		{"ErrZeroLength", nil},
		{"ErrText", []byte("Dear analyst,\nthis is a letter, not a case file.\n")},
		{"ErrRandom", rnd},
		{"ErrTruncatedMidPage", good[:len(good)/2+100]},
		{"ErrTruncatedPageBoundary", good[:4096*2]},
		{"ErrHeaderOnly", good[:100]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bad.dossier")
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := sqlite.Open(path, testOptions())
			wantCode(t, err, app.ECORRUPT)
			if got := fileState(t, path); got != string(tt.data) {
				t.Error("Open modified the corrupt file or left side files")
			}
		})
	}
}

// setVersion rewrites the schema version of a closed case file with plain SQL.
func setVersion(t *testing.T, path string, v int) {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		"PRAGMA user_version = " + itoa(v),
		"UPDATE meta SET value = '" + itoa(v) + "' WHERE key = 'schema_version'",
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
}

func itoa(v int) string { return strconv.Itoa(v) }

func TestOpenNewerSchema(t *testing.T) {
	s := newStore(t)
	importConvoy(t, s)
	path := s.Path()
	s.Close()
	setVersion(t, path, sqlite.SchemaVersion+1)
	before := fileState(t, path)
	_, err := sqlite.Open(path, testOptions())
	wantCode(t, err, app.ETOONEW)
	if !strings.Contains(app.ErrorMessage(err), "newer version of Dossier") {
		t.Errorf("message %q", app.ErrorMessage(err))
	}
	if fileState(t, path) != before {
		t.Error("a too-new file was modified by Open")
	}
}

func TestOpenUpgrades(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.dossier")
	old, err := sqlite.CreateVersion(path, "Old case", testOptions(), 1)
	if err != nil {
		t.Fatal(err)
	}
	mustDo(t, old, app.ImportArticles{
		Articles:    []app.Article{article("Convoy attacked", convoyText)},
		Extractions: []app.Extraction{convoyExtraction(t)},
	})
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	v1 := dump(t, path, domainTables...)

	s, err := sqlite.Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rep, err := s.Check(ctx)
	if err != nil || !rep.OK() || rep.SchemaVersion != sqlite.SchemaVersion {
		t.Fatalf("Check after upgrade = %+v, %v", rep, err)
	}
	hits, err := s.Search(ctx, "convoy", 10)
	if err != nil || len(hits) != 1 {
		t.Errorf("search in upgraded file = %v, %v", hits, err)
	}
	list, _, err := s.Articles(ctx, app.ArticleFilter{})
	if err != nil || len(list) != 1 || list[0].Suggestions == 0 {
		t.Errorf("article counts not backfilled: %+v, %v", list, err)
	}
	bak := path + ".bak-v1"
	if got := dump(t, bak, domainTables...); got != v1 {
		t.Error("backup differs from the file before the upgrade")
	}
	bdb, _ := sql.Open("sqlite", "file:"+bak+"?mode=ro")
	defer bdb.Close()
	var v int
	if err := bdb.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != 1 {
		t.Errorf("backup version %d, %v", v, err)
	}
	// Undo still reaches the command logged before the upgrade.
	if _, err := s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	if list, total, _ := s.Articles(ctx, app.ArticleFilter{}); total != 0 || len(list) != 0 {
		t.Errorf("after undo %d articles", total)
	}
}

func TestBusy(t *testing.T) {
	s := newStore(t)
	importConvoy(t, s)
	_, err := sqlite.Open(s.Path(), testOptions())
	wantCode(t, err, app.EBUSY)
	// The failed attempt must not have disturbed the first store.
	mustDo(t, s, app.ImportArticles{Articles: []app.Article{article("Harbour", harbourText)}})
	if rep, err := s.Check(ctx); err != nil || !rep.OK() {
		t.Fatalf("Check = %+v, %v", rep, err)
	}
	path := s.Path()
	s.Close()
	s2, err := sqlite.Open(path, testOptions())
	if err != nil {
		t.Fatalf("open after close: %v", err)
	}
	s2.Close()
}

func TestOriginalAndHash(t *testing.T) {
	s := newStore(t)
	id := importConvoy(t, s)
	a, err := s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	orig, err := s.ArticleOriginal(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want := article("x", convoyText).Original
	if !bytes.Equal(orig, want) || a.Text != convoyText || len(a.SHA256) != 64 {
		t.Errorf("original %q, sha %q", orig[:10], a.SHA256)
	}
	_, err = s.ArticleOriginal(ctx, 999)
	wantCode(t, err, app.ENOTFOUND)
	_, err = s.Article(ctx, 999)
	wantCode(t, err, app.ENOTFOUND)
}
