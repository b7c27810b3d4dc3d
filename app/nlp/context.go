package nlp

import (
	"strings"

	"dossier/app"
)

// Common nouns that, next to an unknown name, say what it names. News style
// puts them in apposition ("X, a ransomware group"), before the name ("the
// charity X", "a contractor, X") or after it ("X district", "X data cable").
var (
	personNouns = wordSet(`spokesman spokeswoman spokesperson analyst researcher lawyer attorney journalist
		reporter activist official commander leader minister president director chief founder owner
		businessman businesswoman driver resident witness farmer teacher student elder father mother son
		daughter wife husband brother sister colleague suspect defendant victim candidate mayor governor judge
		prosecutor professor expert economist diplomat ambassador envoy general colonel officer captain
		soldier fighter militant cleric imam pastor priest chairman chairwoman executive manager engineer
		doctor nurse worker trader broker smuggler courier citizen national senator lawmaker politician
		deputy secretary adviser advisor consultant investigator inspector detective agent pilot sailor
		fisherman herder medic surgeon scholar historian writer author editor blogger hacker programmer
		accountant banker financier dealer member head coordinator organiser organizer negotiator mediator`)
	orgNouns = wordSet(`group company firm charity agency militia movement network contractor operator
		broadcaster newspaper outlet insurer bank party gang cartel faction platform website consultancy
		organisation organization affiliate subsidiary manufacturer maker startup regulator watchdog union
		coalition alliance tribunal court council institute university school unit outfit collective airline
		shipper refinery exchange fund trust foundation itself provider developer publisher broadcaster
		syndicate consortium conglomerate lender insurer daily weekly tabloid magazine channel station
		ministry department authority service brigade battalion regiment`)
	placeNouns = wordSet(`village town city district region province port island capital suburb
		neighbourhood neighborhood camp area state county municipality commune enclave oasis settlement
		locality hamlet outskirts valley governorate prefecture township villages towns cities districts
		provinces islands ports`)
	placeNounsAfter = wordSet(`region province district county village town camp camps mountains mountain
		hills valley river lake highway motorway road street avenue border crossing port airport base island
		islands coast shoal reef municipality neighbourhood neighborhood suburb area oblast governorate
		prefecture desert forest oilfield gasfield field terminal strait bay peninsula canal dam cable
		pipeline prison bridge square checkpoint corridor refinery mine enclave state`)
	orgNounsAfter = wordSet(`group company firm militia movement network agency party gang cartel faction
		militants rebels insurgents affiliate branch unit brigade battalion newspaper broadcaster spokesman
		spokeswoman spokesperson`)
	compass = wordSet(`north south east west northeast northwest southeast southwest north-east north-west
		south-east south-west northern southern eastern western`)
	determiners = wordSet(`a an the its his her their another one this that`)
	npStops     = wordSet(`of for in at that which who whose with on and or to from by as since after when where`)
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// nounBefore types a name by a common noun just before it ("the charity
// X", "a contractor, X", "businessman X").
func (d *document) nounBefore(i int) app.EntityType {
	b := i - 1
	if d.word(b) == "," {
		b--
	}
	return nounType(d.word(b), true)
}

// nounAfter types a name by the common noun after it, allowing one
// modifier between ("X district", "X data cable", "X news agency").
func (d *document) nounAfter(k int) app.EntityType {
	if w := d.word(k); (w == "and" || w == "or") && canStartName(d.word(k+1)) && k+2 < len(d.toks) {
		k += 2 // "the al-Hol and Roj camps"
	}
	for x := k; x < k+2 && x < len(d.toks) && d.sameLine(x); x++ {
		w := d.toks[x].text
		if !isLowerWord(strings.ReplaceAll(w, "-", "")) {
			return ""
		}
		if placeNounsAfter[w] {
			return app.TypeLoc
		}
		if orgNounsAfter[w] {
			return app.TypeOrg
		}
	}
	return ""
}

// apposition types a name by the noun phrase after a comma: "X, a
// ransomware group that …" (ORG), "X, a town of …" (LOC), "X, 44, a
// Serbian haulage company owner" (PERSON).
func (d *document) apposition(k int) app.EntityType {
	if d.word(k) != "," {
		return ""
	}
	x := k + 1
	if isNumber(d.word(x)) && d.word(x+1) == "," {
		return app.TypePerson
	}
	if !determiners[strings.ToLower(d.word(x))] {
		return ""
	}
	x++
	head := ""
	for n := 0; n < 5 && x < len(d.toks) && d.sameLine(x); n, x = n+1, x+1 {
		w := d.toks[x].text
		if npStops[w] || !isWord(w) {
			break
		}
		head = w
	}
	return nounType(head, false)
}

// nounType maps a common noun to the type of the name it describes.
func nounType(w string, before bool) app.EntityType {
	switch {
	case personNouns[w]:
		return app.TypePerson
	case orgNouns[w]:
		return app.TypeOrg
	case placeNouns[w] && (!before || w != "state"):
		return app.TypeLoc
	}
	return ""
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
