package widgets

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// laidOutChart returns a chart of n nodes and 2n edges, laid out, in a 1280×800 test window.
func laidOutChart(b *testing.B, n int) (*Chart, *chartRenderer) {
	newTestApp(b, theme.VariantLight)
	c, _ := newSyncChart(b, fyne.NewSize(1280, 800))
	nodes, edges := sampleChart(n, 2*n, 1)
	c.SetGraph(nodes, edges)
	return c, test.WidgetRenderer(c).(*chartRenderer)
}

// benchChartFrame times one frame of a chart of n nodes while panning and zooming: the labels
// chosen for the view (renderer Refresh) and the raster image generated at 1280×800 device
// pixels, the work the paint thread does per frame besides uploading the texture.
func benchChartFrame(b *testing.B, n int) time.Duration {
	c, r := laidOutChart(b, n)
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			c.Pan(3, 2)
		} else {
			c.Zoom(1.01, fyne.NewPos(640, 400))
		}
		r.generate(1280, 800)
	}
	per := time.Since(start) / time.Duration(b.N)
	b.ReportMetric(float64(per.Microseconds())/1000, "ms/frame")
	b.ReportMetric(1/per.Seconds(), "fps")
	return per
}

// BenchmarkChartFrame200 is the baseline: 200 nodes, 400 edges.
func BenchmarkChartFrame200(b *testing.B) { benchChartFrame(b, 200) }

// BenchmarkChartFrame2000 is the target: 2,000 nodes, 4,000 edges.
func BenchmarkChartFrame2000(b *testing.B) { benchChartFrame(b, 2000) }
