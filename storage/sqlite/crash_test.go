package sqlite_test

import (
	"database/sql"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"dossier/app"
	"dossier/storage/sqlite"
)

// crashChildEnv names the case file a re-executed test binary imports into
// until it is killed.
const crashChildEnv = "DOSSIER_CRASH_CHILD"

// crashChild imports generated articles in batches forever (the parent
// kills it). It returns an exit code only on failure.
func crashChild(path string) int {
	s, err := sqlite.Open(path, sqlite.Options{Actor: "crash", BusyWait: 5 * time.Second})
	if err != nil {
		os.Stderr.WriteString("crash child: " + err.Error() + "\n")
		return 3
	}
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	for n := rng.Intn(1 << 20); ; n += 10 {
		if _, err := s.Do(ctx, genBatch(rng, n, 10, 120)); err != nil {
			os.Stderr.WriteString("crash child: " + err.Error() + "\n")
			return 4
		}
		if rng.Intn(4) == 0 {
			if _, err := s.Undo(ctx); err != nil {
				os.Stderr.WriteString("crash child undo: " + err.Error() + "\n")
				return 5
			}
		}
	}
}

// TestCrashRecovery kills an importing child process at random moments;
// after every kill the file opens, passes Check, and every article has its
// text and original with a matching hash.
func TestCrashRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	path := filepath.Join(t.TempDir(), "crash.dossier")
	s, err := sqlite.Create(path, "Crash", testOptions())
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	rng := rand.New(rand.NewSource(42))
	deadline := time.Now().Add(12 * time.Second)
	kills, articles := 0, 0
	for kills < 10 || (kills < 30 && time.Now().Before(deadline)) {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(150+rng.Intn(600)) * time.Millisecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatalf("kill: %v", err)
		}
		err := cmd.Wait()
		if cmd.ProcessState.ExitCode() > 0 {
			t.Fatalf("child failed before the kill: %v", err)
		}
		kills++
		articles = verifyAfterCrash(t, path)
		if kills >= 10 && time.Now().After(deadline) {
			break
		}
	}
	if articles == 0 {
		t.Fatal("the child never committed an import before it was killed")
	}
	t.Logf("%d kills survived; %d articles in the file", kills, articles)
}

func verifyAfterCrash(t *testing.T, path string) int {
	t.Helper()
	s, err := sqlite.Open(path, testOptions())
	if err != nil {
		t.Fatalf("open after kill: %v", err)
	}
	defer s.Close()
	rep, err := s.Check(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("Check after kill = %+v, %v", rep, err)
	}
	_, total, err := s.Articles(ctx, app.ArticleFilter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var missing int
	err = db.QueryRow(`SELECT count(*) FROM articles a LEFT JOIN article_texts t ON t.id = a.text_id
		LEFT JOIN originals o ON o.id = a.original_id
		WHERE t.text IS NULL OR o.bytes IS NULL OR length(o.sha256) <> 64 OR length(t.sha256) <> 64`).Scan(&missing)
	if err != nil || missing != 0 {
		t.Fatalf("%d of %d articles lack text or hash (%v)", missing, total, err)
	}
	return total
}
