package nlp

import "strings"

var (
	// negators before a trigger say the event did not happen ("has not been
	// charged", "did not attack", "no one was arrested").
	negators = wordSet(`not never no n't`)
	// informationNouns are what is "released" when it is published rather
	// than someone set free ("a statement released on Monday").
	informationNouns = wordSet(`statement statements video videos footage images photos pictures photographs
		recording recordings audio clip clips report reports findings data figures details document documents
		transcript transcripts list names message messages letter text results`)
	// publicationNouns before an attack verb make it criticism ("articles
	// attacking the bid", "a speech that attacked the court").
	publicationNouns = wordSet(`article articles post posts editorial editorials speech speeches tweet tweets
		comment comments column columns ad ads advert adverts campaign campaigns pamphlet pamphlets`)
	// hypotheticals before a noun trigger say the event has not happened:
	// "a possible attack", "to prevent such attacks", "planned strikes".
	hypotheticals = wordSet(`possible potential planned future such imminent feared threatened would-be`)
	// sanctionWords before the bare noun "sanctions" make it an act rather
	// than sanctions in general ("new sanctions", "imposed sanctions").
	sanctionWords = wordSet(`new fresh additional further announced imposed imposing impose`)
)

// wrongSense reports a trigger phrase found at tokens [i,j) that does not
// name an event here: negated, or a word in a sense that is not one.
func (d *document) wrongSense(i, j int, phrase string) bool {
	if d.negated(i) || hypotheticals[strings.ToLower(d.word(i-1))] && triggerWords[phrase].noun {
		return true
	}
	if d.habitual(i, j, phrase) {
		return true
	}
	switch phrase {
	case "attacking", "attacked", "attacks":
		w := strings.ToLower(d.word(i - 1))
		if w == "that" || w == "which" {
			w = strings.ToLower(d.word(i - 2))
		}
		return publicationNouns[w] || informationNouns[w]
	case "released":
		return d.releasesInformation(i, j)
	case "sanctions":
		return !d.specificSanctions(i, j)
	}
	return false
}

// negated reports a negator among the three words before token i in its
// sentence.
func (d *document) negated(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && d.toks[k].sent == d.toks[i].sent; k-- {
		if negators[strings.ToLower(d.toks[k].text)] {
			return true
		}
	}
	return false
}

// releasesInformation reports "released" of a statement, figures or money:
// a noun of information just before it ("findings released on Tuesday") or
// as its object ("released a video", "released €500,000").
func (d *document) releasesInformation(i, j int) bool {
	if informationNouns[strings.ToLower(d.word(i-1))] {
		return true
	}
	k := j
	if determiners[strings.ToLower(d.word(k))] {
		k++
	}
	next := d.word(k)
	if informationNouns[strings.ToLower(next)] {
		return true
	}
	r := []rune(next)
	return len(r) > 0 && (r[0] >= '0' && r[0] <= '9' || strings.ContainsRune("$€£¥", r[0]))
}

// specificSanctions reports the bare noun "sanctions" naming an act: after
// a word like "new" or "imposed", or before "on" or "against" a target.
func (d *document) specificSanctions(i, j int) bool {
	if sanctionWords[strings.ToLower(d.word(i-1))] {
		return true
	}
	next := strings.ToLower(d.word(j))
	return next == "on" || next == "against"
}

// habitual reports a plural noun trigger after a possessive, which names
// what someone does rather than one event ("ramping up its attacks").
func (d *document) habitual(i, j int, phrase string) bool {
	if !triggerWords[phrase].noun || d.toks[j-1].tag != "NNS" {
		return false
	}
	k := i - 1
	if strings.HasPrefix(d.toks[max(k, 0)].tag, "JJ") {
		k-- // "its external attacks"
	}
	w := strings.ToLower(d.word(k))
	return w == "its" || w == "their"
}
