-- 0002: full-text search over article titles and texts, and per-article
-- mention counters for the article list. Both are derived data kept right
-- by triggers, so undo and redo (which replay row images of articles and
-- mentions) maintain them too. Neither is captured in the change log.

CREATE VIEW article_search(id, title, text) AS
	SELECT a.id, a.title, t.text FROM articles a JOIN article_texts t ON t.id = a.text_id;

-- External content: the index stores no second copy of the texts; snippets
-- read them back through the view.
CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text,
	content = 'article_search', content_rowid = 'id',
	tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
BEGIN
	INSERT INTO articles_fts(rowid, title, text)
	VALUES (NEW.id, NEW.title, (SELECT text FROM article_texts WHERE id = NEW.text_id));
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles
BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text)
	VALUES ('delete', OLD.id, OLD.title, (SELECT text FROM article_texts WHERE id = OLD.text_id));
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text_id ON articles
BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text)
	VALUES ('delete', OLD.id, OLD.title, (SELECT text FROM article_texts WHERE id = OLD.text_id));
	INSERT INTO articles_fts(rowid, title, text)
	VALUES (NEW.id, NEW.title, (SELECT text FROM article_texts WHERE id = NEW.text_id));
END;
-- Ranked by bm25 with a title match worth five text matches.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');

-- mentions: not rejected; suggestions: still suggested.
CREATE TABLE article_counts (
	article_id  INTEGER PRIMARY KEY,
	mentions    INTEGER NOT NULL DEFAULT 0,
	suggestions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX article_counts_suggestions ON article_counts(suggestions);

CREATE TRIGGER article_counts_article AFTER INSERT ON articles
BEGIN
	INSERT OR IGNORE INTO article_counts(article_id) VALUES (NEW.id);
END;
CREATE TRIGGER article_counts_insert AFTER INSERT ON mentions
BEGIN
	INSERT INTO article_counts(article_id, mentions, suggestions)
	VALUES (NEW.article_id, NEW.status <> 'rejected', NEW.status = 'suggested')
	ON CONFLICT(article_id) DO UPDATE SET
		mentions = mentions + excluded.mentions,
		suggestions = suggestions + excluded.suggestions;
END;
CREATE TRIGGER article_counts_delete AFTER DELETE ON mentions
BEGIN
	UPDATE article_counts SET
		mentions = mentions - (OLD.status <> 'rejected'),
		suggestions = suggestions - (OLD.status = 'suggested')
	WHERE article_id = OLD.article_id;
END;
CREATE TRIGGER article_counts_update AFTER UPDATE OF status, article_id ON mentions
BEGIN
	UPDATE article_counts SET
		mentions = mentions - (OLD.status <> 'rejected'),
		suggestions = suggestions - (OLD.status = 'suggested')
	WHERE article_id = OLD.article_id;
	INSERT INTO article_counts(article_id, mentions, suggestions)
	VALUES (NEW.article_id, NEW.status <> 'rejected', NEW.status = 'suggested')
	ON CONFLICT(article_id) DO UPDATE SET
		mentions = mentions + excluded.mentions,
		suggestions = suggestions + excluded.suggestions;
END;

INSERT OR REPLACE INTO article_counts(article_id, mentions, suggestions)
SELECT a.id,
	(SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.status <> 'rejected'),
	(SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.status = 'suggested')
FROM articles a;
