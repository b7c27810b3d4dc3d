package app_test

import (
	"testing"

	"dossier/app"
)

func TestDateWithin(t *testing.T) {
	d := func(v string) app.Date {
		x, err := app.ParseDate(v)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"2025-02-15", "2025", true},
		{"2025-02-15", "2025-02", true},
		{"2025-W07", "2025-02", true}, // 10–16 February
		{"2025-02", "2025-02-15", false},
		{"2025", "2025", false}, // the same period is not a refinement
		{"2024-12-31", "2025", false},
		{"2025-01-30/2025-02-02", "2025-02", false}, // overlaps the month's edge
		{"2025-02-15", "", false},
	} {
		if got := d(tt.a).Within(d(tt.b)); got != tt.want {
			t.Errorf("%q within %q = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
