package dates

import (
	"os"
	"strings"
	"testing"
)

func readArticle(b *testing.B) string {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkFind runs Find on one news-length article.
func BenchmarkFind(b *testing.B) {
	text := readArticle(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, pub)
	}
}

// BenchmarkFindLarge runs Find on a 10 MB text with no line breaks.
func BenchmarkFindLarge(b *testing.B) {
	art := strings.ReplaceAll(readArticle(b), "\n", " ")
	text := strings.Repeat(art, 10<<20/len(art)+1)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Find(text, pub)
	}
}
