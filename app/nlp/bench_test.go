package nlp

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"
)

// benchTexts returns the dev-set texts, or the package's own samples when
// the dev set is absent.
func benchTexts(b *testing.B) []string {
	var out []string
	if f, err := os.Open("../../../shared/eval/dev.jsonl"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var a struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &a) == nil {
				out = append(out, a.Text)
			}
		}
	}
	if len(out) == 0 {
		out = append(out, sampleTexts...)
	}
	return out
}

// BenchmarkExtract compares raw prose (model loaded once, default options)
// with the whole pipeline on the same texts. Compare ns/op of the two
// sub-benchmarks; tokens/s is reported for both.
func BenchmarkExtract(b *testing.B) {
	texts := benchTexts(b)
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	ntok := 0
	for _, t := range texts {
		d, _ := prose.NewDocument(t, prose.UsingModel(p.model), prose.WithExtraction(false), prose.WithTagging(false), prose.WithSegmentation(false))
		ntok += len(d.Tokens())
	}
	b.Run("prose", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for _, t := range texts {
				if _, err := prose.NewDocument(t, prose.UsingModel(p.model)); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
	})
	b.Run("pipeline", func(b *testing.B) {
		pub := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
		for i := 0; i < b.N; i++ {
			for _, t := range texts {
				if _, err := p.Extract(context.Background(), t, pub); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
	})
}
