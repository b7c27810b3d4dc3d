// Package sqlite is Dossier's case-file store: one SQLite file per case file
// (modernc.org/sqlite, pure Go), with embedded append-only migrations, an
// FTS5 search index, and every change applied as an app.Command in one
// transaction, recorded in a hash-chained log and undoable.
//
// # Change capture and undo
//
// Generated triggers on every domain table (capture.go) copy the old and new
// image of each inserted, updated or deleted row into the capture table as
// JSON. At the end of Do those images become the payload of the command's
// log row and the capture table is emptied, in the same transaction. Undo
// applies the inverse images in reverse order and is itself captured and
// logged (kind undo); redo inverts the undo row. The undo and redo stacks are
// derived from the log, so they survive closing and reopening the file.
// Commands therefore need no inverse code of their own: a new table or
// command gets undo for free. Article texts and original bytes live in
// tables that are never updated or deleted and are not captured, which
// keeps the log small; undoing an import removes the articles row only.
//
// app.RecordExport changes no row: its log row (of kind app.LogRecord) is
// the record of who exported what, when, where to and with which hash. It
// is not on the undo stack — Undo passes over it to the last change, and
// it does not clear Redo — since an export cannot be taken back.
//
// # Opening files safely
//
// Open never writes to a file it refuses: it checks the 16-byte SQLite
// header and the page count, then reads the schema version through a
// read-only (immutable when no WAL is present) connection before any
// read-write connection is made. A file written by a newer schema is refused
// with app.ETOONEW; an older one is backed up beside itself and migrated in
// one transaction. An advisory flock on the case file, held while it is
// open, keeps a second process (or a second Open in this process) out:
// after Options.BusyWait it reports app.EBUSY.
//
// A broken hash chain does not stop Open: the analyst can still read and
// export the work, and Check names the first row that no longer matches.
package sqlite

import (
	"context"
	"database/sql"
	"os"
	"os/user"
	"sync"
	"time"

	"dossier/app"

	msqlite "modernc.org/sqlite"
)

// SchemaVersion is the schema this build writes: the number of the last
// embedded migration.
const SchemaVersion = 3

func init() {
	// Open File Description locks keep SQLite's own locks alive when some
	// other descriptor of the case file is closed in this process (ours, for
	// the advisory lock and the header check). Ignored where unavailable.
	_, _ = msqlite.OFDLocking(true)
}

// Options tune a Store. The zero value is usable.
type Options struct {
	// Actor is recorded in every log row; default the OS user name.
	Actor string
	// BusyWait is how long Open waits for another holder of the file
	// before it reports app.EBUSY; default 2 s.
	BusyWait time.Duration
	// Now is the clock for log rows and import times; default time.Now.
	Now func() time.Time
}

func (o Options) withDefaults() Options {
	if o.Actor == "" {
		o.Actor = osUser()
	}
	if o.BusyWait <= 0 {
		o.BusyWait = 2 * time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

func osUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if n := os.Getenv("USER"); n != "" {
		return n
	}
	return "unknown"
}

// Store is an open case file. It is safe for concurrent use: queries run in
// parallel, commands one at a time.
type Store struct {
	path  string
	title string
	opt   Options
	db    *sql.DB
	lock  *fileLock
	cols  map[string][]string // captured table -> its columns

	mu     sync.Mutex // serialises Do, Undo, Redo, Check and Close; guards the fields below
	stacks stacks
	closed bool
}

var _ app.CaseFile = (*Store)(nil)

// Path is the case file's location on disk.
func (s *Store) Path() string { return s.path }

// Title is the case file's own title.
func (s *Store) Title() string { return s.title }

// Close closes the database (SQLite checkpoints and removes the WAL) and
// then releases the file lock.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	err := s.db.Close()
	if lerr := s.lock.release(); err == nil {
		err = lerr
	}
	if err != nil {
		return app.WrapError(app.EINTERNAL, err, "could not close %s cleanly", s.path)
	}
	return nil
}

// now returns the store's clock in UTC.
func (s *Store) now() time.Time { return s.opt.Now().UTC() }

// ctxOrBackground guards against a nil context from careless callers.
func ctxOrBackground(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}
