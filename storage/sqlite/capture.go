package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"dossier/app"
)

// uncaptured are the ordinary tables whose changes are not recorded in the
// log: bookkeeping (meta, log, capture), immutable content that is never
// updated or deleted (originals, article_texts) and data derived by
// triggers from captured tables (article_counts). Every other table is a
// domain table and gets capture triggers, so a table added by a later
// migration is captured (and undoable) without further code.
var uncaptured = map[string]bool{
	"meta": true, "log": true, "capture": true,
	"originals": true, "article_texts": true, "article_counts": true,
}

// queryer is what both *sql.DB and *sql.Tx offer for reads.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// capturedTables lists the domain tables and their columns, from the live
// schema. Virtual tables and their shadow tables are skipped.
func capturedTables(ctx context.Context, q queryer) (map[string][]string, error) {
	rows, err := q.QueryContext(ctx,
		"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
	if err != nil {
		return nil, err
	}
	var names, virtual []string
	for rows.Next() {
		var name string
		var ddl sql.NullString
		if err := rows.Scan(&name, &ddl); err != nil {
			rows.Close()
			return nil, err
		}
		if strings.HasPrefix(strings.ToUpper(ddl.String), "CREATE VIRTUAL") {
			virtual = append(virtual, name)
			continue
		}
		names = append(names, name)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for _, n := range names {
		if uncaptured[n] || isShadow(n, virtual) {
			continue
		}
		cols, err := tableColumns(ctx, q, n)
		if err != nil {
			return nil, err
		}
		out[n] = cols
	}
	return out, nil
}

func isShadow(name string, virtual []string) bool {
	for _, v := range virtual {
		if strings.HasPrefix(name, v+"_") {
			return true
		}
	}
	return false
}

// tableColumns returns a table's columns in order; it must have an integer
// primary key named id, by which row images are keyed.
func tableColumns(ctx context.Context, q queryer, table string) ([]string, error) {
	rows, err := q.QueryContext(ctx, "SELECT name, type, pk FROM pragma_table_info(?)", table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cols []string
	hasID := false
	for rows.Next() {
		var name, typ string
		var pk int
		if err := rows.Scan(&name, &typ, &pk); err != nil {
			return nil, err
		}
		if name == "id" && pk == 1 && strings.EqualFold(typ, "INTEGER") {
			hasID = true
		}
		cols = append(cols, name)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if !hasID {
		return nil, fmt.Errorf("table %s has no INTEGER PRIMARY KEY id: give it one or list it as uncaptured", table)
	}
	return cols, nil
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
func quoteText(s string) string  { return `'` + strings.ReplaceAll(s, `'`, `''`) + `'` }

// jsonObject builds json_object('c1', P.c1, …) for a row alias P (OLD/NEW).
func jsonObject(alias string, cols []string) string {
	parts := make([]string, 0, 2*len(cols))
	for _, c := range cols {
		parts = append(parts, quoteText(c), alias+"."+quoteIdent(c))
	}
	return "json_object(" + strings.Join(parts, ", ") + ")"
}

// captureTriggers returns the CREATE TRIGGER statements for one table. An
// UPDATE that changes nothing is not captured.
func captureTriggers(table string, cols []string) []string {
	changed := make([]string, len(cols))
	for i, c := range cols {
		changed[i] = "OLD." + quoteIdent(c) + " IS NOT NEW." + quoteIdent(c)
	}
	ins := "INSERT INTO capture(tbl, row_id, old, new) VALUES (" + quoteText(table) + ", "
	name := func(op string) string { return quoteIdent("capture_" + table + "_" + op) }
	t := quoteIdent(table)
	return []string{
		fmt.Sprintf("CREATE TRIGGER %s AFTER INSERT ON %s BEGIN %sNEW.id, NULL, %s); END",
			name("insert"), t, ins, jsonObject("NEW", cols)),
		fmt.Sprintf("CREATE TRIGGER %s AFTER UPDATE ON %s WHEN %s BEGIN %sNEW.id, %s, %s); END",
			name("update"), t, strings.Join(changed, " OR "), ins, jsonObject("OLD", cols), jsonObject("NEW", cols)),
		fmt.Sprintf("CREATE TRIGGER %s AFTER DELETE ON %s BEGIN %sOLD.id, %s, NULL); END",
			name("delete"), t, ins, jsonObject("OLD", cols)),
	}
}

// installCapture drops every capture trigger and generates them afresh
// from the current schema; migrate calls it after each upgrade.
func installCapture(ctx context.Context, tx *txn) error {
	rows, err := tx.QueryContext(ctx,
		"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'capture\\_%' ESCAPE '\\'")
	if err != nil {
		return err
	}
	var old []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return err
		}
		old = append(old, n)
	}
	rows.Close()
	for _, n := range old {
		if _, err := tx.ExecContext(ctx, "DROP TRIGGER "+quoteIdent(n)); err != nil {
			return err
		}
	}
	tables, err := capturedTables(ctx, tx)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(tables))
	for n := range tables {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		for _, q := range captureTriggers(n, tables[n]) {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("capture trigger on %s: %w", n, err)
			}
		}
	}
	return nil
}

// change is one captured row change: the row's image before (Old) and
// after (New); a null Old is an insert, a null New a delete.
type change struct {
	Table string          `json:"table"`
	ID    int64           `json:"id"`
	Old   json.RawMessage `json:"old"`
	New   json.RawMessage `json:"new"`
}

func isNull(m json.RawMessage) bool { return len(m) == 0 || string(m) == "null" }

// takeChanges moves the captured changes out of the capture table.
func takeChanges(ctx context.Context, tx *txn) ([]change, error) {
	rows, err := tx.QueryContext(ctx, "SELECT tbl, row_id, old, new FROM capture ORDER BY n")
	if err != nil {
		return nil, err
	}
	var out []change
	for rows.Next() {
		var c change
		var old, nw sql.NullString
		if err := rows.Scan(&c.Table, &c.ID, &old, &nw); err != nil {
			rows.Close()
			return nil, err
		}
		if old.Valid {
			c.Old = json.RawMessage(old.String)
		}
		if nw.Valid {
			c.New = json.RawMessage(nw.String)
		}
		out = append(out, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	_, err = tx.ExecContext(ctx, "DELETE FROM capture")
	return out, err
}

// revert applies the inverse of changes, last first, bringing every row
// back to its Old image. The capture triggers record what it does.
func (s *Store) revert(ctx context.Context, tx *txn, changes []change) error {
	if _, err := tx.ExecContext(ctx, "PRAGMA defer_foreign_keys = ON"); err != nil {
		return err
	}
	for i := len(changes) - 1; i >= 0; i-- {
		if err := s.restoreRow(ctx, tx, changes[i]); err != nil {
			return err
		}
	}
	return nil
}

// restoreRow sets one row to c.Old: deleting it, re-inserting it or
// updating the columns the image names.
func (s *Store) restoreRow(ctx context.Context, tx *txn, c change) error {
	cols, ok := s.cols[c.Table]
	if !ok {
		return app.Errorf(app.ECORRUPT, "the log names an unknown table %q", c.Table)
	}
	var query string
	args := []any{c.ID}
	if isNull(c.Old) {
		query = "DELETE FROM " + quoteIdent(c.Table) + " WHERE id = ?1"
	} else {
		present, err := imageColumns(c.Old, cols)
		if err != nil {
			return err
		}
		args = append(args, string(c.Old))
		query = restoreSQL(c.Table, present, isNull(c.New))
	}
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err == nil && n != 1 {
		return app.Errorf(app.ECONFLICT,
			"cannot undo: %s row %d was changed outside Dossier", c.Table, c.ID)
	}
	return nil
}

// restoreSQL re-inserts (insert true) or updates a row from the JSON image
// bound to ?2; ?1 is the row id.
func restoreSQL(table string, cols []string, insert bool) string {
	vals := make([]string, len(cols))
	for i, c := range cols {
		vals[i] = "json_extract(?2, " + quoteText(`$."`+c+`"`) + ")"
	}
	if insert {
		qc := make([]string, len(cols))
		for i, c := range cols {
			qc[i] = quoteIdent(c)
		}
		return "INSERT INTO " + quoteIdent(table) + "(" + strings.Join(qc, ", ") + ") SELECT " +
			strings.Join(vals, ", ") + " WHERE ?1 IS NOT NULL"
	}
	sets := make([]string, len(cols))
	for i, c := range cols {
		sets[i] = quoteIdent(c) + " = " + vals[i]
	}
	return "UPDATE " + quoteIdent(table) + " SET " + strings.Join(sets, ", ") + " WHERE id = ?1"
}

// imageColumns returns the table's columns that the image names, in table
// order; columns added by later migrations keep their defaults.
func imageColumns(img json.RawMessage, cols []string) ([]string, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(img, &m); err != nil {
		return nil, app.WrapError(app.ECORRUPT, err, "a log row holds a damaged row image")
	}
	var out []string
	for _, c := range cols {
		if _, ok := m[c]; ok {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return nil, app.Errorf(app.ECORRUPT, "a log row holds an empty row image")
	}
	return out, nil
}
