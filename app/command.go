package app

import "time"

// Command is one user action on a case file (DESIGN invariant 3): a value
// built alike by GUI buttons, keyboard shortcuts and CLI subcommands. The
// store applies it in one transaction, appends it to the hash-chained log
// with the row images needed to invert it, and can undo and redo it.
type Command interface {
	// CommandName is the stable name recorded in the log, e.g. "mention.accept".
	CommandName() string
	// Validate checks the command's own fields before any work is done.
	Validate() error
}

// Result is what applying a command produced.
type Result struct {
	Seq        int64    // the log row that records the command
	Summary    string   // that row's one line for people ("Added 2 events to the case …")
	IDs        []int64  // ids the command created (articles, mentions, entities …), in order
	Duplicates []string // ImportArticles: filenames (or titles) skipped as already present
	// Exchange counts what an ImportExchange added, merged and skipped; nil for other commands.
	Exchange *ExchangeStats
}

// ImportArticles adds articles to the case file, each with the extractor's
// suggestions for it (Extractions[i] belongs to Articles[i]; the slice may
// be shorter or nil when nothing was extracted). An article whose normalised
// text is already in the file is skipped and reported in Result.Duplicates.
type ImportArticles struct {
	Articles    []Article
	Extractions []Extraction
}

// SetArticleField edits one metadata field of an article; the text never changes.
// When the published date changes, Reextract (if not nil) holds a fresh
// extraction against the new date: it replaces the undecided suggestions as
// StoreExtraction does, in the same command, so one undo reverts both.
type SetArticleField struct {
	ArticleID int64
	Field     ArticleField
	Value     string
	Reextract *Extraction
}

// StoreExtraction replaces an article's undecided automatic suggestions by a
// fresh extraction. Mentions and events the analyst accepted, rejected,
// retyped, linked or made by hand are never changed or resurrected
// (DESIGN invariant 4).
type StoreExtraction struct {
	ArticleID  int64
	Extraction Extraction
}

// AddMention tags a span by hand. The mention links to EntityID, or when that
// is 0 to the entity of that type and canonical name Name (created if missing;
// Name defaults to the covered text).
type AddMention struct {
	ArticleID int64
	Span      Span
	Type      EntityType
	EntityID  int64
	Name      string
}

// AddMentions tags several spans of one article at once with one type and
// entity — "tag every occurrence of this text" — as one undoable command.
// Spans already tagged with that type are skipped.
type AddMentions struct {
	ArticleID int64
	Spans     []Span
	Type      EntityType
	EntityID  int64
	Name      string
}

// SetMentionStatus accepts or rejects mentions (or returns them to suggested).
type SetMentionStatus struct {
	MentionIDs []int64
	Status     Status
}

// RetypeMention changes a mention's type; it is then linked to the entity of
// the new type with the same name (created if missing) and counts as decided.
type RetypeMention struct {
	MentionID int64
	Type      EntityType
}

// LinkMention links a mention to another entity, or unlinks it when EntityID is 0.
type LinkMention struct {
	MentionID int64
	EntityID  int64
}

// SetMentionNote attaches a note to a mention.
type SetMentionNote struct {
	MentionID int64
	Note      string
}

// DeleteMention removes a manual mention (automatic ones are rejected instead).
type DeleteMention struct {
	MentionID int64
}

// CreateEntity adds an entity.
type CreateEntity struct {
	Type    EntityType
	Name    string
	Aliases []string
}

// RenameEntity changes an entity's canonical name; the old name becomes an alias.
type RenameEntity struct {
	EntityID int64
	Name     string
}

// SetEntityNotes replaces an entity's notes.
type SetEntityNotes struct {
	EntityID int64
	Notes    string
}

// MergeEntities moves every mention and alias of From into Into and removes
// From; Reason is recorded in the log. Undo restores From.
type MergeEntities struct {
	FromID int64
	IntoID int64
	Reason string
}

// SplitAlias takes an alias back out of an entity into a new entity of the
// same type, moving the mentions whose text is that alias.
type SplitAlias struct {
	EntityID int64
	Alias    string
}

// DismissMergeSuggestion records that two entities are not the same.
type DismissMergeSuggestion struct {
	SuggestionID int64
}

// LogEntry is one row of a case file's append-only, hash-chained change log.
type LogEntry struct {
	Seq     int64     `json:"seq"`
	Time    time.Time `json:"time"`
	Actor   string    `json:"actor"`
	Kind    string    `json:"kind"`    // LogDo, LogUndo, LogRedo or LogRecord
	Ref     int64     `json:"ref"`     // undo/redo: the seq of the command it reverts or repeats
	Name    string    `json:"name"`    // the command name
	Target  string    `json:"target"`  // what it changed, e.g. "article 12"
	Summary string    `json:"summary"` // one line for people
	Hash    string    `json:"hash"`    // hex SHA-256(previous hash ‖ canonical row)
}

// Log entry kinds.
const (
	LogDo   = "do"
	LogUndo = "undo"
	LogRedo = "redo"
	// LogRecord records something done outside the case file (an export):
	// it changes no content, so it is not on the undo stack — Undo passes
	// over it to the last change — and it does not clear Redo.
	LogRecord = "record"
)

// CheckReport is the outcome of verifying a case file.
type CheckReport struct {
	Path          string   `json:"path"`
	SchemaVersion int      `json:"schema_version"`
	Integrity     string   `json:"integrity"` // "ok" or SQLite's first complaint
	LogRows       int      `json:"log_rows"`
	FirstBroken   int64    `json:"first_broken,omitempty"` // seq of the first log row whose hash does not match; 0 if none
	Problems      []string `json:"problems,omitempty"`
}

// OK reports whether the check found nothing wrong.
func (r CheckReport) OK() bool { return len(r.Problems) == 0 }

// The CommandName of each command.
func (ImportArticles) CommandName() string         { return "article.import" }
func (SetArticleField) CommandName() string        { return "article.set" }
func (StoreExtraction) CommandName() string        { return "article.extract" }
func (AddMention) CommandName() string             { return "mention.add" }
func (AddMentions) CommandName() string            { return "mention.add-all" }
func (SetMentionStatus) CommandName() string       { return "mention.status" }
func (RetypeMention) CommandName() string          { return "mention.retype" }
func (LinkMention) CommandName() string            { return "mention.link" }
func (SetMentionNote) CommandName() string         { return "mention.note" }
func (DeleteMention) CommandName() string          { return "mention.delete" }
func (CreateEntity) CommandName() string           { return "entity.create" }
func (RenameEntity) CommandName() string           { return "entity.rename" }
func (SetEntityNotes) CommandName() string         { return "entity.notes" }
func (MergeEntities) CommandName() string          { return "entity.merge" }
func (SplitAlias) CommandName() string             { return "entity.split" }
func (DismissMergeSuggestion) CommandName() string { return "entity.dismiss-merge" }
