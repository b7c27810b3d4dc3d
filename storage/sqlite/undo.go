package sqlite

import (
	"context"
	"encoding/json"

	"dossier/app"
)

// stackEntry is a command on the undo or redo stack: orig is the seq of the
// command's do row, last the seq of the row whose changes are its most
// recent application (do or redo row on the undo stack, undo row on the
// redo stack).
type stackEntry struct{ orig, last int64 }

// stacks are the undo and redo stacks, derived from the log: do pushes on
// undo and clears redo; undo moves the top of undo to redo; redo moves it back.
type stacks struct{ undo, redo []stackEntry }

// push replays one log row onto the stacks. Rows that do not fit (a log
// edited by hand) are ignored rather than trusted.
func (st *stacks) push(kind string, seq, ref int64) {
	switch kind {
	case app.LogDo:
		st.undo = append(st.undo, stackEntry{orig: seq, last: seq})
		st.redo = nil
	case app.LogUndo:
		if n := len(st.undo); n > 0 && st.undo[n-1].orig == ref {
			st.undo = st.undo[:n-1]
			st.redo = append(st.redo, stackEntry{orig: ref, last: seq})
		}
	case app.LogRedo:
		if n := len(st.redo); n > 0 && st.redo[n-1].orig == ref {
			st.redo = st.redo[:n-1]
			st.undo = append(st.undo, stackEntry{orig: ref, last: seq})
		}
	}
}

func top(s []stackEntry) (stackEntry, bool) {
	if len(s) == 0 {
		return stackEntry{}, false
	}
	return s[len(s)-1], true
}

// loadStacks derives the stacks from the whole log (short columns only).
func loadStacks(ctx context.Context, q queryer) (stacks, error) {
	var st stacks
	rows, err := q.QueryContext(ctx, "SELECT seq, kind, ref FROM log ORDER BY seq")
	if err != nil {
		return st, err
	}
	defer rows.Close()
	for rows.Next() {
		var seq, ref int64
		var kind string
		if err := rows.Scan(&seq, &kind, &ref); err != nil {
			return st, err
		}
		st.push(kind, seq, ref)
	}
	return st, rows.Err()
}

// Undo reverts the most recent command not yet undone; ENOTFOUND when there
// is none. The returned entry is the new undo row.
func (s *Store) Undo(ctx context.Context) (app.LogEntry, error) {
	return s.walk(ctxOrBackground(ctx), app.LogUndo)
}

// Redo repeats the most recently undone command; ENOTFOUND when there is none.
func (s *Store) Redo(ctx context.Context) (app.LogEntry, error) {
	return s.walk(ctxOrBackground(ctx), app.LogRedo)
}

// walk undoes or redoes the top entry of the matching stack by reverting
// the changes of its last application, and logs that as a row of kind.
func (s *Store) walk(ctx context.Context, kind string) (app.LogEntry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return app.LogEntry{}, app.Errorf(app.EINVALID, "the case file %s is closed", s.path)
	}
	from, word := s.stacks.undo, "undo"
	if kind == app.LogRedo {
		from, word = s.stacks.redo, "redo"
	}
	e, ok := top(from)
	if !ok {
		return app.LogEntry{}, app.Errorf(app.ENOTFOUND, "there is nothing to %s", word)
	}
	var row logRow
	err := s.inTx(ctx, func(tx *txn) error {
		orig, err := readLogRow(ctx, tx, e.orig)
		if err != nil {
			return err
		}
		last, err := readLogRow(ctx, tx, e.last)
		if err != nil {
			return err
		}
		var p payload
		if err := json.Unmarshal([]byte(last.Payload), &p); err != nil {
			return app.WrapError(app.ECORRUPT, err, "cannot %s: log entry %d is damaged", word, e.last)
		}
		if err := s.revert(ctx, tx, p.Changes); err != nil {
			return err
		}
		prefix := "Undid: "
		if kind == app.LogRedo {
			prefix = "Redid: "
		}
		row, err = s.logChanges(ctx, tx, logRow{Kind: kind, Ref: e.orig, Name: orig.Name,
			Target: orig.Target, Summary: prefix + orig.Summary}, nil, false)
		return err
	})
	if err != nil {
		return app.LogEntry{}, mapErr(err, word)
	}
	if row.Seq == 0 {
		return app.LogEntry{}, app.Errorf(app.EINTERNAL, "%s changed nothing", word)
	}
	s.stacks.push(kind, row.Seq, e.orig)
	return row.entry(), nil
}

// UndoRedoState names the commands Undo and Redo would act on (their
// original do rows), nil when none.
func (s *Store) UndoRedoState(ctx context.Context) (undo, redo *app.LogEntry, err error) {
	ctx = ctxOrBackground(ctx)
	s.mu.Lock()
	u, uok := top(s.stacks.undo)
	r, rok := top(s.stacks.redo)
	s.mu.Unlock()
	if uok {
		if undo, err = s.logEntry(ctx, u.orig); err != nil {
			return nil, nil, err
		}
	}
	if rok {
		if redo, err = s.logEntry(ctx, r.orig); err != nil {
			return nil, nil, err
		}
	}
	return undo, redo, nil
}

func (s *Store) logEntry(ctx context.Context, seq int64) (*app.LogEntry, error) {
	r, err := scanLog(s.db.QueryRowContext(ctx, "SELECT "+logColumns+" FROM log WHERE seq = ?", seq), false)
	if err != nil {
		return nil, mapErr(err, "read log")
	}
	e := r.entry()
	return &e, nil
}
