package sqlite

import (
	"strings"
	"unicode"
)

// ftsQuery turns what an analyst types into a safe FTS5 query: every word
// and "quoted phrase" becomes a quoted FTS5 string (so punctuation such as
// ISIS-K or an unbalanced quote is never a syntax error), implicitly ANDed;
// a trailing * keeps prefix search, and OR / NOT between terms keep their
// meaning. It returns "" when nothing searchable is left.
func ftsQuery(q string) string {
	var terms []string
	for _, tok := range splitQuery(q) {
		switch {
		case tok == "OR" || tok == "NOT" || tok == "AND":
			if len(terms) > 0 && !isOperator(terms[len(terms)-1]) {
				terms = append(terms, tok)
			}
		default:
			if t := quoteTerm(tok); t != "" {
				terms = append(terms, t)
			}
		}
	}
	for len(terms) > 0 && isOperator(terms[len(terms)-1]) {
		terms = terms[:len(terms)-1]
	}
	return strings.Join(terms, " ")
}

func isOperator(t string) bool { return t == "OR" || t == "NOT" || t == "AND" }

// quoteTerm quotes one word or phrase, keeping a trailing * as a prefix
// marker. Terms without a letter or digit are dropped.
func quoteTerm(tok string) string {
	prefix := strings.HasSuffix(tok, "*")
	tok = strings.Trim(tok, `*"`)
	if !strings.ContainsFunc(tok, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return ""
	}
	t := `"` + strings.ReplaceAll(tok, `"`, `""`) + `"`
	if prefix {
		t += "*"
	}
	return t
}

// splitQuery splits on white space, keeping "quoted phrases" whole.
func splitQuery(q string) []string {
	var out []string
	for {
		q = strings.TrimSpace(q)
		if q == "" {
			return out
		}
		if q[0] == '"' {
			end := strings.IndexByte(q[1:], '"')
			if end < 0 {
				out = append(out, q[1:])
				return out
			}
			phrase := q[1 : end+1]
			rest := q[end+2:]
			if strings.HasPrefix(rest, "*") {
				phrase += "*"
				rest = rest[1:]
			}
			out = append(out, phrase)
			q = rest
			continue
		}
		i := strings.IndexFunc(q, unicode.IsSpace)
		if i < 0 {
			return append(out, q)
		}
		out = append(out, q[:i])
		q = q[i:]
	}
}
