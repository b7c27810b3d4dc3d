package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind tells words, numbers and single punctuation marks apart.
type tokKind uint8

const (
	tkWord  tokKind = iota + 1 // a run of letters
	tkNum                      // a run of ASCII digits
	tkPunct                    // one other non-space rune
)

// token is a byte range of the chunk being scanned.
type token struct {
	s, e int
	k    tokKind
}

// tokenize splits text into words, digit runs and punctuation; spaces separate.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+1)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			toks = append(toks, token{i, j, tkNum})
			i = j
		case unicode.IsLetter(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				j += n2
			}
			toks = append(toks, token{i, j, tkWord})
			i = j
		default:
			toks = append(toks, token{i, i + n, tkPunct})
			i += n
		}
	}
	return toks
}

// asciiLower lowercases ASCII letters only, so byte offsets stay valid.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// scanner holds one chunk of text, its tokens and the resolution state.
type scanner struct {
	text, low string
	toks      []token
}

func newScanner(text string) *scanner {
	return &scanner{text: text, low: asciiLower(text), toks: tokenize(text)}
}

// w returns the lowercased word at i, or "" when i is no word.
func (s *scanner) w(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != tkWord {
		return ""
	}
	return s.low[s.toks[i].s:s.toks[i].e]
}

// raw returns the token text at i as written, or "".
func (s *scanner) raw(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].s:s.toks[i].e]
}

// info returns the lexicon entry of the word at i.
func (s *scanner) info(i int) wordInfo {
	w := s.w(i)
	if w == "" {
		return wordInfo{}
	}
	return lexicon[w]
}

// isPunct reports whether token i is the punctuation mark p.
func (s *scanner) isPunct(i int, p ...string) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != tkPunct {
		return false
	}
	t := s.raw(i)
	for _, q := range p {
		if t == q {
			return true
		}
	}
	return false
}

// num returns the value of the digit token at i and its digit count.
func (s *scanner) num(i int) (v, digits int, ok bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != tkNum {
		return 0, 0, false
	}
	t := s.raw(i)
	if len(t) > 6 {
		return 0, len(t), false
	}
	for _, c := range t {
		v = v*10 + int(c-'0')
	}
	return v, len(t), true
}

// adj reports whether tokens i-1 and i touch (no space between them).
func (s *scanner) adj(i int) bool {
	return i > 0 && i < len(s.toks) && s.toks[i-1].e == s.toks[i].s
}

// spaced reports whether tokens i-1 and i are separated by spaces that hold no
// paragraph break, as the words of one phrase are.
func (s *scanner) spaced(i int) bool {
	if i <= 0 || i >= len(s.toks) {
		return false
	}
	gap := s.text[s.toks[i-1].e:s.toks[i].s]
	return gap != "" && strings.Count(gap, "\n") < 2
}

// next reports whether token i follows i-1 in the same phrase (touching or spaced).
func (s *scanner) next(i int) bool { return s.adj(i) || s.spaced(i) }

// capitalised reports whether the word at i starts with an upper-case letter.
func (s *scanner) capitalised(i int) bool {
	t := s.raw(i)
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// titleOrUpper reports whether the word at i is written "March" or "MARCH".
func (s *scanner) titleOrUpper(i int) bool {
	t := s.raw(i)
	return s.capitalised(i) && (isLowerTail(t) || strings.ToUpper(t) == t)
}

func isLowerTail(t string) bool {
	for _, r := range t[1:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// boundaryOK reports whether tokens [i,end) stand apart from their
// neighbours: a date is not glued to letters, digits, a URL, an e-mail
// address or a decimal ("www.March", "2024.pdf", "id-2019-77").
func (s *scanner) boundaryOK(i, end int) bool {
	bs, be := s.toks[i].s, s.toks[end-1].e
	prev, _ := utf8.DecodeLastRuneInString(s.text[:bs])
	next, _ := utf8.DecodeRuneInString(s.text[be:])
	if bs > 0 && (isWordRune(prev) || strings.ContainsRune("/@_\\#$€£¥₦&=%", prev)) {
		return false
	}
	if be < len(s.text) && (isWordRune(next) || strings.ContainsRune("/@_\\%", next)) {
		return false
	}
	// "x.2024", "2024.5", "2024-0042": glued by a dot, comma or dash to more of a token.
	if bs > 1 && strings.ContainsRune(".,:", prev) {
		p2, _ := utf8.DecodeLastRuneInString(s.text[:bs-1])
		if isWordRune(p2) {
			return false
		}
	}
	if be+1 < len(s.text) && strings.ContainsRune(".,:-", next) {
		n2, _ := utf8.DecodeRuneInString(s.text[be+1:])
		if unicode.IsDigit(n2) || next != '-' && unicode.IsLetter(n2) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// canStart reports whether a date expression may begin at token i: a number
// or a word from the starters.
func (s *scanner) canStart(i int) bool {
	switch s.toks[i].k {
	case tkNum:
		return true
	case tkWord:
		return starters[s.low[s.toks[i].s:s.toks[i].e]]
	}
	return false
}
