package widgets

import (
	"math"
	"testing"
	"time"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestTimeAxisRoundTrip(t *testing.T) {
	a := timeAxis{t0: unixSeconds(date(2024, 3, 1)), spu: 3600, left: 40}
	for _, x := range []float32{40, 41.5, 500, -20} {
		if got := a.x(a.at(x)); math.Abs(float64(got-x)) > 1e-3 {
			t.Errorf("x(at(%v)) = %v", x, got)
		}
	}
	if got := a.x(unixSeconds(date(2024, 3, 2))); got != 40+24 {
		t.Errorf("a day later at x = %v, want 64", got)
	}
	if got := fromUnixSeconds(a.at(40 + 24)); !got.Equal(date(2024, 3, 2)) {
		t.Errorf("at(64) = %v", got)
	}
}

func TestTimeAxisZoomAroundPoint(t *testing.T) {
	const width = 1000
	start := timeAxis{t0: unixSeconds(date(2024, 1, 1)), spu: day, left: 100}
	tests := []struct {
		name     string
		f        float64
		x        float32
		wantSpan float64 // seconds across the width
	}{
		{"OK zoom in at the left edge", 2, 100, 500 * day},
		{"OK zoom in mid-way", 4, 600, 250 * day},
		{"OK zoom out", 0.5, 350, 2000 * day},
		{"OK clamped to an hour", 1e9, 600, timelineMinSpan},
		{"OK clamped to 5000 years", 1e-9, 600, timelineMaxSpan},
		{"ErrBadFactor ignored", math.NaN(), 600, 1000 * day},
		{"ErrZeroFactor ignored", 0, 600, 1000 * day},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := start
			under := a.at(tt.x)
			a.zoomAt(tt.f, tt.x, width)
			from, to := a.span(width)
			if math.Abs((to-from)-tt.wantSpan) > 1e-6*tt.wantSpan {
				t.Errorf("span = %v days, want %v", (to-from)/day, tt.wantSpan/day)
			}
			if math.Abs(a.at(tt.x)-under) > 1e-3 {
				t.Errorf("the instant under x moved by %v s", a.at(tt.x)-under)
			}
		})
	}
}

func TestTimeAxisShow(t *testing.T) {
	var a timeAxis
	a.show(unixSeconds(date(2024, 3, 1)), unixSeconds(date(2024, 4, 1)), 620)
	from, to := a.span(620)
	if !fromUnixSeconds(from).Equal(date(2024, 3, 1)) || !fromUnixSeconds(to).Equal(date(2024, 4, 1)) {
		t.Errorf("span = %v .. %v", fromUnixSeconds(from), fromUnixSeconds(to))
	}
	a.show(100, 100, 500) // an instant: widened to an hour around it
	if from, to := a.span(500); to-from != timelineMinSpan || (from+to)/2 != 100 {
		t.Errorf("an empty period shows %v..%v", from, to)
	}
}

func TestTicks(t *testing.T) {
	tests := []struct {
		name      string
		from, to  time.Time
		spu       float64
		wantFirst string
		wantN     int
	}{
		{"OK years", date(2019, 6, 1), date(2024, 6, 1), 365.24 * day / 100, "2020", 5},
		{"OK months", date(2024, 1, 15), date(2024, 5, 15), 31 * day / 100, "Feb 2024", 4},
		{"OK weeks start on Monday", date(2024, 3, 1), date(2024, 3, 31), 7 * day / 100, "4 Mar 2024", 4},
		{"OK days", date(2024, 3, 1), date(2024, 3, 5), day / 100, "1 Mar 2024", 5},
		{"OK hours", date(2024, 3, 1).Add(time.Hour), date(2024, 3, 1).Add(7 * time.Hour), 3 * 3600 / 100.0, "03:00", 2},
		{"OK centuries", date(1500, 1, 1), date(2024, 1, 1), 100 * 365.24 * day / 100, "1500", 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := ticks(unixSeconds(tt.from), unixSeconds(tt.to), chooseStep(tt.spu))
			if len(ts) != tt.wantN || ts[0].label != tt.wantFirst {
				t.Fatalf("got %d ticks from %q, want %d from %q", len(ts), ts[0].label, tt.wantN, tt.wantFirst)
			}
			for k := 1; k < len(ts); k++ {
				if !ts[k].t.After(ts[k-1].t) {
					t.Errorf("ticks out of order: %v then %v", ts[k-1].t, ts[k].t)
				}
			}
		})
	}
}

func TestChooseStepKeepsLabelsApart(t *testing.T) {
	for spu := 1.0; spu < timelineMaxSpan; spu *= 1.7 {
		s := chooseStep(spu)
		if s != tickSteps[len(tickSteps)-1] && s.approx/spu < minTickSpacing {
			t.Fatalf("spu %v: step %v is %v units apart", spu, s, s.approx/spu)
		}
	}
}
