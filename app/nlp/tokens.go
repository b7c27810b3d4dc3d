package nlp

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// token is one word or punctuation mark, aligned to the text.
type token struct {
	text       string // the characters of the text it covers
	tag        string // prose's part-of-speech tag
	bs, be     int    // byte offsets
	start, end int    // code-point offsets
	sent       int    // sentence number
	first      bool   // first word of its sentence (or of a quotation)
	space      bool   // whitespace separates it from the previous token
	newline    bool   // a line break separates it from the previous token
}

// pieceSize bounds the text handed to prose at once, so that memory stays
// bounded on huge inputs; pieces end at line breaks where possible.
const pieceSize = 8 << 10

// tokenize runs prose's tokenizer and tagger over text piece by piece and
// aligns every token back to the text.
func (p *Pipeline) tokenize(ctx context.Context, text string) ([]token, error) {
	var toks []token
	safe := proseSafe(text)
	for off := 0; off < len(text); {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		end := pieceEnd(text, off)
		doc, err := prose.NewDocument(safe[off:end], prose.UsingModel(p.model),
			prose.WithSegmentation(false), prose.WithExtraction(false))
		if err == nil {
			toks = alignPiece(safe, off, end, doc.Tokens(), toks)
		}
		off = end
	}
	for i := range toks {
		toks[i].text = text[toks[i].bs:toks[i].be]
	}
	toks = p.fixTokens(text, toks)
	setRunes(text, toks)
	markSentences(text, toks)
	return toks, nil
}

// proseSafe returns text with the bytes prose's tokenizer mishandles
// replaced, byte for byte, by ASCII letters: invalid UTF-8 and characters
// whose lower case has another length in UTF-8 (prose lower-cases a word,
// searches the copy and cuts the original at the found offset, which
// panics or cuts inside a character). Offsets stay valid for the original.
func proseSafe(text string) string {
	var b []byte
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n <= 1 || r >= 0x80 && utf8.RuneLen(unicode.ToLower(r)) != n {
			if b == nil {
				b = []byte(text)
			}
			c := byte('x')
			if unicode.IsUpper(r) {
				c = 'X'
			}
			b[i] = c
			for k := 1; k < n; k++ {
				b[i+k] = 'x'
			}
		}
		i += max(n, 1)
	}
	if b == nil {
		return text
	}
	return string(b)
}

// pieceEnd picks where the piece starting at off ends: after the last line
// break before the size limit, else at a space, else at a rune boundary.
func pieceEnd(text string, off int) int {
	if len(text)-off <= pieceSize {
		return len(text)
	}
	lim := off + pieceSize
	if i := strings.LastIndexByte(text[off:lim], '\n'); i > pieceSize/4 {
		return off + i + 1
	}
	if i := strings.LastIndexByte(text[off:lim], ' '); i > pieceSize/4 {
		return off + i + 1
	}
	for lim > off && !utf8.RuneStart(text[lim]) {
		lim--
	}
	if lim == off {
		return off + pieceSize
	}
	return lim
}

// alignPiece finds each prose token in text[off:end] in order. prose folds
// curly quotes to straight ones and may split words oddly (its lower-casing
// of "İ" shifts its possessive split), so matching is byte-wise with quote
// folding, and a token that cannot be found nearby is dropped.
func alignPiece(text string, off, end int, ptoks []prose.Token, out []token) []token {
	pos := off
	for _, pt := range ptoks {
		if pt.Text == "" {
			continue
		}
		start := skipSpace(text, pos, end)
		e := matchAt(text, start, end, pt.Text)
		if e < 0 {
			i := strings.Index(text[start:min(end, start+256)], pt.Text)
			if i < 0 {
				continue
			}
			start += i
			e = start + len(pt.Text)
		}
		out = append(out, token{text: text[start:e], tag: pt.Tag, bs: start, be: e})
		pos = e
	}
	return out
}

func skipSpace(text string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// matchAt matches tok against text at i, allowing the quote folding prose
// applies; it returns the end byte or -1.
func matchAt(text string, i, end int, tok string) int {
	for t := 0; t < len(tok); {
		if i >= end {
			return -1
		}
		if text[i] == tok[t] {
			i, t = i+1, t+1
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case (r == '\u201c' || r == '\u201d') && tok[t] == '"',
			(r == '\u2018' || r == '\u2019') && tok[t] == '\'':
			i, t = i+n, t+1
		case tok[t] == '\'' && strings.HasPrefix(text[i:], "&rsquo;"):
			i, t = i+len("&rsquo;"), t+1
		default:
			return -1
		}
	}
	return i
}

// setRunes converts the tokens' byte offsets to code points in one pass.
func setRunes(text string, toks []token) {
	b, r := 0, 0
	at := func(x int) int {
		r += utf8.RuneCountInString(text[b:x])
		b = x
		return r
	}
	for i := range toks {
		toks[i].start = at(toks[i].bs)
		toks[i].end = at(toks[i].be)
		if i > 0 {
			gap := text[toks[i-1].be:toks[i].bs]
			toks[i].space = gap != ""
			toks[i].newline = strings.ContainsAny(gap, "\n\r\u2028\u2029")
		}
	}
}
