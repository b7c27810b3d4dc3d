package selectors

import (
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/app"
)

// moneyAt reads an amount whose number starts at text[i]: "$4.2 million",
// "€300,000", "£1.5bn", "US$ 20 million", "40,000 Swedish kronor",
// "2 million rubles", "USD 5m". A bare number is no money.
func moneyAt(text string, i int) (found, bool) {
	end, digits, ok := number(text, i)
	if !ok {
		return found{}, false
	}
	start, code := currencyBefore(text, i)
	j, mag, ok := magnitudeAfter(text, end, code != "")
	if !ok {
		return found{}, false
	}
	div := int64(1)
	if e, c, d, ok := currencyAfter(text, j, mag > 1); ok {
		j, code, div = e, c, d
	} else if code == "" {
		return found{}, false
	}
	return found{start, j, app.TypeMoney, amount(digits, mag, div) + " " + code}, true
}

// currencyBefore looks for a currency sign or ISO code before the number at
// i ("$4", "US$ 20", "€ 300", "USD 20"); it returns where the amount starts.
func currencyBefore(text string, i int) (int, string) {
	k := i
	if k > 0 && text[k-1] == ' ' {
		k--
	}
	// every sign ends in "$", a non-ASCII byte, "s", "h" or "."
	if b := text[max(k-1, 0)]; k > 0 && (b == '$' || b >= 0x80 || b == 's' || b == 'h' || b == '.') {
		for _, s := range symbols {
			if strings.HasSuffix(text[:k], s.sign) && signBoundary(text, k-len(s.sign)) {
				return k - len(s.sign), s.code
			}
		}
	}
	w := k
	for w > 0 && text[w-1] >= 'A' && text[w-1] <= 'Z' {
		w--
	}
	if code := text[w:k]; isoCodes[code] && (w == 0 || !isWordByte(text[w-1])) {
		return w, code
	}
	return i, ""
}

// signBoundary reports whether a sign at text[p] stands apart: "$" may touch
// nothing before it but a space or punctuation; lettered signs ("US$", "Rs")
// must start a word.
func signBoundary(text string, p int) bool {
	if p == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:p])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// magnitudeAfter reads "million", "bn" or a touching "m"/"bn"/"k" after the
// number ending at j. Touching letters that are no magnitude ("5km") make
// the number no amount; signed amounts allow the one-letter forms.
func magnitudeAfter(text string, j int, signed bool) (int, int64, bool) {
	if j < len(text) && isLetterByte(text[j]) {
		e := j
		for e < len(text) && isLetterByte(text[e]) {
			e++
		}
		m, ok := magnitudes[strings.ToLower(text[j:e])]
		if !ok || !signed && len(text[j:e]) == 1 {
			return j, 1, false
		}
		return e, m, true
	}
	if ws, we, ok := nextWord(text, j); ok {
		if w := strings.ToLower(text[ws:we]); spacedMagnitudes[w] {
			return we, magnitudes[w], true
		}
	}
	return j, 1, true
}

// currencyAfter reads a currency name after the amount: "Swedish kronor",
// "Hong Kong dollars", "rubles", "EUR". big says a magnitude was read, which
// lets ambiguous names ("pounds", "won") count.
func currencyAfter(text string, j int, big bool) (end int, code string, div int64, ok bool) {
	var words [3][2]int
	n, p := 0, j
	for n < 3 {
		ws, we, ok := nextWord(text, p)
		if !ok {
			break
		}
		words[n] = [2]int{ws, we}
		n, p = n+1, we
	}
	for k := n; k >= 2; k-- { // adjective + name, longest first
		phrase := strings.ToLower(text[words[0][0]:words[k-1][1]])
		if c, ok := adjectiveCodes[phrase]; ok && unicode.IsUpper(rune(text[words[0][0]])) {
			return words[k-1][1], c, 1, true
		}
	}
	if n == 0 {
		return j, "", 1, false
	}
	w := text[words[0][0]:words[0][1]]
	if isoCodes[w] {
		return words[0][1], w, 1, true
	}
	lw := strings.ToLower(w)
	c, known := currencyWords[lw]
	if !known || w != lw || qualified[lw] && !big || weightOf(text, words[0][1], lw) {
		return j, "", 1, false
	}
	if c == "" {
		c = lw
	}
	if lw == "cents" || lw == "cent" || lw == "pence" {
		return words[0][1], c, 100, true
	}
	return words[0][1], c, 1, true
}

// weightOf reports whether "pounds" is a weight: "500 pounds of explosives".
func weightOf(text string, e int, w string) bool {
	if w != "pound" && w != "pounds" {
		return false
	}
	ws, we, ok := nextWord(text, e)
	return ok && text[ws:we] == "of"
}

// nextWord returns the word after one space at j: letters, inner dots ("U.S.").
func nextWord(text string, j int) (int, int, bool) {
	if j >= len(text) || text[j] != ' ' {
		return 0, 0, false
	}
	s := j + 1
	e := s
	for e < len(text) {
		r, n := utf8.DecodeRuneInString(text[e:])
		if !unicode.IsLetter(r) && !(r == '.' && e > s && e+1 < len(text) && isLetterByte(text[e+1])) {
			break
		}
		e += n
	}
	if e < len(text) && text[e] == '.' && e-s <= 3 && strings.Contains(text[s:e], ".") {
		e++ // the closing dot of "U.S."
	}
	return s, e, e > s
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// amount multiplies the written number by the magnitude, divides it by div
// (cents) and prints it without exponent: "4.2", 1e6 → "4200000".
func amount(digits string, mag, div int64) string {
	r, ok := new(big.Rat).SetString(digits)
	if !ok {
		return digits
	}
	r.Mul(r, new(big.Rat).SetFrac64(mag, div))
	if r.IsInt() {
		return r.Num().String()
	}
	s := r.FloatString(4)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
