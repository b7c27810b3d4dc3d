package ui

import (
	"context"
	"errors"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// Progress reports how far a job is: fraction in [0,1] (negative: unknown) and a line of text.
type Progress func(fraction float64, message string)

// Job is long work run off the UI goroutine.
type Job func(ctx context.Context, progress Progress) error

// runJob runs job in a goroutine behind a modal progress dialog with a
// Cancel button. Progress updates and the completion callback reach the UI
// goroutine through fyne.Do; an error other than cancellation is shown in
// plain words and logged in full. done (may be nil) runs on the UI goroutine
// with the job's error. This is the one helper every long task goes through.
// The returned channel closes once done has run.
func runJob(win fyne.Window, title string, job Job, done func(error)) <-chan struct{} {
	finished := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	label := widget.NewLabel("Starting…")
	label.Truncation = fyne.TextTruncateEllipsis
	var dlg *dialog.CustomDialog
	cancelBtn := widget.NewButton("Cancel", func() {
		label.SetText("Cancelling…")
		cancel()
	})
	content := container.NewVBox(label, bar, container.NewCenter(cancelBtn))
	dlg = dialog.NewCustomWithoutButtons(title, content, win)
	dlg.Resize(fyne.NewSize(420, 150))
	dlg.Show()

	progress := func(f float64, msg string) {
		fyne.Do(func() {
			if f >= 0 {
				bar.SetValue(f)
			}
			label.SetText(msg)
		})
	}
	go func() {
		err := job(ctx, progress)
		cancel()
		fyne.Do(func() {
			dlg.Hide()
			if err != nil && !isCanceled(err) {
				showError(win, title, err)
			}
			if done != nil {
				done(err)
			}
		})
		close(finished)
	}()
	return finished
}

func isCanceled(err error) bool {
	return errors.Is(err, context.Canceled) || app.ErrorCode(err) == app.ECANCELED
}

// showError shows err's plain message in a dialog and logs the whole chain.
func showError(win fyne.Window, what string, err error) {
	log.Printf("%s: %v", what, err)
	dialog.ShowError(errors.New(app.ErrorMessage(err)), win)
}
