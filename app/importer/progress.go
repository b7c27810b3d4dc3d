package importer

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// barWidth and lineWidth size the terminal progress line to fit 80 columns.
const (
	barWidth  = 20
	lineWidth = 79
)

// NewProgressPrinter returns a progress callback for Run that writes to w:
// on a terminal a single line redrawn with "\r" (a bar, counts and the file
// being read), ended by a newline on the final call; elsewhere (a log, a
// pipe) a plain line at most once a second and always the final one. The
// caller says whether w is a terminal (the CLI asks go-isatty).
func NewProgressPrinter(w io.Writer, isTerminal bool) func(Progress) {
	return newProgressPrinter(w, isTerminal, time.Now)
}

func newProgressPrinter(w io.Writer, isTerminal bool, now func() time.Time) func(Progress) {
	var last time.Time
	width := 0 // of the terminal line drawn last, to blank what is left of it
	return func(p Progress) {
		if !isTerminal {
			if t := now(); p.Done || t.Sub(last) >= time.Second {
				last = t
				fmt.Fprintln(w, "import: "+counts(p))
			}
			return
		}
		line := bar(p) + " " + counts(p)
		if !p.Done && p.Current != "" {
			room := lineWidth - utf8.RuneCountInString(line) - 2
			if room > 8 {
				line += "  " + shorten(filepath.Base(p.Current), room)
			}
		}
		n := utf8.RuneCountInString(line)
		pad := strings.Repeat(" ", max(width-n, 0))
		width = n
		end := ""
		if p.Done {
			end = "\n"
		}
		fmt.Fprint(w, "\r"+line+pad+end)
	}
}

// bar draws "[#####-----] 50%".
func bar(p Progress) string {
	frac := 1.0
	if p.Files > 0 {
		frac = float64(p.FilesDone) / float64(p.Files)
	}
	fill := int(frac * barWidth)
	return fmt.Sprintf("[%s%s] %3d%%", strings.Repeat("#", fill), strings.Repeat("-", barWidth-fill), int(frac*100))
}

// counts gives the totals: "12/30 files, 10 imported, 1 duplicate, 1 failed".
func counts(p Progress) string {
	s := fmt.Sprintf("%d/%d files, %d imported", p.FilesDone, p.Files, p.Imported)
	if p.Duplicates > 0 {
		s += fmt.Sprintf(", %s", plural(p.Duplicates, "duplicate"))
	}
	if p.Failed > 0 {
		s += fmt.Sprintf(", %d failed", p.Failed)
	}
	return s
}

// shorten cuts s to n code points, keeping its end (the distinctive part of
// a file name) after an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return "…" + string(r[len(r)-n+1:])
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// WriteText writes the report for people: one line per problem, one per
// exchange file imported, then the totals.
func (r Report) WriteText(w io.Writer) error {
	var sb strings.Builder
	for _, p := range r.Problems {
		sb.WriteString(p.String() + "\n")
	}
	for _, x := range r.Exchanges {
		sb.WriteString(Problem{Path: x.Path, Reason: x.String()}.String() + "\n")
	}
	if r.Canceled {
		sb.WriteString("Import cancelled. ")
	}
	fmt.Fprintf(&sb, "%s imported from %s", plural(r.Imported, "article"), plural(r.Files, "file"))
	if r.Duplicates > 0 {
		fmt.Fprintf(&sb, ", %s skipped (already in the case file)", plural(r.Duplicates, "duplicate"))
	}
	if len(r.Problems) > 0 {
		fmt.Fprintf(&sb, ", %s", plural(len(r.Problems), "problem"))
	}
	sb.WriteString(".\n")
	_, err := io.WriteString(w, sb.String())
	return err
}
