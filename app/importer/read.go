// Package importer turns files into Dossier articles: plain text, Markdown,
// HTML (main content found by readability) and Dossier's own article JSON and
// JSONL. Read parses one file; Run imports files and folders into a case file
// on all cores, in batches, with progress and a report of what failed. Run
// also imports Dossier exchange files (docs/exchange.md) — whole case files
// or cases shared by another analyst — as app.ImportExchange commands.
//
// Every article's text goes through Normalize once, here, and never changes
// afterwards; the bytes it came from are kept beside it with their SHA-256.
package importer

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"dossier/app"
)

// DefaultMaxFileSize is the size limit of one imported file.
const DefaultMaxFileSize int64 = 50 << 20

// maxTitleRunes bounds a title taken from the text itself; a longer first
// line is a paragraph, not a title.
const maxTitleRunes = 120

// Read parses one file's bytes into articles (JSON and JSONL files may hold
// many). name gives the format by its extension (.txt .text .md .markdown
// .html .htm .json .jsonl); other names are sniffed as HTML, JSON or text, and
// known formats Dossier does not import (PDF, DOCX …) are rejected with
// EUNSUPPORTED. Files over DefaultMaxFileSize fail with ETOOLARGE.
//
// When some records of a JSON or JSONL file are bad, Read returns the good
// articles together with a *RecordErrors naming the bad ones. A Dossier
// exchange file is refused with EUNSUPPORTED: ReadExchange reads it, and Run
// imports it.
func Read(name string, r io.Reader) ([]app.Article, error) {
	b, err := readLimited(r, DefaultMaxFileSize)
	if err != nil {
		return nil, err
	}
	if _, ok, _ := exchangeOf(b); ok {
		return nil, app.Errorf(app.EUNSUPPORTED,
			"a Dossier exchange file holds a case, not articles: import it into a case file (ReadExchange, Run)")
	}
	return parse(name, b)
}

// readLimited reads all of r, failing with ETOOLARGE past limit bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, readError(err)
	}
	if int64(len(b)) > limit {
		return nil, tooLarge(limit, -1)
	}
	return b, nil
}

// readError words an I/O error for the report, without the path that the
// report already shows.
func readError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return app.WrapError(app.EINVALID, err, "cannot read the file: %v", pe.Err)
	}
	return app.WrapError(app.EINVALID, err, "cannot read the file: %v", err)
}

// tooLarge is the error for a file over the limit; size < 0 when unknown.
func tooLarge(limit, size int64) error {
	if size < 0 {
		return app.Errorf(app.ETOOLARGE, "file is over the %s size limit", byteSize(limit))
	}
	return app.Errorf(app.ETOOLARGE, "file is over the %s size limit (%s)", byteSize(limit), byteSize(size))
}

// byteSize writes a size as people read it: "512 bytes", "12 KB", "50 MB".
func byteSize(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d bytes", n)
	case n < 1<<20:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	case n < 1<<30:
		return fmt.Sprintf("%.0f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
}

// parse checks b for emptiness and binary content, then hands it to the
// reader of its format. A panic in a reader (a third-party parser meeting
// hostile input) becomes an error: bad input never takes the import down.
func parse(name string, b []byte) (arts []app.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			arts, err = nil, app.Errorf(app.EINVALID, "cannot parse the file (%v)", p)
		}
	}()
	if isBlank(b) {
		return nil, app.Errorf(app.EINVALID, "empty file")
	}
	if kind := magicKind(b); kind != "" {
		return nil, app.Errorf(app.EUNSUPPORTED, "unsupported format: %s", kind)
	}
	if !hasUTF16BOM(b) && looksBinary(b) {
		return nil, app.Errorf(app.EUNSUPPORTED, "unsupported format: binary file, not text")
	}
	format, unsupported := formatOf(name)
	if unsupported != "" {
		return nil, app.Errorf(app.EUNSUPPORTED, "unsupported format: %s", unsupported)
	}
	if format == FormatHTML {
		return one(readHTML(name, b))
	}
	text, err := Normalize(b)
	if err != nil {
		return nil, err
	}
	if format == "" {
		format = sniffFormat(text)
	}
	switch format {
	case FormatHTML:
		return one(readHTML(name, b))
	case FormatJSON, FormatJSONL:
		return readJSON(name, format, text)
	case FormatMarkdown:
		return one(readMarkdown(name, b, text))
	}
	return one(readText(name, b, text))
}

func one(a app.Article, err error) ([]app.Article, error) {
	if err != nil {
		return nil, err
	}
	return []app.Article{a}, nil
}

// isBlank reports whether b holds nothing but white space and byte-order marks.
func isBlank(b []byte) bool {
	b = bytes.TrimPrefix(b, bomUTF8)
	if hasUTF16BOM(b) {
		return len(bytes.Trim(b[2:], "\x00 \t\r\n")) == 0
	}
	return len(bytes.TrimSpace(b)) == 0
}

// readText makes a plain-text article. Its title is the first non-empty
// line when that is short, else the file name.
func readText(name string, orig []byte, text string) (app.Article, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return app.Article{}, app.Errorf(app.EINVALID, "empty file")
	}
	a := newArticle(name, FormatText, orig, text)
	a.Title = firstLineTitle(text)
	if a.Title == "" {
		a.Title = titleFromName(name)
	}
	return a, nil
}

// newArticle fills the fields every reader sets alike.
func newArticle(name, format string, orig []byte, text string) app.Article {
	sum := sha256.Sum256(orig)
	return app.Article{
		Format:   format,
		Filename: name,
		Original: orig,
		SHA256:   hex.EncodeToString(sum[:]),
		Text:     text,
	}
}

// firstLineTitle returns the first non-empty line of text when it is short
// enough to be a title, else "".
func firstLineTitle(text string) string {
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if utf8.RuneCountInString(line) > maxTitleRunes {
			return ""
		}
		return oneLine(line)
	}
	return ""
}

// titleFromName returns the file name without folder and extension.
func titleFromName(name string) string {
	base := filepath.Base(name)
	if t := strings.TrimSuffix(base, filepath.Ext(base)); t != "" && t != "." {
		return oneLine(t)
	}
	if base == "." || base == string(filepath.Separator) {
		return "Untitled"
	}
	return oneLine(base)
}

// oneLine normalises a metadata value: clean text on one line with single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(clean(s)), " ")
}
