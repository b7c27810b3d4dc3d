package app

import "time"

// Grade is the Admiralty source-reliability grade of an article: A (completely
// reliable) to F (reliability cannot be judged). The empty grade means not graded.
type Grade string

// Valid reports whether g is "" or one of A–F.
func (g Grade) Valid() bool {
	return g == "" || (len(g) == 1 && g[0] >= 'A' && g[0] <= 'F')
}

// Article is an imported document. Its Text is normalised once on import
// (valid UTF-8, NFC, "\n" line ends) and never changes afterwards; every span
// points into it. The original bytes are kept beside it, addressed by SHA256.
type Article struct {
	ID        int64     `json:"id"`
	Title     string    `json:"title"`
	Source    string    `json:"source"`
	URL       string    `json:"url"`
	Author    string    `json:"author"`
	Published time.Time `json:"published"` // zero when unknown
	Imported  time.Time `json:"imported"`
	Grade     Grade     `json:"grade"`
	Format    string    `json:"format"`   // txt, md, html, json …
	Filename  string    `json:"filename"` // where it was imported from
	SHA256    string    `json:"sha256"`   // hex SHA-256 of Original
	Text      string    `json:"text"`
	Original  []byte    `json:"-"` // the bytes as imported; loaded only on request
}

// ArticleSummary is a row of the article list: metadata and counts, no text.
type ArticleSummary struct {
	ID          int64     `json:"id"`
	Title       string    `json:"title"`
	Source      string    `json:"source"`
	Published   time.Time `json:"published"`
	Imported    time.Time `json:"imported"`
	Grade       Grade     `json:"grade"`
	Words       int       `json:"words"`
	Suggestions int       `json:"suggestions"` // mentions still awaiting a decision
	Mentions    int       `json:"mentions"`
}

// ArticleField names an editable metadata field of an article.
type ArticleField string

// The editable metadata fields. Text and SHA256 are not among them.
const (
	FieldTitle     ArticleField = "title"
	FieldSource    ArticleField = "source"
	FieldURL       ArticleField = "url"
	FieldAuthor    ArticleField = "author"
	FieldPublished ArticleField = "published" // YYYY-MM-DD or ""
	FieldGrade     ArticleField = "grade"     // A–F or ""
)

// ArticleFields lists the editable fields in display order.
var ArticleFields = []ArticleField{FieldTitle, FieldSource, FieldURL, FieldAuthor, FieldPublished, FieldGrade}

// SearchHit is one full-text search result.
type SearchHit struct {
	ArticleID int64     `json:"article_id"`
	Title     string    `json:"title"`
	Source    string    `json:"source"`
	Published time.Time `json:"published"`
	Snippet   string    `json:"snippet"` // with matches between Mark markers
	Rank      float64   `json:"rank"`    // lower is better (bm25)
}

// Snippet match markers used by SearchHit.Snippet.
const (
	MarkStart = "\u0002"
	MarkEnd   = "\u0003"
)
