package widgets

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"dossier/widgets/graph"
)

// maxExportSide bounds an exported PNG's width and height, in pixels.
const maxExportSide = 16384

// ExportPNG writes the whole chart (every visible node, fitted) as a PNG image of width×height
// pixels, with the labels that fit, in the chart's theme colours.
func (c *Chart) ExportPNG(w io.Writer, width, height int) error {
	img, err := c.drawImage(width, height)
	if err != nil {
		return err
	}
	return encodePNG(w, img)
}

// drawImage draws the whole chart, fitted, into a new width×height image.
func (c *Chart) drawImage(width, height int) (*image.RGBA, error) {
	if width <= 0 || height <= 0 || width > maxExportSide || height > maxExportSide {
		return nil, fmt.Errorf("export png: size %d×%d out of range", width, height)
	}
	size := fyne.NewSize(float32(width), float32(height))
	v := fitView(c.bounds(), size)
	pt := c.paints()
	var pix pixmap
	img := pix.begin(width, height, pt.bg)
	if len(c.pos) != len(c.nodes) || len(c.nodes) == 0 {
		return img, nil
	}
	th, _ := c.look()
	sz := th.Size(theme.SizeNameCaptionText)
	labels := c.chooseLabels(v, size, sz, nil)
	f := chartFrame{c: c, v: v, size: size, px: 1, p: &pix, pt: pt, masks: &maskCache{}}
	for _, l := range labels {
		f.halos = append(f.halos, l.b)
	}
	f.draw()
	if err := c.drawLabels(img, labels, sz, pt.fg); err != nil {
		return nil, err
	}
	return img, nil
}

func encodePNG(w io.Writer, img image.Image) error {
	if err := png.Encode(w, img); err != nil {
		return fmt.Errorf("export png: %w", err)
	}
	return nil
}

// drawLabels draws labels with the theme's regular font (Go's own when it cannot be parsed), or
// with the print face the labels were measured with.
func (c *Chart) drawLabels(img *image.RGBA, labels []chartLabel, sz float32, fg color.Color) error {
	var face font.Face
	if c.print != nil {
		face = c.print.face
	} else {
		f, err := c.themeFace(sz)
		if err != nil {
			return err
		}
		defer f.Close()
		face = f
	}
	d := font.Drawer{Dst: img, Src: image.NewUniform(fg), Face: face}
	ascent := face.Metrics().Ascent
	for _, l := range labels {
		d.Dot = fixed.Point26_6{X: fixed.I(int(l.b.x + labelPad)), Y: fixed.I(int(l.b.y)) + ascent}
		d.DrawString(l.text)
	}
	return nil
}

// themeFace is the theme's regular font at size sz, or Go's own when it cannot be parsed.
func (c *Chart) themeFace(sz float32) (font.Face, error) {
	var data []byte
	if res := c.Theme().Font(fyne.TextStyle{}); res != nil {
		data = res.Content()
	}
	f, err := opentype.Parse(data)
	if err != nil {
		if f, err = opentype.Parse(goregular.TTF); err != nil {
			return nil, fmt.Errorf("export png: font: %w", err)
		}
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: float64(sz), DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return nil, fmt.Errorf("export png: font: %w", err)
	}
	return face, nil
}

