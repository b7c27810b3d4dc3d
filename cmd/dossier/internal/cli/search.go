package cli

import (
	"context"
	"fmt"
	"strings"
	"time"

	"dossier/app"
)

func runSearch(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "search")
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 20, "at most this many results")
	s, pos, err := openArgs(env, fs, args, 2, -1, "")
	if err != nil {
		return err
	}
	defer s.Close()
	hits, err := s.Search(ctx, strings.Join(pos[1:], " "), *limit)
	if err != nil {
		return err
	}
	if *asJSON {
		for i := range hits {
			hits[i].Snippet = plainSnippet(hits[i].Snippet, "[", "]")
		}
		if hits == nil {
			hits = []app.SearchHit{}
		}
		return writeJSON(env.Stdout, hits)
	}
	if len(hits) == 0 {
		fmt.Fprintln(env.Stdout, "no matches")
		return nil
	}
	for _, h := range hits {
		fmt.Fprintf(env.Stdout, "%5d  %s  %s\n       %s\n", h.ArticleID, dateOrDash(h.Published), h.Title, plainSnippet(h.Snippet, "[", "]"))
	}
	return nil
}

// plainSnippet replaces the store's match markers by printable brackets.
func plainSnippet(s, open, close string) string {
	s = strings.ReplaceAll(s, app.MarkStart, open)
	s = strings.ReplaceAll(s, app.MarkEnd, close)
	return strings.Join(strings.Fields(s), " ")
}

func dateOrDash(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Format("2006-01-02")
}
