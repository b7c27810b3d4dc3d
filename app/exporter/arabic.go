package exporter

import "unicode"

// The PDF library draws one glyph per code point, with no OpenType shaping.
// Arabic letters change shape with their neighbours, so before drawing we
// replace each letter by its contextual presentation form (Unicode's Arabic
// Presentation Forms-A and -B blocks, which DejaVu Sans covers) and
// substitute the lam-alef ligatures. Marks (harakat) are kept and skipped
// over when deciding how letters join. This is the classic "reshaper"
// approach: correct for Arabic and the common Persian letters, without the
// finer OpenType features (mark positioning, extra ligatures).

// arabicForms holds a letter's isolated, final, initial and medial forms;
// 0 marks a form the letter does not have (it does not join that way).
type arabicForms [4]rune

// Indices into arabicForms.
const (
	formIsolated = iota
	formFinal
	formInitial
	formMedial
)

// arabicLetters maps a letter to its presentation forms. It is built from
// the regular layout of U+FE80–U+FEF4 (each letter takes 1, 2 or 4 code
// points in the order isolated, final, initial, medial) plus the letters
// whose forms live in Presentation Forms-A.
var arabicLetters = buildArabicLetters()

func buildArabicLetters() map[rune]arabicForms {
	// letter and number of forms, in block order from U+FE80.
	layout := []struct {
		from, to rune
		n        int
	}{
		{0x0621, 0x0621, 1}, {0x0622, 0x0625, 2}, {0x0626, 0x0626, 4}, {0x0627, 0x0627, 2},
		{0x0628, 0x0628, 4}, {0x0629, 0x0629, 2}, {0x062A, 0x062E, 4}, {0x062F, 0x0632, 2},
		{0x0633, 0x063A, 4}, {0x0641, 0x0647, 4}, {0x0648, 0x0648, 2}, {0x0649, 0x0649, 2},
		{0x064A, 0x064A, 4},
	}
	m := map[rune]arabicForms{}
	next := rune(0xFE80)
	for _, l := range layout {
		for r := l.from; r <= l.to; r++ {
			var f arabicForms
			for i := 0; i < l.n; i++ {
				f[i] = next
				next++
			}
			m[r] = f
		}
	}
	// Alef maksura joins on both sides in Persian/Urdu use; its initial and
	// medial forms are in Forms-A.
	f := m[0x0649]
	f[formInitial], f[formMedial] = 0xFBE8, 0xFBE9
	m[0x0649] = f
	// Persian letters (peh, tcheh, jeh, keheh, gaf, farsi yeh).
	m[0x067E] = arabicForms{0xFB56, 0xFB57, 0xFB58, 0xFB59}
	m[0x0686] = arabicForms{0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D}
	m[0x0698] = arabicForms{0xFB8A, 0xFB8B, 0, 0}
	m[0x06A9] = arabicForms{0xFB8E, 0xFB8F, 0xFB90, 0xFB91}
	m[0x06AF] = arabicForms{0xFB92, 0xFB93, 0xFB94, 0xFB95}
	m[0x06CC] = arabicForms{0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF}
	return m
}

// lamAlef maps an alef variant to the isolated form of its lam-alef
// ligature; the final form is the next code point.
var lamAlef = map[rune]rune{0x0622: 0xFEF5, 0x0623: 0xFEF7, 0x0625: 0xFEF9, 0x0627: 0xFEFB}

const (
	arabicLam     = 0x0644
	arabicTatweel = 0x0640
)

// joinsLeft reports whether r connects to the letter after it (in logical order).
func joinsLeft(r rune) bool {
	if r == arabicTatweel || r == 0x200D { // tatweel and ZWJ join on both sides
		return true
	}
	f, ok := arabicLetters[r]
	return ok && f[formInitial] != 0
}

// joinsRight reports whether r connects to the letter before it.
func joinsRight(r rune) bool {
	if r == arabicTatweel || r == 0x200D {
		return true
	}
	f, ok := arabicLetters[r]
	return ok && f[formFinal] != 0
}

// transparent reports the marks that letters join across.
func transparent(r rune) bool { return unicode.Is(unicode.Mn, r) }

// shapeArabic returns s with its Arabic letters in contextual presentation
// forms, still in logical order. Text without Arabic letters is returned as is.
func shapeArabic(s string) string {
	in := []rune(s)
	if !hasArabic(in) {
		return s
	}
	out := make([]rune, 0, len(in))
	for i := 0; i < len(in); i++ {
		r := in[i]
		forms, ok := arabicLetters[r]
		if !ok {
			out = append(out, r)
			continue
		}
		prev, next, nextAt := neighbour(in, i, -1), neighbour(in, i, 1), nextIndex(in, i)
		right := joinsLeft(prev) && joinsRight(r)
		if lig := lamAlefForm(next, right); r == arabicLam && nextAt >= 0 && lig != 0 {
			out = append(out, lig)
			out = append(out, in[i+1:nextAt]...) // marks between lam and alef
			i = nextAt
			continue
		}
		left := joinsLeft(r) && joinsRight(next)
		out = append(out, drawable(pickForm(forms, right, left), r))
	}
	return string(out)
}

// lamAlefForm returns the lam-alef ligature for a lam followed by alef
// variant a (final form when the lam joins the letter before it), or 0 when
// a is not an alef or the font lacks the ligature.
func lamAlefForm(a rune, joinedRight bool) rune {
	lig, ok := lamAlef[a]
	if !ok {
		return 0
	}
	if joinedRight {
		lig++
	}
	if drawable(lig, 0) == 0 {
		return 0
	}
	return lig
}

// drawable returns form when the PDF font has a glyph for it, else the
// plain letter (unjoined, but legible).
func drawable(form, letter rune) rune {
	loadCoverage()
	if coverRegB.has(form) {
		return form
	}
	return letter
}

// pickForm chooses the form for a letter joined on its right and/or left.
func pickForm(f arabicForms, right, left bool) rune {
	switch {
	case right && left && f[formMedial] != 0:
		return f[formMedial]
	case right && f[formFinal] != 0:
		return f[formFinal]
	case left && f[formInitial] != 0:
		return f[formInitial]
	}
	return f[formIsolated]
}

// neighbour returns the nearest non-transparent rune before (dir -1) or after
// (dir 1) index i, or 0.
func neighbour(in []rune, i, dir int) rune {
	for j := i + dir; j >= 0 && j < len(in); j += dir {
		if !transparent(in[j]) {
			return in[j]
		}
	}
	return 0
}

// nextIndex returns the index of the next non-transparent rune after i, or -1.
func nextIndex(in []rune, i int) int {
	for j := i + 1; j < len(in); j++ {
		if !transparent(in[j]) {
			return j
		}
	}
	return -1
}

func hasArabic(in []rune) bool {
	for _, r := range in {
		if _, ok := arabicLetters[r]; ok {
			return true
		}
	}
	return false
}
