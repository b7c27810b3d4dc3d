// Command icon draws Dossier's application icon (assets/icon.png): a page on
// a dark rounded square, with three highlight bars in the entity colours and
// a magnifying glass. Run from the repository root: go run ./assets/gen/icon
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

const size = 512

func main() {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	bg := color.NRGBA{0x1f, 0x2a, 0x44, 0xff}
	page := color.NRGBA{0xf4, 0xf1, 0xea, 0xff}
	ink := color.NRGBA{0x9a, 0xa3, 0xb5, 0xff}
	bars := []color.NRGBA{{0x4c, 0x8d, 0xf6, 0xff}, {0xf2, 0xa5, 0x3a, 0xff}, {0x3c, 0xb3, 0x71, 0xff}}
	fill(img, func(x, y float64) bool { return inRoundedRect(x, y, 16, 16, 496, 496, 96) }, bg)
	fill(img, func(x, y float64) bool { return inRoundedRect(x, y, 110, 70, 370, 440, 24) }, page)
	for i := 0; i < 8; i++ {
		y0 := 120.0 + float64(i)*38
		x1 := 330.0
		if i%3 == 2 {
			x1 = 270
		}
		fill(img, func(x, y float64) bool { return x >= 145 && x <= x1 && y >= y0 && y <= y0+10 }, ink)
	}
	for i, c := range bars {
		y0 := 150.0 + float64(i)*76
		x0 := 145.0 + float64(i%2)*40
		fill(img, func(x, y float64) bool { return inRoundedRect(x, y, x0, y0, x0+130, y0+24, 8) }, c)
	}
	ring := color.NRGBA{0xff, 0xff, 0xff, 0xff}
	fill(img, func(x, y float64) bool {
		d := math.Hypot(x-350, y-340)
		return d >= 62 && d <= 82
	}, ring)
	fill(img, func(x, y float64) bool { return nearSegment(x, y, 408, 398, 466, 456, 18) }, ring)
	f, err := os.Create("assets/icon.png")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
}

// fill paints every pixel whose centre satisfies in.
func fill(img *image.NRGBA, in func(x, y float64) bool, c color.NRGBA) {
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			if in(float64(x)+0.5, float64(y)+0.5) {
				img.SetNRGBA(x, y, c)
			}
		}
	}
}

func inRoundedRect(x, y, x0, y0, x1, y1, r float64) bool {
	if x < x0 || x > x1 || y < y0 || y > y1 {
		return false
	}
	cx := math.Max(x0+r, math.Min(x, x1-r))
	cy := math.Max(y0+r, math.Min(y, y1-r))
	return math.Hypot(x-cx, y-cy) <= r
}

func nearSegment(x, y, ax, ay, bx, by, w float64) bool {
	dx, dy := bx-ax, by-ay
	t := math.Max(0, math.Min(1, ((x-ax)*dx+(y-ay)*dy)/(dx*dx+dy*dy)))
	return math.Hypot(x-(ax+t*dx), y-(ay+t*dy)) <= w
}
