package sqlite_test

import (
	"fmt"
	"math/rand"
	"strings"
	"unicode/utf8"

	"dossier/app"
)

// A small invented vocabulary and name pools for generated corpora.
var (
	genWords = strings.Fields(`the a of and to in said officials on for that with was were from by
		at police report ministry security forces village border group attack convoy market
		statement minister agency court spokesman witnesses morning evening night week district
		province capital region militants protest election vote meeting talks sanctions arrest
		seized cargo shipment vessel port customs inquiry investigators evidence sources local
		residents government opposition party council leaders members network funds transfer
		account bank cyber intrusion servers data breach claimed responsibility warned threat
		officers patrol checkpoint highway bridge airport station camp refugees aid workers
		hospital injured killed wounded missing detained released charged trial verdict judge
		prosecutors lawyers journalists broadcast newspaper channel message video online posted`)
	genPeople = []string{"Amara Okafor", "Lukas Brenner", "Sofia Marchetti", "Yusuf Demir", "Hana Kobayashi",
		"Tomasz Nowak", "Leila Haddad", "Ivan Petrov", "Grace Mensah", "Diego Alvarez", "Nadia Rahman",
		"Oskar Lindqvist"}
	genOrgs = []string{"Northern Shield Brigade", "Meridian Holdings", "Coastal Guard Agency",
		"Union of Free Traders", "Red Delta Front", "Atlas Shipping Group", "Harbour Watch Council"}
	genPlaces = []string{"Valmora", "Kestrel Bay", "Port Ardent", "Sarnova", "Lake Orin", "Tessaly",
		"Mount Calder", "Brisk Harbour"}
)

// genArticle writes article n of a corpus: about words words in sentences,
// with names from the pools, and an extraction whose spans point at them.
func genArticle(rng *rand.Rand, n, words int) (app.Article, app.Extraction) {
	var b strings.Builder
	var ex app.Extraction
	pos := 0 // code points written
	write := func(s string) {
		b.WriteString(s)
		pos += utf8.RuneCountInString(s)
	}
	name := func(s string, t app.EntityType) {
		ex.Mentions = append(ex.Mentions, app.ExtractedMention{
			Span: app.Span{Start: pos, End: pos + utf8.RuneCountInString(s)}, Type: t, Text: s, Entity: s,
			Confidence: 0.5 + rng.Float64()/2,
		})
		write(s)
	}
	fmt.Fprintf(&b, "Report %d. ", n)
	pos = utf8.RuneCountInString(b.String())
	for w := 0; w < words; {
		sentence := 8 + rng.Intn(8)
		for i := 0; i < sentence; i++ {
			if i > 0 {
				write(" ")
			}
			switch r := rng.Intn(20); {
			case r == 0:
				name(genPeople[rng.Intn(len(genPeople))], app.TypePerson)
			case r == 1:
				name(genOrgs[rng.Intn(len(genOrgs))], app.TypeOrg)
			case r == 2:
				name(genPlaces[rng.Intn(len(genPlaces))], app.TypeLoc)
			default:
				write(genWords[rng.Intn(len(genWords))])
			}
		}
		write(". ")
		w += sentence
	}
	text := strings.TrimSpace(b.String())
	a := app.Article{
		Title:  fmt.Sprintf("Report %d: %s", n, genWords[rng.Intn(len(genWords))]),
		Source: "Generated Wire", Text: text, Format: "txt", Filename: fmt.Sprintf("report-%d.txt", n),
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
