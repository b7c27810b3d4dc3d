// Package eval scores an extractor against annotated articles (the JSONL
// gold format of shared/eval: text, entities with code-point spans and
// identities, events with trigger spans) and reports precision, recall and
// F1 per type, strict and lenient, DATE value accuracy, within-article
// alias-link F1 and event-trigger F1 with type accuracy.
package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"dossier/app"
)

// Article is one annotated article of a gold file.
type Article struct {
	ID        string   `json:"id"`
	Published string   `json:"published"`
	Text      string   `json:"text"`
	Entities  []Entity `json:"entities"`
	Events    []Event  `json:"events"`
}

// Entity is a gold mention: span, type and the identity it names.
type Entity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	ID    string `json:"id"`
	Text  string `json:"text"`
}

// Event is a gold event: its trigger span and what it tells.
type Event struct {
	Type         string        `json:"type"`
	Trigger      string        `json:"trigger"`
	Start        int           `json:"start"`
	End          int           `json:"end"`
	Date         string        `json:"date"`     // ISO value, "" when none
	Location     string        `json:"location"` // an entity id, "" when none
	Participants []Participant `json:"participants"`
}

// Participant is an entity (by id) taking part in a gold event, in a role.
type Participant struct {
	Entity string `json:"entity"`
	Role   string `json:"role"`
}

// PRF holds counts and the precision, recall and F1 they give.
type PRF struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Score is the strict and lenient result of one type or group of types.
type Score struct {
	Name    string `json:"name"`
	Gold    int    `json:"gold"`
	Pred    int    `json:"predicted"`
	Strict  PRF    `json:"strict"`
	Lenient PRF    `json:"lenient"`
}

// Accuracy is a count of correct answers out of a total.
type Accuracy struct {
	Correct  int     `json:"correct"`
	Total    int     `json:"total"`
	Accuracy float64 `json:"accuracy"`
}

// Summary is the result of one evaluation run.
type Summary struct {
	Articles  int      `json:"articles"`
	Types     []Score  `json:"types"`     // one per type present in gold or output
	Names     Score    `json:"names"`     // micro over PERSON, ORG, LOC, DATE (the headline)
	Selectors Score    `json:"selectors"` // micro over EMAIL, PHONE, URL, IP, MONEY
	DateValue Accuracy `json:"date_value"`
	Alias     PRF      `json:"alias_links"`
	Events    PRF      `json:"events"`
	EventType Accuracy `json:"event_type"`
	// Of the events whose trigger matched: the date value, the place (by
	// name), the participants (by name) and the participants with their roles.
	EventDate    Accuracy `json:"event_date"`
	EventPlace   Accuracy `json:"event_place"`
	Participants PRF      `json:"participants"`
	Roles        PRF      `json:"participant_roles"`
	Seconds      float64  `json:"seconds"`
}

// headline and selector type groups.
var (
	nameTypes     = []string{"PERSON", "ORG", "LOC", "DATE"}
	selectorTypes = []string{"EMAIL", "PHONE", "URL", "IP", "MONEY"}
	linkTypes     = map[string]bool{"PERSON": true, "ORG": true, "LOC": true, "NORP": true}
)

// ReadGold reads a JSONL gold file.
func ReadGold(r io.Reader) ([]Article, error) {
	var out []Article
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(line) == 0 {
			continue
		}
		var a Article
		if err := json.Unmarshal(line, &a); err != nil {
			return nil, app.WrapError(app.EINVALID, err, "gold line %d is not an annotated article", n)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, app.WrapError(app.EINVALID, err, "cannot read the gold file")
	}
	return out, nil
}

// Run extracts every article of the gold file with ex and scores the result.
func Run(ctx context.Context, ex app.Extractor, gold io.Reader) (Summary, error) {
	arts, err := ReadGold(gold)
	if err != nil {
		return Summary{}, err
	}
	t0 := time.Now()
	var acc tally
	for _, a := range arts {
		pub, _ := time.Parse("2006-01-02", a.Published)
		x, err := ex.Extract(ctx, a.Text, pub)
		if err != nil {
			return Summary{}, fmt.Errorf("extract %s: %w", a.ID, err)
		}
		acc.add(a, x)
	}
	s := acc.summary()
	s.Articles = len(arts)
	s.Seconds = time.Since(t0).Seconds()
	return s, nil
}

func (p *PRF) finish() {
	if p.TP+p.FP > 0 {
		p.Precision = float64(p.TP) / float64(p.TP+p.FP)
	}
	if p.TP+p.FN > 0 {
		p.Recall = float64(p.TP) / float64(p.TP+p.FN)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
}

func (p *PRF) plus(o PRF) { p.TP, p.FP, p.FN = p.TP+o.TP, p.FP+o.FP, p.FN+o.FN }

func (a *Accuracy) finish() {
	if a.Total > 0 {
		a.Accuracy = float64(a.Correct) / float64(a.Total)
	}
}
