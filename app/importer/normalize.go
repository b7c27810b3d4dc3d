package importer

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"dossier/app"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Byte-order marks recognised at the start of a file.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Normalize turns a file's bytes into the text Dossier stores, once and for
// all (DESIGN invariant 1): valid UTF-8 in NFC, "\n" line ends, no byte-order
// mark, no NULs and no control characters other than "\n" and "\t".
//
// The encoding policy:
//   - a UTF-8 or UTF-16 byte-order mark decides the encoding;
//   - valid UTF-8 is taken as UTF-8;
//   - bytes that hold no valid multi-byte UTF-8 sequence at all are taken as
//     Windows-1252 (a superset of the printable Latin-1), the usual encoding
//     of older Western text files;
//   - anything else mixes UTF-8 with another encoding, and guessing would
//     silently damage the text: it is rejected with EINVALID and the byte
//     offset of the first bad sequence.
//
// "\r\n" and lone "\r" become "\n"; form feeds, vertical tabs, NEL and the
// Unicode line and paragraph separators become "\n"; other C0 and C1 control
// characters and DEL are dropped. Normalize is idempotent.
func Normalize(b []byte) (string, error) {
	s, err := decode(b)
	if err != nil {
		return "", err
	}
	return clean(s), nil
}

// decode applies Normalize's encoding policy.
func decode(b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		b = b[len(bomUTF8):]
	case bytes.HasPrefix(b, bomUTF16LE):
		return decodeUTF16(b, unicode.LittleEndian)
	case bytes.HasPrefix(b, bomUTF16BE):
		return decodeUTF16(b, unicode.BigEndian)
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	if !hasMultibyteUTF8(b) {
		return decodeWindows1252(b)
	}
	return "", app.Errorf(app.EINVALID,
		"invalid UTF-8 at byte %d (the file mixes UTF-8 with another encoding)", firstInvalid(b))
}

func decodeUTF16(b []byte, order unicode.Endianness) (string, error) {
	out, err := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder().Bytes(b)
	if err != nil {
		return "", app.WrapError(app.EINVALID, err, "invalid UTF-16 text")
	}
	return string(out), nil
}

func decodeWindows1252(b []byte) (string, error) {
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return "", app.WrapError(app.EINVALID, err, "invalid Windows-1252 text")
	}
	return string(out), nil
}

// hasMultibyteUTF8 reports whether b holds at least one valid multi-byte
// UTF-8 sequence, the sign that the file was meant to be UTF-8.
func hasMultibyteUTF8(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			return true
		}
		i += n
	}
	return false
}

// firstInvalid returns the offset of the first invalid UTF-8 sequence in b.
func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// clean fixes line ends, drops control characters and a leading BOM, and
// composes to NFC. The NFC step comes last because dropping a control
// character can bring a base letter and a combining mark together.
func clean(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			sb.WriteByte('\n')
		case r == '\n' || r == '\t':
			sb.WriteRune(r)
		case r == '\f' || r == '\v' || r == 0x85 || r == 0x2028 || r == 0x2029:
			sb.WriteByte('\n')
		case r < 0x20 || (r >= 0x7F && r <= 0x9F):
			// NUL and other control characters carry no text.
		default:
			sb.WriteRune(r)
		}
	}
	out := strings.TrimLeft(sb.String(), "\uFEFF")
	return norm.NFC.String(out)
}
