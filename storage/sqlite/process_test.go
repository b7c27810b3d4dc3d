package sqlite_test

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"dossier/app"
	"dossier/storage/sqlite"
)

// Child-process roles of the test binary, chosen by environment variable.
const (
	holdChildEnv = "DOSSIER_HOLD_CHILD" // open the file, say "ready", wait to be killed
	openChildEnv = "DOSSIER_OPEN_CHILD" // try to open the file, print the error code
)

// childMain runs a child role if the environment asks for one.
func childMain() (code int, ok bool) {
	switch {
	case os.Getenv(crashChildEnv) != "":
		return crashChild(os.Getenv(crashChildEnv)), true
	case os.Getenv(holdChildEnv) != "":
		s, err := sqlite.Open(os.Getenv(holdChildEnv), sqlite.Options{})
		if err != nil {
			os.Stdout.WriteString("error " + app.ErrorCode(err) + "\n")
			return 3, true
		}
		defer s.Close()
		os.Stdout.WriteString("ready\n")
		time.Sleep(time.Minute)
		return 0, true
	case os.Getenv(openChildEnv) != "":
		s, err := sqlite.Open(os.Getenv(openChildEnv), sqlite.Options{BusyWait: 100 * time.Millisecond})
		if err == nil {
			s.Close()
		}
		os.Stdout.WriteString("code=" + app.ErrorCode(err) + "\n")
		return 0, true
	}
	return 0, false
}

// TestBusyOtherProcess holds a case file open in a child process: Open
// here waits about BusyWait, then reports EBUSY; after the child dies the
// file opens and checks clean.
func TestBusyOtherProcess(t *testing.T) {
	s := newStore(t)
	importConvoy(t, s)
	path := s.Path()
	s.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), holdChildEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, _ := bufio.NewReader(out).ReadString('\n')
	if line != "ready\n" {
		t.Fatalf("child said %q", line)
	}
	start := time.Now()
	_, err = sqlite.Open(path, testOptions())
	wantCode(t, err, app.EBUSY)
	if waited := time.Since(start); waited < 150*time.Millisecond {
		t.Errorf("gave up after %v, want about the 200 ms BusyWait", waited)
	}
	cmd.Process.Kill()
	cmd.Wait()
	s2, err := sqlite.Open(path, testOptions())
	if err != nil {
		t.Fatalf("open after the holder died: %v", err)
	}
	defer s2.Close()
	if rep, err := s2.Check(ctx); err != nil || !rep.OK() {
		t.Errorf("Check = %+v, %v", rep, err)
	}
}

// TestReadOnly opens a read-only case file, and one in a read-only folder.
// Root ignores permissions, so as root the attempt runs in a child process
// as the unprivileged user nobody.
func TestReadOnly(t *testing.T) {
	dir, err := os.MkdirTemp("", "dossier-ro-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	os.Chmod(dir, 0o755)
	path := filepath.Join(dir, "case.dossier")
	s, err := sqlite.Create(path, "Read-only", testOptions())
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	t.Run("ErrFile", func(t *testing.T) {
		os.Chmod(path, 0o444)
		defer os.Chmod(path, 0o644)
		wantOpenCode(t, path, app.EREADONLY)
	})
	t.Run("ErrFolder", func(t *testing.T) {
		os.Chmod(path, 0o666) // writable file, read-only folder: no room for the WAL
		os.Chmod(dir, 0o555)
		defer os.Chmod(dir, 0o755)
		wantOpenCode(t, path, app.EREADONLY)
	})
}

// wantOpenCode opens path as an unprivileged user and checks the error code.
func wantOpenCode(t *testing.T, path, code string) {
	t.Helper()
	if os.Geteuid() != 0 {
		_, err := sqlite.Open(path, testOptions())
		wantCode(t, err, code)
		return
	}
	bin := filepath.Join(filepath.Dir(filepath.Dir(path)), filepath.Base(filepath.Dir(path))+"-test.bin")
	if err := copyFile(os.Args[0], bin); err != nil {
		t.Skipf("cannot copy the test binary for an unprivileged child: %v", err)
	}
	defer os.Remove(bin)
	cmd := exec.Command(bin, "-test.run=^$")
	cmd.Env = append(os.Environ(), openChildEnv+"="+path)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("cannot run a child as nobody: %v", err)
	}
	if got := strings.TrimSpace(string(out)); got != "code="+code {
		t.Errorf("child open: %s, want code=%s", got, code)
	}
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// TestConcurrentUse runs commands, undo and queries from several
// goroutines at once (meant for -race).
func TestConcurrentUse(t *testing.T) {
	s := newStore(t)
	importConvoy(t, s)
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				name := "Place " + string(rune('A'+w)) + string(rune('a'+i))
				if _, err := s.Do(ctx, app.CreateEntity{Type: app.TypeLoc, Name: name}); err != nil {
					errs <- err
				}
				if i%3 == 0 {
					if _, err := s.Undo(ctx); err != nil {
						errs <- err
					}
				}
			}
		}(w)
	}
	for r := 0; r < 2; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				if _, _, err := s.Articles(ctx, app.ArticleFilter{}); err != nil {
					errs <- err
				}
				if _, _, err := s.Entities(ctx, app.EntityFilter{Query: "place"}); err != nil {
					errs <- err
				}
				if _, _, err := s.UndoRedoState(ctx); err != nil {
					errs <- err
				}
				if _, err := s.Search(ctx, "convoy", 5); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if rep, err := s.Check(ctx); err != nil || !rep.OK() {
		t.Errorf("Check = %+v, %v", rep, err)
	}
}
