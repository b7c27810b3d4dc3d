package selectors

import (
	"unicode"
	"unicode/utf8"
)

// scanNumbers finds phone numbers and amounts of money: both start at a
// digit, a "+" or a "(" that stands at a word boundary.
func scanNumbers(text string, fs []found) []found {
	var phones []phoneCand
	for i := 0; i < len(text); i++ {
		c := text[i]
		if !(c >= '0' && c <= '9' || c == '+' || c == '(') || !numberBoundary(text, i) {
			continue
		}
		if pc, ok := phoneCandidate(text, i); ok {
			phones = append(phones, pc)
		}
		if c >= '0' && c <= '9' {
			if f, ok := moneyAt(text, i); ok {
				fs = append(fs, f)
			}
		}
		// skip the rest of this run of digits: no candidate starts inside it
		for i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			i++
		}
	}
	return append(fs, validatePhones(phones)...)
}

// numberBoundary reports whether a number may start at text[i]: the rune
// before it is no letter, digit or part of a decimal or identifier.
func numberBoundary(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	switch r {
	case '.', ',', '_', '-', '/', '+', '#', '@', '=', '&', '%', '\'', '\\':
		return false
	}
	return true
}

// number reads "1,234,567.89", "4.2" or "300" at text[i]; it returns the end
// and the digits without thousands separators.
func number(text string, i int) (end int, digits string, ok bool) {
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	if j == i {
		return i, "", false
	}
	buf := []byte(text[i:j])
	if j-i <= 3 {
		for j+4 <= len(text) && text[j] == ',' && allDigits(text[j+1:j+4]) &&
			(j+4 == len(text) || !isDigit(text[j+4])) {
			buf = append(buf, text[j+1:j+4]...)
			j += 4
		}
	}
	if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
		k := j + 1
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		buf = append(buf, text[j:k]...)
		j = k
	}
	return j, string(buf), true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
