package importer

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode"

	"dossier/app"
)

// DefaultBatchSize is how many articles one ImportArticles command carries.
const DefaultBatchSize = 100

// progressEvery throttles progress calls to about ten a second.
const progressEvery = 100 * time.Millisecond

// Options tune Run. The zero value is ready to use.
type Options struct {
	// Published, Source and Grade fill the metadata a file did not carry
	// (a .txt has no date or source); they never override what it carried.
	Published time.Time
	Source    string
	Grade     app.Grade
	// BatchSize is the number of articles per command (0 = DefaultBatchSize).
	BatchSize int
	// Workers is the number of files read at once (0 = runtime.NumCPU()).
	Workers int
	// MaxFileSize is the largest file imported (0 = DefaultMaxFileSize).
	MaxFileSize int64
	// MaxExchangeSize is the largest exchange file imported (0 =
	// DefaultMaxExchangeSize); it is never below MaxFileSize.
	MaxExchangeSize int64
}

// Progress is the running state of an import, passed to Run's progress callback.
type Progress struct {
	Files      int    // files found
	FilesDone  int    // files read (imported or not)
	Imported   int    // articles committed to the case file
	Duplicates int    // articles skipped as already present
	Failed     int    // files, JSON records or batch articles not imported
	Current    string // a file being read
	Done       bool   // set on the final call
}

// Problem is one thing that could not be imported, with a one-line reason.
type Problem struct {
	Path   string
	Reason string
	Code   string // the app error code: EINVALID, EUNSUPPORTED, ETOOLARGE …
}

// Report says what an import did.
type Report struct {
	Files      int // files found under the paths
	Imported   int // articles added to the case file
	Duplicates int // articles skipped as already present
	Problems   []Problem
	IDs        []int64 // ids of the added articles, in import order (not those of exchange files)
	Canceled   bool    // the import was stopped before the end
	// Exchanges lists the exchange files imported (docs/exchange.md), with
	// what each added; their articles count in Imported and Duplicates.
	Exchanges []ExchangeReport
}

// Run imports paths (files or folders, recursively; hidden files and
// folders skipped) into a case file. Files are read, normalised and, when ex
// is not nil, run through the extractor on all cores; the articles are then
// applied to cmds as app.ImportArticles commands of opt.BatchSize articles
// (one transaction and one log row each), in the order the files were found.
// A file or batch that fails is reported in Report.Problems and the rest goes
// on; nothing already in the case file changes.
//
// A Dossier exchange file (a JSON object whose "format" is
// app.ExchangeFormat) is not read as articles: it is checked and applied as
// one app.ImportExchange command, in its place in the file order, and
// reported in Report.Exchanges. One that is newer than this build reads,
// or damaged, is a Problem with a one-line reason, and changes nothing.
//
// progress, when not nil, is called from Run's goroutine about ten times a
// second and once more at the end. Cancelling ctx stops promptly: what was
// committed stays, Report says what happened, and the error has code
// ECANCELED. Run fails early with EINVALID on bad options.
func Run(ctx context.Context, cmds app.CommandService, ex app.Extractor, paths []string, opt Options, progress func(Progress)) (Report, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return Report{}, err
	}
	if cmds == nil {
		return Report{}, app.Errorf(app.EINTERNAL, "import: no case file to import into")
	}
	if progress == nil {
		progress = func(Progress) {}
	}
	r := &runner{cmds: cmds, ex: ex, opt: opt, progress: progress,
		seen: map[[32]byte]bool{}, started: time.Now().UTC()}
	files, problems, err := collect(ctx, paths)
	r.prog.Files, r.rep.Files = len(files), len(files)
	for _, p := range problems {
		r.addProblem(p, 1)
	}
	if err == nil {
		err = r.pipeline(ctx, files)
	}
	r.emit(true)
	if err != nil {
		r.rep.Canceled = true
		return r.rep, app.WrapError(app.ECANCELED, err, "import cancelled after %d of %d files", r.prog.FilesDone, len(files))
	}
	return r.rep, nil
}

func (o Options) withDefaults() (Options, error) {
	if !o.Grade.Valid() {
		return o, app.Errorf(app.EINVALID, "source grade %q is not one of A–F", o.Grade)
	}
	if o.BatchSize <= 0 {
		o.BatchSize = DefaultBatchSize
	}
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.MaxFileSize <= 0 {
		o.MaxFileSize = DefaultMaxFileSize
	}
	if o.MaxExchangeSize <= 0 {
		o.MaxExchangeSize = DefaultMaxExchangeSize
	}
	o.MaxExchangeSize = max(o.MaxExchangeSize, o.MaxFileSize)
	return o, nil
}

// runner holds one import's state. Only Run's goroutine touches it, except
// current, which workers set.
type runner struct {
	cmds     app.CommandService
	ex       app.Extractor
	opt      Options
	progress func(Progress)
	started  time.Time

	rep      Report
	prog     Progress
	lastEmit time.Time
	current  atomic.Pointer[string]
	seen     map[[32]byte]bool // texts of this run, to skip copies within it
	batch    batch
}

