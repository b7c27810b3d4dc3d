package exporter

import (
	"encoding/json"
	"fmt"
	"net/netip"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/google/uuid"
)

// validateSTIX checks a STIX 2.1 bundle against the specification's rules
// for the objects this exporter writes (STIX 2.1 OS, sections 2–5): common
// properties, identifiers, timestamps, each type's required properties and
// vocabularies, pattern syntax, external references, and that every
// reference points to an object in the bundle. It returns every violation.
func validateSTIX(raw []byte) []error {
	var bundle map[string]any
	if err := json.Unmarshal(raw, &bundle); err != nil {
		return []error{fmt.Errorf("not JSON: %w", err)}
	}
	v := &stixValidator{byID: map[string]map[string]any{}}
	if bundle["type"] != "bundle" {
		v.fail("bundle", "type is %v, want bundle", bundle["type"])
	}
	v.identifier("bundle", "id", bundle["id"], "bundle")
	if _, ok := bundle["spec_version"]; ok {
		v.fail("bundle", "a 2.1 bundle has no spec_version")
	}
	objs, _ := bundle["objects"].([]any)
	if len(objs) == 0 {
		v.fail("bundle", "objects is empty")
	}
	for i, o := range objs {
		m, ok := o.(map[string]any)
		if !ok {
			v.fail(fmt.Sprintf("objects[%d]", i), "not an object")
			continue
		}
		id, _ := m["id"].(string)
		if _, dup := v.byID[id]; dup {
			v.fail(id, "duplicate id")
		}
		v.byID[id] = m
	}
	for _, o := range objs {
		if m, ok := o.(map[string]any); ok {
			v.object(m)
		}
	}
	return v.errs
}

type stixValidator struct {
	byID map[string]map[string]any
	errs []error
}

func (v *stixValidator) fail(where, format string, args ...any) {
	v.errs = append(v.errs, fmt.Errorf("%s: %s", where, fmt.Sprintf(format, args...)))
}

