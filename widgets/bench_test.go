package widgets

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// openArticle times showing a 5,000-word article with 500 highlights in an 800x600 test window,
// interleaved with the baseline: a word-wrapped widget.Label of the same text in a scroll. Cold
// gives every iteration new words (and the label other new words), so no width is cached yet; with
// paint it also renders the canvas with the test driver's software painter.
func openArticle(b *testing.B, cold, paint bool) {
	newTestApp(b, theme.VariantLight)
	text, hs := sampleArticle(5000, 500)
	labelText := text
	w := test.NewTempWindow(b, widget.NewLabel(""))
	w.SetPadded(false)
	w.Resize(fyne.NewSize(800, 600))
	var ours, base time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if cold {
			b.StopTimer()
			text, hs = sampleArticleSeed(5000, 500, int64(1000+2*i))
			labelText, _ = sampleArticleSeed(5000, 0, int64(1001+2*i))
			b.StartTimer()
		}
		start := time.Now()
		at := NewAnnotatedText(text)
		at.SetHighlights(hs)
		w.SetContent(at)
		if paint {
			w.Canvas().Capture()
		}
		ours += time.Since(start)

		start = time.Now()
		label := widget.NewLabel(labelText)
		label.Wrapping = fyne.TextWrapWord
		w.SetContent(container.NewVScroll(label))
		if paint {
			w.Canvas().Capture()
		}
		base += time.Since(start)
	}
	n := float64(b.N)
	b.ReportMetric(float64(ours.Microseconds())/1000/n, "ms/op")
	b.ReportMetric(float64(base.Microseconds())/1000/n, "label-ms/op")
	b.ReportMetric(float64(ours)/float64(base), "x-label")
}

// BenchmarkOpenArticleCold: wrapping, layout and the first frame's objects, no width measured yet.
func BenchmarkOpenArticleCold(b *testing.B) { openArticle(b, true, false) }

// BenchmarkOpenArticleWarm: the same article again, its word widths in Fyne's cache.
func BenchmarkOpenArticleWarm(b *testing.B) { openArticle(b, false, false) }

// BenchmarkOpenArticlePainted: warm, plus a frame rendered by the software painter.
func BenchmarkOpenArticlePainted(b *testing.B) { openArticle(b, false, true) }

// shownArticle returns a laid-out widget with the benchmark article.
func shownArticle(b *testing.B) (*AnnotatedText, []Highlight) {
	newTestApp(b, theme.VariantLight)
	text, hs := sampleArticle(5000, 500)
	at := NewAnnotatedText(text)
	at.SetHighlights(hs)
	showText(b, at, fyne.NewSize(800, 600))
	return at, hs
}

// BenchmarkTapHitTest maps a pointer position to an offset and the highlights under it.
func BenchmarkTapHitTest(b *testing.B) {
	at, hs := shownArticle(b)
	pos := boundary(at, hs[10].Start+1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, p := at.pointAt(pos)
		if len(hitsAt(at.placed, at.maxEnd, p.char)) != 1 {
			b.Fatal("missed the highlight")
		}
	}
}

// BenchmarkSetHighlights adds then removes one highlight among 500 (two SetHighlights per op).
func BenchmarkSetHighlights(b *testing.B) {
	at, hs := shownArticle(b)
	more := append(append([]Highlight(nil), hs...), Highlight{Start: 3, End: 9, ID: 9999})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		at.SetHighlights(more)
		at.SetHighlights(hs)
	}
}

// BenchmarkScrollJump scrolls between the top and the middle, rebuilding the visible lines each time.
func BenchmarkScrollJump(b *testing.B) {
	at, _ := shownArticle(b)
	middle := at.doc.len() / 2
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		at.ScrollTo(middle)
		at.ScrollTo(0)
	}
}
