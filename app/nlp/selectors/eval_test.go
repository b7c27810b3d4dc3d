package selectors

import (
	"os"
	"testing"

	"dossier/app"

	"dossier/app/nlp/eval"
)

// goldPath is the shared annotated dev set, read when present.
const goldPath = "../../../../shared/eval/dev.jsonl"

func loadGold(t testing.TB) []eval.Article {
	t.Helper()
	f, err := os.Open(goldPath)
	if err != nil {
		t.Skipf("gold set not available: %v", err)
	}
	defer f.Close()
	arts, err := eval.ReadGold(f)
	if err != nil {
		t.Fatalf("bad gold set: %v", err)
	}
	return arts
}

// scored are the selector types the gold set annotates; HASHTAG and CRYPTO
// are found but never marked there (wallet strings are not annotated).
var scored = []app.EntityType{app.TypeEmail, app.TypePhone, app.TypeURL, app.TypeIP, app.TypeMoney}

type counts struct{ tp, fp, fn int }

// scoreArticle adds one article's strict matches to per, by type, and
// records in values the normalised value of each gold selector id.
func scoreArticle(t *testing.T, a eval.Article, per map[app.EntityType]*counts, values map[string]string) {
	gold := map[[2]int]app.EntityType{}
	ids := map[[2]int]string{}
	for _, e := range a.Entities {
		if _, ok := per[app.EntityType(e.Type)]; ok {
			gold[[2]int{e.Start, e.End}] = app.EntityType(e.Type)
			ids[[2]int{e.Start, e.End}] = e.ID
		}
	}
	for _, m := range Find(a.Text) {
		c, ok := per[m.Type]
		if !ok {
			continue
		}
		k := [2]int{m.Start, m.End}
		if gold[k] == m.Type {
			c.tp++
			delete(gold, k)
			checkValue(t, values, ids[k], m)
			continue
		}
		c.fp++
		if testing.Verbose() {
			t.Logf("%s FP %s %q value %q", a.ID, m.Type, m.Text, m.Value)
		}
	}
	for k, ty := range gold {
		per[ty].fn++
		if testing.Verbose() {
			t.Logf("%s FN %s %q", a.ID, ty, string([]rune(a.Text)[k[0]:k[1]]))
		}
	}
}

// checkValue requires one normalised value per gold id: "+44 7700 900873"
// and "07700 900873" share an id, so they must share the E.164 value.
func checkValue(t *testing.T, values map[string]string, id string, m Match) {
	if id == "sel" || id == "" {
		return
	}
	if v, ok := values[id]; ok && v != m.Value {
		t.Errorf("%s: %q has value %q, another mention of the same id has %q", id, m.Text, m.Value, v)
	}
	values[id] = m.Value
}

// TestGoldSelectors scores Find against the selector annotations of the dev
// set: strict (same span, same type) P/R/F1 per type and over all of them.
func TestGoldSelectors(t *testing.T) {
	arts := loadGold(t)
	per := map[app.EntityType]*counts{}
	for _, ty := range scored {
		per[ty] = &counts{}
	}
	values := map[string]string{}
	for _, a := range arts {
		scoreArticle(t, a, per, values)
	}
	var all counts
	for _, ty := range scored {
		c := per[ty]
		all.tp, all.fp, all.fn = all.tp+c.tp, all.fp+c.fp, all.fn+c.fn
		p, r, f := prf(c.tp, c.fp, c.fn)
		t.Logf("%-5s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", ty, p, r, f, c.tp, c.fp, c.fn)
		if f < minTypeF1 {
			t.Errorf("%s F1 %.3f below floor %.2f", ty, f, minTypeF1)
		}
	}
	p, r, f := prf(all.tp, all.fp, all.fn)
	t.Logf("all selectors P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", p, r, f, all.tp, all.fp, all.fn)
	if f < minAllF1 {
		t.Errorf("selector F1 %.3f below floor %.2f", f, minAllF1)
	}
}

// Floors a little below the measured figures, so regressions fail.
const (
	minTypeF1 = 0.9
	minAllF1  = 0.95
)

func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
