package app

import "time"

// CaseBundle is everything an export of one case needs, gathered from the
// case file in one read: the case, its events in the case's order (with
// participant names and evidence quotes filled), the entities they involve,
// the source articles (metadata; Text may be empty), and the links.
type CaseBundle struct {
	Case      Case       `json:"case"`
	Events    []Event    `json:"events"`
	Entities  []Entity   `json:"entities"`
	Articles  []Article  `json:"articles"`
	Links     []Link     `json:"links"`
	Mentions  []Mention  `json:"mentions"` // of its entities in its articles, rejected ones left out
	Generated time.Time  `json:"generated"`
	Generator string     `json:"generator"` // e.g. "Dossier 0.1.0"
	Actor     string     `json:"actor"`     // who exported
	FilePath  string     `json:"file_path"` // the case file it came from
	Extra     BundleInfo `json:"-"`
}

// BundleInfo carries optional presentation extras an exporter may use.
type BundleInfo struct {
	// ChartPNG is the link chart rendered as a PNG, embedded by md/html/pdf exports when present.
	ChartPNG []byte
}

// EntityByID returns the bundle's entity with that id.
func (b *CaseBundle) EntityByID(id int64) (Entity, bool) {
	for _, e := range b.Entities {
		if e.ID == id {
			return e, true
		}
	}
	return Entity{}, false
}

// ArticleByID returns the bundle's article with that id.
func (b *CaseBundle) ArticleByID(id int64) (Article, bool) {
	for _, a := range b.Articles {
		if a.ID == id {
			return a, true
		}
	}
	return Article{}, false
}
