package sqlite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/app"
)

// ftsQuery turns what an analyst types into a safe FTS5 query. Every word
// and "quoted phrase" becomes a quoted FTS5 string, so punctuation and
// FTS5 syntax (ISIS-K, col:val, NEAR(, ^, an unbalanced quote …) are
// searched as text and are never a syntax error. Words are ANDed; OR and
// AND between words keep their meaning; a trailing * keeps prefix search.
// Words to leave out — "-word", or "NOT word" — are gathered at the end:
// "a OR b -c" searches (a OR b) NOT c. A query that only leaves words out
// is EINVALID, as FTS5 cannot run it. It returns "" when nothing
// searchable is left (a lone *, -, : …): no article matches that.
func ftsQuery(q string) (string, error) {
	// FTS5 ends a string at a NUL; control characters and broken UTF-8
	// are no part of a word anyway.
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(q, " "))
	var pos, neg []string
	negate := false
	for _, tok := range splitQuery(q) {
		if tok.quoted {
			pos, negate = addTerm(pos, &neg, quoteTerm(tok.text), negate)
			continue
		}
		switch t := tok.text; {
		case t == "NOT":
			negate = true
		case t == "OR" || t == "AND":
			if len(pos) > 0 && !isOperator(pos[len(pos)-1]) {
				pos = append(pos, t)
			}
		case strings.HasPrefix(t, "-"):
			pos, negate = addTerm(pos, &neg, quoteTerm(t[1:]), true)
		default:
			pos, negate = addTerm(pos, &neg, quoteTerm(t), negate)
		}
	}
	for len(pos) > 0 && isOperator(pos[len(pos)-1]) {
		pos = pos[:len(pos)-1]
	}
	switch {
	case len(pos) == 0 && len(neg) > 0:
		return "", app.Errorf(app.EINVALID,
			"a search cannot only leave words out; add a word to look for, as in “convoy -police”")
	case len(neg) == 0:
		return strings.Join(pos, " "), nil
	}
	return "(" + strings.Join(pos, " ") + ") NOT " + strings.Join(neg, " NOT "), nil
}

// addTerm adds a quoted term (if any) to the words looked for, or to those
// left out when negate is set, and clears negate.
func addTerm(pos []string, neg *[]string, term string, negate bool) ([]string, bool) {
	switch {
	case term == "":
	case negate:
		*neg = append(*neg, term)
	default:
		pos = append(pos, term)
	}
	return pos, false
}

func isOperator(t string) bool { return t == "OR" || t == "AND" }

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

// queryToken is a word or a "quoted phrase" (quoted set) of a query.
type queryToken struct {
	text   string
	quoted bool
}

// splitQuery splits on white space, keeping "quoted phrases" whole; an
// unbalanced quote runs to the end.
func splitQuery(q string) []queryToken {
	var out []queryToken
	for {
		q = strings.TrimSpace(q)
		if q == "" {
			return out
		}
		if q[0] == '"' {
			end := strings.IndexByte(q[1:], '"')
			if end < 0 {
				return append(out, queryToken{q[1:], true})
			}
			phrase, rest := q[1:end+1], q[end+2:]
			if strings.HasPrefix(rest, "*") {
				phrase += "*"
				rest = rest[1:]
			}
			out = append(out, queryToken{phrase, true})
			q = rest
			continue
		}
		i := strings.IndexFunc(q, unicode.IsSpace)
		if i < 0 {
			return append(out, queryToken{q, false})
		}
		out = append(out, queryToken{q[:i], false})
		q = q[i:]
	}
}
