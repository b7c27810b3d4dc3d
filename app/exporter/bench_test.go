package exporter

import (
	"io"
	"testing"
)

// BenchmarkWrite exports the fixture case in every format; compare the
// formats with each other (Markdown is the cheapest, a useful baseline).
func BenchmarkWrite(b *testing.B) {
	bundle := fixture(b)
	for _, f := range Formats() {
		b.Run(string(f), func(b *testing.B) {
			for b.Loop() {
				if err := Write(io.Discard, f, bundle); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
