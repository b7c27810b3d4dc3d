package sqlite_test

import (
	"strings"
	"testing"

	"dossier/app"
)

func TestSearch(t *testing.T) {
	s := newStore(t)
	mustDo(t, s, app.ImportArticles{Articles: []app.Article{
		article("Convoy attacked", convoyText),
		article("Customs seizure in Valletta", harbourText),
		article("Tbilisi votes", electionText),
		article("Customs round-up", "Customs officers in Limassol and Valletta reported a quiet week. "+
			"Customs statistics will follow. Customs, customs, customs."),
	}})
	t.Run("OKRanked", func(t *testing.T) {
		hits, err := s.Search(ctx, "customs", 10)
		if err != nil || len(hits) != 2 {
			t.Fatalf("hits %+v, %v", hits, err)
		}
		if hits[0].Title != "Customs round-up" || hits[0].Rank > hits[1].Rank {
			t.Errorf("ranking %q (%f) before %q (%f)", hits[0].Title, hits[0].Rank, hits[1].Title, hits[1].Rank)
		}
		for _, h := range hits {
			if !strings.Contains(h.Snippet, app.MarkStart+"Customs"+app.MarkEnd) &&
				!strings.Contains(h.Snippet, app.MarkStart+"customs"+app.MarkEnd) {
				t.Errorf("snippet without markers: %q", h.Snippet)
			}
		}
	})
	t.Run("OKStemAndPhrase", func(t *testing.T) {
		if hits, _ := s.Search(ctx, "attack", 10); len(hits) != 1 || hits[0].Title != "Convoy attacked" {
			t.Errorf("stemmed search %+v", hits)
		}
		if hits, _ := s.Search(ctx, `"counterfeit medicine"`, 10); len(hits) != 1 {
			t.Errorf("phrase search %+v", hits)
		}
		if hits, _ := s.Search(ctx, "Valletta OR Tbilisi", 10); len(hits) != 3 {
			t.Errorf("OR search %d hits", len(hits))
		}
	})
	t.Run("OKOddInput", func(t *testing.T) {
		// FTS5 syntax and stray punctuation are searched as text, never an SQL error.
		for _, q := range oddQueries {
			if _, err := s.Search(ctx, q, 10); err != nil {
				t.Errorf("Search(%q): %v", q, err)
			}
			if _, _, err := s.Articles(ctx, app.ArticleFilter{Query: q}); err != nil {
				t.Errorf("Articles(%q): %v", q, err)
			}
		}
		if hits, _ := s.Search(ctx, `"counterfeit medicine`, 10); len(hits) != 1 {
			t.Errorf("unbalanced quote: %d hits", len(hits))
		}
		if hits, _ := s.Search(ctx, `Customs: Valletta!`, 10); len(hits) != 2 {
			t.Errorf("punctuation: %d hits", len(hits))
		}
	})
	t.Run("OKLeaveOut", func(t *testing.T) {
		for q, want := range map[string]string{
			"customs -statistics":          "Customs seizure in Valletta",
			"customs NOT Statistics":       "Customs seizure in Valletta",
			"Valletta OR Tbilisi -customs": "Tbilisi votes",
			"Tbilisi OR -customs Valletta": "Tbilisi votes",
			`customs NOT "quiet week"`:     "Customs seizure in Valletta",
			"customs - -":                  "",
		} {
			hits, err := s.Search(ctx, q, 10)
			if err != nil {
				t.Fatalf("Search(%q): %v", q, err)
			}
			if want == "" {
				if len(hits) != 2 {
					t.Errorf("Search(%q): %d hits", q, len(hits))
				}
			} else if len(hits) != 1 || hits[0].Title != want {
				t.Errorf("Search(%q) = %+v, want %q", q, hits, want)
			}
		}
	})
	t.Run("ErrOnlyLeaveOut", func(t *testing.T) {
		for _, q := range []string{"-customs", "NOT customs", "- -x", "NOT customs -votes", "--customs"} {
			_, err := s.Search(ctx, q, 10)
			wantCode(t, err, app.EINVALID)
			_, _, err = s.Articles(ctx, app.ArticleFilter{Query: q})
			wantCode(t, err, app.EINVALID)
			if !strings.Contains(app.ErrorMessage(err), "add a word to look for") {
				t.Errorf("message %q", app.ErrorMessage(err))
			}
		}
	})
	t.Run("OKArticlesFilter", func(t *testing.T) {
		list, total, err := s.Articles(ctx, app.ArticleFilter{Query: "valletta", Sort: app.SortTitle})
		if err != nil || total != 2 || list[0].Title != "Customs round-up" {
			t.Errorf("filtered %+v %d %v", list, total, err)
		}
		list, total, _ = s.Articles(ctx, app.ArticleFilter{Sort: app.SortTitle, Limit: 2, Offset: 2})
		if total != 4 || len(list) != 2 || list[0].Title != "Customs seizure in Valletta" {
			t.Errorf("page %+v of %d", list, total)
		}
		_, _, err = s.Articles(ctx, app.ArticleFilter{Sort: "colour"})
		wantCode(t, err, app.EINVALID)
	})
}

