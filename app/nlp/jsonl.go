package nlp

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"dossier/app"
)

// maxLine bounds one JSONL input line; a longer line yields an error line.
const maxLine = 64 << 20

// jsonlIn is one input line of `dossier extract --jsonl`.
type jsonlIn struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published string          `json:"published"`
}

// jsonlOut is one output line: the extraction, or an error for that line.
type jsonlOut struct {
	ID       json.RawMessage `json:"id"`
	Entities []JSONEntity    `json:"entities,omitempty"`
	Events   []JSONEvent     `json:"events,omitempty"`
	Error    string          `json:"error,omitempty"`
}

// job is one line to process, numbered for ordered output.
type job struct {
	seq  int
	line []byte
	err  error // the line could not be read whole
}

// ExtractJSONL reads lines {"id","text","published"} from in and writes one
// line {"id","entities":[…],"events":[…]} per input line to out, in input
// order, extracting with up to workers goroutines (all cores when workers
// < 1). At most 2×workers lines are in memory at once. A malformed line
// yields {"id":…,"error":"…"} and the run goes on; a read or write failure
// or cancellation stops it.
func ExtractJSONL(ctx context.Context, ex app.Extractor, in io.Reader, out io.Writer, workers int) error {
	if workers < 1 {
		workers = defaultWorkers()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	slots := make(chan struct{}, 2*workers)
	jobs := make(chan job)
	results := make(chan job, 2*workers)
	readErr := make(chan error, 1)
	go func() { readErr <- readJobs(ctx, in, jobs, slots) }()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.line = processLine(ctx, ex, j)
				results <- j
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	if err := writeOrdered(out, results, slots); err != nil {
		cancel()
		for range results { // let the workers finish
		}
		return err
	}
	if err := <-readErr; err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return app.WrapError(app.ECANCELED, err, "extraction cancelled")
	}
	return nil
}

// readJobs numbers the input lines and hands them out, waiting for a free
// slot before reading each, so memory stays bounded.
func readJobs(ctx context.Context, in io.Reader, jobs chan<- job, slots chan struct{}) error {
	defer close(jobs)
	r := bufio.NewReaderSize(in, 64<<10)
	for seq := 0; ; {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return nil
		}
		line, rerr := readLine(r)
		if len(bytes.TrimSpace(line)) == 0 && rerr == nil {
			<-slots
			continue
		}
		if errors.Is(rerr, io.EOF) && len(bytes.TrimSpace(line)) == 0 {
			<-slots
			return nil
		}
		j := job{seq: seq, line: line}
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			if !errors.Is(rerr, errLineTooLong) {
				<-slots
				return app.WrapError(app.EINVALID, rerr, "cannot read the input")
			}
			j.err = rerr
		}
		seq++
		select {
		case jobs <- j:
		case <-ctx.Done():
			return nil
		}
		if errors.Is(rerr, io.EOF) {
			return nil
		}
	}
}

var errLineTooLong = errors.New("line longer than 64 MiB")

// readLine reads one line without its end; past maxLine it discards the
// rest of the line and returns errLineTooLong.
func readLine(r *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		part, err := r.ReadSlice('\n')
		if len(buf)+len(part) > maxLine {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = r.ReadSlice('\n')
			}
			if err == nil || errors.Is(err, io.EOF) {
				return nil, errLineTooLong
			}
			return nil, err
		}
		buf = append(buf, part...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

// processLine extracts one line and returns its encoded output line.
func processLine(ctx context.Context, ex app.Extractor, j job) []byte {
	var in jsonlIn
	o := jsonlOut{ID: json.RawMessage("null")}
	switch {
	case j.err != nil:
		o.Error = j.err.Error()
	case json.Unmarshal(j.line, &in) != nil:
		o.Error = "line is not a JSON object with id and text"
	case in.Text == nil:
		o.ID, o.Error = rawID(in.ID), "no text"
	default:
		o.ID = rawID(in.ID)
		pub, err := parsePublished(in.Published)
		if err != nil {
			o.Error = err.Error()
			break
		}
		x, err := ex.Extract(ctx, *in.Text, pub)
		if err != nil {
			o.Error = app.ErrorMessage(err)
			break
		}
		r := ToJSON(x)
		o.Entities, o.Events = r.Entities, r.Events
		if o.Entities == nil {
			o.Entities = []JSONEntity{}
		}
	}
	b, err := json.Marshal(o)
	if err != nil {
		b = []byte(fmt.Sprintf(`{"id":null,"error":%q}`, err.Error()))
	}
	return append(b, '\n')
}

func rawID(id json.RawMessage) json.RawMessage {
	if len(id) == 0 {
		return json.RawMessage("null")
	}
	return id
}

// parsePublished accepts YYYY-MM-DD, RFC 3339 or nothing.
func parsePublished(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("published %q is not YYYY-MM-DD", s)
}

// writeOrdered writes results in input order, freeing a slot per line.
func writeOrdered(out io.Writer, results <-chan job, slots <-chan struct{}) error {
	w := bufio.NewWriter(out)
	pending := map[int][]byte{}
	next := 0
	for r := range results {
		pending[r.seq] = r.line
		for {
			b, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if _, err := w.Write(b); err != nil {
				return app.WrapError(app.EINTERNAL, err, "cannot write the output")
			}
		}
		if len(results) == 0 {
			if err := w.Flush(); err != nil {
				return app.WrapError(app.EINTERNAL, err, "cannot write the output")
			}
		}
	}
	if err := w.Flush(); err != nil {
		return app.WrapError(app.EINTERNAL, err, "cannot write the output")
	}
	return nil
}

// defaultWorkers is one worker per core.
func defaultWorkers() int { return max(1, runtime.GOMAXPROCS(0)) }
