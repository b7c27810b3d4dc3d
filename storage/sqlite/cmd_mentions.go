package sqlite

import (
	"context"
	"fmt"

	"dossier/app"
)

// addMentions tags several spans of one article with one type and entity
// ("tag every occurrence"). Spans already tagged with that type, and
// repeats within the command, are skipped; when every span is skipped the
// command fails with ECONFLICT rather than logging nothing. The entity is
// EntityID, else the entity named Name (default: the first new span's
// text), resolved once; each span's text becomes an alias when it differs
// from the entity's name.
func (s *Store) addMentions(ctx context.Context, tx *txn, c app.AddMentions) (outcome, error) {
	art, err := loadArticleText(ctx, tx, c.ArticleID)
	if err != nil {
		return outcome{}, err
	}
	type todo struct {
		sp   app.Span
		text string
	}
	var fresh []todo
	seen := map[app.Span]bool{}
	skipped := 0
	for _, sp := range c.Spans {
		text, ok := art.slice(sp)
		if !ok {
			return outcome{}, app.Errorf(app.EINVALID, "the span %d–%d lies outside article %d (%d characters)",
				sp.Start, sp.End, art.id, art.chars())
		}
		tagged, err := taggedAs(ctx, tx, art.id, sp, c.Type)
		if err != nil {
			return outcome{}, err
		}
		switch {
		case seen[sp]:
		case tagged:
			skipped++
		default:
			fresh = append(fresh, todo{sp, text})
		}
		seen[sp] = true
	}
	if len(fresh) == 0 {
		first, _ := art.slice(c.Spans[0])
		return outcome{}, app.Errorf(app.ECONFLICT, "every “%s” given is already tagged as %s in article %d",
			first, c.Type, art.id)
	}
	one := app.AddMention{ArticleID: art.id, Type: c.Type, EntityID: c.EntityID, Name: c.Name}
	eid, err := s.mentionEntity(ctx, tx, one, fresh[0].text)
	if err != nil {
		return outcome{}, err
	}
	out := outcome{}
	for _, n := range fresh {
		if err := aliasSurface(ctx, tx, eid, c.Type, n.text); err != nil {
			return outcome{}, err
		}
		id, err := insertManualMention(ctx, tx, art.id, n.sp, c.Type, n.text, eid)
		if err != nil {
			return outcome{}, err
		}
		out.ids = append(out.ids, id)
	}
	out.target = plural(len(out.ids), "mention", out.ids)
	out.summary = fmt.Sprintf("Tagged %d × “%s” as %s in article %d", len(out.ids), fresh[0].text, c.Type, art.id)
	if skipped > 0 {
		out.summary += fmt.Sprintf(" (%d already tagged)", skipped)
	}
	return out, nil
}
