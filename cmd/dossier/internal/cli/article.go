package cli

import (
	"context"
	"fmt"
	"strconv"

	"dossier/app"
)

func runArticle(ctx context.Context, env Env, args []string) error {
	return runSub(ctx, env, "article", subcommands{
		"list": runArticleList, "show": runArticleShow, "set": runArticleSet,
		"reextract": runArticleReextract,
	}, articleHelp, args)
}

const articleHelp = `
  dossier article list FILE.dossier [--json] [--sort imported|published|title|suggestions]
  dossier article show FILE.dossier ID [--json]
  dossier article set FILE.dossier ID FIELD VALUE
  dossier article reextract FILE.dossier ID... | --all
        run extraction again: undecided suggestions are replaced, what the analyst
        accepted, rejected, retyped, linked or tagged by hand is kept
`

func runArticleList(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "article")
	asJSON := fs.Bool("json", false, "print JSON")
	sortBy := fs.String("sort", "imported", "order: imported, published, title, suggestions")
	limit := fs.Int("limit", 0, "at most this many (0: all)")
	s, _, err := openArgs(env, fs, args, 1, 1, "article list FILE.dossier [--json]")
	if err != nil {
		return err
	}
	defer s.Close()
	list, err := allArticles(ctx, s, app.ArticleSort(*sortBy), *limit)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.Stdout, list)
	}
	for _, a := range list {
		fmt.Fprintf(env.Stdout, "%5d  %-10s  %-24.24s  %3d suggestions  %s\n", a.ID, dateOrDash(a.Published), a.Source, a.Suggestions, a.Title)
	}
	return nil
}

func runArticleShow(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "article")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usagef("article show: usage: dossier article show FILE.dossier ID [--json]")
	}
	id, err := strconv.ParseInt(pos[1], 10, 64)
	if err != nil {
		return usagef("article show: %q is not an article id", pos[1])
	}
	s, err := openStore(env, pos[0])
	if err != nil {
		return err
	}
	defer s.Close()
	a, err := s.Article(ctx, id)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.Stdout, a)
	}
	fmt.Fprintf(env.Stdout, "title:     %s\nsource:    %s\nauthor:    %s\nurl:       %s\npublished: %s\ngrade:     %s\nsha256:    %s\n\n%s\n",
		a.Title, a.Source, a.Author, a.URL, dateOrDash(a.Published), a.Grade, a.SHA256, a.Text)
	return nil
}

func runArticleSet(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "article")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 4 {
		return usagef("article set: usage: dossier article set FILE.dossier ID FIELD VALUE")
	}
	id, err := strconv.ParseInt(pos[1], 10, 64)
	if err != nil {
		return usagef("article set: %q is not an article id", pos[1])
	}
	cmd := app.SetArticleField{ArticleID: id, Field: app.ArticleField(pos[2]), Value: pos[3]}
	res, err := applyOne(ctx, env, pos[0], cmd)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "article %d: %s set (log #%d)\n", id, pos[2], res.Seq)
	return nil
}

func runArticleReextract(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "article")
	all := fs.Bool("all", false, "every article of the case file")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 1 || (len(pos) == 1) != *all {
		return usagef("article reextract: usage: dossier article reextract FILE.dossier ID... | --all")
	}
	s, err := openStore(env, pos[0])
	if err != nil {
		return err
	}
	defer s.Close()
	ids, err := reextractIDs(ctx, s, pos[1:], *all)
	if err != nil {
		return err
	}
	ex, err := extractor()
	if err != nil {
		return err
	}
	for i, id := range ids {
		a, err := s.Article(ctx, id)
		if err != nil {
			return err
		}
		x, err := ex.Extract(ctx, a.Text, a.Published)
		if err != nil {
			return err
		}
		if _, err := s.Do(ctx, app.StoreExtraction{ArticleID: id, Extraction: x}); err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "\rre-extracted %d of %d", i+1, len(ids))
	}
	fmt.Fprintln(env.Stderr)
	fmt.Fprintf(env.Stdout, "%d article(s) re-extracted\n", len(ids))
	return nil
}

// reextractIDs parses the ids given, or lists every article for --all.
func reextractIDs(ctx context.Context, cf app.CaseFile, args []string, all bool) ([]int64, error) {
	if !all {
		ids := make([]int64, 0, len(args))
		for _, a := range args {
			id, err := parseID("article", a)
			if err != nil {
				return nil, err
			}
			ids = append(ids, id)
		}
		return ids, nil
	}
	list, err := allArticles(ctx, cf, app.SortImported, 0)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(list))
	for i, a := range list {
		ids[i] = a.ID
	}
	return ids, nil
}

// allArticles lists up to limit articles (0: all), fetching the store's pages in turn.
func allArticles(ctx context.Context, cf app.CaseFile, sort app.ArticleSort, limit int) ([]app.ArticleSummary, error) {
	const page = 1000
	var all []app.ArticleSummary
	for {
		want := page
		if limit > 0 {
			want = min(page, limit-len(all))
		}
		list, total, err := cf.Articles(ctx, app.ArticleFilter{Sort: sort, Limit: want, Offset: len(all)})
		if err != nil {
			return nil, err
		}
		all = append(all, list...)
		if len(list) < want || len(all) >= total || (limit > 0 && len(all) >= limit) {
			return all, nil
		}
	}
}
