package exporter

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"strconv"
	"strings"

	"dossier/app"
)

// Markdown writes the case summary as CommonMark with GFM footnotes
// ([^1]): evidence citations are numbered in order of first appearance in
// the timeline. Text from articles is backslash-escaped so that a Markdown
// renderer shows it as text. The narrative summary is the analyst's own
// Markdown and is kept, except that raw HTML in it is escaped to show as
// text. The link chart, when the bundle has one, is embedded as a data: URI
// image (GitHub does not show those; pandoc and most editors do).
func Markdown(w io.Writer, b *app.CaseBundle) error {
	if err := checkBundle(b); err != nil {
		return err
	}
	r := newReport(b)
	var buf bytes.Buffer
	m := &mdWriter{buf: &buf}
	m.header(r)
	m.timeline(r)
	m.relations(r)
	m.entities(r)
	if len(r.Chart) > 0 {
		m.h2("Link chart")
		m.f("![Link chart of the case](data:image/png;base64,%s)\n\n", base64.StdEncoding.EncodeToString(r.Chart))
	}
	m.sources(r)
	m.evidence(r)
	out := bytes.NewBuffer(append(bytes.TrimRight(buf.Bytes(), "\n"), '\n'))
	return flush(w, "markdown", out)
}

// mdWriter accumulates the Markdown document.
type mdWriter struct{ buf *bytes.Buffer }

func (m *mdWriter) f(format string, args ...any) { fmt.Fprintf(m.buf, format, args...) }

func (m *mdWriter) h2(title string) { m.f("## %s\n\n", title) }

func (m *mdWriter) header(r *report) {
	m.f("# %s\n\n", mdEscape(r.Title))
	m.f("**Status:** %s · **Generated:** %s", mdEscape(r.Status), mdEscape(r.Generated))
	if r.Generator != "" {
		m.f(" by %s", mdEscape(r.Generator))
	}
	if r.Actor != "" {
		m.f(" for %s", mdEscape(r.Actor))
	}
	m.f("\n\n%s\n\n", mdEscape(counts(r)))
	if r.Summary != "" {
		m.h2("Summary")
		m.f("%s\n\n", summaryMarkdown(r.Summary))
	}
}

func (m *mdWriter) timeline(r *report) {
	m.h2("Timeline")
	if len(r.Events) == 0 {
		m.f("No events in this case.\n\n")
		return
	}
	for _, ev := range r.Events {
		m.f("### %s · %s", ev.Label, mdEscape(ev.Date))
		if ev.Place != "" {
			m.f(" · %s", mdEscape(ev.Place))
		}
		m.f("\n\n**%s:** %s%s\n\n", mdEscape(ev.Type), mdEscape(ev.Title), mdCites(ev.Cites))
		if len(ev.Who) > 0 {
			m.f("- Who: %s\n", mdEscape(whoText(ev.Who)))
		}
		if len(ev.Details) > 0 {
			m.f("- %s\n", mdEscape(strings.Join(ev.Details, "; ")))
		}
		if ev.Note != "" {
			m.f("- Note: %s\n", mdEscape(clean(ev.Note)))
		}
		if len(ev.Who)+len(ev.Details) > 0 || ev.Note != "" {
			m.f("\n")
		}
	}
}

func (m *mdWriter) relations(r *report) {
	if len(r.Links) == 0 {
		return
	}
	m.h2("Relations")
	for _, l := range r.Links {
		m.f("- %s: %s — *%s* → %s%s", l.Label, mdEscape(l.From), mdEscape(l.Kind), mdEscape(l.To), mdCites(l.Cites))
		if l.Note != "" {
			m.f(" (%s)", mdEscape(clean(l.Note)))
		}
		m.f("\n")
	}
	m.f("\n")
}

