package exporter

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"dossier/app"
)

func stixOf(t *testing.T, b *app.CaseBundle) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := STIX(&buf, b); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSTIXValid(t *testing.T) {
	bundles := oddBundles(t)
	bundles["fixture"] = fixture(t)
	for name, b := range bundles {
		t.Run(name, func(t *testing.T) {
			for _, err := range validateSTIX(stixOf(t, b)) {
				t.Error(err)
			}
		})
	}
}

// TestSTIXValidatorCatches breaks a valid bundle in the ways the rules
// forbid and checks that the validator notices each.
func TestSTIXValidatorCatches(t *testing.T) {
	raw := stixOf(t, fixture(t))
	tests := []struct {
		name   string
		mutate func(objs []map[string]any)
		want   string
	}{
		{"bad id", func(o []map[string]any) { o[1]["id"] = "identity--not-a-uuid" }, "RFC 4122"},
		{"id of another type", func(o []map[string]any) { o[1]["id"] = strings.Replace(o[1]["id"].(string), "identity", "location", 1) }, "is not identity--UUID"},
		{"no spec_version", func(o []map[string]any) { delete(o[0], "spec_version") }, "spec_version"},
		{"second precision", func(o []map[string]any) { o[0]["created"] = "2024-05-01T09:30:00Z" }, "millisecond"},
		{"local time", func(o []map[string]any) { o[0]["modified"] = "2024-05-01T09:30:00.000+02:00" }, "RFC 3339"},
		{"identity without name", func(o []map[string]any) { delete(o[1], "name") }, "required property name"},
		{"identity class", func(o []map[string]any) { o[1]["identity_class"] = "person" }, "vocabulary"},
		{"location without place", func(o []map[string]any) {
			delete(find(o, "location"), "country")
		}, "needs a region"},
		{"bad pattern", func(o []map[string]any) { find(o, "indicator")["pattern"] = "ipv4-addr:value = 1.2.3.4" }, "not a comparison"},
		{"dangling ref", func(o []map[string]any) {
			find(o, "note")["object_refs"] = []any{"identity--6ba7b810-9dad-41d1-80b4-00c04fd430c8"}
		}, "points to no object"},
		{"empty list", func(o []map[string]any) { find(o, "report")["object_refs"] = []any{} }, "empty"},
		{"relationship type", func(o []map[string]any) { find(o, "relationship")["relationship_type"] = "Member Of" }, "lower-case"},
		{"targets from identity", func(o []map[string]any) {
			r := find(o, "relationship")
			r["source_ref"] = o[1]["id"]
		}, "want one of"},
		{"unknown property", func(o []map[string]any) { o[0]["colour"] = "red" }, "unknown property"},
		{"external reference", func(o []map[string]any) {
			find(o, "note")["external_references"] = []any{map[string]any{"description": "x"}}
		}, "source_name"},
		{"bad hash", func(o []map[string]any) {
			find(o, "note")["external_references"] = []any{map[string]any{"source_name": "x", "description": "y", "hashes": map[string]any{"SHA-256": "abc"}}}
		}, "SHA-256"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var bundle map[string]any
			if err := json.Unmarshal(raw, &bundle); err != nil {
				t.Fatal(err)
			}
			var objs []map[string]any
			for _, o := range bundle["objects"].([]any) {
				objs = append(objs, o.(map[string]any))
			}
			tt.mutate(objs)
			broken, _ := json.Marshal(bundle)
			errs := validateSTIX(broken)
			for _, err := range errs {
				if strings.Contains(err.Error(), tt.want) {
					return
				}
			}
			t.Errorf("no error mentioning %q; got %v", tt.want, errs)
		})
	}
}

// find returns the first object of a type.
func find(objs []map[string]any, typ string) map[string]any {
	for _, o := range objs {
		if o["type"] == typ {
			return o
		}
	}
	return map[string]any{}
}

