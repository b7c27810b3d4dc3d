package importer

import (
	"context"
	"strings"
	"sync"
	"time"

	"dossier/app"
)

// fakeCmds is an app.CommandService that records the ImportArticles
// commands it is given, hands out ids, and fails the commands fail picks.
type fakeCmds struct {
	mu        sync.Mutex
	order     []string // command names in the order they came
	exchanges []app.ImportExchange
	cmds      []app.ImportArticles
	failed    []app.ImportArticles
	nextID    int64
	texts     map[string]bool                // what the "case file" holds, to report duplicates
	fail      func(app.ImportArticles) error // nil: never fail
	after     func(n int)                    // called after each successful command
}

func (f *fakeCmds) Do(ctx context.Context, cmd app.Command) (app.Result, error) {
	if err := ctx.Err(); err != nil {
		return app.Result{}, err
	}
	if err := cmd.Validate(); err != nil {
		return app.Result{}, err
	}
	if x, ok := cmd.(app.ImportExchange); ok {
		return f.doExchange(x)
	}
	ia := cmd.(app.ImportArticles)
	f.mu.Lock()
	if f.fail != nil {
		if err := f.fail(ia); err != nil {
			f.failed = append(f.failed, ia)
			f.mu.Unlock()
			return app.Result{}, err
		}
	}
	f.cmds = append(f.cmds, ia)
	f.order = append(f.order, ia.CommandName())
	var res app.Result
	if f.texts == nil {
		f.texts = map[string]bool{}
	}
	for _, a := range ia.Articles {
		if f.texts[a.Text] {
			res.Duplicates = append(res.Duplicates, a.Filename)
			continue
		}
		f.texts[a.Text] = true
		f.nextID++
		res.IDs = append(res.IDs, f.nextID)
	}
	res.Seq = int64(len(f.cmds))
	n := len(f.cmds)
	f.mu.Unlock()
	if f.after != nil {
		f.after(n)
	}
	return res, nil
}

// articles returns every article committed, in order.
func (f *fakeCmds) articles() []app.Article {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []app.Article
	for _, c := range f.cmds {
		out = append(out, c.Articles...)
	}
	return out
}

func (f *fakeCmds) Undo(context.Context) (app.LogEntry, error) { return app.LogEntry{}, nil }
func (f *fakeCmds) Redo(context.Context) (app.LogEntry, error) { return app.LogEntry{}, nil }
func (f *fakeCmds) UndoRedoState(context.Context) (*app.LogEntry, *app.LogEntry, error) {
	return nil, nil, nil
}
func (f *fakeCmds) Log(context.Context, int, int) ([]app.LogEntry, error) { return nil, nil }
func (f *fakeCmds) Check(context.Context) (app.CheckReport, error)        { return app.CheckReport{}, nil }

// fakeExtractor suggests one mention covering the first word; block makes
// it wait for the context instead, fail makes it fail on texts holding it.
type fakeExtractor struct {
	block bool
	fail  string
}

func (x *fakeExtractor) Extract(ctx context.Context, text string, published time.Time) (app.Extraction, error) {
	if x.block {
		<-ctx.Done()
		return app.Extraction{}, ctx.Err()
	}
	if x.fail != "" && strings.Contains(text, x.fail) {
		return app.Extraction{}, app.Errorf(app.EINTERNAL, "model exploded")
	}
	end := 0
	for end < len(text) && text[end] != ' ' {
		end++
	}
	return app.Extraction{Mentions: []app.ExtractedMention{{Span: app.Span{Start: 0, End: end}, Type: app.TypeOrg, Text: text[:end]}}}, nil
}

// doExchange records an ImportExchange and reports every part as added.
func (f *fakeCmds) doExchange(c app.ImportExchange) (app.Result, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.exchanges = append(f.exchanges, c)
	f.order = append(f.order, c.CommandName())
	x := c.Exchange
	st := app.ExchangeStats{ArticlesAdded: len(x.Articles), EntitiesAdded: len(x.Entities),
		EventsAdded: len(x.Events), CasesAdded: len(x.Cases)}
	res := app.Result{Seq: int64(len(f.order)), Exchange: &st}
	for range x.Cases {
		f.nextID++
		res.IDs = append(res.IDs, f.nextID)
	}
	return res, nil
}
