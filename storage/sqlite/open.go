package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"dossier/app"
)

// applicationID marks a SQLite file as a Dossier case file (PRAGMA
// application_id, bytes 68–71 of the header): "DoSS".
const applicationID = 0x446f5353

// sqliteMagic opens every SQLite 3 database file.
const sqliteMagic = "SQLite format 3\x00"

// rwQuery is the DSN query of read-write connections. Pragmas go in the DSN
// so that every pooled connection gets them, not just the one an Exec hits.
// temp_store(2) keeps statement journals (written by every multi-row
// statement with triggers) in memory rather than in temporary files.
// cache_size(-16384) gives each connection 16 MiB of page cache instead of
// 2 MiB, enough for the search index of some ten thousand articles: with
// the default, the store's connection re-read pages so often that a search
// among queries on other words took twice as long (BenchmarkSearch).
// mmap_size helped as much, but a memory-mapped file on a removable disk
// that goes away kills the process, so it is not used.
const rwQuery = "_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(5000)" +
	"&_pragma=temp_store(2)&_pragma=cache_size(-16384)&_txlock=immediate"

// fileURI turns a path into an SQLite URI, escaping the characters URI
// parsing would take for delimiters.
func fileURI(path, query string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(path))
	return "file:" + esc + "?" + query
}

// Open opens an existing case file for reading and writing. See the package
// documentation for what it checks before it writes anything.
func Open(path string, opt Options) (*Store, error) {
	return openVersion(path, opt.withDefaults(), SchemaVersion)
}

// openVersion opens path and migrates it up to target (SchemaVersion in
// production; tests build older files with a lower target).
func openVersion(path string, opt Options, target int) (*Store, error) {
	if err := statCaseFile(path); err != nil {
		return nil, err
	}
	lock, err := acquireLock(path, opt.BusyWait)
	if err != nil {
		return nil, err
	}
	s, err := openLocked(path, opt, lock, target)
	if err != nil {
		_ = lock.release()
		return nil, err
	}
	return s, nil
}

// statCaseFile reports a missing path or a folder before anything is opened.
func statCaseFile(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return openError(path, err)
	}
	if fi.IsDir() {
		return app.Errorf(app.EINVALID, "%s is a folder, not a case file", path)
	}
	return nil
}

// openLocked runs the read-only checks, then opens the read-write pool,
// migrates if needed and loads the store's state.
func openLocked(path string, opt Options, lock *fileLock, target int) (*Store, error) {
	wal := hasWAL(path)
	if err := checkHeader(lock.f, path, wal); err != nil {
		return nil, err
	}
	version, err := probeVersion(path, wal)
	if err != nil {
		return nil, err
	}
	if version > target {
		return nil, tooNew(path, version, target)
	}
	if err := checkFolderWritable(path); err != nil {
		return nil, err
	}
	db, err := openRW(path)
	if err != nil {
		return nil, err
	}
	s := &Store{path: path, opt: opt, db: db, lock: lock}
	if err := s.prepare(context.Background(), target); err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}

func tooNew(path string, version, target int) error {
	return app.Errorf(app.ETOONEW,
		"%s was written by a newer version of Dossier (case file schema %d; this version reads up to %d); update Dossier to open it",
		path, version, target)
}

// hasWAL reports whether a write-ahead log lies beside path, as after a crash.
func hasWAL(path string) bool {
	fi, err := os.Stat(path + "-wal")
	return err == nil && fi.Size() > 0
}

