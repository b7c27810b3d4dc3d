package sqlite_test

import (
	"fmt"
	"math/rand"
	"strings"
	"unicode/utf8"

	"dossier/app"
)

// Generated corpora follow Zipf's law, as real news text does: a few
// words are in nearly every article, most words in few. The vocabulary
// ranks function words first, then common news words, then invented
// words (two or three syllables, "bado", "kemilu") up to genVocabSize.
// Names come from pools that are themselves drawn by popularity.
const (
	genVocabSize = 8000
	genZipfS     = 1.05 // exponent: ~1 for natural language
)

var (
	genHead = strings.Fields(`the of and to a in said on for that with was were from by at is as it has had
		an be he she they their his her after over officials police government security forces report
		ministry village border group attack convoy market statement minister agency court spokesman
		witnesses morning evening night week district province capital region militants protest election
		vote meeting talks sanctions arrest seized cargo shipment vessel port customs inquiry investigators
		evidence sources local residents opposition party council leaders members network funds transfer
		account bank cyber intrusion servers data breach claimed responsibility warned threat officers
		patrol checkpoint highway bridge airport station camp refugees aid workers hospital injured killed
		wounded missing detained released charged trial verdict judge prosecutors lawyers journalists
		broadcast newspaper channel message video online posted`)
	genVocab = buildVocab(genVocabSize)
	genFirst = strings.Fields(`Amara Lukas Sofia Yusuf Hana Tomasz Leila Ivan Grace Diego Nadia Oskar Maria Omar
		Elif Jonas Aisha Pavel Ines Kofi Mateo Zara Ali Freya Chen Rania Bruno Sana Emil Lina Tariq Vera Hugo Noor
		Milan Dalia Samir Irene Felix Yara`)
	genLast = strings.Fields(`Okafor Brenner Marchetti Demir Kobayashi Nowak Haddad Petrov Mensah Alvarez Rahman
		Lindqvist Borg Castillo Yilmaz Novak Sato Mwangi Fischer Moreau Quist Adeyemi Varga Holm Serrano Ibrahim
		Kowalczyk Tanaka Duarte Nilsen Rossi Abara Weiss Kader Lund Ortega Farouk Berg Cruz Dimitrov`)
	genOrgWords = strings.Fields(`Northern Coastal Red Blue Iron Sable Orchid Granite Atlas Meridian Harbour Silver
		Eastern Free Union Delta Lantern Shield Crescent Summit`)
	genOrgKinds = strings.Fields(`Brigade Holdings Agency Front Group Council Network Ministry Bank Mission Party
		Shipping Alliance Foundation Trust`)
	// genOrgs are the names the pools make most often, for example queries.
	genOrgs = []string{"Northern Shield Brigade", "Coastal Delta Agency", "Red Lantern Front"}
)

// genPeople, genOrgNames and genPlaceNames are the name pools: a few
// thousand people, a few hundred organisations and places, drawn by
// popularity (popular names recur across many articles, most are rare).
var (
	genPeople     = combine(genFirst, genLast, " ", 1600)
	genOrgNames   = append(genOrgs, combine(combine(genOrgWords, genOrgWords, " ", 400), genOrgKinds, " ", 600)...)
	genPlaceNames = combine(strings.Fields("Val Sar Tess Kes Ard Cal Or Bris Mar Ost Quel Dun Vesk Hal Pir Sol Tar Um Wyv Zel"),
		strings.Fields("mora nova aly trel ent der in ka avel rin len more bay hold na ace vik bra ern ena"), "", 400)
)

// combine joins words of a and b ("Amara" + "Okafor"), n distinct names
// in an order that mixes both lists.
func combine(a, b []string, sep string, n int) []string {
	var out []string
	seen := map[string]bool{}
	for i := 0; len(out) < n && i < 4*len(a)*len(b); i++ {
		k := (i * 7) % (len(a) * len(b)) // spreads neighbours over a and b
		name := a[k%len(a)] + sep + b[(k/len(a)+k)%len(b)]
		if a[k%len(a)] != b[(k/len(a)+k)%len(b)] && !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

// buildVocab returns n distinct words: genHead, then invented words.
func buildVocab(n int) []string {
	cons, vows := "bdfgklmnprstvz", "aeiou"
	var syl []string
	for _, c := range cons {
		for _, v := range vows {
			syl = append(syl, string(c)+string(v))
		}
	}
	out := append([]string(nil), genHead...)
	seen := map[string]bool{}
	for _, w := range out {
		seen[w] = true
	}
	// A multiplicative walk spreads neighbouring ranks over the syllables.
	for i := 0; len(out) < n; i++ {
		k := (i*7919 + 13) % (len(syl) * len(syl) * len(syl))
		w := syl[k%len(syl)] + syl[k/len(syl)%len(syl)]
		if i%3 == 2 {
			w += syl[k/len(syl)/len(syl)]
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// zipf draws ranks 0..n-1 with probability falling as (rank+1)^-genZipfS.
func zipf(rng *rand.Rand, n int) *rand.Zipf {
	return rand.NewZipf(rng, genZipfS, 1, uint64(n-1))
}

// genName draws a name of a random type, by popularity within its pool.
func genName(rng *rand.Rand, z *rand.Zipf) (string, app.EntityType) {
	k := int(z.Uint64())
	switch rng.Intn(3) {
	case 0:
		return genPeople[k%len(genPeople)], app.TypePerson
	case 1:
		return genOrgNames[k%len(genOrgNames)], app.TypeOrg
	}
	return genPlaceNames[k%len(genPlaceNames)], app.TypeLoc
}

// genArticle writes article n of a corpus: about words words in sentences,
// with a name in about one word of twenty, and an extraction whose spans
// point at the names.
func genArticle(rng *rand.Rand, n, words int) (app.Article, app.Extraction) {
	wz, nz := zipf(rng, len(genVocab)), zipf(rng, len(genPeople))
	var b strings.Builder
	var ex app.Extraction
	pos := 0 // code points written
	write := func(s string) {
		b.WriteString(s)
		pos += utf8.RuneCountInString(s)
	}
	write(fmt.Sprintf("Report %d. ", n))
	for w := 0; w < words; {
		sentence := 8 + rng.Intn(8)
		for i := 0; i < sentence; i++ {
			if i > 0 {
				write(" ")
			}
			if rng.Intn(20) == 0 {
				s, t := genName(rng, nz)
				ex.Mentions = append(ex.Mentions, app.ExtractedMention{
					Span: app.Span{Start: pos, End: pos + utf8.RuneCountInString(s)}, Type: t, Text: s, Entity: s,
					Confidence: 0.5 + rng.Float64()/2,
				})
				write(s)
				continue
			}
			write(genVocab[wz.Uint64()])
		}
		write(". ")
		w += sentence
	}
	a := app.Article{
		Title:  fmt.Sprintf("Report %d: %s %s", n, genVocab[100+wz.Uint64()%1000], genVocab[100+wz.Uint64()%2000]),
		Source: "Generated Wire", Text: strings.TrimSpace(b.String()), Format: "txt",
		Filename: fmt.Sprintf("report-%d.txt", n),
	}
	return a, ex
}

// genBatch generates articles from..from+n-1.
func genBatch(rng *rand.Rand, from, n, words int) app.ImportArticles {
	var c app.ImportArticles
	for i := from; i < from+n; i++ {
		a, ex := genArticle(rng, i, words)
		c.Articles = append(c.Articles, a)
		c.Extractions = append(c.Extractions, ex)
	}
	return c
}
