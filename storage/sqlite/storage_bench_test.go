package sqlite_test

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"dossier/app"
	"dossier/storage/sqlite"
)

// benchArticles is the corpus size of BenchmarkImport: 1,000 by default,
// DOSSIER_BENCH_ARTICLES=10000 for the full-size run.
func benchArticles(def int) int {
	if n, err := strconv.Atoi(os.Getenv("DOSSIER_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return def
}

const (
	benchWords = 400 // words per generated article
	benchBatch = 100 // articles per ImportArticles command
)

// BenchmarkImport measures import throughput, with extractions (about one
// name in twenty words), committed in batches of 100 into a fresh file.
func BenchmarkImport(b *testing.B) {
	n := benchArticles(1000)
	rng := rand.New(rand.NewSource(7))
	var batches []app.ImportArticles
	for i := 0; i < n; i += benchBatch {
		batches = append(batches, genBatch(rng, i, min(benchBatch, n-i), benchWords))
	}
	b.ResetTimer()
	var elapsed time.Duration
	var size int64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := sqlite.Create(filepath.Join(b.TempDir(), "bench.dossier"), "Bench", sqlite.Options{Actor: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		for _, c := range batches {
			if _, err := s.Do(ctx, c); err != nil {
				b.Fatal(err)
			}
		}
		elapsed += time.Since(start)
		b.StopTimer()
		s.Close()
		if fi, err := os.Stat(s.Path()); err == nil {
			size = fi.Size()
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "articles/s")
	b.ReportMetric(float64(size)/float64(n)/1024, "KiB/article")
}

var searchCorpus struct {
	once sync.Once
	path string
	err  error
}

// corpusFile builds (once per run) a case file of 10,000 generated
// articles, without extractions, for the query benchmarks.
// DOSSIER_BENCH_CORPUS names an existing corpus file to reuse instead.
func corpusFile(b *testing.B) string {
	if p := os.Getenv("DOSSIER_BENCH_CORPUS"); p != "" {
		return p
	}
	searchCorpus.once.Do(func() {
		dir, err := os.MkdirTemp("", "dossier-bench-")
		if err != nil {
			searchCorpus.err = err
			return
		}
		path := filepath.Join(dir, "corpus.dossier")
		s, err := sqlite.Create(path, "Corpus", sqlite.Options{Actor: "bench"})
		if err != nil {
			searchCorpus.err = err
			return
		}
		defer s.Close()
		rng := rand.New(rand.NewSource(11))
		n := benchArticles(10000)
		for i := 0; i < n; i += benchBatch {
			c := genBatch(rng, i, min(benchBatch, n-i), benchWords)
			c.Extractions = c.Extractions[:len(c.Extractions)/10] // a few, for the suggestion counts
			if _, err := s.Do(ctx, c); err != nil {
				searchCorpus.err = err
				return
			}
		}
		searchCorpus.path = path
	})
	if searchCorpus.err != nil {
		b.Fatal(searchCorpus.err)
	}
	return searchCorpus.path
}

var benchQueries = []string{"convoy", "customs inquiry", "Valmora", `"security forces"`, "sanction*",
	"Amara Okafor", "bridge OR airport", "hospital wounded", "Meridian Holdings", "cyber breach"}

// percentiles reports p50 and p95 of the latencies in milliseconds.
func percentiles(b *testing.B, lat []time.Duration, prefix string) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	ms := func(q float64) float64 { return float64(lat[int(q*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(ms(0.50), prefix+"p50_ms")
	b.ReportMetric(ms(0.95), prefix+"p95_ms")
}

// BenchmarkSearch measures full-text query latency (top 50 with snippets)
// on the 10,000-article corpus.
func BenchmarkSearch(b *testing.B) {
	s, err := sqlite.Open(corpusFile(b), sqlite.Options{Actor: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, q := range benchQueries {
			start := time.Now()
			if _, err := s.Search(ctx, q, 50); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(start))
		}
	}
	b.StopTimer()
	percentiles(b, lat, "")
}

// BenchmarkArticlesPage measures one page of the article list in every
// order, and one filtered by a full-text query, on the same corpus.
func BenchmarkArticlesPage(b *testing.B) {
	s, err := sqlite.Open(corpusFile(b), sqlite.Options{Actor: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	filters := []app.ArticleFilter{
		{Limit: 100}, {Sort: app.SortTitle, Limit: 100, Offset: 5000}, {Sort: app.SortPublished, Limit: 100},
		{Sort: app.SortSuggestions, Limit: 100}, {Query: "convoy", Limit: 100},
	}
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, f := range filters {
			start := time.Now()
			if _, _, err := s.Articles(ctx, f); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(start))
		}
	}
	b.StopTimer()
	percentiles(b, lat, "")
}

// BenchmarkEntitiesPage measures a page of the entity list among 50,000
// entities (by name, by type, and by substring).
func BenchmarkEntitiesPage(b *testing.B) {
	s, err := sqlite.Create(filepath.Join(b.TempDir(), "entities.dossier"), "Entities", sqlite.Options{Actor: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const perArticle, articles = 50, 1000
	for i := 0; i < articles; i += benchBatch {
		var c app.ImportArticles
		for j := i; j < i+benchBatch; j++ {
			a, ex := entityArticle(j, perArticle)
			c.Articles, c.Extractions = append(c.Articles, a), append(c.Extractions, ex)
		}
		if _, err := s.Do(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
	filters := []app.EntityFilter{{Limit: 100}, {Limit: 100, Offset: 25000}, {Type: app.TypeOrg, Limit: 100},
		{Query: "4711", Limit: 100}}
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, f := range filters {
			start := time.Now()
			if _, _, err := s.Entities(ctx, f); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(start))
		}
	}
	b.StopTimer()
	percentiles(b, lat, "")
}

// entityArticle is a text naming n distinct made-up organisations and people.
func entityArticle(i, n int) (app.Article, app.Extraction) {
	var ex app.Extraction
	text := ""
	for k := 0; k < n; k++ {
		typ, name := app.TypeOrg, fmt.Sprintf("Unit %d Group", i*n+k)
		if k%2 == 1 {
			typ, name = app.TypePerson, "Agent "+letters(i*n+k)+" "+letters(i*n+k+7)+"son"
		}
		start := len([]rune(text))
		text += name + " met officials. "
		ex.Mentions = append(ex.Mentions, app.ExtractedMention{Span: app.Span{Start: start, End: start + len([]rune(name))},
			Type: typ, Text: name, Entity: name, Confidence: 0.9})
	}
	return app.Article{Title: fmt.Sprintf("Roster %d", i), Text: text}, ex
}

// letters spells n in the letters a–z ("Ba", "Bb" …), for unique names.
func letters(n int) string {
	b := []byte{}
	for {
		b = append([]byte{byte('a' + n%26)}, b...)
		n /= 26
		if n == 0 {
			break
		}
	}
	b[0] -= 'a' - 'A'
	return string(b)
}
