package widgets

import (
	"slices"
	"strings"
)

// maxRowsPerLane caps the rows a lane stacks its items into: beyond it, items overlap in the row
// that frees up first and lose their labels, so that one crowded lane cannot push the others off
// screen.
const maxRowsPerLane = 8

// laneOrder returns the lanes to show: those of order first, in that order and once each (even
// when no item uses them: the caller asked for them), then the other lanes the items use, sorted
// by name.
func laneOrder(order []string, items []TimelineItem) []string {
	seen := make(map[string]bool, len(order))
	var lanes []string
	for _, l := range order {
		if !seen[l] {
			seen[l] = true
			lanes = append(lanes, l)
		}
	}
	var rest []string
	for _, it := range items {
		if !seen[it.Lane] {
			seen[it.Lane] = true
			rest = append(rest, it.Lane)
		}
	}
	slices.SortFunc(rest, strings.Compare)
	return append(lanes, rest...)
}

// extent is the room an item takes in its row, in units of the axis (seconds / spu): its mark
// runs from x0 to mark, its label (if any) to x1.
type extent struct{ x0, mark, x1 float64 }

// packRows stacks the items of one lane, given in the order to place them (by start), into rows
// so that no two extents in a row come closer than gap: each goes into the first row where it
// fits, or a new row while there are fewer than maxRows. When none is left it goes, without its
// label (crowded), into the row whose last mark ends first, and that mark loses its label too if
// the new mark would cover it: marks may overlap, but never hide a label. It returns the row of
// each item, indexed like ext, the crowded flags and the number of rows (at least 1).
func packRows(ext []extent, order []int, maxRows int, gap float64) (rows []int, crowded []bool, n int) {
	rows = make([]int, len(ext))
	crowded = make([]bool, len(ext))
	type rowEnd struct {
		end, mark float64 // where the last label and the last mark end
		last      int
	}
	var ends []rowEnd
	for _, i := range order {
		e := ext[i]
		row := -1
		for r, end := range ends {
			if end.end+gap <= e.x0 {
				row = r
				break
			}
		}
		switch {
		case row >= 0:
		case len(ends) < maxRows:
			row = len(ends)
			ends = append(ends, rowEnd{end: e.x0, mark: e.x0})
		default:
			row = 0
			for r, end := range ends {
				if end.mark < ends[row].mark {
					row = r
				}
			}
			crowded[i] = true
			e.x1 = e.mark
			if last := ends[row].last; !crowded[last] && e.x0 < ends[row].end+gap {
				crowded[last] = true // the new mark would cover its label
				ends[row].end = ends[row].mark
			}
		}
		rows[i] = row
		ends[row] = rowEnd{end: max(ends[row].end, e.x1), mark: max(ends[row].mark, e.mark), last: i}
	}
	return rows, crowded, max(len(ends), 1)
}
