package sqlite_test

import (
	"strings"
	"testing"

	"dossier/app"
)

func TestExchangeRefused(t *testing.T) {
	f := newRichFile(t)
	good, err := f.s.Exchange(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Each case breaks a copy of the good exchange in one way.
	for _, tt := range []struct {
		name  string
		code  string
		words string // the message must say this
		bad   func(x *app.Exchange)
	}{
		{"ErrNewerVersion", app.ETOONEW, "newer Dossier", func(x *app.Exchange) { x.Version = app.ExchangeVersion + 1 }},
		{"ErrVersionZero", app.EINVALID, "version 0", func(x *app.Exchange) { x.Version = 0 }},
		{"ErrFormat", app.EINVALID, "not a Dossier exchange", func(x *app.Exchange) { x.Format = "stix" }},
		{"ErrDuplicateRef", app.EINVALID, "used twice", func(x *app.Exchange) { x.Entities[1].Ref = x.Entities[0].Ref }},
		{"ErrUnknownArticle", app.EINVALID, "unknown article", func(x *app.Exchange) { x.Mentions[0].Article = "a99" }},
		{"ErrUnknownEntity", app.EINVALID, "unknown entity", func(x *app.Exchange) { x.Mentions[0].Entity = "e99" }},
		{"ErrSpanOutside", app.EINVALID, "lies outside", func(x *app.Exchange) {
			x.Mentions[0].Text, x.Mentions[0].End = "", 100000
		}},
		{"ErrSpanText", app.EINVALID, "reads", func(x *app.Exchange) { x.Mentions[0].Start++ }},
		{"ErrQuote", app.EINVALID, "reads", func(x *app.Exchange) { x.Events[0].Evidence[0].Quote = "something else" }},
		{"ErrStatus", app.EINVALID, "unknown status", func(x *app.Exchange) { x.Mentions[0].Status = "maybe" }},
		{"ErrType", app.EINVALID, "unknown type", func(x *app.Exchange) { x.Entities[0].Type = "SHIP" }},
		{"ErrTextHash", app.EINVALID, "text_sha256", func(x *app.Exchange) { x.Articles[0].TextSHA256 = strings.Repeat("0", 64) }},
		{"ErrOriginalHash", app.EINVALID, "original bytes", func(x *app.Exchange) { x.Articles[0].Original = []byte("other") }},
		{"ErrLocationNotLOC", app.EINVALID, "not a LOC", func(x *app.Exchange) { x.Events[0].Location = personRef(x) }},
		{"ErrCaseEvent", app.EINVALID, "unknown event", func(x *app.Exchange) { x.Cases[0].Events[0] = "ev99" }},
		{"ErrLinkEnd", app.EINVALID, "unknown event", func(x *app.Exchange) { x.Links[1].To = "ev99" }},
		{"ErrLinkKind", app.EINVALID, "links events", func(x *app.Exchange) { x.Links[0].Kind = app.LinkPrecedes }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := viaJSON(t, good) // a deep copy
			tt.bad(&x)
			s2 := newStore(t)
			mustDo(t, s2, app.CreateCase{Title: "Something already here"})
			before, rows := dump(t, s2.Path(), allTables...), logLen(t, s2)
			_, err := s2.Do(ctx, app.ImportExchange{Exchange: x})
			wantCode(t, err, tt.code)
			if msg := app.ErrorMessage(err); !strings.Contains(msg, tt.words) || strings.Contains(msg, "\n") {
				t.Errorf("message %q does not say %q on one line", msg, tt.words)
			}
			if dump(t, s2.Path(), allTables...) != before || logLen(t, s2) != rows {
				t.Error("a refused exchange changed the case file")
			}
		})
	}
}

// personRef is the ref of an exchange's first PERSON entity.
func personRef(x *app.Exchange) string {
	for _, e := range x.Entities {
		if e.Type == app.TypePerson {
			return e.Ref
		}
	}
	return ""
}

func TestExchangeEmpty(t *testing.T) {
	s := newStore(t)
	x, err := s.Exchange(ctx, 0)
	if err != nil || x.Title != "Test case" || len(x.Articles)+len(x.Entities)+len(x.Events)+len(x.Cases) != 0 {
		t.Fatalf("empty file exchange %+v, %v", x, err)
	}
	res, err := newStore(t).Do(ctx, app.ImportExchange{Exchange: x})
	if err != nil || res.Seq != 0 || len(res.IDs) != 0 {
		t.Errorf("importing an empty exchange: %+v, %v (want nothing logged)", res, err)
	}
	_, err = s.Exchange(ctx, 42)
	wantCode(t, err, app.ENOTFOUND)
}
