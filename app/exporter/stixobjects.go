package exporter

import (
	"fmt"
	"net/netip"
	"net/url"
	"regexp"
	"strings"

	"dossier/app"
)

// perpetrators maps each person, organisation or group that is a
// perpetrator in some event to its STIX type: "intrusion-set" when every
// such event is a cyber intrusion, else "threat-actor".
func (s *stixBuilder) perpetrators() map[int64]string {
	out := map[int64]string{}
	for _, ev := range s.b.Events {
		for _, p := range ev.Participants {
			if p.Role != app.RolePerpetrator {
				continue
			}
			if ev.Type == app.EventCyberIntrusion && out[p.EntityID] != "threat-actor" {
				out[p.EntityID] = "intrusion-set"
			} else {
				out[p.EntityID] = "threat-actor"
			}
		}
	}
	return out
}

// identityClasses maps entity types to STIX identity classes.
var identityClasses = map[app.EntityType]string{app.TypePerson: "individual", app.TypeOrg: "organization", app.TypeNORP: "group"}

// entity adds the STIX object for one entity and reports whether it has one.
func (s *stixBuilder) entity(e app.Entity, perps map[int64]string, places map[int64][2]string) bool {
	name := clean(e.Name)
	if name == "" {
		return false
	}
	o := &stixSO{Name: name, Description: strings.TrimSpace(cleanBlock(e.Notes))}
	class, named := identityClasses[e.Type]
	switch {
	case named && perps[e.ID] != "":
		o.Type, o.Aliases = perps[e.ID], aliasesOf(e)
		if o.Type == "threat-actor" {
			o.ThreatActorTypes = []string{"unknown"}
		}
	case named:
		// An identity has no aliases property; the names go in its description.
		o.Type, o.IdentityClass = "identity", class
		if aliases := aliasesOf(e); len(aliases) > 0 {
			o.Description = strings.TrimSpace("Also known as: " + strings.Join(aliases, "; ") + ". " + o.Description)
		}
	case e.Type == app.TypeLoc:
		p, ok := places[e.ID]
		if !ok {
			return false
		}
		o.Type, o.Country, o.Region = "location", p[0], p[1]
	case e.Type == app.TypeEmail || e.Type == app.TypeURL || e.Type == app.TypeIP:
		pattern, ok := selectorPattern(e.Type, e.Name)
		if !ok {
			return false
		}
		o.Type, o.Pattern, o.PatternType, o.ValidFrom = "indicator", pattern, "stix", s.stamp
		o.IndicatorTypes = []string{"unknown"}
		o.Description = strings.TrimSpace("Selector (" + string(e.Type) + ") from the case file. " + o.Description)
	default:
		return false
	}
	o.ID = s.id(o.Type, fmt.Sprintf("entity/%d", e.ID))
	s.ids[e.ID], s.kinds[e.ID] = o.ID, o.Type
	s.add(o)
	return true
}

func aliasesOf(e app.Entity) []string {
	var out []string
	for _, a := range e.Aliases {
		if a = clean(a); a != "" && a != clean(e.Name) {
			out = appendUniqueString(out, a)
		}
	}
	return out
}

// event adds a note that records one event, attached to its participants
// and place, with its evidence as external references.
func (s *stixBuilder) event(ev app.Event, v eventView, report string) {
	var refs []string
	for _, p := range ev.Participants {
		if id := s.ids[p.EntityID]; id != "" {
			refs = appendUniqueString(refs, id)
		}
	}
	if id := s.ids[ev.LocationID]; ev.LocationID != 0 && id != "" {
		refs = appendUniqueString(refs, id)
	}
	if len(refs) == 0 {
		refs = []string{report}
	}
	o := &stixSO{Type: "note", ID: s.id("note", fmt.Sprintf("event/%d", ev.ID)), Abstract: eventAbstract(v),
		Content: s.eventContent(v), Authors: []string{orDefault(clean(s.b.Actor), "Dossier analyst")},
		ObjectRefs: refs, Confidence: confidence(ev.Credibility), ExternalReferences: s.externals(v.Cites)}
	s.notes[ev.ID] = o.ID
	s.add(o)
}

