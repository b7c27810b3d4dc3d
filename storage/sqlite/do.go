package sqlite

import (
	"context"
	"encoding/json"
	"reflect"

	"dossier/app"
)

// outcome is what applying one command did, for its log row and Result.
type outcome struct {
	target   string
	summary  string
	ids      []int64
	dups     []string
	exchange *app.ExchangeStats
}

// payload is the JSON stored in a log row: a description of the command
// (without bulky article texts) and the captured row images.
type payload struct {
	Command any      `json:"command,omitempty"`
	Changes []change `json:"changes"`
}

// Do applies cmd in one transaction and logs it. A command that changes
// nothing (for example an import of duplicates only) is not logged:
// Result.Seq is then 0 and there is nothing to undo.
func (s *Store) Do(ctx context.Context, cmd app.Command) (app.Result, error) {
	ctx = ctxOrBackground(ctx)
	cmd = derefCommand(cmd)
	if cmd == nil {
		return app.Result{}, app.Errorf(app.EINVALID, "no command given")
	}
	if err := cmd.Validate(); err != nil {
		return app.Result{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return app.Result{}, app.Errorf(app.EINVALID, "the case file %s is closed", s.path)
	}
	kind := app.LogDo
	if _, ok := cmd.(app.RecordExport); ok {
		kind = app.LogRecord
	}
	var out outcome
	var row logRow
	err := s.inTx(ctx, func(tx *txn) error {
		var err error
		if out, err = s.apply(ctx, tx, cmd); err != nil {
			return err
		}
		row, err = s.logChanges(ctx, tx, logRow{
			Kind: kind, Name: cmd.CommandName(), Target: out.target, Summary: out.summary,
		}, describe(cmd), kind == app.LogRecord)
		return err
	})
	if err != nil {
		return app.Result{}, mapErr(err, cmd.CommandName())
	}
	if row.Seq != 0 {
		s.stacks.push(kind, row.Seq, 0) // a record row leaves the stacks alone
	}
	return app.Result{Seq: row.Seq, Summary: out.summary, IDs: out.ids, Duplicates: out.dups, Exchange: out.exchange}, nil
}

// derefCommand accepts a pointer to a command as the command itself.
func derefCommand(cmd app.Command) app.Command {
	v := reflect.ValueOf(cmd)
	if !v.IsValid() || v.Kind() != reflect.Pointer {
		return cmd
	}
	if v.IsNil() {
		return nil
	}
	if c, ok := v.Elem().Interface().(app.Command); ok {
		return c
	}
	return cmd
}

// inTx runs fn in one immediate transaction with an empty capture table.
func (s *Store) inTx(ctx context.Context, fn func(*txn) error) error {
	stx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer stx.Rollback()
	tx := newTxn(stx)
	// Rows captured by edits made outside Dossier are no command's doing.
	if _, err := tx.ExecContext(ctx, "DELETE FROM capture"); err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// logChanges moves the captured changes into a new log row r. Unless
// always is set, it appends nothing and returns a zero row when nothing
// changed.
func (s *Store) logChanges(ctx context.Context, tx *txn, r logRow, cmd any, always bool) (logRow, error) {
	changes, err := takeChanges(ctx, tx)
	if err != nil || (len(changes) == 0 && !always) {
		return logRow{}, err
	}
	if changes == nil {
		changes = []change{}
	}
	b, err := json.Marshal(payload{Command: cmd, Changes: changes})
	if err != nil {
		return logRow{}, err
	}
	r.Payload = string(b)
	r.Time = fmtTime(s.now())
	r.Actor = s.opt.Actor
	return appendLog(ctx, tx, r)
}

// apply dispatches a command to its implementation.
func (s *Store) apply(ctx context.Context, tx *txn, cmd app.Command) (outcome, error) {
	switch c := cmd.(type) {
	case app.ImportArticles:
		return s.importArticles(ctx, tx, c)
	case app.SetArticleField:
		return s.setArticleField(ctx, tx, c)
	case app.StoreExtraction:
		return s.storeExtraction(ctx, tx, c)
	case app.AddMention:
		return s.addMention(ctx, tx, c)
	case app.AddMentions:
		return s.addMentions(ctx, tx, c)
	case app.SetMentionStatus:
		return s.setMentionStatus(ctx, tx, c)
	case app.RetypeMention:
		return s.retypeMention(ctx, tx, c)
	case app.LinkMention:
		return s.linkMention(ctx, tx, c)
	case app.SetMentionNote:
		return s.setMentionNote(ctx, tx, c)
	case app.DeleteMention:
		return s.deleteMention(ctx, tx, c)
	case app.ImportExchange:
		return s.importExchange(ctx, tx, c)
	}
	return s.applyEntity(ctx, tx, cmd)
}

// applyEvent dispatches the event, case and link commands.
func (s *Store) applyEvent(ctx context.Context, tx *txn, cmd app.Command) (outcome, error) {
	switch c := cmd.(type) {
	case app.CreateEvent:
		return s.createEvent(ctx, tx, c)
	case app.UpdateEvent:
		return s.updateEvent(ctx, tx, c)
	case app.SetEventStatus:
		return s.setEventStatus(ctx, tx, c)
	case app.DeleteEvent:
		return s.deleteEvent(ctx, tx, c)
	case app.AddEvidence:
		return s.addEvidence(ctx, tx, c)
	case app.RemoveEvidence:
		return s.removeEvidence(ctx, tx, c)
	}
	return s.applyCase(ctx, tx, cmd)
}

// applyCase dispatches the case and link commands.
func (s *Store) applyCase(ctx context.Context, tx *txn, cmd app.Command) (outcome, error) {
	switch c := cmd.(type) {
	case app.CreateCase:
		return s.createCase(ctx, tx, c)
	case app.SetCaseField:
		return s.setCaseField(ctx, tx, c)
	case app.AddToCase:
		return s.addToCase(ctx, tx, c)
	case app.RemoveFromCase:
		return s.removeFromCase(ctx, tx, c)
	case app.ReorderCase:
		return s.reorderCase(ctx, tx, c)
	case app.CreateLink:
		return s.createLink(ctx, tx, c)
	case app.DeleteLink:
		return s.deleteLink(ctx, tx, c)
	case app.RecordExport:
		return s.recordExport(ctx, tx, c)
	}
	return outcome{}, app.Errorf(app.EUNSUPPORTED, "the command %q is not supported by this case file", cmd.CommandName())
}

// applyEntity dispatches the entity commands.
func (s *Store) applyEntity(ctx context.Context, tx *txn, cmd app.Command) (outcome, error) {
	switch c := cmd.(type) {
	case app.CreateEntity:
		return s.createEntity(ctx, tx, c)
	case app.RenameEntity:
		return s.renameEntity(ctx, tx, c)
	case app.SetEntityNotes:
		return s.setEntityNotes(ctx, tx, c)
	case app.MergeEntities:
		return s.mergeEntities(ctx, tx, c)
	case app.SplitAlias:
		return s.splitAlias(ctx, tx, c)
	case app.DismissMergeSuggestion:
		return s.dismissMergeSuggestion(ctx, tx, c)
	}
	return s.applyEvent(ctx, tx, cmd)
}

// describe returns what the log records of the command itself: the command
// value, except that an import lists its articles without their texts.
func describe(cmd app.Command) any {
	type articleRef struct {
		Title    string `json:"title"`
		Filename string `json:"filename,omitempty"`
	}
	switch c := cmd.(type) {
	case app.ImportArticles:
		refs := make([]articleRef, len(c.Articles))
		for i, a := range c.Articles {
			refs[i] = articleRef{Title: a.Title, Filename: a.Filename}
		}
		return map[string]any{"articles": refs}
	case app.ImportExchange:
		x := c.Exchange
		return map[string]any{"format": x.Format, "version": x.Version, "title": x.Title, "exported": x.Exported,
			"generator": x.Generator, "articles": len(x.Articles), "entities": len(x.Entities),
			"mentions": len(x.Mentions), "events": len(x.Events), "cases": len(x.Cases), "links": len(x.Links)}
	case app.StoreExtraction:
		return map[string]any{"article_id": c.ArticleID,
			"mentions": len(c.Extraction.Mentions), "events": len(c.Extraction.Events)}
	case app.SetArticleField:
		if c.Reextract != nil {
			return map[string]any{"article_id": c.ArticleID, "field": c.Field, "value": c.Value,
				"reextract": map[string]int{"mentions": len(c.Reextract.Mentions), "events": len(c.Reextract.Events)}}
		}
	}
	return cmd
}
