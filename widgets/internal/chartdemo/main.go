// Command chartdemo shows the link chart widget with a generated case graph, for trying it out,
// for screenshots and for measuring the frame rate under a real driver:
//
//	go run ./widgets/internal/chartdemo [-n 2000] [-animate] [-quit 10s] [-dark]
//
// With -animate a goroutine pans and zooms the view through fyne.Do every 16 ms, and the frames
// drawn per second are logged (the raster generator's calls, from Chart.Frames). Right-click a
// node for its menu; double-click it to add neighbours; Shift+click selects a second node.
package main

import (
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/pprof"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/widgets"
)

// demo holds the window's state.
type demo struct {
	chart  *widgets.Chart
	status *widget.Label
	win    fyne.Window
	nodes  []widgets.ChartNode
	edges  []widgets.ChartEdge
	rng    *rand.Rand
}

func main() {
	n := flag.Int("n", 2000, "number of nodes (about twice as many edges)")
	animate := flag.Bool("animate", false, "pan and zoom continuously and log the frame rate")
	quit := flag.Duration("quit", 0, "quit after this long (0: stay open)")
	dark := flag.Bool("dark", false, "use the dark theme")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the run to this file")
	labels := flag.Int("labels", 0, "most node labels at once (0: the widget's default)")
	flag.Parse()
	if *profile != "" {
		stop := startProfile(*profile)
		defer stop()
	}

	a := fyneapp.NewWithID("dossier.widgets.chartdemo")
	variant := theme.VariantLight
	if *dark {
		variant = theme.VariantDark
	}
	a.Settings().SetTheme(widgets.ForcedVariant(widgets.HighlightTheme(theme.DefaultTheme()), variant))
	d := &demo{rng: rand.New(rand.NewPCG(42, 1))}
	d.nodes, d.edges = sampleGraph(*n, 2**n, 1)
	d.win = a.NewWindow(fmt.Sprintf("Link chart demo — %d nodes, %d edges", len(d.nodes), len(d.edges)))
	d.win.SetContent(d.buildUI())
	d.chart.MaxLabels = *labels
	d.win.Resize(fyne.NewSize(1280, 800))
	d.chart.SetGraph(d.nodes, d.edges)
	go d.logFrames()
	if *animate {
		go d.animate()
	}
	if *quit > 0 {
		go func() {
			time.Sleep(*quit)
			fyne.Do(a.Quit)
		}()
	}
	d.win.ShowAndRun()
}

func (d *demo) buildUI() fyne.CanvasObject {
	d.chart = widgets.NewChart()
	d.status = widget.NewLabel("Tap a node; Shift+click a second one for a path; right-click for more.")
	d.chart.OnTapped = func(id string) { d.status.SetText("Tapped " + d.label(id)) }
	d.chart.OnExpand = d.expand
	d.chart.OnTappedSecondary = d.menu
	sizes := widget.NewSelect([]string{"Size by degree", "Size by betweenness", "Same size"}, func(s string) {
		d.chart.SetSizeMode(map[string]widgets.SizeMode{"Size by degree": widgets.SizeByDegree,
			"Size by betweenness": widgets.SizeByBetweenness, "Same size": widgets.SizeUniform}[s])
	})
	sizes.SetSelected("Size by degree")
	bar := container.NewHBox(
		widget.NewButtonWithIcon("Fit", theme.ZoomFitIcon(), d.chart.Fit),
		widget.NewButtonWithIcon("Lay out again", theme.ViewRefreshIcon(), d.chart.Relayout),
		widget.NewButton("Path between selected", d.pathBetweenSelected),
		widget.NewButton("Export PNG + SVG", d.export),
		sizes,
	)
	return container.NewBorder(bar, d.status, nil, nil, d.chart)
}

func (d *demo) label(id string) string {
	for _, n := range d.nodes {
		if n.ID == id {
			return n.Label
		}
	}
	return id
}

func (d *demo) pathBetweenSelected() {
	sel := d.chart.Selected()
	if len(sel) != 2 {
		d.status.SetText("Select two nodes (Shift+click the second).")
		return
	}
	p := d.chart.ShortestPath(sel[0], sel[1])
	d.status.SetText(fmt.Sprintf("Shortest path: %d nodes", len(p)))
}

// menu shows a node's context menu.
func (d *demo) menu(id string, ev *fyne.PointEvent) {
	if id == "" {
		return
	}
	items := []*fyne.MenuItem{
		fyne.NewMenuItem("Expand neighbours", func() { d.expand(id) }),
		fyne.NewMenuItem("Hide", func() { d.chart.HideNode(id) }),
	}
	if sel := d.chart.Selected(); len(sel) == 1 && sel[0] != id {
		from := sel[0]
		items = append(items, fyne.NewMenuItem("Shortest path from "+d.label(from), func() {
			d.status.SetText(fmt.Sprintf("Shortest path: %v", d.chart.ShortestPath(from, id)))
		}))
	}
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), d.win.Canvas(), ev.AbsolutePosition)
}

// expand stands in for the data owner: it adds three new neighbours to a node.
func (d *demo) expand(id string) {
	for k := 0; k < 3; k++ {
		nid := fmt.Sprintf("x%d", len(d.nodes))
		d.nodes = append(d.nodes, widgets.ChartNode{ID: nid, Label: "New lead " + nid, Kind: "SELECTOR",
			Color: widgets.ColorNameHighlightRed, Shape: widgets.ShapeTriangle})
		d.edges = append(d.edges, widgets.ChartEdge{From: id, To: nid, Label: "mentions"})
	}
	d.chart.SetGraph(d.nodes, d.edges)
	d.status.SetText("Expanded " + d.label(id))
}

func (d *demo) export() {
	dir := os.TempDir()
	for _, f := range []struct {
		name  string
		write func(*os.File) error
	}{
		{"chartdemo.png", func(f *os.File) error { return d.chart.ExportPNG(f, 1600, 1000) }},
		{"chartdemo.svg", func(f *os.File) error { return d.chart.ExportSVG(f) }},
	} {
		path := filepath.Join(dir, f.name)
		file, err := os.Create(path)
		if err == nil {
			err = f.write(file)
			if cerr := file.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			d.status.SetText("Export failed: " + err.Error())
			return
		}
	}
	d.status.SetText("Exported to " + filepath.Join(dir, "chartdemo.png") + " and .svg")
}

// logFrames logs the frames drawn in each second.
func (d *demo) logFrames() {
	last := d.chart.Frames()
	for range time.Tick(time.Second) {
		now := d.chart.Frames()
		log.Printf("fps: %d (frames drawn in the last second)", now-last)
		last = now
	}
}

// animate pans and zooms the chart every 16 ms, like a user dragging and scrolling without pause.
func (d *demo) animate() {
	time.Sleep(3 * time.Second) // let the layout settle a little first
	start := time.Now()
	tick := 0
	for range time.Tick(16 * time.Millisecond) {
		t := time.Since(start).Seconds()
		tick++
		zoom := tick%2 == 0 // one view change per event, as from a mouse
		fyne.Do(func() {
			size := d.chart.Size()
			if zoom {
				d.chart.Zoom(float32(1+0.02*math.Sin(t*1.3)), fyne.NewPos(size.Width/2, size.Height/2))
			} else {
				d.chart.Pan(float32(8*math.Cos(t)), float32(6*math.Sin(t*0.7)))
			}
		})
	}
}

// startProfile starts a CPU profile and returns the function that ends it.
func startProfile(path string) func() {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		log.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
