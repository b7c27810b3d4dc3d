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
		for _, q := range []string{`ISIS-K`, `"unbalanced`, `NOT`, `***`, `a AND`, `(x`, `col:val`, ``} {
			if _, err := s.Search(ctx, q, 10); err != nil {
				t.Errorf("Search(%q): %v", q, err)
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
