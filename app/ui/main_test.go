package ui

import (
	"os"
	"testing"
	"time"
)

// TestMain makes the search boxes' debounce timers never fire on their own
// during tests: the test driver runs fyne.Do on the caller's goroutine, so a
// timer firing mid-test would touch widgets from the timer's goroutine and
// race with the test. Tests press Enter or flush instead, as a user would
// wait. (The debouncer itself is tested with its own short delay.)
func TestMain(m *testing.M) {
	filterDelay = time.Hour
	previewDelay = time.Hour
	os.Exit(m.Run())
}
