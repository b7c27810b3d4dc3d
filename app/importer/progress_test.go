package importer

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// clock is a fake time source the test moves by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func TestProgressPrinterTerminal(t *testing.T) {
	var sb strings.Builder
	c := &clock{t: time.Unix(0, 0)}
	p := newProgressPrinter(&sb, true, c.now)
	p(Progress{Files: 40, FilesDone: 10, Imported: 9, Failed: 1, Current: "/cases/a/very-long-file-name-of-an-intercepted-report-2024-03-14.txt"})
	p(Progress{Files: 40, FilesDone: 20, Imported: 19, Failed: 1})
	p(Progress{Files: 40, FilesDone: 40, Imported: 37, Duplicates: 2, Failed: 1, Done: true})
	out := sb.String()
	lines := strings.Split(out, "\r")[1:]
	if len(lines) != 3 || strings.Count(out, "\n") != 1 || !strings.HasSuffix(out, "\n") {
		t.Fatalf("want three \\r-redrawn lines and one final newline, got %q", out)
	}
	first := lines[0]
	if !strings.HasPrefix(first, "[#####---------------]  25% 10/40 files, 9 imported, 1 failed  …") ||
		!strings.HasSuffix(first, "-03-14.txt") || len([]rune(first)) > lineWidth {
		t.Errorf("first line %q (%d runes)", first, len([]rune(first)))
	}
	// The second line is shorter than the first: padding blanks the rest.
	if len([]rune(lines[1])) != len([]rune(first)) || !strings.HasPrefix(lines[1], "[##########----------]  50% 20/40 files") {
		t.Errorf("second line %q", lines[1])
	}
	if !strings.HasPrefix(lines[2], "[####################] 100% 40/40 files, 37 imported, 2 duplicates, 1 failed") {
		t.Errorf("final line %q", lines[2])
	}
}

func TestProgressPrinterPlain(t *testing.T) {
	var sb strings.Builder
	c := &clock{t: time.Unix(0, 0)}
	p := newProgressPrinter(&sb, false, c.now)
	for i := 1; i <= 30; i++ {
		p(Progress{Files: 30, FilesDone: i, Imported: i})
		c.t = c.t.Add(100 * time.Millisecond) // ten calls a second
	}
	p(Progress{Files: 30, FilesDone: 30, Imported: 30, Duplicates: 1, Done: true})
	want := "import: 1/30 files, 1 imported\n" +
		"import: 11/30 files, 11 imported\n" +
		"import: 21/30 files, 21 imported\n" +
		"import: 30/30 files, 30 imported, 1 duplicate\n"
	if got := sb.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if strings.Contains(sb.String(), "\r") {
		t.Error("plain output holds \\r")
	}
}

func TestReportWriteText(t *testing.T) {
	tests := []struct {
		name string
		rep  Report
		want string
	}{
		{"clean", Report{Files: 3, Imported: 3}, "3 articles imported from 3 files.\n"},
		{"one of each", Report{Files: 1, Imported: 1}, "1 article imported from 1 file.\n"},
		{"problems", Report{Files: 4, Imported: 2, Duplicates: 1, Problems: []Problem{
			{Path: "in/scan.pdf", Reason: "unsupported format: PDF document"},
			{Path: "in/odd\nname.txt", Reason: "empty file"},
		}}, "in/scan.pdf: unsupported format: PDF document\n" +
			"\"in/odd\\nname.txt\": empty file\n" +
			"2 articles imported from 4 files, 1 duplicate skipped (already in the case file), 2 problems.\n"},
		{"cancelled", Report{Files: 9, Imported: 2, Canceled: true}, "Import cancelled. 2 articles imported from 9 files.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sb strings.Builder
			if err := tt.rep.WriteText(&sb); err != nil {
				t.Fatal(err)
			}
			if sb.String() != tt.want {
				t.Errorf("got\n%q\nwant\n%q", sb.String(), tt.want)
			}
		})
	}
	if err := (Report{}).WriteText(failWriter{}); err == nil {
		t.Error("a failing writer's error was lost")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }
