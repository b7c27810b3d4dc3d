package sqlite

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"dossier/app"
)

// Create makes a new case file at path with the given title and opens it.
// It never overwrites: an existing path is app.ECONFLICT. The file is built
// under a temporary name in the same folder and linked into place only when
// complete, so a crash never leaves a half-made case file at path.
func Create(path, title string, opt Options) (*Store, error) {
	return createVersion(path, title, opt.withDefaults(), SchemaVersion)
}

// createVersion builds a case file at schema version target and opens it
// without migrating further.
func createVersion(path, title string, opt Options, target int) (*Store, error) {
	title = strings.TrimSpace(title)
	if title == "" {
		title = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	if _, err := os.Lstat(path); err == nil {
		return nil, app.Errorf(app.ECONFLICT, "%s already exists; choose another name or open it", path)
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return nil, app.Errorf(app.ENOTFOUND, "the folder %s does not exist", dir)
	}
	tmp, err := tempName(path)
	if err != nil {
		return nil, err
	}
	defer removeDB(tmp)
	if err := build(tmp, title, target); err != nil {
		return nil, err
	}
	if err := linkNew(tmp, path); err != nil {
		return nil, err
	}
	return openVersion(path, opt, target)
}

// tempName picks a hidden sibling name for the file under construction.
func tempName(path string) (string, error) {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", app.WrapError(app.EINTERNAL, err, "could not create %s", path)
	}
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".new-"+hex.EncodeToString(b[:])), nil
}

// build creates the schema in a fresh file and closes it cleanly, which
// checkpoints the WAL into the file.
func build(tmp, title string, target int) error {
	f, err := os.OpenFile(tmp, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return openError(tmp, err)
	}
	_ = f.Close()
	db, err := openRW(tmp)
	if err != nil {
		return err
	}
	err = migrate(context.Background(), db, 0, target, title)
	if cerr := db.Close(); err == nil && cerr != nil {
		err = cerr
	}
	return mapErr(err, "create case file")
}

// linkNew moves tmp to path without ever replacing an existing file: a hard
// link fails if path appeared meanwhile. File systems without hard links
// fall back to a rename after a final existence check.
func linkNew(tmp, path string) error {
	err := os.Link(tmp, path)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, fs.ErrExist):
		return app.Errorf(app.ECONFLICT, "%s already exists; choose another name or open it", path)
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS):
		return openError(path, err)
	}
	if _, serr := os.Lstat(path); serr == nil {
		return app.Errorf(app.ECONFLICT, "%s already exists; choose another name or open it", path)
	}
	if err := os.Rename(tmp, path); err != nil {
		return openError(path, err)
	}
	return nil
}

// removeDB removes a database file and any SQLite side files of it.
func removeDB(name string) {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		_ = os.Remove(name + suffix)
	}
}
