package app

import (
	"context"
	"time"
)

// ExtractedMention is one mention the extractor suggests.
type ExtractedMention struct {
	Span
	Type       EntityType `json:"type"`
	Text       string     `json:"text"`
	Entity     string     `json:"entity"` // canonical name of its entity within the article
	Date       Date       `json:"date"`   // DATE mentions: the resolved value
	Confidence float64    `json:"confidence"`
}

// SuggestedParticipant is an actor of a suggested event, by canonical name.
type SuggestedParticipant struct {
	Entity string `json:"entity"`
	Role   Role   `json:"role"`
}

// SuggestedEvent is an event the extractor suggests from a trigger word.
type SuggestedEvent struct {
	Type    EventType `json:"type"`
	Trigger Span      `json:"trigger"`
	// Sentence is the sentence that states the event, around Trigger: the
	// quote its evidence cites and its title. Empty: cite the trigger.
	Sentence     Span                   `json:"sentence"`
	Date         Date                   `json:"date"`
	Location     string                 `json:"location"` // canonical name of a LOC, or ""
	Participants []SuggestedParticipant `json:"participants"`
	Casualties   Casualties             `json:"casualties"`
}

// Extraction is everything the extractor suggests for one text.
type Extraction struct {
	Mentions []ExtractedMention `json:"entities"`
	Events   []SuggestedEvent   `json:"events"`
}

// Extractor finds mentions and event suggestions in a normalised text.
// published anchors relative dates; the zero time means unknown.
// Implementations are safe for concurrent use.
type Extractor interface {
	Extract(ctx context.Context, text string, published time.Time) (Extraction, error)
}
