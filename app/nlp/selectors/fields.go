package selectors

import (
	"strings"
)

// maxField bounds the length of a whitespace-free run that is examined for
// one-word selectors; longer runs (encoded blobs) are skipped whole.
const maxField = 4096

// scanFields walks the whitespace-separated fields of text and hands those
// that can hold a URL, e-mail, IP, hashtag or crypto address to their finders.
func scanFields(text string, fs []found) []found {
	for i := 0; i < len(text); {
		for i < len(text) && isSpaceByte(text, i) {
			i += spaceLen(text, i)
		}
		j := i
		for j < len(text) && !isSpaceByte(text, j) {
			j++
		}
		if j > i && j-i <= maxField {
			fs = fieldSelectors(text, i, j, fs)
		}
		i = j
	}
	return fs
}

// isSpaceByte reports whether a space starts at text[i]: ASCII white space
// or a no-break space (U+00A0, U+202F).
func isSpaceByte(text string, i int) bool { return spaceLen(text, i) > 0 }

func spaceLen(text string, i int) int {
	switch text[i] {
	case ' ', '\t', '\n', '\r', '\f', '\v':
		return 1
	case 0xC2:
		if i+1 < len(text) && text[i+1] == 0xA0 {
			return 2
		}
	case 0xE2:
		if strings.HasPrefix(text[i:], "\u202f") || strings.HasPrefix(text[i:], "\u2009") {
			return 3
		}
	}
	return 0
}

// fieldSelectors runs the finders that the field's characters allow; most
// fields are plain words and cost one pass over their bytes.
func fieldSelectors(text string, s, e int, fs []found) []found {
	f := text[s:e]
	var at, hash, digit, bracket, w bool
	dots, colons := 0, 0
	for k := 0; k < len(f); k++ {
		switch c := f[k]; {
		case c == '@':
			at = true
		case c == '[' || c == '(':
			bracket = true
		case c == 'w' || c == 'W':
			w = true
		case c == '.':
			dots++
		case c == ':':
			colons++
		case c == '#':
			hash = true
		case c >= '0' && c <= '9':
			digit = true
		}
	}
	defanged := bracket && (strings.Contains(f, "[.]") || strings.Contains(f, "(.)") || containsFold(f, "[dot]"))
	if colons > 0 && strings.Contains(f, "//") || defanged || dots > 0 && w && containsFold(f, "www") {
		fs = findURLs(f, s, fs)
	}
	if dots > 0 && !at && lowerAfterDot(f) {
		fs = findBareHosts(f, s, fs)
	}
	if at || bracket && (strings.Contains(f, "[@]") || containsFold(f, "[at]") || containsFold(f, "(at)")) {
		fs = findEmails(f, s, fs)
	}
	if digit && (dots >= 3 || defanged) {
		fs = findIPv4(f, s, fs)
	}
	if colons >= 2 {
		fs = findIPv6(f, s, fs)
	}
	if hash {
		fs = findHashtags(f, s, fs)
	}
	if len(f) >= 26 && digit {
		fs = findCrypto(f, s, fs)
	}
	return fs
}

// containsFold reports whether s contains the lower-case ASCII word sub in any case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// lowerAfterDot reports whether a lower-case letter follows a dot in f, as in
// every host name.
func lowerAfterDot(f string) bool {
	for i := 0; i+1 < len(f); i++ {
		if f[i] == '.' && f[i+1] >= 'a' && f[i+1] <= 'z' {
			return true
		}
	}
	return false
}