// ExportSVG writes the visible nodes and edges as an SVG drawing in layout units: one <g> per
// node with its shape, a <title> and data-id, class "node kind-…", and a label under it.
func (c *Chart) ExportSVG(w io.Writer) error {
	bw := bufio.NewWriter(w)
	pt := c.paints()
	b := c.bounds()
	if b.empty() {
		b = bounds{0, 0, 100, 100}
	}
	const margin, fontSize = 20.0, 9.0
	b.minX, b.minY, b.maxX, b.maxY = b.minX-margin, b.minY-margin, b.maxX+margin, b.maxY+margin+fontSize
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="%s %s %s %s" width="%s" height="%s">`+"\n",
		num(b.minX), num(b.minY), num(b.maxX-b.minX), num(b.maxY-b.minY), num(b.maxX-b.minX), num(b.maxY-b.minY))
	fmt.Fprintf(bw, `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="%s"/></marker></defs>`+"\n", hexColor(pt.fg))
	fmt.Fprintf(bw, `<rect x="%s" y="%s" width="100%%" height="100%%" fill="%s"/>`+"\n", num(b.minX), num(b.minY), hexColor(pt.bg))
	c.writeSVGEdges(bw, pt)
	c.writeSVGNodes(bw, pt, fontSize)
	bw.WriteString("</svg>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export svg: %w", err)
	}
	return nil
}

func (c *Chart) writeSVGEdges(bw *bufio.Writer, pt *chartPaints) {
	fmt.Fprintf(bw, `<g class="edges" stroke="%s" stroke-opacity="0.4" stroke-width="1">`+"\n", hexColor(pt.fg))
	for _, e := range c.edges {
		if c.hidden[e.a] || c.hidden[e.b] {
			continue
		}
		p, q := c.pos[e.a], c.pos[e.b]
		if e.directed { // end the line at the target's rim, where the arrowhead goes
			q = towards(q, p, c.radius[e.b]+1)
		}
		fmt.Fprintf(bw, `<line x1="%s" y1="%s" x2="%s" y2="%s"`, num(p.X), num(p.Y), num(q.X), num(q.Y))
		if e.directed {
			bw.WriteString(` marker-end="url(#arrow)"`)
		}
		if e.label == "" {
			bw.WriteString("/>\n")
			continue
		}
		fmt.Fprintf(bw, "><title>%s</title></line>\n", xmlText(e.label))
	}
	bw.WriteString("</g>\n")
}

func (c *Chart) writeSVGNodes(bw *bufio.Writer, pt *chartPaints, fontSize float64) {
	fmt.Fprintf(bw, `<g class="nodes" font-family="sans-serif" font-size="%s" text-anchor="middle" fill="%s">`+"\n",
		num(fontSize), hexColor(pt.fg))
	for _, i := range c.order {
		if c.hidden[i] {
			continue
		}
		nd, p, r := c.nodes[i], c.pos[i], c.radius[i]
		fill := pt.nodes[c.looks.colorOf[i]]
		fmt.Fprintf(bw, `<g class="node kind-%s" data-id="%s">`, xmlText(cssIdent(nd.Kind)), xmlText(nd.ID))
		style := fmt.Sprintf(`fill="%s" stroke="%s" stroke-width="1"`, hexColor(fill), hexColor(outlineOf(fill, pt.dark)))
		if verts := shapeVertices(nd.Shape); verts == nil {
			fmt.Fprintf(bw, `<circle cx="%s" cy="%s" r="%s" %s/>`, num(p.X), num(p.Y), num(r), style)
		} else {
			pts := make([]string, len(verts))
			for k, v := range verts {
				pts[k] = num(p.X+float64(v[0])*r) + "," + num(p.Y+float64(v[1])*r)
			}
			fmt.Fprintf(bw, `<polygon points="%s" %s/>`, strings.Join(pts, " "), style)
		}
		fmt.Fprintf(bw, "<title>%s</title>", xmlText(nd.Label))
		if nd.Label != "" {
			fmt.Fprintf(bw, `<text x="%s" y="%s">%s</text>`, num(p.X), num(p.Y+r+fontSize), xmlText(c.looks.labels[i]))
		}
		bw.WriteString("</g>\n")
	}
	bw.WriteString("</g>\n")
}

// towards moves p by d towards q.
func towards(p, q graph.Point, d float64) graph.Point {
	dx, dy := q.X-p.X, q.Y-p.Y
	l := math.Hypot(dx, dy)
	if l <= d {
		return p
	}
	return graph.Point{X: p.X + dx/l*d, Y: p.Y + dy/l*d}
}

// num formats a coordinate with two decimals at most.
func num(v float64) string { return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64) }

func hexColor(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// xmlText escapes s for XML text and attribute values.
func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder does not fail
	return b.String()
}

// cssIdent keeps letters, digits, '-' and '_' of a kind, so it can be a class name.
func cssIdent(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		}
		return '_'
	}, s)
}