func TestArticlesSort(t *testing.T) {
	s := newStore(t)
	importConvoy(t, s)
	res := mustDo(t, s, app.ImportArticles{Articles: []app.Article{article("Harbour", harbourText), article("Vote", electionText)}})
	mustDo(t, s, app.SetArticleField{ArticleID: res.IDs[0], Field: app.FieldPublished, Value: "2024-01-02"})
	mustDo(t, s, app.SetArticleField{ArticleID: res.IDs[1], Field: app.FieldPublished, Value: "2023-05-06"})
	titles := func(sort app.ArticleSort) string {
		list, _, err := s.Articles(ctx, app.ArticleFilter{Sort: sort})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, a := range list {
			out = append(out, a.Title)
		}
		return strings.Join(out, ",")
	}
	for sort, want := range map[app.ArticleSort]string{
		"":                  "Vote,Harbour,Convoy attacked",
		app.SortImported:    "Vote,Harbour,Convoy attacked",
		app.SortPublished:   "Harbour,Vote,Convoy attacked",
		app.SortTitle:       "Convoy attacked,Harbour,Vote",
		app.SortSuggestions: "Convoy attacked,Vote,Harbour",
	} {
		if got := titles(sort); got != want {
			t.Errorf("sort %q: %s, want %s", sort, got, want)
		}
	}
}

// oddQueries are inputs that are FTS5 syntax, or half of it.
var oddQueries = []string{`ISIS-K`, `"unbalanced`, `"`, `""`, `NOT`, `AND`, `OR`, `a AND`, `OR a`, `a OR OR b`,
	`a OR NOT b`, `-`, `- customs`, `*`, `***`, `customs*`, `*customs`, `cus*toms`, `:`, `col:val`,
	`title:customs`, `(x`, `)`, `(a OR b)`, `NEAR(a b)`, `NEAR(a b, 2)`, `^customs`, `+`, `a + b`, `{title text}: x`,
	`'`, `\`, "\x00", `a"b"c`, `"a" "b"`, `"customs"*`, `"customs" *`, `.`, `,`, `;--`, `%`, `_`, `'; DROP TABLE articles; --`,
	`Zürich`, `東京`, `🚢`, ``, `   `}

// FuzzSearch feeds arbitrary queries to Search and the article filter:
// the only error allowed is EINVALID (a query that only leaves words out).
func FuzzSearch(f *testing.F) {
	for _, q := range oddQueries {
		f.Add(q)
	}
	s := newStore(f)
	mustDo(f, s, app.ImportArticles{Articles: []app.Article{article("Convoy attacked", convoyText),
		article("Customs seizure in Valletta", harbourText)}})
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := s.Search(ctx, q, 5); err != nil && app.ErrorCode(err) != app.EINVALID {
			t.Fatalf("Search(%q): %v", q, err)
		}
		if _, _, err := s.Articles(ctx, app.ArticleFilter{Query: q, Limit: 5}); err != nil && app.ErrorCode(err) != app.EINVALID {
			t.Fatalf("Articles(%q): %v", q, err)
		}
	})
}
