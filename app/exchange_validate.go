package app

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Validate checks an exchange before anything is imported: its format and
// version (a newer version is refused with ETOONEW), that every ref is
// unique within its kind and resolves, that every value is one the case
// file knows, that every span lies in its article's text (and matches the
// covered text or quote given with it) and that the hashes match.
func (x *Exchange) Validate() error {
	if err := x.checkHeader(); err != nil {
		return err
	}
	v := &exValidator{x: x}
	for _, step := range []func() error{v.articles, v.entities, v.mentions, v.events, v.cases, v.links, v.spans} {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// checkHeader checks the format marker and the version.
func (x *Exchange) checkHeader() error {
	if x.Format != ExchangeFormat {
		return Errorf(EINVALID, "not a Dossier exchange file (its format is %q, not %q)", x.Format, ExchangeFormat)
	}
	if x.Version > ExchangeVersion {
		return Errorf(ETOONEW, "this exchange file is format version %d, written by a newer Dossier; "+
			"this one reads versions up to %d: update Dossier to import it", x.Version, ExchangeVersion)
	}
	if x.Version < 1 {
		return Errorf(EINVALID, "not a valid exchange file: version %d (versions start at 1)", x.Version)
	}
	return nil
}

// badExchange is the error for a damaged exchange.
func badExchange(format string, args ...any) error {
	return Errorf(EINVALID, "not a valid exchange file: "+format, args...)
}

// spanCheck is a span to check against its article's text, with the
// covered text it must match ("" to skip) and where it was found.
type spanCheck struct {
	sp    Span
	want  string
	where string
}

// exValidator holds what the checks learn: the refs of each kind (and
// each entity's type) and the spans to check, by article ref.
type exValidator struct {
	x        *Exchange
	artRefs  map[string]int // ref -> index
	entTypes map[string]EntityType
	evRefs   map[string]bool
	caseRefs map[string]bool
	checks   map[string][]spanCheck
}

func (v *exValidator) articles() error {
	v.artRefs = map[string]int{}
	v.checks = map[string][]spanCheck{}
	for i, a := range v.x.Articles {
		where := fmt.Sprintf("article %d", i+1)
		if err := newRef(v.artRefs, a.Ref, where); err != nil {
			return err
		}
		v.artRefs[a.Ref] = i
		if strings.TrimSpace(a.Text) == "" || !utf8.ValidString(a.Text) {
			return badExchange("article %q has no text or text that is not UTF-8", a.Ref)
		}
		if !a.Grade.Valid() {
			return badExchange("article %q has the source grade %q, not one of A–F", a.Ref, a.Grade)
		}
		if a.TextSHA256 != "" && !strings.EqualFold(a.TextSHA256, hexSHA256([]byte(a.Text))) {
			return badExchange("the text of article %q does not match its text_sha256", a.Ref)
		}
		if a.Original != nil && !strings.EqualFold(a.SHA256, hexSHA256(a.Original)) {
			return badExchange("the original bytes of article %q do not match its sha256", a.Ref)
		}
	}
	return nil
}

func hexSHA256(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// newRef checks that ref is given and not yet used in seen.
func newRef[V any](seen map[string]V, ref, where string) error {
	if strings.TrimSpace(ref) == "" {
		return badExchange("%s has no ref", where)
	}
	if _, dup := seen[ref]; dup {
		return badExchange("the ref %q is used twice (%s)", ref, where)
	}
	return nil
}

func (v *exValidator) entities() error {
	v.entTypes = map[string]EntityType{}
	for i, e := range v.x.Entities {
		if err := newRef(v.entTypes, e.Ref, fmt.Sprintf("entity %d", i+1)); err != nil {
			return err
		}
		if !e.Type.Valid() {
			return badExchange("entity %q has the unknown type %q", e.Ref, e.Type)
		}
		if strings.TrimSpace(e.Name) == "" {
			return badExchange("entity %q has no name", e.Ref)
		}
		v.entTypes[e.Ref] = e.Type
	}
	return nil
}

func (v *exValidator) mentions() error {
	for i, m := range v.x.Mentions {
		where := fmt.Sprintf("mention %d", i+1)
		if err := v.cite(m.Article, m.Span, m.Text, where); err != nil {
			return err
		}
		if !m.Type.Valid() {
			return badExchange("%s has the unknown type %q", where, m.Type)
		}
		if _, ok := v.entTypes[m.Entity]; m.Entity != "" && !ok {
			return badExchange("%s names the unknown entity %q", where, m.Entity)
		}
		if err := checkDecision(m.Origin, m.Status, where); err != nil {
			return err
		}
		if m.Confidence < 0 || m.Confidence > 1 {
			return badExchange("%s has the confidence %v, not 0–1", where, m.Confidence)
		}
		if _, _, ok := m.Date.Bounds(); !m.Date.IsZero() && !ok {
			return badExchange("%s has the date %q, not an ISO date or period", where, m.Date.Value)
		}
	}
	return nil
}

// checkDecision checks an origin and a status (empty ones take defaults).
func checkDecision(o Origin, s Status, where string) error {
	if o != "" && o != OriginAuto && o != OriginManual {
		return badExchange("%s has the unknown origin %q", where, o)
	}
	if s != "" && s != StatusSuggested && s != StatusAccepted && s != StatusRejected {
		return badExchange("%s has the unknown status %q", where, s)
	}
	return nil
}

// cite checks an article ref and records its span for the span check.
func (v *exValidator) cite(article string, sp Span, want, where string) error {
	if _, ok := v.artRefs[article]; !ok {
		return badExchange("%s names the unknown article %q", where, article)
	}
	if sp.Start < 0 || sp.End <= sp.Start {
		return badExchange("%s has the empty or reversed span %d–%d", where, sp.Start, sp.End)
	}
	v.checks[article] = append(v.checks[article], spanCheck{sp: sp, want: want, where: where})
	return nil
}

// spans checks every recorded span against its article's text, one
// article at a time, so the code-point offsets of one text at most are
// held at once.
func (v *exValidator) spans() error {
	for _, a := range v.x.Articles {
		checks := v.checks[a.Ref]
		if len(checks) == 0 {
			continue
		}
		offs := runeOffsets(a.Text)
		n := len(offs) - 1
		for _, c := range checks {
			if !c.sp.Valid(n) {
				return badExchange("%s: the span %d–%d lies outside article %q (%d characters)",
					c.where, c.sp.Start, c.sp.End, a.Ref, n)
			}
			if got := a.Text[offs[c.sp.Start]:offs[c.sp.End]]; c.want != "" && got != c.want {
				return badExchange("%s: the span %d–%d of article %q reads %q, not %q",
					c.where, c.sp.Start, c.sp.End, a.Ref, clip(got), clip(c.want))
			}
		}
	}
	return nil
}

// runeOffsets returns the byte offset of every code point of s, then len(s).
func runeOffsets(s string) []int {
	offs := make([]int, 0, len(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

// clip shortens a text for a one-line message.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:39]) + "…"
	}
	return s
}

func (v *exValidator) events() error {
	v.evRefs = map[string]bool{}
	for i, e := range v.x.Events {
		where := fmt.Sprintf("event %d", i+1)
		if err := newRef(v.evRefs, e.Ref, where); err != nil {
			return err
		}
		v.evRefs[e.Ref] = true
		where = fmt.Sprintf("event %q", e.Ref)
		if err := validateEvent(Event{Type: e.Type, Title: e.Title, Date: e.Date, Credibility: e.Credibility}, false); err != nil {
			return badExchange("%s: %s", where, ErrorMessage(err))
		}
		if err := checkDecision(e.Origin, e.Status, where); err != nil {
			return err
		}
		if err := v.eventRefs(e, where); err != nil {
			return err
		}
	}
	return nil
}

// eventRefs checks an event's place, participants, evidence and trigger.
func (v *exValidator) eventRefs(e ExEvent, where string) error {
	if t, ok := v.entTypes[e.Location]; e.Location != "" && (!ok || t != TypeLoc) {
		return badExchange("%s takes place at %q, which is not a LOC entity of the exchange", where, e.Location)
	}
	for _, p := range e.Participants {
		if _, ok := v.entTypes[p.Entity]; !ok {
			return badExchange("%s has the unknown participant %q", where, p.Entity)
		}
		if !validRole(p.Role) {
			return badExchange("%s has the unknown participant role %q", where, p.Role)
		}
	}
	for _, c := range e.Evidence {
		if err := v.cite(c.Article, c.Span, c.Quote, where+" evidence"); err != nil {
			return err
		}
	}
	if e.Trigger != nil {
		return v.cite(e.Trigger.Article, e.Trigger.Span, e.Trigger.Quote, where+" trigger")
	}
	return nil
}

func (v *exValidator) cases() error {
	v.caseRefs = map[string]bool{}
	for i, c := range v.x.Cases {
		if err := newRef(v.caseRefs, c.Ref, fmt.Sprintf("case %d", i+1)); err != nil {
			return err
		}
		v.caseRefs[c.Ref] = true
		if strings.TrimSpace(c.Title) == "" {
			return badExchange("case %q has no title", c.Ref)
		}
		if c.Status != "" && c.Status != CaseOpen && c.Status != CaseClosed {
			return badExchange("case %q has the status %q, not open or closed", c.Ref, c.Status)
		}
		for j, ev := range c.Events {
			if !v.evRefs[ev] {
				return badExchange("case %q lists the unknown event %q", c.Ref, ev)
			}
			if slices.Contains(c.Events[:j], ev) {
				return badExchange("case %q lists the event %q twice", c.Ref, ev)
			}
		}
	}
	return nil
}

func (v *exValidator) links() error {
	for i, l := range v.x.Links {
		where := fmt.Sprintf("link %d", i+1)
		if !slices.Contains(LinkKinds, l.Kind) {
			return badExchange("%s has the unknown kind %q", where, l.Kind)
		}
		for _, end := range [][2]string{{l.FromKind, l.From}, {l.ToKind, l.To}} {
			if err := v.linkEnd(end[0], end[1], where); err != nil {
				return err
			}
		}
		if l.FromKind == l.ToKind && l.From == l.To {
			return badExchange("%s joins %q to itself", where, l.From)
		}
		if l.Case != "" && !v.caseRefs[l.Case] {
			return badExchange("%s is tied to the unknown case %q", where, l.Case)
		}
		for _, c := range l.Evidence {
			if err := v.cite(c.Article, c.Span, c.Quote, where+" evidence"); err != nil {
				return err
			}
		}
	}
	return nil
}

// linkEnd checks one end of a link: an entity or an event of the exchange.
func (v *exValidator) linkEnd(kind, ref, where string) error {
	ok := false
	switch kind {
	case TargetEntity:
		_, ok = v.entTypes[ref]
	case TargetEvent:
		ok = v.evRefs[ref]
	default:
		return badExchange("%s joins a %q; links join entities or events", where, kind)
	}
	if !ok {
		return badExchange("%s names the unknown %s %q", where, kind, ref)
	}
	return nil
}
