package cli

import (
	"context"
	"strconv"
	"strings"

	"dossier/app"
)

// findEntity resolves a command-line reference to an entity: a numeric id,
// or a canonical name or alias (case-insensitive).
func findEntity(ctx context.Context, cf app.CaseFile, ref string) (app.Entity, error) {
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		return cf.Entity(ctx, id)
	}
	list, _, err := cf.Entities(ctx, app.EntityFilter{Query: ref, Limit: 200})
	if err != nil {
		return app.Entity{}, err
	}
	for _, e := range list {
		if strings.EqualFold(e.Name, ref) {
			return e, nil
		}
	}
	for _, e := range list {
		for _, a := range e.Aliases {
			if strings.EqualFold(a, ref) {
				return e, nil
			}
		}
	}
	return app.Entity{}, app.Errorf(app.ENOTFOUND, "no entity named %q in the case file", ref)
}

// findCase resolves a case by numeric id or title (case-insensitive).
func findCase(ctx context.Context, cf app.CaseFile, ref string) (app.Case, error) {
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		return cf.Case(ctx, id)
	}
	cases, err := cf.Cases(ctx)
	if err != nil {
		return app.Case{}, err
	}
	for _, c := range cases {
		if strings.EqualFold(c.Title, ref) {
			return c, nil
		}
	}
	return app.Case{}, app.Errorf(app.ENOTFOUND, "no case titled %q in the case file", ref)
}

// parseEvidence reads ARTICLE:START-END (code points).
func parseEvidence(s string) (app.Evidence, error) {
	art, span, ok := strings.Cut(s, ":")
	a, err1 := strconv.ParseInt(art, 10, 64)
	from, to, ok2 := strings.Cut(span, "-")
	start, err2 := strconv.Atoi(from)
	end, err3 := strconv.Atoi(to)
	if !ok || !ok2 || err1 != nil || err2 != nil || err3 != nil {
		return app.Evidence{}, usagef("evidence %q is not ARTICLE:START-END", s)
	}
	return app.Evidence{ArticleID: a, Span: app.Span{Start: start, End: end}}, nil
}

// parseID reads a positive id argument.
func parseID(what, s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, usagef("%q is not a %s id", s, what)
	}
	return id, nil
}

// multiFlag collects a repeated string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
