package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/app"
	"dossier/storage/sqlite"
)

// benchName is entity i's name: one capitalised word of letters, so the
// store's resolver finds no acronym or shared last name to suggest merges on.
func benchName(i int) string {
	b := []byte("Qaaaa")
	for k := 4; k > 0 && i > 0; k-- {
		b[k] = byte('a' + i%26)
		i /= 26
	}
	return string(b)
}

// benchCaseFile imports one article that mentions n distinct entities
// (ORG, LOC, NORP, PERSON in turn) and returns the open case file.
func benchCaseFile(b *testing.B, n int) app.CaseFile {
	b.Helper()
	cf, err := sqlite.Create(filepath.Join(b.TempDir(), "big.dossier"), "Big", sqlite.Options{Actor: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	types := []app.EntityType{app.TypeOrg, app.TypeLoc, app.TypeNORP, app.TypePerson}
	var text strings.Builder
	ex := app.Extraction{Mentions: make([]app.ExtractedMention, 0, n)}
	for i := range n {
		name := benchName(i)
		text.WriteString(name + " ")
		ex.Mentions = append(ex.Mentions, app.ExtractedMention{
			Span: app.Span{Start: 6 * i, End: 6*i + 5}, Type: types[i%4], Text: name, Confidence: 0.5})
	}
	_, err = cf.Do(context.Background(), app.ImportArticles{
		Articles:    []app.Article{{Title: "Roll call", Format: "txt", Text: text.String()}},
		Extractions: []app.Extraction{ex},
	})
	if err != nil {
		b.Fatal(err)
	}
	return cf
}

// benchWindow is a 1100×720 main window on cf with the Entities tab shown.
func benchWindow(b *testing.B, cf app.CaseFile) (*mainWindow, *entitiesScreen) {
	w := newMainWindow(test.NewTempApp(b), testServices())
	b.Cleanup(func() { w.closeCaseFile(); w.win.Close() })
	w.win.Resize(fyne.NewSize(1100, 720))
	w.setCaseFile(cf)
	w.tabs.SelectIndex(1)
	return w, w.entities
}

// BenchmarkEntities measures the Entities screen on case files of 500
// (the baseline) and 50,000 entities: the first screen after opening, a
// jump to the end of the list, a search keystroke, the refresh after a
// command with an entity at the end selected, and finding an entity's row
// with no hint (the binary search used after a rename or a filter change).
func BenchmarkEntities(b *testing.B) {
	for _, n := range []int{500, 50000} {
		cf := benchCaseFile(b, n)
		w, s := benchWindow(b, cf)
		var last app.Entity
		b.Run(fmt.Sprintf("n=%d/firstScreen", n), func(b *testing.B) {
			bound := 0
			s.list.UpdateItem = func(id int, o fyne.CanvasObject) { bound++; s.bindEntityRow(id, o) }
			for b.Loop() {
				s.reload()
			}
			s.list.UpdateItem = s.bindEntityRow
			if s.pager.len() != n || bound == 0 {
				b.Fatalf("list length %d (want %d), %d rows bound", s.pager.len(), n, bound)
			}
			b.ReportMetric(float64(bound)/float64(b.N), "rows/op")
		})
		b.Run(fmt.Sprintf("n=%d/scrollToEnd", n), func(b *testing.B) {
			for b.Loop() {
				s.refreshList()
				s.list.ScrollToBottom()
			}
			last, _ = s.pager.at(n - 1)
		})
		b.Run(fmt.Sprintf("n=%d/searchKeystroke", n), func(b *testing.B) {
			for b.Loop() {
				s.search.SetText("qab")
				s.search.SetText("")
			}
		})
		s.selectEntity(last.ID)
		b.Run(fmt.Sprintf("n=%d/changedWithLastSelected", n), func(b *testing.B) {
			for b.Loop() {
				w.changed()
			}
			if s.selRow != n-1 {
				b.Fatalf("selection at row %d, want %d", s.selRow, n-1)
			}
		})
		b.Run(fmt.Sprintf("n=%d/locateWithoutHint", n), func(b *testing.B) {
			for b.Loop() {
				s.pager.pages = map[int][]app.Entity{}
				if s.pager.locate(last, -1) != n-1 {
					b.Fatal("not found")
				}
			}
		})
	}
}