// batch is the articles waiting for the next command, with the file each came from.
type batch struct {
	arts  []app.Article
	exs   []app.Extraction
	paths []string
}

// take adds one file's outcome, in file order, committing full batches.
func (r *runner) take(ctx context.Context, res fileResult) error {
	r.prog.FilesDone++
	for _, p := range res.problems {
		r.addProblem(p, 0)
	}
	r.prog.Failed += res.failed
	if res.exchange != nil {
		// Articles of earlier files come first, as the file order says.
		if err := r.commit(ctx); err != nil {
			return err
		}
		return r.applyExchange(ctx, res.path, res.exchange)
	}
	for i, a := range res.arts {
		sum := sha256.Sum256([]byte(a.Text))
		if r.seen[sum] {
			r.rep.Duplicates++
			continue
		}
		r.seen[sum] = true
		r.batch.arts = append(r.batch.arts, a)
		r.batch.paths = append(r.batch.paths, res.path)
		if r.ex != nil {
			r.batch.exs = append(r.batch.exs, res.exs[i])
		}
		if len(r.batch.arts) >= r.opt.BatchSize {
			if err := r.commit(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

// commit applies the waiting batch as one command. A failure other than
// cancellation is reported once per file of the batch, and the import goes on.
func (r *runner) commit(ctx context.Context) error {
	b := r.batch
	r.batch = batch{}
	if len(b.arts) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	res, err := r.cmds.Do(ctx, app.ImportArticles{Articles: b.arts, Extractions: b.exs})
	if err != nil {
		if ctx.Err() != nil || app.ErrorCode(err) == app.ECANCELED {
			return errors.Join(ctx.Err(), err)
		}
		reported := map[string]bool{}
		for _, p := range b.paths {
			if !reported[p] {
				reported[p] = true
				r.addProblem(Problem{Path: p, Code: app.ErrorCode(err),
					Reason: "not imported: " + app.ErrorMessage(err)}, 0)
			}
		}
		r.prog.Failed += len(b.arts)
		return nil
	}
	added := max(len(b.arts)-len(res.Duplicates), 0)
	r.rep.Imported += added
	r.rep.Duplicates += len(res.Duplicates)
	// Result.IDs lists the new articles first; anything after them (mentions,
	// entities) is not an article.
	r.rep.IDs = append(r.rep.IDs, res.IDs[:min(added, len(res.IDs))]...)
	return nil
}

// addProblem records a problem; failed counts what it lost.
func (r *runner) addProblem(p Problem, failed int) {
	r.rep.Problems = append(r.rep.Problems, p)
	r.prog.Failed += failed
}

// emit calls progress with the running totals, at most every progressEvery
// unless final.
func (r *runner) emit(final bool) {
	now := time.Now()
	if !final && now.Sub(r.lastEmit) < progressEvery {
		return
	}
	r.lastEmit = now
	p := r.prog
	p.Imported, p.Duplicates, p.Done = r.rep.Imported, r.rep.Duplicates, final
	if cur := r.current.Load(); cur != nil {
		p.Current = *cur
	}
	r.progress(p)
}

// problemOf makes a Problem of an error.
func problemOf(path string, err error) Problem {
	return Problem{Path: path, Reason: oneLine(app.ErrorMessage(err)), Code: app.ErrorCode(err)}
}

// readFile reads and parses one file: articles, or an exchange. A file
// over the size limit is refused before it is read, unless its head shows
// an exchange file, which has a limit of its own.
func readFile(path string, limit, exchangeLimit int64) ([]app.Article, *app.Exchange, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) || errors.Is(err, os.ErrPermission) {
			return nil, nil, statError(err)
		}
		return nil, nil, readError(err)
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() > limit {
		head := make([]byte, headLen)
		n, _ := io.ReadFull(f, head)
		if !looksExchange(head[:n]) {
			return nil, nil, tooLarge(limit, info.Size())
		}
		if info.Size() > exchangeLimit {
			return nil, nil, tooLarge(exchangeLimit, info.Size())
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil, nil, readError(err)
		}
		limit = exchangeLimit
	}
	b, err := readLimited(f, limit)
	if err != nil {
		return nil, nil, err
	}
	if x, ok, err := exchangeOf(b); ok {
		return nil, x, err
	}
	arts, err := parse(path, b)
	return arts, nil, err
}

// String gives the problem as the report prints it.
// A path holding control characters (a newline in a file name) is quoted so
// that the problem stays on one line.
func (p Problem) String() string {
	path := p.Path
	if strings.ContainsFunc(path, unicode.IsControl) {
		path = strconv.Quote(path)
	}
	return fmt.Sprintf("%s: %s", path, p.Reason)
}
