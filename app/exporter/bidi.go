package exporter

import (
	"unicode"

	"golang.org/x/text/unicode/bidi"
)

// The PDF library draws code points left to right. Right-to-left text
// (Arabic, Hebrew) must therefore be put in visual order first. visualOrder
// implements the parts of the Unicode Bidirectional Algorithm (UAX #9) that
// one line of plain text needs: the weak-type rules W1–W7, the neutral rules
// N1–N2, implicit levels I1–I2, trailing white space (L1), reordering (L2)
// and mirroring of paired punctuation (L4). Explicit embeddings and
// isolates are not supported (exports drop those characters, see clean),
// and bracket pairs (N0) are resolved as ordinary neutrals.

// baseRTL reports whether a paragraph's first strong character is
// right-to-left (rule P2/P3); such paragraphs are laid out right-aligned.
func baseRTL(s string) bool {
	for _, r := range s {
		switch classOf(r) {
		case bidi.L:
			return false
		case bidi.R, bidi.AL:
			return true
		}
	}
	return false
}

func classOf(r rune) bidi.Class {
	p, _ := bidi.LookupRune(r)
	return p.Class()
}

// visualOrder returns one line in display order, left to right, for a
// paragraph of the given base direction.
func visualOrder(line string, rtl bool) string {
	runes := []rune(line)
	if len(runes) == 0 || (!rtl && !anyRTL(runes)) {
		return line
	}
	base := 0
	if rtl {
		base = 1
	}
	cls := weakTypes(runes, rtl)
	resolveNeutrals(cls, rtl)
	levels := make([]int, len(runes))
	for i, c := range cls {
		levels[i] = implicitLevel(base, c)
	}
	// L1: trailing white space takes the paragraph level.
	for i := len(runes) - 1; i >= 0 && unicode.IsSpace(runes[i]); i-- {
		levels[i] = base
	}
	return string(reorder(runes, levels))
}

func anyRTL(runes []rune) bool {
	for _, r := range runes {
		switch classOf(r) {
		case bidi.R, bidi.AL, bidi.AN:
			return true
		}
	}
	return false
}

// weakTypes resolves the weak types (W1–W7) of a line.
func weakTypes(runes []rune, rtl bool) []bidi.Class {
	sos := bidi.L
	if rtl {
		sos = bidi.R
	}
	cls := initialTypes(runes, sos)
	numberSeparators(cls)
	numberTerminators(cls)
	strong := sos
	for i, c := range cls {
		switch c {
		case bidi.ES, bidi.ET, bidi.CS: // W6
			cls[i] = bidi.ON
		case bidi.L, bidi.R:
			strong = c
		case bidi.EN:
			if strong == bidi.L { // W7
				cls[i] = bidi.L
			}
		}
	}
	return cls
}

// initialTypes looks up each character's class and applies W1 (marks take
// the class before them), W2 (European digits after Arabic letters are
// Arabic numbers) and W3 (Arabic letters are right-to-left).
func initialTypes(runes []rune, sos bidi.Class) []bidi.Class {
	cls := make([]bidi.Class, len(runes))
	prev, strong := sos, sos
	for i, r := range runes {
		c := classOf(r)
		switch c {
		case bidi.NSM:
			c = prev
		case bidi.LRO, bidi.RLO, bidi.LRE, bidi.RLE, bidi.PDF, bidi.LRI, bidi.RLI, bidi.FSI, bidi.PDI, bidi.Control:
			c = bidi.BN
		}
		if c == bidi.EN && strong == bidi.AL {
			c = bidi.AN
		}
		if c == bidi.L || c == bidi.R || c == bidi.AL {
			strong = c
		}
		cls[i], prev = c, c
	}
	for i, c := range cls {
		if c == bidi.AL {
			cls[i] = bidi.R
		}
	}
	return cls
}

