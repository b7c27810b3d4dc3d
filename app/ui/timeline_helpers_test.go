package ui

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"fyne.io/fyne/v2/widget"

	"dossier/widgets"
)

func contains(s, sub string) bool { return strings.Contains(s, sub) }

// evidenceButtons returns the detail panel's evidence buttons (the first
// row holds "Open in Events").
func evidenceButtons(d *eventDetail) []*widget.Button {
	var out []*widget.Button
	for _, o := range d.sources.Objects {
		if b, ok := o.(*widget.Button); ok {
			out = append(out, b)
		}
	}
	return out
}

// showTimeline brings the Timeline tab forward, which draws it.
func showTimeline(f *caseFixture) *timelineScreen {
	f.w.selectTab(f.w.timeline.ui)
	return f.w.timeline
}

// showChart brings the Chart tab forward, which draws it, with the chart
// widget laying out on the calling goroutine. In the test driver fyne.Do
// runs on the caller's goroutine, so a background layout would write the
// chart's positions from its own goroutine while the test reads them (a
// race only tests have). The widgets package sets the same unexported
// switch in its own tests; there is no exported one.
func showChart(t *testing.T, f *caseFixture) *chartScreen {
	t.Helper()
	setSyncLayout(t, f.w.chart.chart)
	f.w.selectTab(f.w.chart.ui)
	return f.w.chart
}

func setSyncLayout(t *testing.T, c *widgets.Chart) {
	t.Helper()
	fv := reflect.ValueOf(c).Elem().FieldByName("sync")
	if !fv.IsValid() || fv.Kind() != reflect.Bool {
		t.Fatal("widgets.Chart has no sync switch any more: update this helper")
	}
	reflect.NewAt(fv.Type(), unsafe.Pointer(fv.UnsafeAddr())).Elem().SetBool(true)
}
