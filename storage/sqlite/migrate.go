package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// migrationFS holds the schema as numbered, append-only SQL files:
// NNNN_name.sql. The number of the last one is SchemaVersion.
//
//go:embed migrations/*.sql
var migrationFS embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, n := range names {
		base := strings.TrimPrefix(n, "migrations/")
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("migration %s: name does not start with a number", base)
		}
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// migrate applies the migrations after from up to and including to, in one
// transaction, records the version in PRAGMA user_version and the meta
// table, marks the file as a case file and regenerates the change-capture
// triggers. title is set when from is 0 (a new file).
func migrate(ctx context.Context, db *sql.DB, from, to int, title string) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	stx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer stx.Rollback()
	tx := newTxn(stx)
	for _, m := range ms {
		if m.version <= from || m.version > to {
			continue
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	if from == 0 {
		if _, err := tx.ExecContext(ctx, "INSERT INTO meta(key, value) VALUES ('title', ?)", title); err != nil {
			return err
		}
	}
	stmts := []string{
		fmt.Sprintf("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '%d')", to),
		fmt.Sprintf("PRAGMA user_version = %d", to),
		fmt.Sprintf("PRAGMA application_id = %d", applicationID),
	}
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	if err := installCapture(ctx, tx); err != nil {
		return err
	}
	return tx.Commit()
}
