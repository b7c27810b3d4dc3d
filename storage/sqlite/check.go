package sqlite

import (
	"context"
	"fmt"
	"strconv"

	"dossier/app"
)

// Check verifies SQLite's integrity, the schema version, the search index
// and the log's hash chain. Problems go into the report; the error is only
// for failures to run the check at all.
func (s *Store) Check(ctx context.Context) (app.CheckReport, error) {
	ctx = ctxOrBackground(ctx)
	s.mu.Lock() // no command may append to the log while it is verified
	defer s.mu.Unlock()
	rep := app.CheckReport{Path: s.path}
	if s.closed {
		return rep, app.Errorf(app.EINVALID, "the case file %s is closed", s.path)
	}
	s.checkIntegrity(ctx, &rep)
	s.checkVersion(ctx, &rep)
	s.checkSearch(ctx, &rep)
	if err := s.checkChain(ctx, &rep); err != nil {
		return rep, err
	}
	return rep, nil
}

func problem(rep *app.CheckReport, format string, args ...any) {
	rep.Problems = append(rep.Problems, fmt.Sprintf(format, args...))
}

func (s *Store) checkIntegrity(ctx context.Context, rep *app.CheckReport) {
	rep.Integrity = "ok"
	rows, err := s.db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		rep.Integrity = err.Error()
		problem(rep, "SQLite integrity check failed: %v", err)
		return
	}
	var first string
	for rows.Next() {
		var msg string
		if rows.Scan(&msg) == nil && first == "" {
			first = msg
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil && first == "" {
		first = err.Error()
	}
	if first != "ok" {
		rep.Integrity = first
		problem(rep, "SQLite integrity check: %s", first)
	}
	var fk int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM pragma_foreign_key_check").Scan(&fk); err != nil {
		problem(rep, "foreign key check failed: %v", err)
	} else if fk > 0 {
		problem(rep, "%d rows point to rows that do not exist (foreign keys)", fk)
	}
}

func (s *Store) checkVersion(ctx context.Context, rep *app.CheckReport) {
	var uv, appID int
	var meta string
	err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&uv)
	if err == nil {
		err = s.db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID)
	}
	if err == nil {
		err = s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'schema_version'").Scan(&meta)
	}
	rep.SchemaVersion = uv
	switch {
	case err != nil:
		problem(rep, "schema version unreadable: %v", err)
	case appID != applicationID:
		problem(rep, "the file is not marked as a Dossier case file (application id %#x)", appID)
	case uv != SchemaVersion:
		problem(rep, "schema version %d, expected %d", uv, SchemaVersion)
	case meta != strconv.Itoa(uv):
		problem(rep, "schema version %d in the header but %q in the meta table", uv, meta)
	}
}

// checkSearch compares the full-text index with the articles it indexes.
func (s *Store) checkSearch(ctx context.Context, rep *app.CheckReport) {
	_, err := s.db.ExecContext(ctx, "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
	if err != nil {
		problem(rep, "the search index does not match the articles: %v", err)
	}
}

// checkChain recomputes every log row's hash in order and names the first
// row that does not match (edited, or following a removed row).
func (s *Store) checkChain(ctx context.Context, rep *app.CheckReport) error {
	rows, err := s.db.QueryContext(ctx, "SELECT "+logColumns+", payload FROM log ORDER BY seq")
	if err != nil {
		return mapErr(err, "read log")
	}
	defer rows.Close()
	prev, want := "", int64(1)
	for rows.Next() {
		r, err := scanLog(rows, true)
		if err != nil {
			return mapErr(err, "read log")
		}
		rep.LogRows++
		if rep.FirstBroken == 0 {
			switch {
			case r.Seq != want:
				rep.FirstBroken = r.Seq
				problem(rep, "log rows %d–%d are missing", want, r.Seq-1)
			case chainHash(prev, r) != r.Hash:
				rep.FirstBroken = r.Seq
				problem(rep, "log row %d was changed after it was written (its hash does not match)", r.Seq)
			}
		}
		prev, want = r.Hash, r.Seq+1
	}
	return mapErr(rows.Err(), "read log")
}
