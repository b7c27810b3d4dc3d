package sqlite

import (
	"context"
	"database/sql"
)

// txn is a transaction that prepares each distinct statement once: a
// command such as an import runs the same few inserts thousands of times,
// and preparing them (parsing the SQL and coding the capture triggers)
// would otherwise cost as much as running them. The statements close with
// the transaction.
type txn struct {
	*sql.Tx
	stmts map[string]*sql.Stmt
}

func newTxn(tx *sql.Tx) *txn { return &txn{Tx: tx, stmts: map[string]*sql.Stmt{}} }

func (t *txn) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := t.stmts[query]; ok {
		return st, nil
	}
	st, err := t.Tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	t.stmts[query] = st
	return st, nil
}

// ExecContext runs a cached prepared statement.
func (t *txn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// QueryContext runs a cached prepared query.
func (t *txn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// QueryRowContext runs a cached prepared query for one row.
func (t *txn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := t.stmt(ctx, query)
	if err != nil {
		// Let Scan report the error, as database/sql does.
		return t.Tx.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}
