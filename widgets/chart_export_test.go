package widgets

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image/png"
	"io"
	"slices"
	"strings"
	"testing"
)

// svgNodes parses an SVG export and returns the data-id and <title> of every node group.
func svgNodes(t *testing.T, data []byte) (ids, titles []string) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	inNode := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return ids, titles
		}
		if err != nil {
			t.Fatalf("the SVG does not parse: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			for _, a := range el.Attr {
				if a.Name.Local == "data-id" {
					ids, inNode = append(ids, a.Value), true
				}
			}
			if el.Name.Local == "title" && inNode {
				var s string
				if err := dec.DecodeElement(&s, &el); err != nil {
					t.Fatal(err)
				}
				titles = append(titles, s)
				inNode = false
			}
		}
	}
}

func TestChartExportSVG(t *testing.T) {
	c, _ := shownSmallCase(t)
	c.HideNode("lone")
	var buf bytes.Buffer
	if err := c.ExportSVG(&buf); err != nil {
		t.Fatal(err)
	}
	ids, titles := svgNodes(t, buf.Bytes())
	slices.Sort(ids)
	if want := []string{"ana", "idris", "meet", "port", "seize", "tarsk"}; !slices.Equal(ids, want) {
		t.Errorf("node ids %v, want %v", ids, want)
	}
	if !slices.Contains(titles, `Seizure <cargo> & "papers"`) {
		t.Errorf("titles %q lack the escaped label", titles)
	}
	s := buf.String()
	for _, want := range []string{`<svg xmlns="http://www.w3.org/2000/svg"`, `class="node kind-event"`, "<polygon", "<circle",
		`marker-end="url(#arrow)"`, "<title>perpetrator</title>"} {
		if !strings.Contains(s, want) {
			t.Errorf("the SVG lacks %s", want)
		}
	}
	if n := strings.Count(s, "<line "); n != 6 {
		t.Errorf("%d edges, want the 6 between visible nodes", n)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestChartExportPNG(t *testing.T) {
	c, _ := shownSmallCase(t)
	var buf bytes.Buffer
	if err := c.ExportPNG(&buf, 640, 480); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("the PNG does not decode: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 640 || b.Dy() != 480 {
		t.Errorf("size %v", b)
	}
	bg := img.At(0, 0)
	painted := 0
	for y := 0; y < 480; y += 2 {
		for x := 0; x < 640; x += 2 {
			if img.At(x, y) != bg {
				painted++
			}
		}
	}
	if painted < 500 {
		t.Errorf("only %d sampled pixels differ from the background", painted)
	}
	for _, size := range [][2]int{{0, 10}, {10, -1}, {20000, 10}} {
		if err := c.ExportPNG(io.Discard, size[0], size[1]); err == nil {
			t.Errorf("size %v: no error", size)
		}
	}
	if err := c.ExportPNG(failingWriter{}, 10, 10); err == nil {
		t.Error("a failing writer gave no error")
	}
	if err := c.ExportSVG(failingWriter{}); err == nil {
		t.Error("a failing writer gave no error for SVG")
	}
}