// checkHeader reads the 100-byte SQLite header through the locked
// descriptor and rejects empty, foreign and truncated files.
func checkHeader(f *os.File, path string, wal bool) error {
	fi, err := f.Stat()
	if err != nil {
		return app.WrapError(app.EINTERNAL, err, "could not read %s", path)
	}
	size := fi.Size()
	if size == 0 {
		return app.Errorf(app.ECORRUPT, "%s is empty: it is not a case file (it may have been cut short while copying)", path)
	}
	hdr := make([]byte, 100)
	if size < int64(len(hdr)) {
		return app.Errorf(app.ECORRUPT, "%s is not a Dossier case file (it is too short to be one)", path)
	}
	if _, err := f.ReadAt(hdr, 0); err != nil {
		return app.WrapError(app.ECORRUPT, err, "%s could not be read as a case file", path)
	}
	if string(hdr[:16]) != sqliteMagic {
		return app.Errorf(app.ECORRUPT, "%s is not a Dossier case file (it is not an SQLite database)", path)
	}
	pageSize := int64(binary.BigEndian.Uint16(hdr[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	if pageSize < 512 || pageSize > 65536 || pageSize&(pageSize-1) != 0 {
		return app.Errorf(app.ECORRUPT, "%s is damaged: its header is not valid", path)
	}
	if wal {
		// After a crash the main file may legitimately lag its header
		// until the WAL is checkpointed; SQLite itself checks the rest.
		return nil
	}
	pages := int64(binary.BigEndian.Uint32(hdr[28:32]))
	headerValid := binary.BigEndian.Uint32(hdr[24:28]) == binary.BigEndian.Uint32(hdr[92:96])
	if size%pageSize != 0 || (headerValid && pages*pageSize > size) {
		return app.Errorf(app.ECORRUPT,
			"%s is damaged: it is shorter than it should be (truncated, perhaps by an interrupted copy)", path)
	}
	return nil
}

// probeVersion reads the application id and schema version through a
// read-only connection. Without a WAL beside the file the connection is
// immutable, so SQLite creates no -wal or -shm and changes no byte.
func probeVersion(path string, wal bool) (int, error) {
	q := "mode=ro&immutable=1"
	if wal {
		q = "mode=ro"
	}
	db, err := sql.Open("sqlite", fileURI(path, q))
	if err != nil {
		return 0, app.WrapError(app.EINTERNAL, err, "could not open %s", path)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	var appID, version, tables int
	err = db.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&tables)
	if err == nil {
		err = db.QueryRow("PRAGMA application_id").Scan(&appID)
	}
	if err == nil {
		err = db.QueryRow("PRAGMA user_version").Scan(&version)
	}
	switch {
	case err != nil && wal && !isCorrupt(err):
		// A read-only connection cannot always recover a crashed WAL;
		// the read-write open checks the version again before migrating.
		return 0, nil
	case err != nil:
		return 0, app.WrapError(app.ECORRUPT, err, "%s is damaged or not a Dossier case file", path)
	case appID != applicationID:
		return 0, app.Errorf(app.ECORRUPT, "%s is an SQLite database but not a Dossier case file", path)
	case version < 1:
		return 0, app.Errorf(app.ECORRUPT, "%s is damaged: it records no schema version", path)
	}
	return version, nil
}

func isCorrupt(err error) bool {
	c := sqliteCode(err)
	return c == sqliteCorrupt || c == sqliteNotADB
}

// checkFolderWritable makes sure SQLite can create its -wal and -shm files
// beside the case file, so a read-only folder gives a plain message.
func checkFolderWritable(path string) error {
	dir := filepath.Dir(path)
	if err := folderWritable(dir); err != nil {
		return app.WrapError(app.EREADONLY, err,
			"the folder of %s cannot be written; copy the case file somewhere writable to work on it", path)
	}
	return nil
}

// openRW opens the read-write pool and makes sure a connection works.
func openRW(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", fileURI(path, rwQuery))
	if err != nil {
		return nil, app.WrapError(app.EINTERNAL, err, "could not open %s", path)
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	if err := db.Ping(); err != nil {
		_ = db.Close()
		return nil, mapErr(err, "open "+path)
	}
	return db, nil
}

// prepare migrates to target if needed and loads the store's state.
func (s *Store) prepare(ctx context.Context, target int) error {
	var version int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return mapErr(err, "read schema version")
	}
	if version > target {
		return tooNew(s.path, version, target)
	}
	if version < target {
		if err := s.upgrade(ctx, version, target); err != nil {
			return err
		}
	}
	cols, err := capturedTables(ctx, s.db)
	if err != nil {
		return mapErr(err, "read schema")
	}
	s.cols = cols
	if err := s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'title'").Scan(&s.title); err != nil {
		return app.WrapError(app.ECORRUPT, err, "%s is damaged: it has no title", s.path)
	}
	st, err := loadStacks(ctx, s.db)
	if err != nil {
		return mapErr(err, "read log")
	}
	s.stacks = st
	return nil
}

// upgrade backs the file up beside itself and migrates it in one transaction.
func (s *Store) upgrade(ctx context.Context, from, to int) error {
	if from < 1 {
		return app.Errorf(app.ECORRUPT, "%s is damaged: it records no schema version", s.path)
	}
	bak, err := freeName(fmt.Sprintf("%s.bak-v%d", s.path, from))
	if err != nil {
		return err
	}
	if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", bak); err != nil {
		return mapErr(err, "back up "+s.path+" before upgrading it")
	}
	return mapErr(migrate(ctx, s.db, from, to, ""), "upgrade "+s.path)
}

// freeName returns name, or name.2, name.3 … whichever does not exist yet.
func freeName(name string) (string, error) {
	for i := 1; i < 1000; i++ {
		n := name
		if i > 1 {
			n = fmt.Sprintf("%s.%d", name, i)
		}
		if _, err := os.Lstat(n); errors.Is(err, fs.ErrNotExist) {
			return n, nil
		}
	}
	return "", app.Errorf(app.ECONFLICT, "too many backups named %s; remove some", name)
}