func (m *mdWriter) entities(r *report) {
	if len(r.Entities) == 0 {
		return
	}
	m.h2("Key entities")
	for _, e := range r.Entities {
		m.f("- **%s** (%s)", mdEscape(e.Name), mdEscape(e.Type))
		if len(e.Aliases) > 0 {
			m.f(" — also known as %s", mdEscape(strings.Join(e.Aliases, "; ")))
		}
		if len(e.Roles) > 0 {
			m.f(" — %s", mdEscape(strings.Join(e.Roles, "; ")))
		}
		if e.Notes != "" {
			m.f(" — note: %s", mdEscape(clean(e.Notes)))
		}
		m.f("\n")
	}
	m.f("\n")
}

func (m *mdWriter) sources(r *report) {
	if len(r.Sources) == 0 {
		return
	}
	m.h2("Sources")
	for i, s := range r.Sources {
		m.f("%d. **%s** — %s; published %s; %s", i+1, mdEscape(s.Title), mdEscape(s.Source),
			mdEscape(s.Published), mdEscape(s.Grade))
		if s.Author != "" {
			m.f("; by %s", mdEscape(s.Author))
		}
		m.f("  \n   SHA-256: `%s`", codeSafe(orDefault(s.SHA, "not recorded")))
		if s.LinkURL != "" {
			m.f("  \n   URL: <%s>", strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20").Replace(s.LinkURL))
		} else if s.URL != "" {
			m.f("  \n   URL (not a web link): %s", mdEscape(s.URL))
		}
		if len(s.Cites) > 0 {
			m.f("  \n   Cited as %s", mdEscape(citeList(s.Cites)))
		}
		m.f("\n")
	}
	m.f("\n")
}

func (m *mdWriter) evidence(r *report) {
	if len(r.Notes) == 0 {
		return
	}
	m.h2("Evidence")
	for _, n := range r.Notes {
		m.f("[^%d]: *%s* — %s, %s, %s", n.Num, mdEscape(n.Title), mdEscape(n.Source),
			mdEscape(n.Published), mdEscape(n.Grade))
		if n.Quote != "" {
			m.f("; “%s”", mdEscape(n.Quote))
		} else {
			m.f("; %s", mdEscape(n.Where))
		}
		if n.SHA != "" {
			m.f("; SHA-256 `%s`", codeSafe(n.ShortSHA()))
		}
		m.f(" (%s)\n", mdEscape(strings.Join(n.UsedBy, ", ")))
	}
}

// mdCites renders footnote references.
func mdCites(nums []int) string {
	var b strings.Builder
	for _, n := range nums {
		b.WriteString("[^" + strconv.Itoa(n) + "]")
	}
	return b.String()
}

// citeList shows footnote numbers as "[1], [3]".
func citeList(nums []int) string {
	parts := make([]string, len(nums))
	for i, n := range nums {
		parts[i] = "[" + strconv.Itoa(n) + "]"
	}
	return strings.Join(parts, ", ")
}

// whoText lists participants with their roles.
func whoText(who []participantView) string {
	parts := make([]string, len(who))
	for i, p := range who {
		parts[i] = p.Name + " (" + p.Role + ")"
	}
	return strings.Join(parts, "; ")
}

// counts is the one-line inventory under the title.
func counts(r *report) string {
	return fmt.Sprintf("%s · %s · %s · %s", plural(len(r.Events), "event"), plural(len(r.Entities), "entity"),
		plural(len(r.Sources), "source"), plural(len(r.Notes), "citation"))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(word, "y"))
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// mdEscaper backslash-escapes the characters that could start Markdown
// inline syntax or raw HTML in one line of text.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `&`, `\&`, `~`, `\~`, `|`, `\|`,
)

// mdEscape makes one line of text literal in Markdown.
func mdEscape(s string) string { return mdEscaper.Replace(clean(s)) }

// codeSafe keeps a value fit for a one-backtick code span.
func codeSafe(s string) string { return strings.ReplaceAll(clean(s), "`", "'") }
