-- 0001: the core domain. Append-only: never edit a released migration,
-- add a new numbered file instead.
--
-- Every domain table has an INTEGER PRIMARY KEY named id: the change
-- capture triggers (generated in Go from PRAGMA table_info) key row images
-- by table and id. There is no ON DELETE CASCADE anywhere: commands delete
-- children explicitly so that every row change is captured and undoable.

CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

-- Immutable content, never updated or deleted, kept out of the change log.
-- Undoing an import removes the articles row; these rows stay and are
-- reused when the same bytes or text come back.
CREATE TABLE originals (
	id     INTEGER PRIMARY KEY,
	sha256 TEXT NOT NULL UNIQUE,
	bytes  BLOB NOT NULL
);

CREATE TABLE article_texts (
	id     INTEGER PRIMARY KEY,
	sha256 TEXT NOT NULL UNIQUE, -- of the normalised text: duplicate detection
	chars  INTEGER NOT NULL,     -- length in code points
	words  INTEGER NOT NULL,
	text   TEXT NOT NULL
);

CREATE TABLE articles (
	id          INTEGER PRIMARY KEY,
	text_id     INTEGER NOT NULL REFERENCES article_texts(id),
	original_id INTEGER NOT NULL REFERENCES originals(id),
	title       TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT '',
	author      TEXT NOT NULL DEFAULT '',
	published   TEXT NOT NULL DEFAULT '', -- fixed-width UTC timestamp or ''
	imported    TEXT NOT NULL,
	grade       TEXT NOT NULL DEFAULT '',
	format      TEXT NOT NULL DEFAULT '',
	filename    TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX articles_text ON articles(text_id);
CREATE INDEX articles_original ON articles(original_id);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_title ON articles(title COLLATE NOCASE);

CREATE TABLE entities (
	id         INTEGER PRIMARY KEY,
	type       TEXT NOT NULL,
	name       TEXT NOT NULL,
	norm       TEXT NOT NULL,             -- lower-cased, spaces collapsed
	last_token TEXT NOT NULL DEFAULT '',  -- for "same last name" suggestions
	acronym    TEXT NOT NULL DEFAULT '',  -- initials of a multi-word name
	notes      TEXT NOT NULL DEFAULT '',
	origin     TEXT NOT NULL DEFAULT 'manual'
);
CREATE UNIQUE INDEX entities_name ON entities(type, norm);
CREATE INDEX entities_norm ON entities(norm);
CREATE INDEX entities_last ON entities(type, last_token) WHERE last_token <> '';
CREATE INDEX entities_acronym ON entities(type, acronym) WHERE acronym <> '';

CREATE TABLE aliases (
	id        INTEGER PRIMARY KEY,
	entity_id INTEGER NOT NULL REFERENCES entities(id),
	name      TEXT NOT NULL,
	norm      TEXT NOT NULL
);
CREATE UNIQUE INDEX aliases_entity ON aliases(entity_id, norm);
CREATE INDEX aliases_norm ON aliases(norm);

CREATE TABLE merge_suggestions (
	id      INTEGER PRIMARY KEY,
	from_id INTEGER NOT NULL REFERENCES entities(id),
	into_id INTEGER NOT NULL REFERENCES entities(id),
	reason  TEXT NOT NULL DEFAULT '',
	status  TEXT NOT NULL DEFAULT 'suggested' -- rejected = dismissed, remembered
);
CREATE INDEX merge_suggestions_from ON merge_suggestions(from_id);
CREATE INDEX merge_suggestions_into ON merge_suggestions(into_id);
CREATE INDEX merge_suggestions_status ON merge_suggestions(status);

CREATE TABLE mentions (
	id             INTEGER PRIMARY KEY,
	article_id     INTEGER NOT NULL REFERENCES articles(id),
	span_start     INTEGER NOT NULL,
	span_end       INTEGER NOT NULL,
	type           TEXT NOT NULL,
	text           TEXT NOT NULL DEFAULT '',
	entity_id      INTEGER REFERENCES entities(id),
	origin         TEXT NOT NULL,
	status         TEXT NOT NULL,
	confidence     REAL NOT NULL DEFAULT 0,
	date_value     TEXT NOT NULL DEFAULT '',
	date_precision TEXT NOT NULL DEFAULT '',
	note           TEXT NOT NULL DEFAULT '',
	touched        INTEGER NOT NULL DEFAULT 0 -- 1 once the analyst acted on it
);
CREATE INDEX mentions_article ON mentions(article_id, span_start);
CREATE INDEX mentions_entity ON mentions(entity_id) WHERE entity_id IS NOT NULL;
CREATE INDEX mentions_status ON mentions(status, article_id);

CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	type           TEXT NOT NULL,
	title          TEXT NOT NULL DEFAULT '',
	date_value     TEXT NOT NULL DEFAULT '',
	date_precision TEXT NOT NULL DEFAULT '',
	location_id    INTEGER REFERENCES entities(id),
	credibility    INTEGER NOT NULL DEFAULT 0,
	killed         INTEGER NOT NULL DEFAULT -1,
	injured        INTEGER NOT NULL DEFAULT -1,
	status         TEXT NOT NULL DEFAULT 'suggested',
	note           TEXT NOT NULL DEFAULT '',
	origin         TEXT NOT NULL DEFAULT 'manual',
	touched        INTEGER NOT NULL DEFAULT 0,
	article_id     INTEGER REFERENCES articles(id), -- auto events: the article suggesting it
	trigger_start  INTEGER,
	trigger_end    INTEGER
);
CREATE INDEX events_article ON events(article_id) WHERE article_id IS NOT NULL;
CREATE INDEX events_location ON events(location_id) WHERE location_id IS NOT NULL;
CREATE INDEX events_date ON events(date_value);

