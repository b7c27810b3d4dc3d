package nlp

import (
	"strings"

	"dossier/app"
)

var (
	// personPronouns and groupPronouns start a sentence whose subject is
	// named in the sentence before.
	personPronouns = wordSet(`he she`)
	groupPronouns  = wordSet(`it they`)
	// groupNouns after "the" stand for an organisation named before ("The
	// group said…", "The militia attacked…").
	groupNouns = wordSet(`group militia gang company firm network organisation organization agency ministry
		government court tribunal army navy rebels insurgents movement party cell faction syndicate cartel
		authorities regime coalition alliance bloc union council`)
)

// maxSubjectTokens bounds how far a trigger may lie from the pronoun or
// "the group" that opens its sentence.
const maxSubjectTokens = 8

// carriedSubject returns the actor of an event whose sentence opens with a
// pronoun or a definite description ("He was arrested", "The group claimed")
// and names no person or organisation before the trigger: the first person
// (for he, she) or organisation (for it, the group; either for they) of the
// sentence before.
func (d *document) carriedSubject(t trigger, bySent map[int][]sentMention) (app.SuggestedParticipant, bool) {
	k0 := d.firstOf(t.sent)
	if t.sent == 0 || t.i-k0 > maxSubjectTokens {
		return app.SuggestedParticipant{}, false
	}
	for _, m := range bySent[t.sent] {
		if m.tok < t.i && (m.typ == app.TypePerson || m.typ == app.TypeOrg) {
			return app.SuggestedParticipant{}, false // the subject is named here
		}
	}
	want := d.subjectKind(k0)
	if want == "" {
		return app.SuggestedParticipant{}, false
	}
	for _, m := range bySent[t.sent-1] {
		if m.entity == "" || !(want == "any" && (m.typ == app.TypePerson || m.typ == app.TypeOrg) ||
			want == string(m.typ)) {
			continue
		}
		role := app.RoleAgent
		if t.typ == app.EventAttack || t.typ == app.EventBombing || t.typ == app.EventCyberIntrusion {
			role = app.RolePerpetrator
		}
		if d.passiveAt(t) {
			role = app.RoleTarget // "He was arrested": the subject undergoes it
		}
		return app.SuggestedParticipant{Entity: m.entity, Role: role}, true
	}
	return app.SuggestedParticipant{}, false
}

// subjectKind says what the opening words at token k refer back to: PERSON,
// ORG, "any", or "" for none.
func (d *document) subjectKind(k int) string {
	w := strings.ToLower(d.word(k))
	switch {
	case personPronouns[w]:
		return string(app.TypePerson)
	case w == "it":
		return string(app.TypeOrg)
	case groupPronouns[w]:
		return "any"
	case w == "the" && groupNouns[strings.ToLower(d.word(k+1))]:
		return string(app.TypeOrg)
	}
	return ""
}

// passiveAt reports a verb trigger in the passive ("was arrested", "were
// detained"): a form of "be" just before it.
func (d *document) passiveAt(t trigger) bool {
	switch strings.ToLower(d.word(t.i - 1)) {
	case "was", "were", "been", "is", "are", "be":
		return true
	}
	return false
}
