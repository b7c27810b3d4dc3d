package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// precisionChoices are the precision menu's labels, in the order of
// coarseness; "unknown" clears the date.
var precisionChoices = []struct {
	label string
	p     app.Precision
}{
	{"day", app.PrecisionDay},
	{"week", app.PrecisionWeek},
	{"month", app.PrecisionMonth},
	{"year", app.PrecisionYear},
	{"range", app.PrecisionRange},
	{"unknown", app.PrecisionUnknown},
}

func precisionLabel(p app.Precision) string {
	for _, c := range precisionChoices {
		if c.p == p {
			return c.label
		}
	}
	return "unknown"
}

func precisionOfLabel(label string) app.Precision {
	for _, c := range precisionChoices {
		if c.label == label {
			return c.p
		}
	}
	return app.PrecisionUnknown
}

// dateHint is what the date entry accepts.
const dateHint = "2024-03-07, 2024-W10, 2024-03, 2024 or 2024-03-01/2024-03-07"

// dateField edits an event date: an entry for the ISO value, a precision
// menu that follows what is typed (and, when chosen, coarsens or widens
// the value: "2024-03-07" at month precision is "2024-03"), and a line
// showing the date as it will read everywhere ("March 2024").
type dateField struct {
	entry     *widget.Entry
	prec      *widget.Select
	shown     *widget.Label
	ui        fyne.CanvasObject
	onChanged func() // after every edit (may be nil)
	setting   bool   // the field itself is updating a widget
}

func newDateField() *dateField {
	f := &dateField{}
	f.entry = widget.NewEntry()
	f.entry.SetPlaceHolder("e.g. 2024-03-07 or 2024-03")
	f.entry.OnChanged = f.onEntry
	labels := make([]string, len(precisionChoices))
	for i, c := range precisionChoices {
		labels[i] = c.label
	}
	f.prec = widget.NewSelect(labels, f.onPrecision)
	f.shown = widget.NewLabel("")
	f.shown.Wrapping = fyne.TextWrapWord
	f.ui = container.NewVBox(container.NewBorder(nil, nil, nil, f.prec, f.entry), f.shown)
	f.set(app.Date{})
	return f
}

// set shows d without counting as an edit.
func (f *dateField) set(d app.Date) {
	f.setting = true
	defer func() { f.setting = false }()
	f.entry.SetText(d.Value)
	f.prec.SetSelected(precisionLabel(d.Precision))
	f.showDate(d, nil)
}

// value is the date typed, validated; its precision comes from its form.
func (f *dateField) value() (app.Date, error) { return app.ParseDate(f.entry.Text) }

func (f *dateField) onEntry(string) {
	d, err := f.value()
	if err == nil && !f.setting {
		f.setting = true
		f.prec.SetSelected(precisionLabel(d.Precision))
		f.setting = false
	}
	f.showDate(d, err)
	f.edited()
}

// onPrecision rewrites the value at the chosen precision.
func (f *dateField) onPrecision(label string) {
	if f.setting {
		return
	}
	d, err := f.value()
	if err != nil {
		f.showDate(d, err)
		return
	}
	f.entry.SetText(datePrecision(d, precisionOfLabel(label)))
	if d.IsZero() && precisionOfLabel(label) != app.PrecisionUnknown {
		f.shown.SetText("Type the date: " + dateHint)
	}
}

func (f *dateField) showDate(d app.Date, err error) {
	switch {
	case err != nil:
		f.shown.Importance = widget.DangerImportance
		f.shown.SetText("Not a date. Type " + dateHint)
	case d.IsZero():
		f.shown.Importance = widget.LowImportance
		f.shown.SetText("date unknown — type " + dateHint)
	default:
		f.shown.Importance = widget.MediumImportance
		f.shown.SetText("Reads: " + d.String())
	}
}

func (f *dateField) edited() {
	if !f.setting && f.onChanged != nil {
		f.onChanged()
	}
}

// datePrecision rewrites a known date at precision p: a coarser precision
// keeps the period holding the date's first day, "range" spells the period
// out as first day/last day, "unknown" clears it. An unknown date stays
// unknown (there is nothing to rewrite).
func datePrecision(d app.Date, p app.Precision) string {
	from, to, ok := d.Bounds()
	if !ok || p == app.PrecisionUnknown {
		return ""
	}
	switch p {
	case app.PrecisionDay:
		return from.Format("2006-01-02")
	case app.PrecisionWeek:
		y, w := from.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case app.PrecisionMonth:
		return from.Format("2006-01")
	case app.PrecisionYear:
		return from.Format("2006")
	case app.PrecisionRange:
		if d.Precision == app.PrecisionRange {
			return d.Value
		}
		return from.Format("2006-01-02") + "/" + to.AddDate(0, 0, -1).Format("2006-01-02")
	}
	return d.Value
}