// numberSeparators applies W4: a lone separator between two numbers of the
// same kind joins them.
func numberSeparators(cls []bidi.Class) {
	for i := 1; i+1 < len(cls); i++ {
		a, c, b := cls[i-1], cls[i], cls[i+1]
		if a == bidi.EN && b == bidi.EN && (c == bidi.ES || c == bidi.CS) {
			cls[i] = bidi.EN
		} else if a == bidi.AN && b == bidi.AN && c == bidi.CS {
			cls[i] = bidi.AN
		}
	}
}

// numberTerminators applies W5: terminators (%, currency signs …) next to
// European numbers become numbers.
func numberTerminators(cls []bidi.Class) {
	for i := 0; i < len(cls); i++ {
		if cls[i] != bidi.ET {
			continue
		}
		j := i
		for j < len(cls) && cls[j] == bidi.ET {
			j++
		}
		if (i > 0 && cls[i-1] == bidi.EN) || (j < len(cls) && cls[j] == bidi.EN) {
			for k := i; k < j; k++ {
				cls[k] = bidi.EN
			}
		}
		i = j - 1
	}
}

// resolveNeutrals applies N1 and N2: a run of neutrals between two strong
// types of the same direction takes that direction (numbers count as R),
// otherwise the paragraph's.
func resolveNeutrals(cls []bidi.Class, rtl bool) {
	edge := bidi.L
	if rtl {
		edge = bidi.R
	}
	dir := func(c bidi.Class) (bidi.Class, bool) {
		switch c {
		case bidi.L:
			return bidi.L, true
		case bidi.R, bidi.EN, bidi.AN:
			return bidi.R, true
		}
		return 0, false
	}
	for i := 0; i < len(cls); i++ {
		if _, strong := dir(cls[i]); strong {
			continue
		}
		j := i
		for j < len(cls) {
			if _, strong := dir(cls[j]); strong {
				break
			}
			j++
		}
		before, after := edge, edge
		if i > 0 {
			before, _ = dir(cls[i-1])
		}
		if j < len(cls) {
			after, _ = dir(cls[j])
		}
		to := edge
		if before == after {
			to = before
		}
		for k := i; k < j; k++ {
			cls[k] = to
		}
		i = j - 1
	}
}

// implicitLevel applies I1 and I2.
func implicitLevel(base int, c bidi.Class) int {
	if base%2 == 0 {
		switch c {
		case bidi.R:
			return base + 1
		case bidi.AN, bidi.EN:
			return base + 2
		}
		return base
	}
	if c == bidi.L || c == bidi.EN || c == bidi.AN {
		return base + 1
	}
	return base
}

// reorder applies L2 to clusters (a character and the marks that follow
// it stay together, in logical order) and mirrors characters at odd levels (L4).
func reorder(runes []rune, levels []int) []rune {
	type cluster struct {
		runes []rune
		level int
	}
	var cs []cluster
	maxLevel, minOdd := 0, 1<<30
	for i, r := range runes {
		if len(cs) > 0 && unicode.Is(unicode.Mn, r) {
			cs[len(cs)-1].runes = append(cs[len(cs)-1].runes, r)
			continue
		}
		if levels[i]%2 == 1 {
			r = mirror(r)
		}
		cs = append(cs, cluster{runes: []rune{r}, level: levels[i]})
		maxLevel = max(maxLevel, levels[i])
		if levels[i]%2 == 1 {
			minOdd = min(minOdd, levels[i])
		}
	}
	for lvl := maxLevel; lvl >= minOdd && lvl > 0; lvl-- {
		for i := 0; i < len(cs); i++ {
			if cs[i].level < lvl {
				continue
			}
			j := i
			for j < len(cs) && cs[j].level >= lvl {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				cs[a], cs[b] = cs[b], cs[a]
			}
			i = j
		}
	}
	out := make([]rune, 0, len(runes))
	for _, c := range cs {
		out = append(out, c.runes...)
	}
	return out
}

// mirrorPairs lists the paired punctuation that flips in right-to-left runs.
var mirrorPairs = map[rune]rune{
	'(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<',
	'«': '»', '»': '«', '‹': '›', '›': '‹',
}

func mirror(r rune) rune {
	if m, ok := mirrorPairs[r]; ok {
		return m
	}
	return r
}
