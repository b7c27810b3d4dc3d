package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"dossier/app"
	"golang.org/x/text/unicode/norm"
)

// fixtures is the shared import fixture folder.
const fixtures = "../../testdata/import"

func TestNormalize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"ascii", "Port Veyra", "Port Veyra"},
		{"utf8 bom", "\xEF\xBB\xBFtext", "text"},
		{"crlf", "a\r\nb\r\n", "a\nb\n"},
		{"lone cr", "a\rb", "a\nb"},
		{"cr cr lf", "a\r\r\nb", "a\n\nb"},
		{"nul and controls", "a\x00b\x01c\x1bd\x7fe", "abcde"},
		{"tab and newline kept", "a\tb\nc", "a\tb\nc"},
		{"form feed is a line break", "page 1\fpage 2", "page 1\npage 2"},
		{"unicode separators", "a\u2028b\u2029c\u0085d", "a\nb\nc\nd"},
		{"c1 controls dropped", "a\u0080\u009fb", "ab"},
		{"nfd to nfc", "Cafe\u0301", "Caf\u00e9"},
		{"control between base and mark", "e\x00\u0301", "\u00e9"},
		{"leading bom character after control", "\x00\uFEFFtext", "text"},
		{"inner zwnbsp kept", "a\uFEFFb", "a\uFEFFb"},
		{"latin-1", "caf\xe9 cr\xe8me", "café crème"},
		{"windows-1252 euro and quotes", "\x80 5 \x93quoted\x94", "€ 5 \u201cquoted\u201d"},
		{"utf-16le bom", "\xFF\xFEa\x00\r\x00\n\x00\xe9\x00", "a\né"},
		{"utf-16be bom", "\xFE\xFF\x00a\x00\xe9", "aé"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Normalize([]byte(tt.in))
			if err != nil {
				t.Fatalf("Normalize(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeMixedEncoding(t *testing.T) {
	in := []byte("caf\xc3\xa9 and caf\xe9")
	_, err := Normalize(in)
	if app.ErrorCode(err) != app.EINVALID {
		t.Fatalf("Normalize(mixed) error = %v, want EINVALID", err)
	}
	if !strings.Contains(err.Error(), "invalid UTF-8 at byte 13") {
		t.Errorf("error %q does not name the offset 13", err)
	}
}

// checkNormalized fails t unless s is valid UTF-8 in NFC without "\r",
// without control characters other than "\n" and "\t" and without a leading BOM.
func checkNormalized(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("not valid UTF-8: %q", s)
	}
	if !norm.NFC.IsNormalString(s) {
		t.Fatalf("not NFC: %q", s)
	}
	if strings.HasPrefix(s, "\uFEFF") {
		t.Fatalf("leading BOM: %q", s)
	}
	for _, r := range s {
		if r == '\r' || (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f) {
			t.Fatalf("control character %U in %q", r, s)
		}
	}
}

// addFixtureSeeds adds every fixture file as a fuzz seed.
func addFixtureSeeds(f *testing.F, pattern string) {
	f.Helper()
	for _, glob := range []string{"*/*", "*/*/*"} {
		paths, _ := filepath.Glob(filepath.Join(fixtures, glob+pattern))
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
}

func FuzzNormalize(f *testing.F) {
	addFixtureSeeds(f, "")
	for _, s := range []string{"", "\r\n\r", "\xEF\xBB\xBF\xEF\xBB\xBF", "\xFF\xFE\x00\xD8", "e\u0301\x00\u0301", "\xe9\xc3\xa9"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Normalize(b)
		if err != nil {
			if app.ErrorCode(err) != app.EINVALID {
				t.Fatalf("error code %q, want EINVALID: %v", app.ErrorCode(err), err)
			}
			return
		}
		checkNormalized(t, s)
		again, err := Normalize([]byte(s))
		if err != nil || again != s {
			t.Fatalf("not idempotent: %q -> %q (%v)", s, again, err)
		}
	})
}
