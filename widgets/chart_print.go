package widgets

import (
	"fmt"
	"image"
	"image/color"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
)

// printTextSize is the label text size of charts drawn by RenderChartPNG.
const printTextSize = 12

// RenderChartPNG lays out a chart of nodes and edges to the end, on the calling goroutine, and
// writes it as a PNG image of at most width×height pixels in light print colours with Go's
// regular font, like Chart.PrintPNG of a fresh chart. Unlike a Chart it needs no running Fyne
// app, so that command-line exports can picture a case; it is safe on any goroutine.
func RenderChartPNG(w io.Writer, nodes []ChartNode, edges []ChartEdge, width, height int) error {
	p, err := newChartPrint()
	if err != nil {
		return err
	}
	defer p.face.Close()
	// Never extended as a widget: without a renderer its Refresh calls do nothing.
	c := &Chart{hover: -1, seed: 1, view: chartView{scale: 1}, sync: true, print: p}
	c.SetGraph(nodes, edges)
	return c.printTo(w, width, height)
}

// chartPrint replaces what a chart reads from the running app (theme, variant, text measures)
// when it is drawn without one.
type chartPrint struct {
	face font.Face
	th   fyne.Theme
}

func newChartPrint() (*chartPrint, error) {
	f, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return nil, fmt.Errorf("chart font: %w", err)
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: printTextSize, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return nil, fmt.Errorf("chart font: %w", err)
	}
	return &chartPrint{face: face, th: printTheme{}}, nil
}

// measure is the size of text in the print face (which has a single size and style).
func (p *chartPrint) measure(text string) fyne.Size {
	m := p.face.Metrics()
	w := font.MeasureString(p.face, text)
	return fyne.NewSize(float32(w.Ceil()), float32((m.Ascent + m.Descent).Ceil()))
}

// look returns the theme and variant the chart draws with.
func (c *Chart) look() (fyne.Theme, fyne.ThemeVariant) {
	if c.print != nil {
		return c.print.th, theme.VariantLight
	}
	return c.Theme(), currentVariant()
}

// measureText measures a label: with the app's text renderer on screen, with the print face
// otherwise.
func (c *Chart) measureText(text string, sz float32, style fyne.TextStyle) fyne.Size {
	if c.print != nil {
		return c.print.measure(text)
	}
	return fyne.MeasureText(text, sz, style)
}

// printTheme is the light theme of printed charts. It reads nothing from the app: Fyne's
// built-in theme asks the app for its primary colour.
type printTheme struct{}

var (
	printBackground = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	printForeground = color.NRGBA{R: 0x21, G: 0x21, B: 0x21, A: 0xff}
	printPrimary    = color.NRGBA{R: 0x29, G: 0x6f, B: 0xf6, A: 0xff}
	printDisabled   = color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 0xff}
)

func (printTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameBackground:
		return printBackground
	case theme.ColorNameForeground:
		return printForeground
	case theme.ColorNamePrimary:
		return printPrimary
	case theme.ColorNameDisabled:
		return printDisabled
	}
	if c, ok := paletteColor(n, theme.VariantLight); ok {
		return c
	}
	return color.Transparent // resolveColor falls back to the palette
}

// Font is unused: printed labels are measured and drawn with chartPrint's face.
func (printTheme) Font(fyne.TextStyle) fyne.Resource { return nil }

func (printTheme) Icon(fyne.ThemeIconName) fyne.Resource { return nil }

func (printTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameCaptionText {
		return printTextSize
	}
	return 0
}

// PrintPNG draws the chart for a report: like ExportPNG, but in light print colours and Go's
// regular font whatever the app's theme, and cropped to what is drawn (plus a margin), so that
// a small chart makes a small picture rather than a speck on a large page. The image is at most
// width×height pixels. It keeps the analyst's layout, hidden nodes and selection.
func (c *Chart) PrintPNG(w io.Writer, width, height int) error {
	p, err := newChartPrint()
	if err != nil {
		return err
	}
	defer p.face.Close()
	saved := c.print
	c.print = p
	c.looks.textSz = -1 // label widths were measured with the screen's font
	defer func() {
		c.print = saved
		c.looks.textSz = -1
	}()
	return c.printTo(w, width, height)
}

// Margin and least size of printed pictures, in pixels.
const (
	printMargin          = 24
	printMinW, printMinH = 320, 200
)

// printTo draws the chart at width×height and writes the part with something drawn on it.
func (c *Chart) printTo(w io.Writer, width, height int) error {
	img, err := c.drawImage(width, height)
	if err != nil {
		return err
	}
	return encodePNG(w, cropToContent(img, c.paints().bg))
}

// cropToContent returns the part of img that differs from the background bg, grown by
// printMargin and to at least printMinW×printMinH where img allows; all of img when nothing is
// drawn.
func cropToContent(img *image.RGBA, bg color.NRGBA) image.Image {
	b := img.Bounds()
	minX, minY, maxX, maxY := b.Max.X, b.Max.Y, b.Min.X, b.Min.Y
	want := [4]byte{bg.R, bg.G, bg.B, 0xff}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := img.Pix[img.PixOffset(b.Min.X, y) : img.PixOffset(b.Max.X-1, y)+4]
		for x := 0; x < len(row); x += 4 {
			if [4]byte(row[x:x+4]) != want {
				minX, maxX = min(minX, b.Min.X+x/4), max(maxX, b.Min.X+x/4+1)
				minY, maxY = min(minY, y), max(maxY, y+1)
			}
		}
	}
	if minX >= maxX {
		return img
	}
	r := image.Rect(minX, minY, maxX, maxY).Inset(-printMargin)
	r = growTo(r, printMinW, printMinH).Intersect(b)
	return img.SubImage(r)
}

// growTo widens r symmetrically to at least w×h.
func growTo(r image.Rectangle, w, h int) image.Rectangle {
	if dx := w - r.Dx(); dx > 0 {
		r.Min.X, r.Max.X = r.Min.X-dx/2, r.Max.X+dx-dx/2
	}
	if dy := h - r.Dy(); dy > 0 {
		r.Min.Y, r.Max.Y = r.Min.Y-dy/2, r.Max.Y+dy-dy/2
	}
	return r
}
