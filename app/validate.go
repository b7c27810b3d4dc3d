package app

import "strings"

// Validate checks that there is something to import.
func (c ImportArticles) Validate() error {
	if len(c.Articles) == 0 {
		return Errorf(EINVALID, "nothing to import")
	}
	if len(c.Extractions) > len(c.Articles) {
		return Errorf(EINVALID, "more extractions than articles")
	}
	for _, a := range c.Articles {
		if strings.TrimSpace(a.Text) == "" {
			return Errorf(EINVALID, "article %q has no text", a.Title)
		}
		if !a.Grade.Valid() {
			return Errorf(EINVALID, "source grade %q is not one of A–F", a.Grade)
		}
	}
	return nil
}

// Validate checks the field name and, for dates and grades, the value.
func (c SetArticleField) Validate() error {
	if c.ArticleID <= 0 {
		return Errorf(EINVALID, "no article given")
	}
	switch c.Field {
	case FieldTitle, FieldSource, FieldURL, FieldAuthor:
		return nil
	case FieldPublished:
		if c.Value == "" {
			return nil
		}
		if d, err := ParseDate(c.Value); err != nil || d.Precision != PrecisionDay {
			return Errorf(EINVALID, "published date %q is not YYYY-MM-DD", c.Value)
		}
		return nil
	case FieldGrade:
		if !Grade(c.Value).Valid() {
			return Errorf(EINVALID, "source grade %q is not one of A–F", c.Value)
		}
		return nil
	}
	return Errorf(EINVALID, "unknown article field %q (title, source, url, author, published, grade)", c.Field)
}

// Validate checks the article id.
func (c StoreExtraction) Validate() error {
	if c.ArticleID <= 0 {
		return Errorf(EINVALID, "no article given")
	}
	return nil
}

// Validate checks the span and type.
func (c AddMention) Validate() error {
	if c.ArticleID <= 0 {
		return Errorf(EINVALID, "no article given")
	}
	if c.Span.Start < 0 || c.Span.End <= c.Span.Start {
		return Errorf(EINVALID, "empty or reversed span %d–%d", c.Span.Start, c.Span.End)
	}
	if !c.Type.Valid() {
		return Errorf(EINVALID, "unknown entity type %q", c.Type)
	}
	return nil
}

// Validate checks the spans and type.
func (c AddMentions) Validate() error {
	if len(c.Spans) == 0 {
		return Errorf(EINVALID, "no spans given")
	}
	for _, sp := range c.Spans {
		if err := (AddMention{ArticleID: c.ArticleID, Span: sp, Type: c.Type}).Validate(); err != nil {
			return err
		}
	}
	return nil
}

// Validate checks there are mentions and a known status.
func (c SetMentionStatus) Validate() error {
	if len(c.MentionIDs) == 0 {
		return Errorf(EINVALID, "no mention given")
	}
	switch c.Status {
	case StatusSuggested, StatusAccepted, StatusRejected:
		return nil
	}
	return Errorf(EINVALID, "unknown mention status %q", c.Status)
}

// Validate checks the mention and type.
func (c RetypeMention) Validate() error {
	if c.MentionID <= 0 {
		return Errorf(EINVALID, "no mention given")
	}
	if !c.Type.Valid() {
		return Errorf(EINVALID, "unknown entity type %q", c.Type)
	}
	return nil
}

// Validate checks the mention.
func (c LinkMention) Validate() error { return needID(c.MentionID, "mention") }

// Validate checks the mention.
func (c SetMentionNote) Validate() error { return needID(c.MentionID, "mention") }

// Validate checks the mention.
func (c DeleteMention) Validate() error { return needID(c.MentionID, "mention") }

// Validate checks the type and name.
func (c CreateEntity) Validate() error {
	if !c.Type.Valid() {
		return Errorf(EINVALID, "unknown entity type %q", c.Type)
	}
	if strings.TrimSpace(c.Name) == "" {
		return Errorf(EINVALID, "an entity needs a name")
	}
	return nil
}

// Validate checks the entity and the new name.
func (c RenameEntity) Validate() error {
	if strings.TrimSpace(c.Name) == "" {
		return Errorf(EINVALID, "an entity needs a name")
	}
	return needID(c.EntityID, "entity")
}

// Validate checks the entity.
func (c SetEntityNotes) Validate() error { return needID(c.EntityID, "entity") }

// Validate checks both entities and that they differ.
func (c MergeEntities) Validate() error {
	if c.FromID <= 0 || c.IntoID <= 0 {
		return Errorf(EINVALID, "merge needs two entities")
	}
	if c.FromID == c.IntoID {
		return Errorf(EINVALID, "cannot merge an entity into itself")
	}
	return nil
}

// Validate checks the entity and alias.
func (c SplitAlias) Validate() error {
	if strings.TrimSpace(c.Alias) == "" {
		return Errorf(EINVALID, "no alias given")
	}
	return needID(c.EntityID, "entity")
}

// Validate checks the suggestion.
func (c DismissMergeSuggestion) Validate() error { return needID(c.SuggestionID, "merge suggestion") }

func needID(id int64, what string) error {
	if id <= 0 {
		return Errorf(EINVALID, "no %s given", what)
	}
	return nil
}
