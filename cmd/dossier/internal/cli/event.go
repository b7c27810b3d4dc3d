package cli

import (
	"context"
	"fmt"
	"strings"

	"dossier/app"
)

func runEvent(ctx context.Context, env Env, args []string) error {
	return runSub(ctx, env, "event", subcommands{
		"new": runEventNew, "list": runEventList, "add-evidence": runEventAddEvidence,
	}, eventHelp, args)
}

const eventHelp = `
  dossier event new FILE.dossier --title T --type TYPE [--date ISO] [--location ENTITY]
        [--participant ENTITY:ROLE]... [--evidence ARTICLE:START-END]...
        [--credibility 1-6] [--killed N] [--injured N] [--note TEXT]
  dossier event list FILE.dossier [--case CASE] [--json]
  dossier event add-evidence FILE.dossier EVENT ARTICLE START END

TYPE: ATTACK BOMBING ARREST WARNING CLAIM SANCTION CYBER_INTRUSION ELECTION PROTEST
      VERDICT SEIZURE MEETING OTHER
ROLE: perpetrator target victim agent reporter other
ISO dates keep their precision: 2024-03-07 (day), 2024-W10 (week), 2024-03 (month),
2024 (year), 2024-03-01/2024-03-07 (range). ENTITY is an id, a canonical name or an alias.
Offsets are Unicode code points into the article's text.
`

func runEventNew(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "event")
	var parts, evidence multiFlag
	title := fs.String("title", "", "what happened, in a line")
	typ := fs.String("type", "OTHER", "event type")
	date := fs.String("date", "", "ISO date or period")
	location := fs.String("location", "", "a LOC entity")
	cred := fs.Int("credibility", 0, "information credibility 1–6 (0: not graded)")
	killed := fs.Int("killed", -1, "people killed (-1: not reported)")
	injured := fs.Int("injured", -1, "people injured (-1: not reported)")
	note := fs.String("note", "", "a note")
	fs.Var(&parts, "participant", "ENTITY:ROLE (repeatable)")
	fs.Var(&evidence, "evidence", "ARTICLE:START-END (repeatable)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("event new: usage: dossier event new FILE.dossier --title T --type TYPE …")
	}
	d, err := app.ParseDate(*date)
	if err != nil {
		return err
	}
	ev := app.Event{Type: app.EventType(strings.ToUpper(*typ)), Title: *title, Date: d, Credibility: *cred,
		Casualties: app.Casualties{Killed: *killed, Injured: *injured}, Note: *note, Status: app.StatusAccepted}
	for _, e := range evidence {
		x, err := parseEvidence(e)
		if err != nil {
			return err
		}
		ev.Evidence = append(ev.Evidence, x)
	}
	if err := (app.CreateEvent{Event: ev}).Validate(); err != nil {
		return err
	}
	s, err := openStore(env, pos[0])
	if err != nil {
		return err
	}
	defer s.Close()
	if *location != "" {
		loc, err := findEntity(ctx, s, *location)
		if err != nil {
			return err
		}
		ev.LocationID = loc.ID
	}
	for _, p := range parts {
		i := strings.LastIndex(p, ":")
		if i <= 0 {
			return usagef("participant %q is not ENTITY:ROLE", p)
		}
		ent, err := findEntity(ctx, s, p[:i])
		if err != nil {
			return err
		}
		ev.Participants = append(ev.Participants, app.Participant{EntityID: ent.ID, Role: app.Role(p[i+1:])})
	}
	res, err := s.Do(ctx, app.CreateEvent{Event: ev})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "event %d created (log #%d)\n", res.IDs[0], res.Seq)
	return nil
}

func runEventList(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "event")
	asJSON := fs.Bool("json", false, "print JSON")
	caseRef := fs.String("case", "", "only the events of this case, in its order")
	s, _, err := openArgs(env, fs, args, 1, 1, "event list FILE.dossier [--case CASE] [--json]")
	if err != nil {
		return err
	}
	defer s.Close()
	f := app.EventFilter{}
	if *caseRef != "" {
		c, err := findCase(ctx, s, *caseRef)
		if err != nil {
			return err
		}
		f.CaseID = c.ID
	}
	events, _, err := s.Events(ctx, f)
	if err != nil {
		return err
	}
	if *asJSON {
		if events == nil {
			events = []app.Event{}
		}
		return writeJSON(env.Stdout, events)
	}
	for _, e := range events {
		fmt.Fprintf(env.Stdout, "%5d  %-22s %-15s %-9s %s\n", e.ID, e.Date.String(), e.Type, e.Status, e.Title)
	}
	return nil
}

func runEventAddEvidence(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "event")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 5 {
		return usagef("event add-evidence: usage: dossier event add-evidence FILE.dossier EVENT ARTICLE START END")
	}
	ev, err := parseEvidence(pos[2] + ":" + pos[3] + "-" + pos[4])
	if err != nil {
		return err
	}
	id, err := parseID("event", pos[1])
	if err != nil {
		return err
	}
	return doOne(ctx, env, pos[0], app.AddEvidence{EventID: id, Evidence: ev})
}

// doOne opens the case file, applies one command and reports its log row.
func doOne(ctx context.Context, env Env, path string, cmd app.Command) error {
	res, err := applyOne(ctx, env, path, cmd)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s done (log #%d)\n", cmd.CommandName(), res.Seq)
	return nil
}

// applyOne checks cmd, opens the case file at path and applies cmd there
// as one logged command.
func applyOne(ctx context.Context, env Env, path string, cmd app.Command) (app.Result, error) {
	if err := cmd.Validate(); err != nil {
		return app.Result{}, err
	}
	s, err := openStore(env, path)
	if err != nil {
		return app.Result{}, err
	}
	defer s.Close()
	return s.Do(ctx, cmd)
}
