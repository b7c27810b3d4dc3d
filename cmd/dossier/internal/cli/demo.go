package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"dossier/app"
	"dossier/app/importer"
	"dossier/assets"
	"dossier/storage/sqlite"
)

// DemoPath returns the demo case file in the user's data folder, creating it
// on first use from the embedded demo articles (with extraction). It is built
// under a temporary name and renamed into place, so an interrupted first run
// never leaves a half-made demo behind.
func DemoPath(ctx context.Context, actor string, ex app.Extractor) (string, error) {
	dir, err := dataDir()
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "demo.dossier")
	if fileExists(path) {
		return path, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", app.WrapError(app.EREADONLY, err, "cannot create %s", dir)
	}
	src, err := os.MkdirTemp("", "dossier-demo-")
	if err != nil {
		return "", fmt.Errorf("demo: %w", err)
	}
	defer os.RemoveAll(src)
	if err := os.CopyFS(src, assets.Demo); err != nil {
		return "", fmt.Errorf("demo: %w", err)
	}
	tmp := path + ".partial"
	_ = os.Remove(tmp)
	s, err := sqlite.Create(tmp, "Demo case: the Sable Coast Brigade", sqlite.Options{Actor: actor})
	if err != nil {
		return "", err
	}
	_, err = importer.Run(ctx, s, ex, []string{src}, importer.Options{}, nil)
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(tmp)
		return "", err
	}
	return path, os.Rename(tmp, path)
}

// dataDir is where Dossier keeps the demo case: $XDG_DATA_HOME/dossier or ~/.local/share/dossier.
func dataDir() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "dossier"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", app.WrapError(app.ENOTFOUND, err, "no home folder for the demo case")
	}
	return filepath.Join(home, ".local", "share", "dossier"), nil
}
