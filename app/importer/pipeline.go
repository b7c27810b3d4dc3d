package importer

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"dossier/app"
)

// job is one file to read; idx is its place in the import order.
type job struct {
	idx  int
	path string
}

// fileResult is what a worker made of one file.
type fileResult struct {
	idx      int
	path     string
	arts     []app.Article
	exs      []app.Extraction // parallel to arts when there is an extractor
	problems []Problem
	failed   int           // files or records lost
	exchange *app.Exchange // an exchange file, checked; arts is then empty
}

// pipeline reads files on opt.Workers goroutines and hands their results to
// take in file order, so articles get ids in the order their files were
// found. At most window files are in flight, which bounds memory whatever
// the order in which workers finish.
func (r *runner) pipeline(ctx context.Context, files []string) error {
	wctx, cancel := context.WithCancel(ctx)
	window := r.opt.Workers * 4
	sem := make(chan struct{}, window)
	jobs := make(chan job)
	results := make(chan fileResult, window) // never full: sem bounds what is in flight
	var wg sync.WaitGroup
	wg.Add(1 + r.opt.Workers)
	go func() {
		defer wg.Done()
		feed(wctx, files, sem, jobs)
	}()
	for range r.opt.Workers {
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- r.process(wctx, j)
			}
		}()
	}
	defer func() {
		cancel()
		wg.Wait()
	}()
	return r.consume(ctx, len(files), sem, results)
}

// consume takes results in file order and commits the last batch.
func (r *runner) consume(ctx context.Context, n int, sem chan struct{}, results chan fileResult) error {
	ticker := time.NewTicker(progressEvery)
	defer ticker.Stop()
	pending := map[int]fileResult{}
	for next := 0; next < n; {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C:
			r.emit(false)
		case res := <-results:
			pending[res.idx] = res
			for res, ok := pending[next]; ok; res, ok = pending[next] {
				delete(pending, next)
				<-sem
				next++
				if err := r.take(ctx, res); err != nil {
					return err
				}
			}
			r.emit(false)
		}
	}
	return r.commit(ctx)
}

// feed sends the jobs in order, each once a slot of the window is free.
func feed(ctx context.Context, files []string, sem chan struct{}, jobs chan<- job) {
	defer close(jobs)
	for i, p := range files {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			return
		}
		select {
		case jobs <- job{idx: i, path: p}:
		case <-ctx.Done():
			return
		}
	}
}

// process reads one file, fills the metadata it lacked from the options and
// runs the extractor. A panic here is a bug, but it must not end the import:
// it becomes the file's problem.
func (r *runner) process(ctx context.Context, j job) (res fileResult) {
	res = fileResult{idx: j.idx, path: j.path}
	if ctx.Err() != nil {
		return res
	}
	r.current.Store(&j.path)
	defer func() {
		if p := recover(); p != nil {
			res.arts, res.exs, res.failed = nil, nil, 1
			res.problems = append(res.problems, problemOf(j.path, app.Errorf(app.EINTERNAL, "import failed (%v)", p)))
		}
	}()
	arts, x, err := readFile(j.path, r.opt.MaxFileSize, r.opt.MaxExchangeSize)
	res.problems, res.failed = readProblems(j.path, err)
	if x != nil && err == nil {
		res.exchange = x
		return res
	}
	for i := range arts {
		r.fill(&arts[i])
	}
	res.arts = arts
	if r.ex != nil {
		res.exs = r.extract(ctx, j.path, arts, &res.problems)
	}
	return res
}

// readProblems turns Read's error into problems: one per bad JSON record,
// or one for the file.
func readProblems(path string, err error) ([]Problem, int) {
	if err == nil {
		return nil, 0
	}
	var recs RecordErrors
	if !errors.As(err, &recs) {
		return []Problem{problemOf(path, err)}, 1
	}
	out := make([]Problem, len(recs))
	for i, e := range recs {
		out[i] = Problem{Path: path, Reason: oneLine(e.Error()), Code: app.ErrorCode(e.Err)}
	}
	return out, len(recs)
}

// fill gives an article the metadata the options supply where it has none.
func (r *runner) fill(a *app.Article) {
	if a.Published.IsZero() {
		a.Published = r.opt.Published
	}
	if a.Source == "" {
		a.Source = r.opt.Source
	}
	if a.Grade == "" {
		a.Grade = r.opt.Grade
	}
	a.Imported = r.started
}

// extract runs the extractor on each article. An article whose extraction
// fails is still imported, without suggestions, and the failure is reported.
func (r *runner) extract(ctx context.Context, path string, arts []app.Article, problems *[]Problem) []app.Extraction {
	exs := make([]app.Extraction, len(arts))
	failed := make([]error, len(arts))
	// A JSONL file may hold thousands of articles: spread them over the
	// cores too, not only the files.
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(r.opt.Workers, len(arts)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(arts) && ctx.Err() == nil; i = int(next.Add(1) - 1) {
				exs[i], failed[i] = r.ex.Extract(ctx, arts[i].Text, arts[i].Published)
			}
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		return exs // cancelled: the result is dropped anyway
	}
	for i, err := range failed {
		if err != nil {
			exs[i] = app.Extraction{}
			*problems = append(*problems, Problem{Path: path, Code: app.ErrorCode(err),
				Reason: "imported without suggestions: extraction failed: " + oneLine(app.ErrorMessage(err))})
		}
	}
	return exs
}
