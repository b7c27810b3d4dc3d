// Command scrolldemo measures how smoothly a long article scrolls in a real window: it shows a
// generated 5,000-word article in a 1100×720 window and scrolls it back and forth a few pixels every
// 16 ms for a while, printing each second how many scroll steps the Fyne goroutine executed and how
// many frames were actually painted, then the minimum and median of both.
//
// Frames are counted with a tiny canvas.Raster refreshed on every step: its generator runs once per
// painted frame, so generator calls per second are frames per second.
//
//	go run ./widgets/internal/scrolldemo [-mode annotated|plain|label] [-secs 10]
//
// The modes compare the AnnotatedText widget with 500 highlights (annotated), the same widget with no
// highlights (plain), and a stock word-wrapped widget.Label in a container.Scroll (label).
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/widgets"
)

const (
	articleWords   = 5000
	highlightCount = 500
	stepInterval   = 16 * time.Millisecond
	stepPixels     = 4 // per scroll step, like a slow wheel or a trackpad
	warmUp         = 1500 * time.Millisecond
)

// vocabulary feeds the generated article; the sentences make no sense, the word lengths do.
var vocabulary = strings.Fields(`the of and to in a that for on with as by was said at from his her
ministry convoy shipment port river bank inquiry cooperative director analysts institute officials
colonel envoy spokesman statement border customs cargo tonnes wheat papers account frozen release
farmers provinces export rules talks dispute council harbour minister agency report witness court
evidence transfer company shareholder payment contract election district police commander village`)

// counters are written by the Fyne goroutine (steps) and the paint thread (frames), read each second.
type counters struct {
	steps, frames atomic.Int64
}

func main() {
	mode := flag.String("mode", "annotated", "annotated (500 highlights), plain (no highlights) or label")
	secs := flag.Int("secs", 10, "seconds to scroll")
	flag.Parse()

	a := fyneapp.NewWithID("dossier.widgets.scrolldemo")
	a.Settings().SetTheme(widgets.HighlightTheme(theme.DefaultTheme()))
	w := a.NewWindow("Scroll demo")
	text := article(articleWords)
	scroll, err := buildScroll(*mode, text)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	c := &counters{}
	probe := canvas.NewRaster(func(int, int) image.Image {
		c.frames.Add(1)
		return image.NewUniform(color.Transparent)
	})
	probe.SetMinSize(fyne.NewSquareSize(4))
	top := container.NewHBox(widget.NewLabel("scrolldemo: "+*mode), probe)
	w.SetContent(container.NewBorder(top, nil, nil, nil, scroll.outer))
	w.Resize(fyne.NewSize(1100, 720))
	a.Lifecycle().SetOnStarted(func() {
		go run(a, scroll.inner, probe, c, *mode, *secs)
	})
	w.ShowAndRun()
}

// scrollable is what the window shows (outer) and the scroll container the steps drive (inner).
type scrollable struct {
	outer fyne.CanvasObject
	inner *container.Scroll
}

// buildScroll makes the measured widget for mode.
func buildScroll(mode, text string) (scrollable, error) {
	switch mode {
	case "annotated", "plain":
		t := widgets.NewAnnotatedText(text)
		if mode == "annotated" {
			t.SetHighlights(highlights(text, highlightCount))
		}
		// The widget keeps its scroll container private; its renderer's only object is that container.
		inner, ok := test.WidgetRenderer(t).Objects()[0].(*container.Scroll)
		if !ok {
			return scrollable{}, fmt.Errorf("annotated text: no inner scroll container")
		}
		return scrollable{outer: t, inner: inner}, nil
	case "label":
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		s := container.NewVScroll(l)
		return scrollable{outer: s, inner: s}, nil
	}
	return scrollable{}, fmt.Errorf("unknown mode %q", mode)
}

// article generates words words of text in paragraphs of about 90 words, the same on every run.
func article(words int) string {
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for i := range words {
		switch {
		case i == 0:
		case i%90 == 0:
			b.WriteString(".\n\n")
		case i%15 == 0:
			b.WriteString(". ")
		default:
			b.WriteByte(' ')
		}
		w := vocabulary[r.IntN(len(vocabulary))]
		if i%15 == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w)
	}
	b.WriteString(".")
	return b.String()
}

// highlights spreads n highlights of one to three words evenly over text, cycling through the
// highlight colours and alternating accepted and pending.
func highlights(text string, n int) []widgets.Highlight {
	starts := wordStarts(text)
	names := widgets.HighlightColorNames()
	every := len(starts) / n
	hs := make([]widgets.Highlight, 0, n)
	for i := range n {
		wi := i * every
		endWord := min(wi+1+i%3, len(starts))
		end := utf8.RuneCountInString(text) // the last word ends the text
		if endWord < len(starts) {
			end = starts[endWord] - 1
		}
		hs = append(hs, widgets.Highlight{Start: starts[wi], End: end, ID: int64(i + 1),
			Style: widgets.HighlightStyle{Color: names[i%len(names)], Pending: i%2 == 1}})
	}
	return hs
}

// wordStarts returns the code-point offset of each word's first character.
func wordStarts(text string) []int {
	var starts []int
	prevSpace := true
	i := 0
	for _, r := range text {
		space := r == ' ' || r == '\n'
		if prevSpace && !space {
			starts = append(starts, i)
		}
		prevSpace = space
		i++
	}
	return starts
}

// run scrolls for secs seconds after a warm-up, printing the rates each second and a summary, then
// quits the app.
func run(a fyne.App, s *container.Scroll, probe *canvas.Raster, c *counters, mode string, secs int) {
	time.Sleep(warmUp)
	dir := float32(-1) // a negative DY scrolls down, as a wheel turned towards the user does
	step := func() {
		c.steps.Add(1)
		s.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: dir * stepPixels}})
		maxY := s.Content.MinSize().Height - s.Size().Height
		if (dir < 0 && s.Offset.Y >= maxY) || (dir > 0 && s.Offset.Y <= 0) {
			dir = -dir
		}
		canvas.Refresh(probe)
	}
	tick := time.NewTicker(stepInterval)
	defer tick.Stop()
	var fps, sps []float64
	start := time.Now()
	lastT, lastF, lastS := start, c.frames.Load(), c.steps.Load()
	for now := range tick.C {
		fyne.Do(step)
		if now.Sub(lastT) < time.Second {
			continue
		}
		f, st := c.frames.Load(), c.steps.Load()
		dt := now.Sub(lastT).Seconds()
		fps = append(fps, float64(f-lastF)/dt)
		sps = append(sps, float64(st-lastS)/dt)
		fmt.Printf("%s t=%2ds fps=%5.1f steps/s=%5.1f\n", mode, len(fps), fps[len(fps)-1], sps[len(sps)-1])
		lastT, lastF, lastS = now, f, st
		if len(fps) >= secs {
			break
		}
	}
	fmt.Printf("SUMMARY %s: fps min %.1f median %.1f; steps/s min %.1f median %.1f (%d s)\n",
		mode, slices.Min(fps), median(fps), slices.Min(sps), median(sps), len(fps))
	fyne.Do(a.Quit)
}

// median returns the middle value of xs (the mean of the two middle ones for an even count).
func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
