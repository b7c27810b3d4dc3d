package sqlite

import (
	"context"
	"errors"
	"strings"

	"dossier/app"

	msqlite "modernc.org/sqlite"
)

// SQLite primary result codes this package maps to app error codes.
const (
	sqliteBusy       = 5
	sqliteLocked     = 6
	sqliteReadonly   = 8
	sqliteCorrupt    = 11
	sqliteFull       = 13
	sqliteCantOpen   = 14
	sqliteConstraint = 19
	sqliteNotADB     = 26
)

// sqliteCode returns the primary SQLite result code in err's chain, or 0.
func sqliteCode(err error) int {
	var se *msqlite.Error
	if errors.As(err, &se) {
		return se.Code() & 0xff
	}
	return 0
}

// mapErr turns a driver or context error into an app.Error with a plain
// message; app.Errors pass through unchanged. what names the operation in
// lowercase ("import articles").
func mapErr(err error, what string) error {
	if err == nil {
		return nil
	}
	var ae *app.Error
	if errors.As(err, &ae) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return app.WrapError(app.ECANCELED, err, "%s: cancelled", what)
	}
	switch sqliteCode(err) {
	case sqliteBusy, sqliteLocked:
		return app.WrapError(app.EBUSY, err, "%s: the case file is busy; try again", what)
	case sqliteReadonly:
		return app.WrapError(app.EREADONLY, err, "%s: the case file cannot be written", what)
	case sqliteCorrupt, sqliteNotADB:
		return app.WrapError(app.ECORRUPT, err, "%s: the case file is damaged", what)
	case sqliteFull:
		return app.WrapError(app.EINTERNAL, err, "%s: the disk is full", what)
	case sqliteCantOpen:
		return app.WrapError(app.EREADONLY, err, "%s: the case file or its folder cannot be opened for writing", what)
	case sqliteConstraint:
		return app.WrapError(app.ECONFLICT, err, "%s: the change conflicts with the case file's contents", what)
	}
	if strings.Contains(err.Error(), "database is closed") {
		return app.WrapError(app.EINVALID, err, "%s: the case file is closed", what)
	}
	return app.WrapError(app.EINTERNAL, err, "%s failed", what)
}