func eventAbstract(v eventView) string {
	a := v.Label + " · " + v.Date
	if v.Place != "" {
		a += " · " + v.Place
	}
	return a + " · " + v.Type + ": " + v.Title
}

// eventContent is the note's text: the timeline entry with its footnotes.
func (s *stixBuilder) eventContent(v eventView) string {
	lines := []string{"Date: " + v.Date}
	if v.Place != "" {
		lines = append(lines, "Place: "+v.Place)
	}
	lines = append(lines, "What: "+v.Type+": "+v.Title)
	if len(v.Who) > 0 {
		lines = append(lines, "Who: "+whoText(v.Who))
	}
	lines = append(lines, v.Details...)
	if v.Note != "" {
		lines = append(lines, "Note: "+v.Note)
	}
	for _, n := range v.Cites {
		f := s.r.Notes[n-1]
		line := fmt.Sprintf("[%d] %s — %s, %s, %s", f.Num, f.Title, f.Source, f.Published, f.Grade)
		if f.Quote != "" {
			line += "; “" + f.Quote + "”"
		}
		if f.SHA != "" {
			line += "; SHA-256 " + f.SHA
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// externals turns footnotes into external references.
func (s *stixBuilder) externals(cites []int) []stixExternal {
	var out []stixExternal
	for _, n := range cites {
		f := s.r.Notes[n-1]
		d := fmt.Sprintf("[%d] %s, %s, %s", f.Num, f.Title, f.Published, f.Grade)
		if f.Quote != "" {
			d += ": “" + f.Quote + "”"
		}
		x := stixExternal{SourceName: f.Source, Description: d, Hashes: sha256Hash(f.SHA)}
		if a, ok := s.b.ArticleByID(f.article); ok {
			x.URL = safeURL(a.URL)
		}
		out = append(out, x)
	}
	return out
}

// eventRelations adds perpetrator "targets" target and indicator
// "indicates" perpetrator for the participants of each event.
func (s *stixBuilder) eventRelations(perps map[int64]string) {
	for i, ev := range orderedEvents(s.b) {
		v := s.r.Events[i]
		var actors []int64
		for _, p := range ev.Participants {
			if p.Role == app.RolePerpetrator && perps[p.EntityID] != "" && s.ids[p.EntityID] != "" {
				actors = append(actors, p.EntityID)
			}
		}
		for _, a := range actors {
			for _, p := range ev.Participants {
				kind := s.kinds[p.EntityID]
				switch {
				case (p.Role == app.RoleTarget || p.Role == app.RoleVictim) && (kind == "identity" || kind == "location"):
					s.relation(s.ids[a], "targets", s.ids[p.EntityID], v.Label+": "+v.Title, v.Cites)
				case kind == "indicator":
					s.relation(s.ids[p.EntityID], "indicates", s.ids[a], v.Label+": "+v.Title, v.Cites)
				}
			}
		}
	}
}

// links adds a relationship for each link of the case whose two ends have
// STIX objects.
func (s *stixBuilder) links() {
	for i, l := range s.b.Links {
		from, to := s.endID(l.FromKind, l.FromID), s.endID(l.ToKind, l.ToID)
		if from == "" || to == "" {
			continue
		}
		v := s.r.Links[i]
		desc := v.From + " — " + v.Kind + " → " + v.To
		if v.Note != "" {
			desc += " (" + clean(v.Note) + ")"
		}
		typ := relationshipType(l.Kind)
		if typ == "located-at" && (s.kindOf(l.FromKind, l.FromID) == "location" || s.kindOf(l.ToKind, l.ToID) != "location") {
			// STIX defines located-at from actors and identities to a
			// location only; a town in a country is plainly related.
			typ = "related-to"
		}
		s.relation(from, typ, to, desc, v.Cites)
	}
}

func (s *stixBuilder) kindOf(kind string, id int64) string {
	if kind == app.TargetEvent {
		return "note"
	}
	return s.kinds[id]
}

func (s *stixBuilder) endID(kind string, id int64) string {
	if kind == app.TargetEvent {
		return s.notes[id]
	}
	return s.ids[id]
}

// relation adds a relationship once per source, type and target.
func (s *stixBuilder) relation(from, typ, to, desc string, cites []int) {
	key := from + "|" + typ + "|" + to
	if s.rels[key] || from == to {
		return
	}
	s.rels[key] = true
	s.add(&stixSO{Type: "relationship", ID: s.id("relationship", key), RelationshipType: typ,
		SourceRef: from, TargetRef: to, Description: desc, ExternalReferences: s.externals(cites)})
}

// relationshipType maps a link kind to STIX's relationship vocabulary
// where it has a match, else to the kind in STIX's lower-case, hyphenated form.
func relationshipType(k app.LinkKind) string {
	switch k {
	case app.LinkLocatedIn:
		return "located-at"
	case app.LinkRelated, app.LinkOther, "":
		return "related-to"
	}
	t := strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(string(k)), "-"), "-")
	return orDefault(t, "related-to")
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

// report adds the report that wraps the case and refers to every object.
func (s *stixBuilder) report(id string) {
	refs := make([]string, 0, len(s.objects))
	for _, o := range s.objects {
		refs = append(refs, o.ID)
	}
	desc := "Status: " + s.r.Status + "."
	if s.r.Summary != "" {
		desc += "\n\n" + s.r.Summary
	}
	var ext []stixExternal
	for _, src := range s.r.Sources {
		ext = append(ext, stixExternal{SourceName: src.Source, URL: src.LinkURL, Hashes: sha256Hash(src.SHA),
			Description: src.Title + ", published " + src.Published + ", " + src.Grade})
	}
	s.add(&stixSO{Type: "report", ID: id, Name: s.r.Title, Description: desc, Published: s.stamp,
		ReportTypes: []string{"threat-report"}, ObjectRefs: refs, ExternalReferences: ext})
}

// confidence maps Admiralty information credibility to STIX confidence
// (STIX 2.1 appendix, Admiralty Credibility scale); 6 and ungraded give none.
func confidence(credibility int) *int {
	values := map[int]int{1: 90, 2: 70, 3: 50, 4: 30, 5: 10}
	v, ok := values[credibility]
	if !ok {
		return nil
	}
	return &v
}

var hexSHA256 = regexp.MustCompile(`^[0-9a-fA-F]{64}$`)

// sha256Hash is a STIX hashes dictionary for a hex digest, or nil.
func sha256Hash(h string) map[string]string {
	if !hexSHA256.MatchString(h) {
		return nil
	}
	return map[string]string{"SHA-256": strings.ToLower(h)}
}

// refang undoes the usual defanging of selectors: hxxp, [.], (.), [:], [@].
var refang = strings.NewReplacer("hxxps://", "https://", "hxxp://", "http://", "HXXPS://", "https://",
	"HXXP://", "http://", "[.]", ".", "(.)", ".", "{.}", ".", "[dot]", ".", "[:]", ":", "[@]", "@", "[at]", "@")

// patternString quotes a value as a STIX pattern string literal.
var patternString = strings.NewReplacer(`\`, `\\`, `'`, `\'`)

// selectorPattern builds a STIX pattern for an e-mail, URL or IP selector.
func selectorPattern(t app.EntityType, value string) (string, bool) {
	v := refang.Replace(clean(value))
	if v == "" || strings.ContainsAny(v, " ") {
		return "", false
	}
	switch t {
	case app.TypeEmail:
		if local, domain, ok := strings.Cut(v, "@"); ok && local != "" && strings.Contains(domain, ".") {
			return "[email-addr:value = '" + patternString.Replace(v) + "']", true
		}
	case app.TypeURL:
		if u, err := url.Parse(v); err == nil && u.Scheme != "" && u.Host != "" {
			return "[url:value = '" + patternString.Replace(v) + "']", true
		}
	case app.TypeIP:
		return ipPattern(v)
	}
	return "", false
}

// ipPattern builds the pattern for an IPv4 or IPv6 address or network.
func ipPattern(v string) (string, bool) {
	var addr netip.Addr
	if a, err := netip.ParseAddr(v); err == nil {
		addr, v = a.Unmap(), a.Unmap().String()
	} else if p, err := netip.ParsePrefix(v); err == nil {
		addr, v = p.Addr(), p.Masked().String()
	} else {
		return "", false
	}
	typ := "ipv6-addr"
	if addr.Is4() {
		typ = "ipv4-addr"
	}
	return "[" + typ + ":value = '" + v + "']", true
}
