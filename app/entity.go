package app

// Entity is a real-world thing that mentions name: a person, organisation,
// place, group, date or selector.
type Entity struct {
	ID       int64      `json:"id"`
	Type     EntityType `json:"type"`
	Name     string     `json:"name"` // canonical name
	Aliases  []string   `json:"aliases"`
	Notes    string     `json:"notes"`
	Mentions int        `json:"mentions"` // counts, filled by list queries
	Articles int        `json:"articles"`
}

// MergeSuggestion proposes that two entities are the same thing, with the
// reason the extractor or resolver saw. The analyst accepts or dismisses it;
// a dismissal ("not the same") is remembered.
type MergeSuggestion struct {
	ID     int64  `json:"id"`
	FromID int64  `json:"from_id"` // merged away if accepted
	IntoID int64  `json:"into_id"` // kept if accepted
	Reason string `json:"reason"`
	Status Status `json:"status"` // suggested, accepted or rejected (dismissed)
}
