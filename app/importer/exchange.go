package importer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"dossier/app"
)

// DefaultMaxExchangeSize is the size limit of one exchange file: a whole
// case file with its originals is larger than any one article.
const DefaultMaxExchangeSize int64 = 1 << 30

// exchangeMarker is the format value as it appears in an exchange file.
var exchangeMarker = []byte(`"` + app.ExchangeFormat + `"`)

// headLen is how much of a file is searched for the marker before a
// file is read in full.
const headLen = 4 << 10

// ExchangeReport says what importing one exchange file did.
type ExchangeReport struct {
	Path    string
	Title   string
	Stats   app.ExchangeStats
	CaseIDs []int64 // the cases it added
}

// String gives the report's line: "imported exchange: 3 articles, 2
// entities merged, 4 events, 1 case", with what was already present.
func (e ExchangeReport) String() string {
	s := e.Stats
	entities := fmt.Sprintf("%d entities", s.EntitiesMerged)
	if s.EntitiesMerged == 1 {
		entities = "1 entity"
	}
	line := fmt.Sprintf("imported exchange: %s, %s merged, %s, %s", plural(s.ArticlesAdded, "article"),
		entities, plural(s.EventsAdded, "event"), plural(s.CasesAdded, "case"))
	var already []string
	if s.ArticlesReused > 0 {
		already = append(already, plural(s.ArticlesReused, "article"))
	}
	if s.EventsSkipped > 0 {
		already = append(already, plural(s.EventsSkipped, "event"))
	}
	if len(already) > 0 {
		line += " (" + strings.Join(already, " and ") + " already in the case file)"
	}
	return line
}

// ReadExchange reads and checks an exchange file (docs/exchange.md): the
// format and version (a newer version is app.ETOONEW), every ref, span and
// hash (see app.Exchange.Validate), and that every article text is
// normalised as Dossier stores texts. Files over DefaultMaxExchangeSize
// fail with ETOOLARGE.
func ReadExchange(r io.Reader) (app.Exchange, error) {
	b, err := readLimited(r, DefaultMaxExchangeSize)
	if err != nil {
		return app.Exchange{}, err
	}
	x, ok, err := exchangeOf(b)
	if err != nil {
		return app.Exchange{}, err
	}
	if !ok {
		return app.Exchange{}, app.Errorf(app.EINVALID, "not a Dossier exchange file (no \"format\": %q)", app.ExchangeFormat)
	}
	return *x, nil
}

// looksExchange reports whether the head of a file names the exchange
// format: the cheap test made before a large file is read in full.
func looksExchange(head []byte) bool {
	return bytes.Contains(head[:min(len(head), headLen)], exchangeMarker)
}

// exchangeOf reads b as an exchange when it is one: a JSON object whose
// top-level "format" is app.ExchangeFormat. ok is false (and err nil) for
// any other file, which the article readers then take. A file that is an
// exchange but cannot be imported gives ok and a one-line error; the
// version is checked before the rest is decoded, so that a newer file is
// refused as newer rather than as malformed.
func exchangeOf(b []byte) (x *app.Exchange, ok bool, err error) {
	b = bytes.TrimPrefix(b, bomUTF8)
	trimmed := bytes.TrimLeft(b, " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '{' || !bytes.Contains(b, exchangeMarker) {
		return nil, false, nil
	}
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		if looksExchange(trimmed) {
			return nil, true, app.WrapError(app.EINVALID, err, "not a valid exchange file: %v", err)
		}
		return nil, false, nil // some other broken JSON: the article reader says what is wrong
	}
	if head.Format != app.ExchangeFormat {
		return nil, false, nil
	}
	x = &app.Exchange{Format: head.Format, Version: head.Version}
	if err := x.Validate(); err != nil { // the header alone: there is nothing else yet
		return nil, true, err
	}
	if err := json.Unmarshal(b, x); err != nil {
		return nil, true, app.WrapError(app.EINVALID, err, "not a valid exchange file: %v", err)
	}
	if err := x.Validate(); err != nil {
		return nil, true, err
	}
	for _, a := range x.Articles {
		if clean(a.Text) != a.Text {
			return nil, true, app.Errorf(app.EINVALID, "not a valid exchange file: the text of article %q is not "+
				"normalised (NFC, \\n line ends, no control characters), so its spans cannot be trusted", a.Ref)
		}
	}
	return x, true, nil
}

// applyExchange imports one exchange file as one command. A failure other
// than cancellation becomes the file's problem and the import goes on.
func (r *runner) applyExchange(ctx context.Context, path string, x *app.Exchange) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	res, err := r.cmds.Do(ctx, app.ImportExchange{Exchange: *x})
	if err != nil {
		if ctx.Err() != nil || app.ErrorCode(err) == app.ECANCELED {
			return errors.Join(ctx.Err(), err)
		}
		r.addProblem(Problem{Path: path, Code: app.ErrorCode(err),
			Reason: "not imported: " + oneLine(app.ErrorMessage(err))}, 1)
		return nil
	}
	rep := ExchangeReport{Path: path, Title: x.Title, CaseIDs: res.IDs}
	if res.Exchange != nil {
		rep.Stats = *res.Exchange
	}
	r.rep.Imported += rep.Stats.ArticlesAdded
	r.rep.Duplicates += rep.Stats.ArticlesReused
	r.rep.Exchanges = append(r.rep.Exchanges, rep)
	return nil
}