CREATE TABLE participants (
	id        INTEGER PRIMARY KEY,
	event_id  INTEGER NOT NULL REFERENCES events(id),
	entity_id INTEGER NOT NULL REFERENCES entities(id),
	role      TEXT NOT NULL
);
CREATE INDEX participants_event ON participants(event_id);
CREATE INDEX participants_entity ON participants(entity_id);

CREATE TABLE evidence (
	id         INTEGER PRIMARY KEY,
	event_id   INTEGER NOT NULL REFERENCES events(id),
	article_id INTEGER NOT NULL REFERENCES articles(id),
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL
);
CREATE INDEX evidence_event ON evidence(event_id);
CREATE INDEX evidence_article ON evidence(article_id);

CREATE TABLE cases (
	id      INTEGER PRIMARY KEY,
	title   TEXT NOT NULL,
	status  TEXT NOT NULL DEFAULT 'open',
	summary TEXT NOT NULL DEFAULT ''
);

CREATE TABLE case_events (
	id       INTEGER PRIMARY KEY,
	case_id  INTEGER NOT NULL REFERENCES cases(id),
	event_id INTEGER NOT NULL REFERENCES events(id),
	position INTEGER NOT NULL
);
CREATE UNIQUE INDEX case_events_pair ON case_events(case_id, event_id);
CREATE INDEX case_events_order ON case_events(case_id, position);
CREATE INDEX case_events_event ON case_events(event_id);

CREATE TABLE links (
	id        INTEGER PRIMARY KEY,
	case_id   INTEGER REFERENCES cases(id),
	kind      TEXT NOT NULL,
	from_kind TEXT NOT NULL,
	from_id   INTEGER NOT NULL,
	to_kind   TEXT NOT NULL,
	to_id     INTEGER NOT NULL,
	note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX links_from ON links(from_kind, from_id);
CREATE INDEX links_to ON links(to_kind, to_id);
CREATE INDEX links_case ON links(case_id) WHERE case_id IS NOT NULL;

CREATE TABLE link_evidence (
	id         INTEGER PRIMARY KEY,
	link_id    INTEGER NOT NULL REFERENCES links(id),
	article_id INTEGER NOT NULL REFERENCES articles(id),
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL
);
CREATE INDEX link_evidence_link ON link_evidence(link_id);
CREATE INDEX link_evidence_article ON link_evidence(article_id);

CREATE TABLE notes (
	id          INTEGER PRIMARY KEY,
	target_kind TEXT NOT NULL,
	target_id   INTEGER NOT NULL,
	span_start  INTEGER,
	span_end    INTEGER,
	text        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notes_target ON notes(target_kind, target_id);

-- The append-only, hash-chained change log (see log.go for the encoding).
-- payload is the last column so that scans of the short columns never read
-- its overflow pages.
CREATE TABLE log (
	seq     INTEGER PRIMARY KEY,
	time    TEXT NOT NULL,
	actor   TEXT NOT NULL,
	kind    TEXT NOT NULL,
	ref     INTEGER NOT NULL DEFAULT 0,
	name    TEXT NOT NULL,
	target  TEXT NOT NULL DEFAULT '',
	summary TEXT NOT NULL DEFAULT '',
	hash    TEXT NOT NULL,
	payload TEXT NOT NULL
);
CREATE TRIGGER log_no_update BEFORE UPDATE ON log
BEGIN
	SELECT RAISE(ABORT, 'the log is append-only');
END;
CREATE TRIGGER log_no_delete BEFORE DELETE ON log
BEGIN
	SELECT RAISE(ABORT, 'the log is append-only');
END;

-- Row images captured by the generated triggers during one command; moved
-- into that command's log row and cleared in the same transaction.
CREATE TABLE capture (
	n      INTEGER PRIMARY KEY,
	tbl    TEXT NOT NULL,
	row_id INTEGER NOT NULL,
	old    TEXT,
	new    TEXT
);
