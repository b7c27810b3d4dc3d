package widgets

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"

	"fyne.io/fyne/v2/theme"
)

// countPixels counts the pixels of img for which keep is true.
func countPixels(img image.Image, keep func(color.NRGBA) bool) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if keep(color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)) {
				n++
			}
		}
	}
	return n
}

func TestRenderChartPNGDrawsNodesAndLabels(t *testing.T) {
	nodes, edges := sampleChart(40, 60, 3)
	var buf bytes.Buffer
	if err := RenderChartPNG(&buf, nodes, edges, 800, 600); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("the PNG does not decode: %v", err)
	}
	if b := img.Bounds(); b.Dx() > 800 || b.Dy() > 600 || b.Dx() < 600 {
		t.Fatalf("size %v, want at most 800×600 and a graph of 40 nodes filling most of it", b)
	}
	if c := color.NRGBAModel.Convert(img.At(0, 0)).(color.NRGBA); c != printBackground {
		t.Errorf("corner %v, want the white print background", c)
	}
	blue, _ := paletteColor(ColorNameHighlightBlue, theme.VariantLight)
	near := func(a, b uint8) bool { return a-b < 8 || b-a < 8 }
	people := countPixels(img, func(c color.NRGBA) bool {
		return near(c.R, blue.R) && near(c.G, blue.G) && near(c.B, blue.B)
	})
	if people < 200 {
		t.Errorf("%d pixels in the PERSON fill colour, want the person nodes drawn", people)
	}
	ink := countPixels(img, func(c color.NRGBA) bool { return c.R < 0x40 && c.G < 0x40 && c.B < 0x40 })
	if ink < 300 {
		t.Errorf("%d dark pixels, want labels written", ink)
	}
}

func TestRenderChartPNGCropsASmallChart(t *testing.T) {
	nodes := []ChartNode{{ID: "a", Label: "Alpha"}, {ID: "b", Label: "Beta"}}
	var buf bytes.Buffer
	if err := RenderChartPNG(&buf, nodes, []ChartEdge{{From: "a", To: "b"}}, 1600, 1200); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	if b.Dx() < printMinW || b.Dy() < printMinH || b.Dx() > 600 || b.Dy() > 400 {
		t.Errorf("size %v: want a small picture (%d×%d at least) for two nodes, not a 1600×1200 page", b, printMinW, printMinH)
	}
	edge := 0
	for x := 0; x < b.Dx(); x++ {
		for _, y := range []int{0, b.Dy() - 1} {
			if c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA); c != printBackground {
				edge++
			}
		}
	}
	if edge > 0 {
		t.Errorf("%d drawn pixels on the top and bottom rows: the crop cuts the drawing", edge)
	}
}

func TestRenderChartPNGIsStable(t *testing.T) {
	nodes, edges := sampleChart(30, 40, 5)
	var a, b bytes.Buffer
	if err := RenderChartPNG(&a, nodes, edges, 400, 300); err != nil {
		t.Fatal(err)
	}
	if err := RenderChartPNG(&b, nodes, edges, 400, 300); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same graph drew two different pictures: an export's SHA-256 would not repeat")
	}
}

func TestRenderChartPNGEdgeCases(t *testing.T) {
	var buf bytes.Buffer
	if err := RenderChartPNG(&buf, nil, nil, 200, 100); err != nil {
		t.Fatalf("an empty chart: %v", err)
	}
	if _, err := png.Decode(&buf); err != nil {
		t.Errorf("an empty chart gave no PNG: %v", err)
	}
	if err := RenderChartPNG(&buf, nil, nil, 0, 100); err == nil {
		t.Error("a zero width gave no error")
	}
	if err := RenderChartPNG(failingWriter{}, []ChartNode{{ID: "a"}}, nil, 50, 50); err == nil {
		t.Error("a failing writer gave no error")
	}
}
