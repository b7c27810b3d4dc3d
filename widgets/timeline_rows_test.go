package widgets

import (
	"slices"
	"testing"
	"time"
)

func TestLaneOrder(t *testing.T) {
	items := []TimelineItem{{Lane: "seizure"}, {Lane: "arrest"}, {Lane: "meeting"}, {Lane: "arrest"}, {Lane: ""}}
	tests := []struct {
		name  string
		order []string
		want  []string
	}{
		{"OK no order: by name", nil, []string{"", "arrest", "meeting", "seizure"}},
		{"OK order first, then the rest", []string{"meeting", "seizure"}, []string{"meeting", "seizure", "", "arrest"}},
		{"OK empty lanes asked for are kept", []string{"statement", "arrest"}, []string{"statement", "arrest", "", "meeting", "seizure"}},
		{"OK duplicates once", []string{"arrest", "arrest"}, []string{"arrest", "", "meeting", "seizure"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := laneOrder(tt.order, items); !slices.Equal(got, tt.want) {
				t.Errorf("laneOrder = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPackRows(t *testing.T) {
	tests := []struct {
		name        string
		ext         []extent
		maxRows     int
		wantRows    []int
		wantCrowded []bool
		wantN       int
	}{
		{"OK apart: one row", []extent{{0, 1, 5}, {10, 11, 15}, {20, 21, 25}}, 4,
			[]int{0, 0, 0}, []bool{false, false, false}, 1},
		{"OK a label pushes the next item down", []extent{{0, 1, 12}, {10, 11, 15}, {20, 21, 25}}, 4,
			[]int{0, 1, 0}, []bool{false, false, false}, 2},
		{"OK first free row is reused", []extent{{0, 1, 30}, {5, 6, 8}, {10, 11, 12}}, 4,
			[]int{0, 1, 1}, []bool{false, false, false}, 2},
		{"OK full: the covered label is dropped", []extent{{0, 1, 30}, {2, 3, 30}, {4, 5, 6}}, 2,
			[]int{0, 1, 0}, []bool{true, false, true}, 2},
		{"OK empty lane has one row", nil, 3, []int{}, []bool{}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			order := make([]int, len(tt.ext))
			for i := range order {
				order[i] = i
			}
			rows, crowded, n := packRows(tt.ext, order, tt.maxRows, 1)
			if !slices.Equal(rows, tt.wantRows) || !slices.Equal(crowded, tt.wantCrowded) || n != tt.wantN {
				t.Errorf("rows %v crowded %v n %d, want %v %v %d", rows, crowded, n, tt.wantRows, tt.wantCrowded, tt.wantN)
			}
		})
	}
}

func TestIsPoint(t *testing.T) {
	d := date(2024, 3, 7)
	tests := []struct {
		name string
		it   TimelineItem
		want bool
	}{
		{"OK day: End == Start", TimelineItem{Start: d, End: d}, true},
		{"OK day: zero End", TimelineItem{Start: d}, true},
		{"OK End before Start is a point", TimelineItem{Start: d, End: d.Add(-time.Hour)}, true},
		{"OK month is a bar", TimelineItem{Start: date(2024, 3, 1), End: date(2024, 4, 1)}, false},
	}
	for _, tt := range tests {
		if got := tt.it.isPoint(); got != tt.want {
			t.Errorf("%s: isPoint = %v", tt.name, got)
		}
	}
}
