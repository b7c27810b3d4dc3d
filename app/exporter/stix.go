package exporter

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/google/uuid"

	"dossier/app"
)

// STIX writes the case as a STIX 2.1 bundle (JSON):
//
//   - a report (the case: title, status and summary, every object referred to);
//   - an identity for the analyst who exported it (created_by_ref of all);
//   - people, organisations and groups as identities — or, when they are a
//     perpetrator, as threat-actors (intrusion-sets when all they did was
//     cyber intrusion);
//   - places as locations with their country or region (see stixplace.go);
//   - e-mail, URL and IP selectors as indicators with STIX patterns;
//   - each event as a note on its participants, with its evidence as
//     external references (article source, title, quote, SHA-256);
//   - relationships: perpetrator "targets" target, indicator "indicates"
//     perpetrator, and the case's links between entities or events.
//
// Identifiers are UUIDv5, derived from the case file's name, the case id
// and the object's id in the case file, so that exporting the same case
// again gives the same ids (STIX prefers v4 for domain objects; v5 is what
// it prescribes for deterministic identifiers). All timestamps are
// CaseBundle.Generated.
func STIX(w io.Writer, b *app.CaseBundle) error {
	if err := checkBundle(b); err != nil {
		return err
	}
	s := newStixBuilder(b)
	s.build()
	out := stixBundle{Type: "bundle", ID: "bundle--" + uuid.NewSHA1(s.ns, []byte("bundle")).String(), Objects: s.objects}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return app.WrapError(app.EINTERNAL, fmt.Errorf("stix: %w", err), "The STIX export failed")
	}
	return flush(w, "stix", &buf)
}

// dossierNamespace is the UUIDv5 namespace under which Dossier derives
// STIX identifiers.
var dossierNamespace = uuid.MustParse("6f1c2d0e-8a43-4b7e-9d55-3c1e9f0a7b21")

// stixBundle is the STIX 2.1 bundle envelope.
type stixBundle struct {
	Type    string    `json:"type"`
	ID      string    `json:"id"`
	Objects []*stixSO `json:"objects"`
}

// stixSO is any STIX domain or relationship object this exporter writes;
// the properties a type does not use stay empty and are omitted.
type stixSO struct {
	Type               string         `json:"type"`
	SpecVersion        string         `json:"spec_version"`
	ID                 string         `json:"id"`
	CreatedByRef       string         `json:"created_by_ref,omitempty"`
	Created            string         `json:"created"`
	Modified           string         `json:"modified"`
	Name               string         `json:"name,omitempty"`
	Description        string         `json:"description,omitempty"`
	IdentityClass      string         `json:"identity_class,omitempty"`
	ThreatActorTypes   []string       `json:"threat_actor_types,omitempty"`
	Aliases            []string       `json:"aliases,omitempty"`
	Country            string         `json:"country,omitempty"`
	Region             string         `json:"region,omitempty"`
	IndicatorTypes     []string       `json:"indicator_types,omitempty"`
	Pattern            string         `json:"pattern,omitempty"`
	PatternType        string         `json:"pattern_type,omitempty"`
	ValidFrom          string         `json:"valid_from,omitempty"`
	RelationshipType   string         `json:"relationship_type,omitempty"`
	SourceRef          string         `json:"source_ref,omitempty"`
	TargetRef          string         `json:"target_ref,omitempty"`
	Abstract           string         `json:"abstract,omitempty"`
	Content            string         `json:"content,omitempty"`
	Authors            []string       `json:"authors,omitempty"`
	ReportTypes        []string       `json:"report_types,omitempty"`
	Published          string         `json:"published,omitempty"`
	ObjectRefs         []string       `json:"object_refs,omitempty"`
	Confidence         *int           `json:"confidence,omitempty"`
	ExternalReferences []stixExternal `json:"external_references,omitempty"`
}

// stixExternal is an external reference: here, an article a claim rests on.
type stixExternal struct {
	SourceName  string            `json:"source_name"`
	Description string            `json:"description,omitempty"`
	URL         string            `json:"url,omitempty"`
	Hashes      map[string]string `json:"hashes,omitempty"`
}

// stixBuilder gathers the objects in a fixed order; its maps are lookups only.
type stixBuilder struct {
	b       *app.CaseBundle
	r       *report
	ns      uuid.UUID
	stamp   string
	author  string
	objects []*stixSO
	ids     map[int64]string // entity id → STIX id (only for exported entities)
	kinds   map[int64]string // entity id → STIX type
	notes   map[int64]string // event id → note id
	rels    map[string]bool  // source|type|target already written
}

func newStixBuilder(b *app.CaseBundle) *stixBuilder {
	seed := fmt.Sprintf("%s#%d", filepath.Base(b.FilePath), b.Case.ID)
	return &stixBuilder{b: b, r: newReport(b), ns: uuid.NewSHA1(dossierNamespace, []byte(seed)),
		stamp: exportTime(b).UTC().Truncate(time.Millisecond).Format("2006-01-02T15:04:05.000Z"),
		ids:   map[int64]string{}, kinds: map[int64]string{}, notes: map[int64]string{}, rels: map[string]bool{}}
}

// id derives a deterministic identifier for an object of type typ.
func (s *stixBuilder) id(typ, key string) string {
	return typ + "--" + uuid.NewSHA1(s.ns, []byte(typ+"/"+key)).String()
}

// add appends an object with the common properties filled in.
func (s *stixBuilder) add(o *stixSO) *stixSO {
	o.SpecVersion, o.Created, o.Modified = "2.1", s.stamp, s.stamp
	if o.ID != s.author {
		o.CreatedByRef = s.author
	}
	s.objects = append(s.objects, o)
	return o
}

func (s *stixBuilder) build() {
	actor := orDefault(clean(s.b.Actor), "Dossier analyst")
	s.author = s.id("identity", "author/"+actor)
	s.add(&stixSO{Type: "identity", ID: s.author, Name: actor, IdentityClass: "individual",
		Description: "Analyst who exported this case from " + orDefault(clean(s.b.Generator), "Dossier") + "."})
	perps := s.perpetrators()
	places := placeLocations(s.b)
	var unplaced []string
	for _, e := range s.b.Entities {
		if !s.entity(e, perps, places) && e.Type != app.TypeDate {
			unplaced = append(unplaced, clean(string(e.Type))+": "+clean(e.Name))
		}
	}
	report := s.id("report", fmt.Sprintf("case/%d", s.b.Case.ID))
	for i, ev := range orderedEvents(s.b) {
		s.event(ev, s.r.Events[i], report)
	}
	s.eventRelations(perps)
	s.links()
	if len(unplaced) > 0 {
		s.add(&stixSO{Type: "note", ID: s.id("note", "unexported"), Abstract: "Entities without a STIX object",
			Content: "These entities of the case have no STIX representation (a place with no known country " +
				"or region, or a selector with no STIX pattern):\n" + strings.Join(unplaced, "\n"),
			Authors: []string{actor}, ObjectRefs: []string{report}})
	}
	s.report(report)
}
