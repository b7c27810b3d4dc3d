package exporter

import (
	"bytes"
	"encoding/json"
	"io"

	"dossier/app"
)

// JSON writes x in the JSON data-exchange format (docs/exchange.md):
// indented, fields in a fixed order, lists never null, "<" ">" "&" left
// as they are, and nothing taken from a clock or a map, so the same
// exchange always yields the same bytes. A nil exchange is app.EINVALID.
func JSON(w io.Writer, x *app.Exchange) error {
	if x == nil {
		return app.Errorf(app.EINVALID, "there is nothing to export")
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(filled(*x)); err != nil {
		return app.WrapError(app.EINTERNAL, err, "cannot write the JSON export")
	}
	return flush(w, "JSON", &buf)
}

// filled returns x with every nil list made empty, so that readers (and
// the JSON Schema) always find arrays. x's own slices are not changed.
func filled(x app.Exchange) app.Exchange {
	x.Articles, x.Mentions = orEmpty(x.Articles), orEmpty(x.Mentions)
	ents := make([]app.ExEntity, len(x.Entities))
	for i, e := range x.Entities {
		e.Aliases = orEmpty(e.Aliases)
		ents[i] = e
	}
	evs := make([]app.ExEvent, len(x.Events))
	for i, e := range x.Events {
		e.Participants, e.Evidence = orEmpty(e.Participants), orEmpty(e.Evidence)
		evs[i] = e
	}
	cases := make([]app.ExCase, len(x.Cases))
	for i, c := range x.Cases {
		c.Events = orEmpty(c.Events)
		cases[i] = c
	}
	links := make([]app.ExLink, len(x.Links))
	for i, l := range x.Links {
		l.Evidence = orEmpty(l.Evidence)
		links[i] = l
	}
	x.Entities, x.Events, x.Cases, x.Links = ents, evs, cases, links
	return x
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
