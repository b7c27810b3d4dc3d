package dates

import (
	"os"
	"testing"
	"time"

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

// score counts strict span matches and correct values of one article.
type score struct{ tp, fp, fn, valOK int }

func scoreArticle(t *testing.T, a eval.Article) score {
	pub, err := time.Parse("2006-01-02", a.Published)
	if err != nil {
		t.Fatalf("%s: bad published date %q", a.ID, a.Published)
	}
	gold := map[[2]int]string{}
	for _, e := range a.Entities {
		if e.Type == "DATE" {
			gold[[2]int{e.Start, e.End}] = e.ID
		}
	}
	var sc score
	for _, m := range Find(a.Text, pub) {
		k := [2]int{m.Start, m.End}
		id, ok := gold[k]
		switch {
		case !ok:
			sc.fp++
			if testing.Verbose() {
				t.Logf("%s FP %q [%d,%d] %q", a.ID, m.Text, m.Start, m.End, m.Date.Value)
			}
			continue
		case id == m.Date.Value:
			sc.valOK++
		case testing.Verbose():
			t.Logf("%s value %q: got %q want %q", a.ID, m.Text, m.Date.Value, id)
		}
		sc.tp++
		delete(gold, k)
	}
	for k, id := range gold {
		sc.fn++
		if testing.Verbose() {
			t.Logf("%s FN %q %s", a.ID, string([]rune(a.Text)[k[0]:k[1]]), id)
		}
	}
	return sc
}

// TestGoldDates scores Find against the DATE annotations of the dev set:
// strict span P/R/F1 and value accuracy on strictly matched spans.
func TestGoldDates(t *testing.T) {
	var all score
	for _, a := range loadGold(t) {
		sc := scoreArticle(t, a)
		all.tp, all.fp, all.fn, all.valOK = all.tp+sc.tp, all.fp+sc.fp, all.fn+sc.fn, all.valOK+sc.valOK
	}
	p, r, f := prf(all.tp, all.fp, all.fn)
	acc := ratio(all.valOK, all.tp)
	t.Logf("DATE strict P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d); value accuracy %.3f (%d/%d)",
		p, r, f, all.tp, all.fp, all.fn, acc, all.valOK, all.tp)
	if f < minDateF1 {
		t.Errorf("DATE strict F1 %.3f below floor %.2f", f, minDateF1)
	}
	if acc < minDateValue {
		t.Errorf("DATE value accuracy %.3f below floor %.2f", acc, minDateValue)
	}
}

// Floors a little below the measured figures, so regressions fail.
const (
	minDateF1    = 0.95
	minDateValue = 0.95
)

func prf(tp, fp, fn int) (p, r, f float64) {
	p, r = ratio(tp, tp+fp), ratio(tp, tp+fn)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
