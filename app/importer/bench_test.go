package importer

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"dossier/app"
)

func BenchmarkRead(b *testing.B) {
	for _, f := range []string{"articles/port-closure.txt", "articles/briefing.md",
		"articles/web/veyra-inquiry.html", "articles/wire.jsonl"} {
		data, err := os.ReadFile(filepath.Join(fixtures, f))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Ext(f), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Read(f, bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// cpuExtractor stands in for the NLP pipeline: CPU work per article.
type cpuExtractor struct{}

func (cpuExtractor) Extract(_ context.Context, text string, _ time.Time) (app.Extraction, error) {
	sum := []byte(text)
	for range 10000 {
		s := sha256.Sum256(sum)
		sum = s[:]
	}
	return app.Extraction{}, nil
}

// BenchmarkRunWorkers compares one worker (the baseline) with one per core;
// the ratio of the two is the speed-up of the parallel import.
func BenchmarkRunWorkers(b *testing.B) {
	dir := numbered(b, 200, 50)
	for _, w := range []int{1, runtime.NumCPU()} {
		b.Run(fmt.Sprintf("workers=%d", w), func(b *testing.B) {
			for b.Loop() {
				rep, err := Run(context.Background(), &fakeCmds{}, cpuExtractor{}, []string{dir}, Options{Workers: w}, nil)
				if err != nil || rep.Imported != 200 {
					b.Fatalf("imported %d: %v", rep.Imported, err)
				}
			}
		})
	}
}
