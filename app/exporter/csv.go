package exporter

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"dossier/app"
)

// CSV tables, one row per thing, UTF-8 without a byte-order mark, RFC 4180
// quoting with CRLF line ends. Event labels (E1 …) and citation numbers
// ([1] …) are the same as in the Markdown, HTML and PDF summaries. Text
// cells that a spreadsheet would run as a formula (starting with = + - @,
// a tab or a carriage return) are prefixed with an apostrophe, so opening
// an export with hostile article text cannot run anything.

// CSV writes a zip archive with entities.csv, events.csv, participants.csv
// and evidence.csv.
func CSV(w io.Writer, b *app.CaseBundle) error {
	if err := checkBundle(b); err != nil {
		return err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	stamp := exportTime(b)
	if stamp.Year() < 1980 {
		stamp = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC) // zip's epoch; keeps output stable
	}
	tables := []struct {
		name  string
		write func(io.Writer, *app.CaseBundle) error
	}{
		{"entities.csv", CSVEntities}, {"events.csv", CSVEvents},
		{"participants.csv", CSVParticipants}, {"evidence.csv", CSVEvidence},
		{"mentions.csv", CSVMentions},
	}
	for _, t := range tables {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: t.name, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return fmt.Errorf("zip %s: %w", t.name, err)
		}
		if err := t.write(f, b); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("zip: %w", err)
	}
	return flush(w, "csv", &buf)
}

// CSVEntities writes one row per entity: id, type, name, aliases (joined
// with " | "), the roles it plays in the timeline, and notes.
func CSVEntities(w io.Writer, b *app.CaseBundle) error {
	if err := checkBundle(b); err != nil {
		return err
	}
	r := newReport(b)
	rows := [][]string{{"id", "type", "name", "aliases", "roles", "notes"}}
	for _, e := range r.Entities {
		rows = append(rows, []string{id(e.ID), cell(e.Type), cell(e.Name), cell(strings.Join(e.Aliases, " | ")),
			cell(strings.Join(e.Roles, "; ")), cell(clean(e.Notes))})
	}
	return writeCSV(w, "entities", rows)
}

// CSVEvents writes one row per event in the case's order.
func CSVEvents(w io.Writer, b *app.CaseBundle) error {
	if err := checkBundle(b); err != nil {
		return err
	}
	r := newReport(b)
	rows := [][]string{{"label", "id", "date", "date_precision", "date_text", "type", "title", "location_id",
		"location", "participants", "credibility", "killed", "injured", "status", "citations", "note"}}
	for i, ev := range orderedEvents(b) {
		v := r.Events[i]
		rows = append(rows, []string{v.Label, id(ev.ID), cell(ev.Date.Value), cell(string(ev.Date.Precision)),
			cell(v.Date), cell(string(ev.Type)), cell(v.Title), id(ev.LocationID), cell(v.Place),
			cell(whoText(v.Who)), strconv.Itoa(ev.Credibility), strconv.Itoa(ev.Casualties.Killed),
			strconv.Itoa(ev.Casualties.Injured), cell(string(ev.Status)), citeList(v.Cites), cell(clean(v.Note))})
	}
	return writeCSV(w, "events", rows)
}

// CSVParticipants writes one row per participant of each event.
func CSVParticipants(w io.Writer, b *app.CaseBundle) error {
	if err := checkBundle(b); err != nil {
		return err
	}
	r := newReport(b)
	rows := [][]string{{"event_label", "event_id", "entity_id", "name", "role"}}
	for i, ev := range orderedEvents(b) {
		v := r.Events[i]
		for j, p := range ev.Participants {
			rows = append(rows, []string{v.Label, id(ev.ID), id(p.EntityID), cell(v.Who[j].Name), cell(v.Who[j].Role)})
		}
	}
	return writeCSV(w, "participants", rows)
}

// CSVEvidence writes one row per citation: the article span an event or a
// relation rests on, with the article's metadata and the quoted text.
func CSVEvidence(w io.Writer, b *app.CaseBundle) error {
	if err := checkBundle(b); err != nil {
		return err
	}
	r := newReport(b)
	rows := [][]string{{"citation", "cited_by", "article_id", "title", "source", "published", "grade",
		"start", "end", "quote", "sha256"}}
	for _, n := range r.Notes {
		published, grade := "", ""
		if a, ok := b.ArticleByID(n.article); ok {
			grade = string(a.Grade)
			if !a.Published.IsZero() {
				published = a.Published.UTC().Format("2006-01-02")
			}
		}
		rows = append(rows, []string{strconv.Itoa(n.Num), cell(strings.Join(n.UsedBy, " ")), id(n.article),
			cell(n.Title), cell(n.Source), published, cell(grade), strconv.Itoa(n.span.Start),
			strconv.Itoa(n.span.End), cell(n.Quote), cell(n.SHA)})
	}
	return writeCSV(w, "evidence", rows)
}

// CSVMentions writes the bundle's mentions: where each of its entities is
// named in its source articles (code-point offsets), with type and status.
func CSVMentions(w io.Writer, b *app.CaseBundle) error {
	if err := checkBundle(b); err != nil {
		return err
	}
	rows := [][]string{{"mention_id", "article_id", "article_title", "start", "end", "type", "text",
		"entity_id", "entity", "origin", "status"}}
	for _, m := range b.Mentions {
		title, entity := "", ""
		if a, ok := b.ArticleByID(m.ArticleID); ok {
			title = a.Title
		}
		if e, ok := b.EntityByID(m.EntityID); ok {
			entity = e.Name
		}
		rows = append(rows, []string{id(m.ID), id(m.ArticleID), cell(title), strconv.Itoa(m.Start),
			strconv.Itoa(m.End), string(m.Type), cell(m.Text), id(m.EntityID), cell(entity),
			string(m.Origin), string(m.Status)})
	}
	return writeCSV(w, "mentions", rows)
}

func writeCSV(w io.Writer, name string, rows [][]string) error {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	cw.UseCRLF = true
	if err := cw.WriteAll(rows); err != nil {
		return fmt.Errorf("csv %s: %w", name, err)
	}
	return flush(w, "csv", &buf)
}

// cell cleans a text cell and defuses spreadsheet formulas.
func cell(s string) string {
	s = clean(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// id shows an id, leaving 0 (none) empty.
func id(v int64) string {
	if v == 0 {
		return ""
	}
	return strconv.FormatInt(v, 10)
}
