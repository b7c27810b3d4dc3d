// Package nlp is Dossier's extraction pipeline: it finds people,
// organisations, places, groups (NORP), dates and selectors in a normalised
// article text, gives each mention exact code-point offsets and the
// canonical name of its entity within the article, and suggests events from
// trigger words.
//
// prose/v2 supplies tokens and part-of-speech tags; everything else is
// explicit stages: token alignment, candidate chunking, typing by evidence
// (gazetteers in assets, name patterns, context), dates and selectors from
// the dates and selectors packages, document consistency, entity resolution
// and event suggestions.
package nlp

import (
	"context"
	"fmt"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"dossier/app"
)

// Pipeline is the extractor. It is safe for concurrent use: the prose model
// and the gazetteers are read-only once loaded.
type Pipeline struct {
	model *prose.Model
	gaz   *gazetteer
}

var _ app.Extractor = (*Pipeline)(nil)

var shared struct {
	once sync.Once
	p    *Pipeline
	err  error
}

// New returns the pipeline, loading the prose model and the gazetteers the
// first time it is called in the process (about a quarter of a second) and
// sharing them afterwards.
func New() (*Pipeline, error) {
	shared.once.Do(func() {
		gaz, err := loadGazetteer()
		if err != nil {
			shared.err = err
			return
		}
		shared.p = &Pipeline{model: prose.ModelFromData("dossier"), gaz: gaz}
	})
	return shared.p, shared.err
}

// Extract finds the mentions and event suggestions of one normalised text.
// published anchors relative dates (the zero time: unknown). Invalid UTF-8
// is tolerated; offsets then count each invalid byte as one code point, as
// ranging over the string does.
func (p *Pipeline) Extract(ctx context.Context, text string, published time.Time) (x app.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			x, err = app.Extraction{}, app.WrapError(app.EINTERNAL, fmt.Errorf("%v\n%s", r, debug.Stack()),
				"extraction failed (a bug)")
		}
	}()
	if err := ctx.Err(); err != nil {
		return app.Extraction{}, app.WrapError(app.ECANCELED, err, "extraction cancelled")
	}
	base := 0 // code points before the window
	for off := 0; off < len(text); {
		end := windowEnd(text, off)
		d, err := p.analyse(ctx, text[off:end], published)
		if err != nil {
			return app.Extraction{}, app.WrapError(app.ECANCELED, err, "extraction cancelled")
		}
		ms := d.final()
		x.Mentions = append(x.Mentions, shiftMentions(output(ms), base)...)
		x.Events = append(x.Events, shiftEvents(d.events(ms), base)...)
		base += utf8.RuneCountInString(text[off:end])
		off = end
	}
	return x, nil
}

// windowSize bounds the text analysed as one document. Longer texts (a
// book, a 10 MB log line) are cut into windows at line breaks or spaces and
// analysed one by one, so time and memory grow linearly; document
// consistency then holds within each window.
const windowSize = 256 << 10

func windowEnd(text string, off int) int {
	if len(text)-off <= windowSize {
		return len(text)
	}
	lim := off + windowSize
	for _, sep := range []string{"\n\n", "\n", ". ", " "} {
		if i := strings.LastIndex(text[off:lim], sep); i > windowSize/2 {
			return off + i + len(sep)
		}
	}
	for lim > off+1 && !utf8.RuneStart(text[lim]) {
		lim--
	}
	return lim
}

func shiftMentions(ms []app.ExtractedMention, base int) []app.ExtractedMention {
	for i := range ms {
		ms[i].Start += base
		ms[i].End += base
	}
	return ms
}

func shiftEvents(es []app.SuggestedEvent, base int) []app.SuggestedEvent {
	for i := range es {
		es[i].Trigger.Start += base
		es[i].Trigger.End += base
		es[i].Sentence.Start += base
		es[i].Sentence.End += base
	}
	return es
}

// analyse runs every stage over the text and returns the resolved document.
func (p *Pipeline) analyse(ctx context.Context, text string, published time.Time) (*document, error) {
	toks, err := p.tokenize(ctx, text)
	if err != nil {
		return nil, err
	}
	d := &document{p: p, g: p.gaz, text: text, toks: toks, published: published}
	d.findFixed(text, published)
	d.reserve()
	d.findGazetteer()
	d.markShouting()
	for _, r := range d.runs() {
		d.segment(r)
	}
	d.defineAcronyms()
	d.consistency()
	d.resolve()
	return d, nil
}

// output turns the final mentions into the app's form, in text order.
func output(ms []mention) []app.ExtractedMention {
	out := make([]app.ExtractedMention, 0, len(ms))
	for _, m := range ms {
		out = append(out, app.ExtractedMention{Span: app.Span{Start: m.start, End: m.end}, Type: m.typ,
			Text: m.text, Entity: m.entity, Date: m.date, Confidence: m.confidence()})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func (m *mention) confidence() float64 {
	switch {
	case m.fixed:
		return 0.9
	case m.score >= 5:
		return 0.85
	case m.score >= 3:
		return 0.7
	}
	return 0.5
}

// String shows a mention for test failures.
func (m mention) String() string { return fmt.Sprintf("%s[%d,%d)%q", m.typ, m.start, m.end, m.text) }
