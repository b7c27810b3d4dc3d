package importer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"dossier/app"
)

// record is one article in Dossier's own JSON format. Unknown fields (id,
// imported, sha256 … as written by an export) are ignored.
type record struct {
	Title     string `json:"title"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Author    string `json:"author"`
	Published string `json:"published"` // YYYY-MM-DD or RFC 3339
	Grade     string `json:"grade"`     // A–F
	Text      string `json:"text"`
}

// RecordError is a bad record in a JSON or JSONL file.
type RecordError struct {
	Where string // "line 7" (JSONL) or "record 3" (JSON)
	Err   error
}

// Error gives the record's place and the plain reason: "line 7: …".
func (e RecordError) Error() string { return e.Where + ": " + app.ErrorMessage(e.Err) }

// Unwrap gives access to the record's *app.Error.
func (e RecordError) Unwrap() error { return e.Err }

// RecordErrors lists the bad records of a file whose other records were read.
type RecordErrors []RecordError

// Error sums the bad records up on one line.
func (es RecordErrors) Error() string {
	if len(es) == 1 {
		return es[0].Error()
	}
	return fmt.Sprintf("%d records skipped; first %s", len(es), es[0].Error())
}

// Unwrap lets errors.As find each record's *app.Error.
func (es RecordErrors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// readJSON reads an array of records, one record, a stream of records (.json)
// or one record per line (.jsonl). Each record's Original is its own JSON
// text, so its SHA-256 addresses that record alone.
func readJSON(name, format, text string) ([]app.Article, error) {
	var raws []json.RawMessage
	var where []string
	var errs RecordErrors
	if format == FormatJSONL {
		raws, where = jsonLines(text)
	} else {
		var err error
		if raws, where, err = jsonValues(text); err != nil {
			return nil, err
		}
	}
	var arts []app.Article
	for i, raw := range raws {
		a, err := readRecord(name, format, raw, len(raws) > 1, where[i])
		if err != nil {
			errs = append(errs, RecordError{Where: where[i], Err: err})
			continue
		}
		arts = append(arts, a)
	}
	if len(raws) == 0 {
		return nil, app.Errorf(app.EINVALID, "no articles in the JSON file")
	}
	if len(errs) == 0 {
		return arts, nil
	}
	if len(arts) == 0 && len(raws) == 1 {
		return nil, errs[0].Err
	}
	return arts, errs
}

// jsonLines splits JSONL text into its non-blank lines.
func jsonLines(text string) (raws []json.RawMessage, where []string) {
	n := 0
	for line := range strings.Lines(text) {
		n++
		if line = strings.TrimSpace(line); line != "" {
			raws = append(raws, json.RawMessage(line))
			where = append(where, fmt.Sprintf("line %d", n))
		}
	}
	return raws, where
}

// jsonValues splits .json text: the elements of a top-level array, or the
// top-level values one after another (a single object, or JSONL saved as .json).
func jsonValues(text string) (raws []json.RawMessage, where []string, err error) {
	if strings.HasPrefix(strings.TrimSpace(text), "[") {
		if err := json.Unmarshal([]byte(text), &raws); err != nil {
			return nil, nil, jsonError(err)
		}
		for i := range raws {
			where = append(where, fmt.Sprintf("record %d", i+1))
		}
		return raws, where, nil
	}
	dec := json.NewDecoder(strings.NewReader(text))
	for {
		var raw json.RawMessage
		if err := dec.Decode(&raw); errors.Is(err, io.EOF) {
			return raws, where, nil
		} else if err != nil {
			return nil, nil, jsonError(err)
		}
		raws = append(raws, raw)
		where = append(where, fmt.Sprintf("record %d", len(raws)))
	}
}

func jsonError(err error) error {
	return app.WrapError(app.EINVALID, err, "not valid JSON: %v", err)
}

// looksJSON reports whether text parses as JSON, or its first line does (JSONL).
func looksJSON(text string) bool {
	if json.Valid([]byte(text)) {
		return true
	}
	first, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	return json.Valid([]byte(first))
}

// readRecord checks one record and makes its article.
func readRecord(name, format string, raw json.RawMessage, many bool, where string) (app.Article, error) {
	var r record
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&r); err != nil {
		return app.Article{}, app.WrapError(app.EINVALID, err, "not an article record: %v", err)
	}
	txt := strings.TrimSpace(clean(r.Text))
	if txt == "" {
		return app.Article{}, app.Errorf(app.EINVALID, "the record has no text")
	}
	published, err := parsePublished(r.Published)
	if err != nil {
		return app.Article{}, err
	}
	grade := app.Grade(strings.ToUpper(strings.TrimSpace(r.Grade)))
	if !grade.Valid() {
		return app.Article{}, app.Errorf(app.EINVALID, "grade %q is not one of A–F", r.Grade)
	}
	a := newArticle(name, format, raw, txt)
	a.Title = oneLine(r.Title)
	if a.Title == "" {
		a.Title = firstLineTitle(txt)
	}
	if a.Title == "" {
		a.Title = titleFromName(name)
		if many {
			a.Title += ", " + where
		}
	}
	a.Source, a.URL, a.Author = oneLine(r.Source), oneLine(r.URL), oneLine(r.Author)
	a.Published, a.Grade = published, grade
	return a, nil
}

// parsePublished reads a publication date: "" (unknown), YYYY-MM-DD (taken
// as midnight UTC) or RFC 3339.
func parsePublished(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		if t.Year() <= 1 {
			return time.Time{}, nil // an export's zero time: unknown
		}
		return t, nil
	}
	return time.Time{}, app.Errorf(app.EINVALID, "published date %q is not YYYY-MM-DD or RFC 3339", s)
}
