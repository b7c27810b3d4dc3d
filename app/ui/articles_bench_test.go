package ui

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/app"
	"dossier/storage/sqlite"
)

var articleBenchWords = strings.Fields(`the a of and to in on for with by from at as was were is are said
	officials reported ministry council agency forces border district province capital river port
	shipment convoy envoy spokesman statement meeting talks agreement sanctions network cell group
	attack claimed warned arrested seized transferred northern southern eastern western morning week`)

// articleBenchText writes a deterministic article of n words in paragraphs
// of 120, with every (n/mentions)-th word a capitalised name, and returns
// the suggestions over those names (about 100 distinct entities, cycling
// through the five name types).
func articleBenchText(seed int64, n, mentions int) (string, app.Extraction) {
	rng := rand.New(rand.NewSource(seed))
	var b strings.Builder
	var ex app.Extraction
	every, offset := n/mentions, 0
	for i := 0; i < n; i++ {
		w := articleBenchWords[rng.Intn(len(articleBenchWords))]
		if i%every == 0 && len(ex.Mentions) < mentions {
			k := len(ex.Mentions)
			w = fmt.Sprintf("Name%c%c", 'A'+k%100/10, 'a'+k%10)
			ex.Mentions = append(ex.Mentions, app.ExtractedMention{
				Span: app.Span{Start: offset, End: offset + utf8.RuneCountInString(w)},
				Type: app.NameTypes[k%len(app.NameTypes)], Text: w, Entity: w, Confidence: 0.7})
		}
		sep := " "
		if i%120 == 119 {
			sep = ".\n"
		}
		b.WriteString(w + sep)
		offset += utf8.RuneCountInString(w) + utf8.RuneCountInString(sep)
	}
	return b.String(), ex
}

// BenchmarkOpenArticleScreen opens an article of 5,000 words with 500
// mentions in the Articles screen of a 1100×720 window: the store reads,
// the text layout, highlights, legend and side panels (open), and that
// plus the first frame from the test driver's software painter (painted),
// against the baseline of painting the same window again without opening
// anything (paintOnly), and the refresh after a command with the article
// open (changed). Two such articles are opened in turn so every open
// replaces a shown one.
func BenchmarkOpenArticleScreen(b *testing.B) {
	cf, err := sqlite.Create(filepath.Join(b.TempDir(), "bench.dossier"), "Bench", sqlite.Options{Actor: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	var c app.ImportArticles
	for seed := int64(1); seed <= 2; seed++ {
		text, ex := articleBenchText(seed, 5000, 500)
		c.Articles = append(c.Articles, app.Article{Title: fmt.Sprintf("Long report %d", seed), Text: text})
		c.Extractions = append(c.Extractions, ex)
	}
	res, err := cf.Do(context.Background(), c)
	if err != nil {
		b.Fatal(err)
	}
	w := newMainWindow(test.NewTempApp(b), testServices())
	b.Cleanup(func() { w.closeCaseFile(); w.win.Close() })
	applyTheme(w.app)
	w.win.Resize(fyne.NewSize(1100, 720))
	w.setCaseFile(cf)
	s := w.articles
	for _, paint := range []bool{false, true} {
		name := map[bool]string{false: "open", true: "painted"}[paint]
		b.Run(name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				if !s.openArticle(res.IDs[i%2]) {
					b.Fatal("open failed")
				}
				if paint {
					w.win.Canvas().Capture()
				}
				i++
			}
			if n := len(s.view.ms); n != 500 {
				b.Fatalf("%d mentions shown, want 500", n)
			}
		})
	}
	b.Run("changed", func(b *testing.B) { // the refresh after every command, undo or redo
		for b.Loop() {
			s.changed()
		}
	})
	b.Run("paintOnly", func(b *testing.B) {
		for b.Loop() {
			w.win.Canvas().Capture()
		}
	})
}

// BenchmarkArticleListPages measures the article list on 10,000 articles:
// reloading the list (count and first page, as after every command), one
// page deep in the title order, one page of a full-text filter, and — the
// alternative to paging — reading all 10,000 summaries at once.
func BenchmarkArticleListPages(b *testing.B) {
	const n = 10000
	cf, err := sqlite.Create(filepath.Join(b.TempDir(), "list.dossier"), "List", sqlite.Options{Actor: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	for i := 0; i < n; i += 500 {
		var c app.ImportArticles
		for j := i; j < i+500; j++ {
			text, _ := articleBenchText(int64(j), 60, 1)
			c.Articles = append(c.Articles, app.Article{Title: fmt.Sprintf("Report %05d", j), Source: "Wire", Text: text})
		}
		if _, err := cf.Do(context.Background(), c); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("imported %d articles in %v", n, time.Since(start))
	w := newMainWindow(test.NewTempApp(b), testServices())
	b.Cleanup(func() { w.closeCaseFile(); w.win.Close() })
	w.win.Resize(fyne.NewSize(1100, 720))
	w.setCaseFile(cf)
	l := w.articles.list
	if l.total != n {
		b.Fatalf("total %d", l.total)
	}
	ctx := context.Background()
	cases := []struct {
		name string
		run  func()
	}{
		{"reload", func() { l.reload(false) }},
		{"pageDeepInTitleOrder", func() {
			_, _, _ = cf.Articles(ctx, app.ArticleFilter{Sort: app.SortTitle, Limit: listPageSize, Offset: n / 2})
		}},
		{"pageOfFilter", func() {
			_, _, _ = cf.Articles(ctx, app.ArticleFilter{Query: "convoy", Limit: listPageSize})
		}},
		{"allAtOnce", func() { _, _, _ = cf.Articles(ctx, app.ArticleFilter{Limit: n}) }},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				c.run()
			}
		})
	}
}
