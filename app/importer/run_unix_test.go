//go:build unix

package importer

import (
	"context"
	"path/filepath"
	"syscall"
	"testing"

	"dossier/app"
)

// A named pipe would block a reader forever: it is refused, not opened.
func TestRunSkipsPipes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"ok.txt": "A readable note."})
	must(t, syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644))
	for _, paths := range [][]string{{dir}, {filepath.Join(dir, "pipe.txt")}} {
		rep, err := Run(context.Background(), &fakeCmds{}, nil, paths, Options{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Problems) != 1 || rep.Problems[0].Code != app.EUNSUPPORTED || rep.Problems[0].Reason != "not a regular file" {
			t.Errorf("Run(%v) problems %+v", paths, rep.Problems)
		}
	}
}
