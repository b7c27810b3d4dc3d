package sqlite_test

import (
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
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
	path string // the corpus file
	temp string // a folder to remove after the run, if it was made for it
	err  error
}

// corpusFile builds (once per run) a case file of 10,000 generated
// articles (DOSSIER_BENCH_ARTICLES), with extractions for one in ten, for
// the query benchmarks. DOSSIER_BENCH_CORPUS names a corpus file to reuse
// across runs: it is built there when missing, and kept.
func corpusFile(b *testing.B) string {
	searchCorpus.once.Do(func() {
		path := os.Getenv("DOSSIER_BENCH_CORPUS")
		if path != "" {
			if _, err := os.Stat(path); err == nil {
				searchCorpus.path = path
				return
			}
		} else {
			dir, err := os.MkdirTemp("", "dossier-bench-")
			if err != nil {
				searchCorpus.err = err
				return
			}
			searchCorpus.temp, path = dir, filepath.Join(dir, "corpus.dossier")
		}
		searchCorpus.path, searchCorpus.err = path, buildCorpus(path, benchArticles(10000))
	})
	if searchCorpus.err != nil {
		b.Fatal(searchCorpus.err)
	}
	return searchCorpus.path
}

func buildCorpus(path string, n int) error {
	s, err := sqlite.Create(path, "Corpus", sqlite.Options{Actor: "bench"})
	if err != nil {
		return err
	}
	defer s.Close()
	rng := rand.New(rand.NewSource(11))
	for i := 0; i < n; i += benchBatch {
		c := genBatch(rng, i, min(benchBatch, n-i), benchWords)
		c.Extractions = c.Extractions[:len(c.Extractions)/10] // a few, for the suggestion counts
		if _, err := s.Do(ctx, c); err != nil {
			return err
		}
	}
	return nil
}

// benchQueries are what analysts type, drawn from the generated
// corpus's vocabulary: 1–3 words of middle frequency (each in about
// 0.5–20 % of the articles), a few rare words (under 0.5 %), names,
// phrases, a prefix and an OR. worstQuery is a word in nearly every
// article, measured apart.
func benchQueries() []string {
	rng := rand.New(rand.NewSource(5))
	mid := func() string { return genVocab[150+rng.Intn(2350)] }
	rare := func() string { return genVocab[3000+rng.Intn(genVocabSize-3000)] }
	var qs []string
	for i := 0; i < 24; i++ {
		terms := []string{mid()}
		for j := 0; j < i%3; j++ {
			terms = append(terms, mid())
		}
		qs = append(qs, strings.Join(terms, " "))
	}
	for i := 0; i < 4; i++ {
		qs = append(qs, rare(), rare()+" "+mid())
	}
	qs = append(qs, genPeople[2], genPeople[40], `"`+genOrgNames[7]+`"`, genPlaceNames[3],
		`"security forces"`, mid()[:3]+"*", mid()+" OR "+mid(), mid()+" "+genHead[40])
	return qs
}

const worstQuery = "said"

// naiveSearch is the search query Search replaced — FTS5's snippet() —
// run on a plain read-only connection with SQLite's default 2 MiB page
// cache: the baseline of the same run.
const naiveSearch = `SELECT a.id, a.title, a.source, a.published,
	snippet(articles_fts, 1, '[', ']', '…', 24), articles_fts.rank
	FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
	WHERE articles_fts MATCH ? ORDER BY articles_fts.rank LIMIT ?`

// percentiles reports p50 and p95 of the latencies in milliseconds.
func percentiles(b *testing.B, lat []time.Duration, prefix string) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	ms := func(q float64) float64 { return float64(lat[int(q*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(ms(0.50), prefix+"p50_ms")
	b.ReportMetric(ms(0.95), prefix+"p95_ms")
}

// BenchmarkSearch measures full-text query latency (top 50 with snippets)
// on the generated corpus (10,000 articles of 400 words unless
// DOSSIER_BENCH_ARTICLES says otherwise): realistic queries (p50_ms,
// p95_ms) and the worst case of one word in nearly every article
// (worst_p50_ms, worst_p95_ms), each beside the naive query on a plain
// connection (naive_…) as the baseline of the same run.
func BenchmarkSearch(b *testing.B) {
	path := corpusFile(b)
	s, err := sqlite.Open(path, sqlite.Options{Actor: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	naive, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		b.Fatal(err)
	}
	defer naive.Close()
	queries := benchQueries()
	store := func(q string) error { _, err := s.Search(ctx, q, 50); return err }
	plain := func(q string) error {
		rows, err := naive.Query(naiveSearch, q, 50)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
		}
		return rows.Err()
	}
	var lat, worst, naiveLat, naiveWorst []time.Duration
	timed := func(fn func(string) error, q string, common, other *[]time.Duration) {
		start := time.Now()
		if err := fn(q); err != nil {
			b.Fatalf("%q: %v", q, err)
		}
		if q == worstQuery {
			*common = append(*common, time.Since(start))
		} else {
			*other = append(*other, time.Since(start))
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// Interleaved, each first in turn, so that both see the same
		// state of the machine and of the operating system's file cache.
		for _, q := range append(queries, worstQuery) {
			if i%2 == 0 {
				timed(store, q, &worst, &lat)
			}
			timed(plain, q, &naiveWorst, &naiveLat)
			if i%2 == 1 {
				timed(store, q, &worst, &lat)
			}
		}
	}
	b.StopTimer()
	percentiles(b, lat, "")
	percentiles(b, worst, "worst_")
	percentiles(b, naiveLat, "naive_")
	percentiles(b, naiveWorst, "naive_worst_")
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