func TestSTIXContent(t *testing.T) {
	var bundle struct {
		Objects []stixSO `json:"objects"`
	}
	if err := json.Unmarshal(stixOf(t, fixture(t)), &bundle); err != nil {
		t.Fatal(err)
	}
	byName := map[string]stixSO{}
	count := map[string]int{}
	for _, o := range bundle.Objects {
		count[o.Type]++
		if o.Name != "" {
			byName[o.Name] = o
		}
	}
	want := map[string]int{"report": 1, "identity": 5, "intrusion-set": 1, "location": 3, "indicator": 3, "note": 5, "relationship": 8}
	for typ, n := range want {
		if count[typ] != n {
			t.Errorf("%d objects of type %s, want %d (all: %v)", count[typ], typ, n, count)
		}
	}
	checks := []struct {
		name, got, want string
	}{
		{"Grey Lantern type", byName["Grey Lantern"].Type, "intrusion-set"},
		{"police class", byName["Odesa Regional Police"].IdentityClass, "organization"},
		{"Odesa country", byName["Odesa"].Country, "UA"},
		{"Harbour district country (two located-in hops)", byName["Harbour district"].Country, "UA"},
		{"URL pattern refanged", byName["hxxp://relay-drop[.]example/upload"].Pattern, "[url:value = 'http://relay-drop.example/upload']"},
		{"IP pattern", byName["203.0.113.45"].Pattern, "[ipv4-addr:value = '203.0.113.45']"},
		{"report published", byName["Harbour Relay: theft of shipping data"].Published, "2024-05-01T09:30:00.000Z"},
		{"aliases of an identity", byName["Abdullah al-Husseini"].Description, "Also known as: " + arabicName + "."},
		{"aliases of an intrusion set", strings.Join(byName["Grey Lantern"].Aliases, "|"), "GL-17"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	checkE4Note(t, bundle.Objects)
}

// checkE4Note checks the note of the event with the hostile evidence.
func checkE4Note(t *testing.T, objs []stixSO) {
	t.Helper()
	var note stixSO
	for _, o := range objs {
		if o.Type == "note" && strings.HasPrefix(o.Abstract, "E4 ") {
			note = o
		}
	}
	if note.Confidence == nil || *note.Confidence != 10 || len(note.ExternalReferences) != 1 {
		t.Fatalf("E4 note: confidence %v, references %+v", note.Confidence, note.ExternalReferences)
	}
	x := note.ExternalReferences[0]
	if x.Hashes["SHA-256"] != sha(articleTexts[2]) || !strings.Contains(x.Description, "<script>alert(1)</script>") || x.URL != "" {
		t.Errorf("E4 evidence reference %+v: want the article's digest, the quote as is, and no javascript: URL", x)
	}
}

func TestSTIXStableIDs(t *testing.T) {
	ids := func(b *app.CaseBundle) []string {
		var bundle struct {
			ID      string   `json:"id"`
			Objects []stixSO `json:"objects"`
		}
		if err := json.Unmarshal(stixOf(t, b), &bundle); err != nil {
			t.Fatal(err)
		}
		out := []string{bundle.ID}
		for _, o := range bundle.Objects {
			out = append(out, o.ID)
		}
		return out
	}
	a := ids(fixture(t))
	later := fixture(t)
	later.Generated = later.Generated.Add(48 * time.Hour)
	if b := ids(later); strings.Join(a, ",") != strings.Join(b, ",") {
		t.Error("exporting the same case later changed the identifiers")
	}
	other := fixture(t)
	other.FilePath = "/elsewhere/other.dossier"
	if b := ids(other); a[1] == b[1] || a[0] == b[0] {
		t.Error("a case from another case file got the same identifiers")
	}
}

// TestSTIXThreatActor: a perpetrator of anything but a cyber intrusion is a
// threat-actor, and "targets" its victims.
func TestSTIXThreatActor(t *testing.T) {
	b := fixture(t)
	b.Events[3].Participants[0].Role = app.RolePerpetrator                                                          // Grey Lantern in a claim
	b.Events[3].Participants = append(b.Events[3].Participants, app.Participant{EntityID: 2, Role: app.RoleVictim}) // Abdullah
	raw := stixOf(t, b)
	for _, err := range validateSTIX(raw) {
		t.Error(err)
	}
	var bundle struct {
		Objects []stixSO `json:"objects"`
	}
	if err := json.Unmarshal(raw, &bundle); err != nil {
		t.Fatal(err)
	}
	ids := map[string]stixSO{}
	for _, o := range bundle.Objects {
		ids[o.ID] = o
	}
	var actor, targets bool
	for _, o := range bundle.Objects {
		if o.Name == "Grey Lantern" {
			actor = o.Type == "threat-actor" && len(o.ThreatActorTypes) == 1
		}
		if o.RelationshipType == "targets" && ids[o.SourceRef].Name == "Grey Lantern" && ids[o.TargetRef].Name == "Abdullah al-Husseini" {
			targets = true
		}
	}
	if !actor || !targets {
		t.Errorf("Grey Lantern as threat-actor: %v; targets Abdullah al-Husseini: %v", actor, targets)
	}
}
