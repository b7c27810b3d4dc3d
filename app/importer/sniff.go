package importer

import (
	"bytes"
	"path/filepath"
	"strings"
)

// Formats Read understands, as recorded in app.Article.Format.
const (
	FormatText     = "txt"
	FormatMarkdown = "md"
	FormatHTML     = "html"
	FormatJSON     = "json"
	FormatJSONL    = "jsonl"
)

// extFormats maps file extensions to the formats Read handles.
var extFormats = map[string]string{
	".txt": FormatText, ".text": FormatText,
	".md": FormatMarkdown, ".markdown": FormatMarkdown,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML,
	".json": FormatJSON, ".jsonl": FormatJSONL, ".ndjson": FormatJSONL,
}

// unsupportedExts names formats Dossier recognises but does not import yet;
// they are rejected by extension rather than imported as plain text, which
// would bury their markup in the article.
var unsupportedExts = map[string]string{
	".pdf": "PDF document", ".doc": "Word document", ".docx": "Word document",
	".odt": "OpenDocument text", ".rtf": "RTF document", ".epub": "EPUB book",
	".eml": "e-mail message", ".msg": "Outlook message", ".mbox": "mailbox",
	".xml": "XML file", ".rss": "RSS feed", ".atom": "Atom feed", ".svg": "SVG image",
	".csv": "CSV table", ".tsv": "TSV table", ".xls": "Excel workbook", ".xlsx": "Excel workbook",
	".ppt": "PowerPoint deck", ".pptx": "PowerPoint deck",
}

// magic lists the signatures of common binary formats.
var magic = []struct {
	offset int
	sig    string
	kind   string
}{
	{0, "%PDF-", "PDF document"},
	{0, "PK\x03\x04", "ZIP archive (or DOCX, XLSX, ODT, EPUB)"},
	{0, "PK\x05\x06", "ZIP archive"},
	{0, "\x89PNG\r\n\x1a\n", "PNG image"},
	{0, "\xFF\xD8\xFF", "JPEG image"},
	{0, "GIF87a", "GIF image"},
	{0, "GIF89a", "GIF image"},
	{0, "\x1F\x8B", "gzip archive"},
	{0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "Office 97 document"},
	{0, "\x7FELF", "executable"},
	{0, "7z\xBC\xAF\x27\x1C", "7-Zip archive"},
	{0, "Rar!\x1A\x07", "RAR archive"},
	{0, "\xFD7zXZ\x00", "xz archive"},
	{0, "SQLite format 3\x00", "SQLite database"},
	{0, "{\\rtf", "RTF document"},
	{0, "OggS", "Ogg media"},
	{0, "ID3", "MP3 audio"},
	{0, "RIFF", "RIFF media (WAV, AVI, WebP)"},
	{0, "II*\x00", "TIFF image"},
	{0, "MM\x00*", "TIFF image"},
	{4, "ftyp", "MP4 media"},
	{0, "\x00asm", "WebAssembly module"},
}

// magicKind names the binary format b starts with, or "".
func magicKind(b []byte) string {
	for _, m := range magic {
		if len(b) >= m.offset+len(m.sig) && string(b[m.offset:m.offset+len(m.sig)]) == m.sig {
			return m.kind
		}
	}
	return ""
}

// sniffLen is how much of a file the binary test looks at.
const sniffLen = 8 << 10

// looksBinary reports whether b is not text: more than one byte in twenty
// of its head is a control character that text files do not use. A stray NUL
// in a text file passes (Normalize drops it); UTF-16 without a BOM, images,
// archives and executables do not. Callers skip the test for UTF-16 with a BOM.
func looksBinary(b []byte) bool {
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	odd := 0
	for _, c := range b {
		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B) || c == 0x7F {
			odd++
		}
	}
	return odd*20 > len(b)
}

// hasUTF16BOM reports whether b starts with a UTF-16 byte-order mark.
func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, bomUTF16LE) || bytes.HasPrefix(b, bomUTF16BE)
}

// formatOf returns the format of a file by its name's extension, or "" when
// the extension is unknown; unsupported is set for known formats Dossier does
// not import.
func formatOf(name string) (format, unsupported string) {
	ext := strings.ToLower(filepath.Ext(name))
	if f, ok := extFormats[ext]; ok {
		return f, ""
	}
	return "", unsupportedExts[ext]
}

// sniffFormat guesses the format of decoded text whose name said nothing:
// HTML when it opens with a document tag, JSON when it opens with an object
// or array that parses, plain text otherwise.
func sniffFormat(text string) string {
	head := strings.TrimSpace(text)
	if len(head) > 1024 {
		head = head[:1024]
	}
	lower := strings.ToLower(head)
	switch {
	case strings.HasPrefix(lower, "<!doctype html"), strings.HasPrefix(lower, "<html"),
		strings.HasPrefix(lower, "<head"), strings.HasPrefix(lower, "<body"):
		return FormatHTML
	case strings.HasPrefix(head, "{"), strings.HasPrefix(head, "["):
		if looksJSON(text) {
			return FormatJSON
		}
	}
	return FormatText
}
