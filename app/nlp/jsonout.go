package nlp

import (
	"dossier/app"
)

// JSONEntity is one mention as `dossier extract` prints it. DATE mentions
// also carry their resolved value and precision.
type JSONEntity struct {
	Start     int            `json:"start"`
	End       int            `json:"end"`
	Type      app.EntityType `json:"type"`
	Text      string         `json:"text"`
	Entity    string         `json:"entity"`
	Value     string         `json:"value,omitempty"`
	Precision app.Precision  `json:"precision,omitempty"`
}

// JSONParticipant is an event participant by canonical name.
type JSONParticipant struct {
	Entity string   `json:"entity"`
	Role   app.Role `json:"role"`
}

// JSONCasualties are the reported dead and injured (null when unknown).
type JSONCasualties struct {
	Killed  *int `json:"killed"`
	Injured *int `json:"injured"`
}

// JSONEvent is one suggested event as `dossier extract` prints it; date is
// the ISO value (null when unknown), location a canonical place name.
type JSONEvent struct {
	Type         app.EventType     `json:"type"`
	Trigger      app.Span          `json:"trigger"`
	Date         *string           `json:"date"`
	Location     *string           `json:"location"`
	Participants []JSONParticipant `json:"participants"`
	Casualties   *JSONCasualties   `json:"casualties,omitempty"`
}

// JSONResult is the whole output of `dossier extract` for one text.
type JSONResult struct {
	Entities []JSONEntity `json:"entities"`
	Events   []JSONEvent  `json:"events"`
}

// ToJSON turns an extraction into the CLI's JSON shape:
// {"entities":[{"start","end","type","text","entity"}],"events":[{"type",
// "trigger":{"start","end"},"date","location","participants":[{"entity","role"}]}]}.
func ToJSON(x app.Extraction) JSONResult {
	r := JSONResult{Entities: make([]JSONEntity, 0, len(x.Mentions)), Events: make([]JSONEvent, 0, len(x.Events))}
	for _, m := range x.Mentions {
		e := JSONEntity{Start: m.Start, End: m.End, Type: m.Type, Text: m.Text, Entity: m.Entity}
		if m.Type == app.TypeDate {
			e.Value, e.Precision = m.Date.Value, m.Date.Precision
		}
		r.Entities = append(r.Entities, e)
	}
	for _, ev := range x.Events {
		j := JSONEvent{Type: ev.Type, Trigger: ev.Trigger, Participants: make([]JSONParticipant, 0, len(ev.Participants))}
		if !ev.Date.IsZero() {
			j.Date = &ev.Date.Value
		}
		if ev.Location != "" {
			loc := ev.Location
			j.Location = &loc
		}
		for _, p := range ev.Participants {
			j.Participants = append(j.Participants, JSONParticipant{Entity: p.Entity, Role: p.Role})
		}
		j.Casualties = casualtiesJSON(ev.Casualties)
		r.Events = append(r.Events, j)
	}
	return r
}

func casualtiesJSON(c app.Casualties) *JSONCasualties {
	if c.Killed < 0 && c.Injured < 0 || c.Killed == 0 && c.Injured == 0 {
		return nil
	}
	out := &JSONCasualties{}
	if c.Killed >= 0 {
		k := c.Killed
		out.Killed = &k
	}
	if c.Injured >= 0 {
		i := c.Injured
		out.Injured = &i
	}
	return out
}
