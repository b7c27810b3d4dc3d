package app

import "context"

// CommandService applies commands and walks the log.
type CommandService interface {
	// Do applies cmd in one transaction and logs it.
	Do(ctx context.Context, cmd Command) (Result, error)
	// Undo reverts the most recent command not yet undone; ENOTFOUND when there is none.
	Undo(ctx context.Context) (LogEntry, error)
	// Redo repeats the most recently undone command; ENOTFOUND when there is none.
	Redo(ctx context.Context) (LogEntry, error)
	// UndoRedoState names the commands Undo and Redo would act on (nil when none).
	UndoRedoState(ctx context.Context) (undo, redo *LogEntry, err error)
	// Log lists log entries newest first.
	Log(ctx context.Context, limit, offset int) ([]LogEntry, error)
	// Check verifies SQLite integrity, the schema version and the log's hash chain.
	Check(ctx context.Context) (CheckReport, error)
}

// ArticleSort orders the article list.
type ArticleSort string

// Article list orders.
const (
	SortImported    ArticleSort = "imported" // newest import first (default)
	SortPublished   ArticleSort = "published"
	SortTitle       ArticleSort = "title"
	SortSuggestions ArticleSort = "suggestions" // most undecided first
)

// ArticleFilter selects and pages the article list. Query, when set, is a
// full-text query. A Limit of 0 asks for a default page (100 rows); a page
// holds at most 10,000 rows.
type ArticleFilter struct {
	Query  string
	Sort   ArticleSort
	Limit  int
	Offset int
}

// ArticleService reads articles.
type ArticleService interface {
	Article(ctx context.Context, id int64) (Article, error)
	// ArticleOriginal returns the bytes as imported.
	ArticleOriginal(ctx context.Context, id int64) ([]byte, error)
	// Articles lists article summaries and the total count matching the filter.
	Articles(ctx context.Context, f ArticleFilter) ([]ArticleSummary, int, error)
	// Search runs a full-text query over titles and texts, best first.
	Search(ctx context.Context, query string, limit int) ([]SearchHit, error)
}

// MentionFilter selects mentions. Zero fields do not filter.
type MentionFilter struct {
	ArticleID int64
	EntityID  int64
	Status    Status
}

// EntityFilter selects and pages entities.
type EntityFilter struct {
	Type   EntityType
	Query  string // substring of the name or an alias
	Limit  int
	Offset int
}

// EntityService reads mentions and entities.
type EntityService interface {
	Mentions(ctx context.Context, f MentionFilter) ([]Mention, error)
	Entity(ctx context.Context, id int64) (Entity, error)
	// Entities lists entities with counts and the total count matching the filter.
	Entities(ctx context.Context, f EntityFilter) ([]Entity, int, error)
	MergeSuggestions(ctx context.Context) ([]MergeSuggestion, error)
}

// CaseFile is an open case file: every service the store provides.
type CaseFile interface {
	CommandService
	ArticleService
	EntityService
	CaseService
	// Path is the file's location on disk.
	Path() string
	// Title is the case file's own title.
	Title() string
	Close() error
}