var (
	stixTypeRE      = regexp.MustCompile(`^[a-z][a-z0-9-]+[a-z0-9]$`)
	stixTimestampRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$`)
	stixMillisRE    = regexp.MustCompile(`\.\d{3}Z$`)
	stixPropertyRE  = regexp.MustCompile(`^[a-z0-9_]{3,250}$|^id$`)
	stixRelTypeRE   = regexp.MustCompile(`^[a-z0-9-]+$`)
	stixPatternRE   = regexp.MustCompile(`^\[(ipv4-addr|ipv6-addr|url|email-addr|domain-name):value = '((?:[^'\\]|\\['\\])*)'\]$`)
	stixCountryRE   = regexp.MustCompile(`^[A-Z]{2}$`)
	hexRE           = regexp.MustCompile(`^[0-9a-fA-F]+$`)
)

// Properties every SDO and SRO may carry (section 3.2).
var stixCommon = []string{"type", "spec_version", "id", "created_by_ref", "created", "modified", "revoked",
	"labels", "confidence", "lang", "external_references", "object_marking_refs", "granular_markings", "extensions"}

// stixTypes lists, per type, its required and optional properties.
var stixTypes = map[string]struct{ required, optional []string }{
	"identity":      {[]string{"name", "identity_class"}, []string{"description", "roles", "sectors", "contact_information"}},
	"threat-actor":  {[]string{"name"}, []string{"description", "threat_actor_types", "aliases", "first_seen", "last_seen", "roles", "goals", "sophistication", "resource_level", "primary_motivation", "secondary_motivations", "personal_motivations"}},
	"intrusion-set": {[]string{"name"}, []string{"description", "aliases", "first_seen", "last_seen", "goals", "resource_level", "primary_motivation", "secondary_motivations"}},
	"location":      {nil, []string{"name", "description", "latitude", "longitude", "precision", "region", "country", "administrative_area", "city", "street_address", "postal_code"}},
	"indicator":     {[]string{"pattern", "pattern_type", "valid_from"}, []string{"name", "description", "indicator_types", "pattern_version", "valid_until", "kill_chain_phases"}},
	"relationship":  {[]string{"relationship_type", "source_ref", "target_ref"}, []string{"description", "start_time", "stop_time"}},
	"note":          {[]string{"content", "object_refs"}, []string{"abstract", "authors"}},
	"report":        {[]string{"name", "published", "object_refs"}, []string{"description", "report_types"}},
}

// Vocabularies (section 10) for the properties this exporter fills.
var stixVocab = map[string][]string{
	"identity_class":     {"individual", "group", "system", "organization", "class", "unknown"},
	"threat_actor_types": {"activist", "competitor", "crime-syndicate", "criminal", "hacker", "insider-accidental", "insider-disgruntled", "nation-state", "sensationalist", "spy", "terrorist", "unknown"},
	"indicator_types":    {"anomalous-activity", "anonymization", "benign", "compromised", "malicious-activity", "attribution", "unknown"},
	"report_types":       {"attack-pattern", "campaign", "identity", "indicator", "intrusion-set", "malware", "observed-data", "threat-actor", "threat-report", "tool", "vulnerability"},
	"region":             stixRegions,
}

// Relationship types the specification defines, with the source and
// target types it defines them for.
var stixRelations = map[string][2][]string{
	"targets":    {{"attack-pattern", "campaign", "intrusion-set", "malware", "threat-actor", "tool"}, {"identity", "location", "vulnerability", "infrastructure"}},
	"indicates":  {{"indicator"}, {"attack-pattern", "campaign", "infrastructure", "intrusion-set", "malware", "threat-actor", "tool"}},
	"located-at": {{"identity", "intrusion-set", "threat-actor", "campaign", "infrastructure"}, {"location"}},
}

func (v *stixValidator) object(m map[string]any) {
	typ, _ := m["type"].(string)
	id, _ := m["id"].(string)
	where := orDefault(id, "object of type "+typ)
	if !stixTypeRE.MatchString(typ) || len(typ) > 250 || strings.Contains(typ, "--") {
		v.fail(where, "bad type %q", typ)
	}
	v.identifier(where, "id", m["id"], typ)
	if m["spec_version"] != "2.1" {
		v.fail(where, "spec_version is %v, want 2.1", m["spec_version"])
	}
	created := v.timestamp(where, "created", m["created"], true)
	modified := v.timestamp(where, "modified", m["modified"], true)
	if !created.IsZero() && modified.Before(created) {
		v.fail(where, "modified is before created")
	}
	spec, known := stixTypes[typ]
	if !known {
		v.fail(where, "unexpected type %q", typ)
		return
	}
	v.properties(where, m, spec.required, spec.optional)
	v.common(where, m)
	switch typ {
	case "location":
		v.location(where, m)
	case "indicator":
		v.indicator(where, m)
	case "relationship":
		v.relationship(where, m)
	case "note", "report":
		if typ == "report" {
			v.timestamp(where, "published", m["published"], false)
		}
		v.refs(where, "object_refs", m["object_refs"], nil)
	}
	for prop, words := range stixVocab {
		v.vocab(where, prop, m[prop], words)
	}
}

// properties checks required properties and that no unknown ones appear.
func (v *stixValidator) properties(where string, m map[string]any, required, optional []string) {
	allowed := map[string]bool{}
	for _, p := range append(append(append([]string{}, stixCommon...), required...), optional...) {
		allowed[p] = true
	}
	for _, p := range required {
		if s, isString := m[p].(string); m[p] == nil || (isString && strings.TrimSpace(s) == "") {
			v.fail(where, "required property %s is missing or empty", p)
		}
	}
	for p, val := range m {
		if !allowed[p] && !strings.HasPrefix(p, "x_") {
			v.fail(where, "unknown property %q", p)
		}
		if !stixPropertyRE.MatchString(p) {
			v.fail(where, "property name %q breaks the naming rule", p)
		}
		if l, isList := val.([]any); isList && len(l) == 0 {
			v.fail(where, "%s is an empty list", p)
		}
	}
}

func (v *stixValidator) common(where string, m map[string]any) {
	if ref, ok := m["created_by_ref"]; ok {
		v.refs(where, "created_by_ref", []any{ref}, []string{"identity"})
	}
	if c, ok := m["confidence"]; ok {
		if f, isNum := c.(float64); !isNum || f != float64(int(f)) || f < 0 || f > 100 {
			v.fail(where, "confidence %v is not an integer 0–100", c)
		}
	}
	refs, _ := m["external_references"].([]any)
	for i, r := range refs {
		v.external(fmt.Sprintf("%s external_references[%d]", where, i), r)
	}
}

func (v *stixValidator) external(where string, r any) {
	m, ok := r.(map[string]any)
	if !ok {
		v.fail(where, "not an object")
		return
	}
	if s, _ := m["source_name"].(string); strings.TrimSpace(s) == "" {
		v.fail(where, "source_name is required")
	}
	if m["description"] == nil && m["url"] == nil && m["external_id"] == nil {
		v.fail(where, "needs a description, url or external_id")
	}
	if u, ok := m["url"].(string); ok {
		if p, err := url.Parse(u); err != nil || !p.IsAbs() {
			v.fail(where, "url %q is not an absolute URL", u)
		}
	}
	if hashes, ok := m["hashes"].(map[string]any); ok {
		for k, h := range hashes {
			s, _ := h.(string)
			if k != "SHA-256" || len(s) != 64 || !hexRE.MatchString(s) {
				v.fail(where, "hash %s = %q is not a SHA-256 digest", k, s)
			}
		}
	}
}

func (v *stixValidator) location(where string, m map[string]any) {
	_, lat := m["latitude"]
	_, lon := m["longitude"]
	if m["region"] == nil && m["country"] == nil && !(lat && lon) {
		v.fail(where, "a location needs a region, a country, or latitude and longitude")
	}
	if lat != lon {
		v.fail(where, "latitude and longitude go together")
	}
	if c, ok := m["country"].(string); ok && !stixCountryRE.MatchString(c) {
		v.fail(where, "country %q is not an ISO 3166-1 alpha-2 code", c)
	}
}

func (v *stixValidator) indicator(where string, m map[string]any) {
	if m["pattern_type"] != "stix" {
		v.fail(where, "pattern_type %v, want stix", m["pattern_type"])
	}
	v.timestamp(where, "valid_from", m["valid_from"], false)
	p, _ := m["pattern"].(string)
	sm := stixPatternRE.FindStringSubmatch(p)
	if sm == nil {
		v.fail(where, "pattern %q is not a comparison expression of a supported object", p)
		return
	}
	value := strings.NewReplacer(`\'`, `'`, `\\`, `\`).Replace(sm[2])
	switch sm[1] {
	case "ipv4-addr", "ipv6-addr":
		a, err := netip.ParseAddr(value)
		if pre, perr := netip.ParsePrefix(value); perr == nil {
			a, err = pre.Addr(), nil
		}
		if err != nil || a.Is4() != (sm[1] == "ipv4-addr") {
			v.fail(where, "%q is not an %s value", value, sm[1])
		}
	case "url":
		if u, err := url.Parse(value); err != nil || !u.IsAbs() || u.Host == "" {
			v.fail(where, "%q is not an absolute URL", value)
		}
	case "email-addr":
		if !strings.Contains(value, "@") {
			v.fail(where, "%q is not an e-mail address", value)
		}
	}
}

func (v *stixValidator) relationship(where string, m map[string]any) {
	rt, _ := m["relationship_type"].(string)
	if !stixRelTypeRE.MatchString(rt) {
		v.fail(where, "relationship_type %q is not lower-case words joined by hyphens", rt)
	}
	allowed, defined := stixRelations[rt]
	var from, to []string
	if defined {
		from, to = allowed[0], allowed[1]
	}
	for _, end := range []struct {
		prop  string
		types []string
	}{{"source_ref", from}, {"target_ref", to}} {
		ref, _ := m[end.prop].(string)
		t, _, _ := strings.Cut(ref, "--")
		if t == "relationship" || t == "sighting" || t == "bundle" || t == "marking-definition" {
			v.fail(where, "%s may not point to a %s", end.prop, t)
		}
		v.refs(where, end.prop, []any{ref}, end.types)
	}
}

// refs checks that references are identifiers of objects in the bundle,
// of one of the given types when types is not nil.
func (v *stixValidator) refs(where, prop string, val any, types []string) {
	list, _ := val.([]any)
	if len(list) == 0 {
		v.fail(where, "%s is empty", prop)
	}
	for _, r := range list {
		ref, _ := r.(string)
		target, ok := v.byID[ref]
		if !ok {
			v.fail(where, "%s %q points to no object in the bundle", prop, ref)
			continue
		}
		if types != nil && !contains(types, target["type"].(string)) {
			v.fail(where, "%s %q is a %v, want one of %v", prop, ref, target["type"], types)
		}
	}
}

func (v *stixValidator) identifier(where, prop string, val any, typ string) {
	s, _ := val.(string)
	t, u, ok := strings.Cut(s, "--")
	if !ok || t != typ {
		v.fail(where, "%s %q is not %s--UUID", prop, s, typ)
		return
	}
	id, err := uuid.Parse(u)
	if err != nil || id.Variant() != uuid.RFC4122 || id.Version() < 1 || id.Version() > 5 || u != strings.ToLower(u) {
		v.fail(where, "%s %q does not hold an RFC 4122 UUID", prop, s)
	}
}

func (v *stixValidator) timestamp(where, prop string, val any, millis bool) time.Time {
	s, _ := val.(string)
	t, err := time.Parse(time.RFC3339Nano, s)
	if !stixTimestampRE.MatchString(s) || err != nil {
		v.fail(where, "%s %q is not an RFC 3339 UTC timestamp", prop, s)
	}
	if millis && !stixMillisRE.MatchString(s) {
		v.fail(where, "%s %q is not precise to the millisecond", prop, s)
	}
	return t
}

func (v *stixValidator) vocab(where, prop string, val any, words []string) {
	switch x := val.(type) {
	case nil:
	case string:
		if !contains(words, x) {
			v.fail(where, "%s %q is not in the vocabulary", prop, x)
		}
	case []any:
		for _, w := range x {
			v.vocab(where, prop, w, words)
		}
	default:
		v.fail(where, "%s has the wrong type", prop)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
