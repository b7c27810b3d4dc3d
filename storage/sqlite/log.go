package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"strconv"
	"time"

	"dossier/app"
)

// timeFormat stores instants as fixed-width UTC text, so that they sort as
// strings and round-trip exactly.
const timeFormat = "2006-01-02T15:04:05.000000000Z"

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeFormat)
}

func parseTime(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(timeFormat, s)
	if err != nil {
		t, _ = time.Parse(time.RFC3339Nano, s)
	}
	return t
}

// logRow is one row of the log table as stored.
type logRow struct {
	Seq     int64
	Time    string
	Actor   string
	Kind    string
	Ref     int64
	Name    string
	Target  string
	Summary string
	Hash    string
	Payload string
}

// canonical is the byte encoding of a log row that its hash covers: the
// fields seq, time, actor, kind, ref, name, target, summary and payload, in
// that order, each as an 8-byte big-endian length followed by its UTF-8
// bytes. Integers are written in decimal ASCII; time and payload exactly as
// stored (time is fixed-width UTC "2006-01-02T15:04:05.000000000Z", payload
// is the JSON text {"command":…,"changes":[…]}). The length prefixes make
// the encoding unambiguous whatever the fields contain.
func (r logRow) canonical() []byte {
	fields := []string{
		strconv.FormatInt(r.Seq, 10), r.Time, r.Actor, r.Kind, strconv.FormatInt(r.Ref, 10),
		r.Name, r.Target, r.Summary, r.Payload,
	}
	n := 0
	for _, f := range fields {
		n += 8 + len(f)
	}
	b := make([]byte, 0, n)
	for _, f := range fields {
		b = binary.BigEndian.AppendUint64(b, uint64(len(f)))
		b = append(b, f...)
	}
	return b
}

// chainHash returns hex(SHA-256(prev ‖ canonical(r))), where prev is the
// previous row's hash as its 64 lowercase hex characters ("" before the
// first row).
func chainHash(prev string, r logRow) string {
	h := sha256.New()
	h.Write([]byte(prev))
	h.Write(r.canonical())
	return hex.EncodeToString(h.Sum(nil))
}

// appendLog numbers, hashes and inserts r after the current last row.
func appendLog(ctx context.Context, tx *txn, r logRow) (logRow, error) {
	var last int64
	var prev string
	err := tx.QueryRowContext(ctx, "SELECT seq, hash FROM log ORDER BY seq DESC LIMIT 1").Scan(&last, &prev)
	if err != nil && err != sql.ErrNoRows {
		return r, err
	}
	r.Seq = last + 1
	r.Hash = chainHash(prev, r)
	_, err = tx.ExecContext(ctx,
		`INSERT INTO log(seq, time, actor, kind, ref, name, target, summary, hash, payload)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		r.Seq, r.Time, r.Actor, r.Kind, r.Ref, r.Name, r.Target, r.Summary, r.Hash, r.Payload)
	return r, err
}

func (r logRow) entry() app.LogEntry {
	return app.LogEntry{
		Seq: r.Seq, Time: parseTime(r.Time), Actor: r.Actor, Kind: r.Kind, Ref: r.Ref,
		Name: r.Name, Target: r.Target, Summary: r.Summary, Hash: r.Hash,
	}
}

const logColumns = "seq, time, actor, kind, ref, name, target, summary, hash"

func scanLog(sc interface{ Scan(...any) error }, withPayload bool) (logRow, error) {
	var r logRow
	dest := []any{&r.Seq, &r.Time, &r.Actor, &r.Kind, &r.Ref, &r.Name, &r.Target, &r.Summary, &r.Hash}
	if withPayload {
		dest = append(dest, &r.Payload)
	}
	err := sc.Scan(dest...)
	return r, err
}

// readLogRow loads one row with its payload.
func readLogRow(ctx context.Context, q queryer, seq int64) (logRow, error) {
	r, err := scanLog(q.QueryRowContext(ctx,
		"SELECT "+logColumns+", payload FROM log WHERE seq = ?", seq), true)
	if err == sql.ErrNoRows {
		return r, app.Errorf(app.ENOTFOUND, "no log entry %d", seq)
	}
	return r, err
}

// Log lists log entries newest first. A limit of 0 or less means 100.
func (s *Store) Log(ctx context.Context, limit, offset int) ([]app.LogEntry, error) {
	ctx = ctxOrBackground(ctx)
	if limit <= 0 {
		limit = 100
	}
	if offset < 0 {
		offset = 0
	}
	rows, err := s.db.QueryContext(ctx,
		"SELECT "+logColumns+" FROM log ORDER BY seq DESC LIMIT ? OFFSET ?", limit, offset)
	if err != nil {
		return nil, mapErr(err, "read log")
	}
	defer rows.Close()
	var out []app.LogEntry
	for rows.Next() {
		r, err := scanLog(rows, false)
		if err != nil {
			return nil, mapErr(err, "read log")
		}
		out = append(out, r.entry())
	}
	return out, mapErr(rows.Err(), "read log")
}
