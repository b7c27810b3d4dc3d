package exporter

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"dossier/app"
)

// The fixture is an invented case: a break-in at a freight company's
// servers in Odesa, a warning, two arrests and a denial. Its articles carry
// a Cyrillic title, an Arabic name, and hostile text in a quoted span.

const (
	cyrillicTitle = "Задержаны двое подозреваемых в краже данных о грузах"
	arabicName    = "عبد الله الحسيني"
	hostileQuote  = `"We did not do it <script>alert(1)</script> <img src=x onerror=alert(1)> </style> ask them"`
)

var articleTexts = []string{
	// 1
	"ODESA — Investigators say intruders entered the booking servers of Black Sea Freight Lines " +
		"on 7 March and copied cargo manifests. Traffic was traced to 203.0.113.45 and to " +
		"hxxp://relay-drop[.]example/upload, a staging site.",
	// 2 (Cyrillic)
	"Полиция Одессы задержала Олександра Гриценко и Абдуллу аль-Хусейни. " +
		"По данным следствия, Гриценко входит в группу Grey Lantern. " +
		"Компания Black Sea Freight Lines в марте предупредила клиентов об утечке.",
	// 3 (hostile)
	"A channel attributed to Grey Lantern posted: " + hostileQuote + ". " +
		"The post names " + arabicName + " as a sympathiser.",
}

// spanOf returns the code-point span of sub in text; it fails the test when absent.
func spanOf(t testing.TB, text, sub string) app.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("fixture: %q not in %q", sub, text)
	}
	start := utf8.RuneCountInString(text[:i])
	return app.Span{Start: start, End: start + utf8.RuneCountInString(sub)}
}

func sha(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// chartPNG is a small deterministic picture standing in for the link chart.
func chartPNG(t testing.TB) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 40, 20))
	for y := 0; y < 20; y++ {
		for x := 0; x < 40; x++ {
			img.Set(x, y, color.NRGBA{R: uint8(x * 6), G: 90, B: uint8(y * 12), A: 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// fixture builds the case bundle every exporter test uses.
func fixture(t testing.TB) *app.CaseBundle {
	t.Helper()
	a1, a2, a3 := articleTexts[0], articleTexts[1], articleTexts[2]
	ev := func(article int64, text, sub string, quote bool) app.Evidence {
		e := app.Evidence{ArticleID: article, Span: spanOf(t, text, sub)}
		if quote {
			e.Quote = sub
		}
		return e
	}
	hostile := ev(3, a3, hostileQuote, false) // quote left empty: sliced from the text
	b := &app.CaseBundle{
		Case: app.Case{ID: 7, Title: "Harbour Relay: theft of shipping data", Status: app.CaseOpen,
			Summary: "# Assessment\n\nGrey Lantern **probably** stole manifests from *Black Sea Freight Lines* " +
				"and used a [staging site](https://harbour-wire.example/analysis).\n\n" +
				"- Two suspects arrested, one named " + arabicName + "\n- Claims remain unverified\n\n" +
				"Pasted from the channel: <b onclick=\"steal()\">bold</b> and " +
				"<a href=\"javascript:alert(3)\">link</a>, [click](javascript:alert(2)) <javascript:alert(4)>\n\n" +
				"<script>alert(\"summary\")</script>\n",
			EventIDs: []int64{101, 102, 103, 104}},
		Entities: []app.Entity{
			{ID: 1, Type: app.TypePerson, Name: "Oleksandr Hrytsenko", Aliases: []string{"Олександр Гриценко", "Sasha H."}},
			{ID: 2, Type: app.TypePerson, Name: "Abdullah al-Husseini", Aliases: []string{arabicName}},
			{ID: 3, Type: app.TypeOrg, Name: "Grey Lantern", Aliases: []string{"GL-17"}, Notes: "Self-described hacktivist channel."},
			{ID: 4, Type: app.TypeOrg, Name: "Black Sea Freight Lines"},
			{ID: 5, Type: app.TypeLoc, Name: "Odesa", Aliases: []string{"Одеса", "Odessa"}},
			{ID: 6, Type: app.TypeLoc, Name: "Ukraine"},
			{ID: 7, Type: app.TypeOrg, Name: "Odesa Regional Police"},
			{ID: 8, Type: app.TypeIP, Name: "203.0.113.45"},
			{ID: 9, Type: app.TypeURL, Name: "hxxp://relay-drop[.]example/upload"},
			{ID: 10, Type: app.TypeEmail, Name: "ops@freight-relay.example"},
			{ID: 11, Type: app.TypePhone, Name: "+380 48 555 0199"},
			{ID: 12, Type: app.TypeLoc, Name: "Harbour district"},
		},
		Events: []app.Event{
			{ID: 101, Type: app.EventCyberIntrusion, Title: "Break-in at Black Sea Freight Lines' booking servers",
				Date: app.Date{Value: "2024-03-07", Precision: app.PrecisionDay}, LocationID: 5,
				Participants: []app.Participant{{EntityID: 3, Role: app.RolePerpetrator}, {EntityID: 4, Role: app.RoleTarget},
					{EntityID: 8, Role: app.RoleOther}, {EntityID: 9, Role: app.RoleOther}},
				Evidence:    []app.Evidence{ev(1, a1, "intruders entered the booking servers of Black Sea Freight Lines", true), ev(1, a1, "Traffic was traced to 203.0.113.45", true)},
				Credibility: 2, Casualties: app.Casualties{Killed: -1, Injured: -1}, Status: app.StatusAccepted},
			{ID: 102, Type: app.EventWarning, Title: "Freight company warns customers of leaked manifests",
				Date:         app.Date{Value: "2024-03", Precision: app.PrecisionMonth},
				Participants: []app.Participant{{EntityID: 4, Role: app.RoleAgent}},
				Evidence:     []app.Evidence{ev(2, a2, "в марте предупредила клиентов об утечке", true)},
				Credibility:  3, Status: app.StatusAccepted},
			{ID: 103, Type: app.EventArrest, Title: "Two suspects arrested in Odesa",
				Date: app.Date{Value: "2024-04-02/2024-04-05", Precision: app.PrecisionRange}, LocationID: 12,
				Participants: []app.Participant{{EntityID: 7, Role: app.RoleAgent}, {EntityID: 1, Role: app.RoleTarget},
					{EntityID: 2, Name: "Abdullah al-Husseini", Role: app.RoleTarget}},
				Evidence: []app.Evidence{ev(2, a2, "Полиция Одессы задержала Олександра Гриценко и Абдуллу аль-Хусейни", true)},
				Note:     "Names as spelt by the police statement.", Status: app.StatusAccepted},
			{ID: 104, Type: app.EventClaim, Title: "Grey Lantern denies links to the arrested men",
				Date:         app.Date{Value: "2024-W16", Precision: app.PrecisionWeek},
				Participants: []app.Participant{{EntityID: 3, Role: app.RoleReporter}, {EntityID: 10, Role: app.RoleOther}},
				Evidence:     []app.Evidence{hostile}, Credibility: 5, Status: app.StatusSuggested},
		},
		Articles: []app.Article{
			{ID: 1, Title: "Port logistics firm hit by intrusion, investigators say", Source: "Harbour Wire",
				URL: "https://harbour-wire.example/2024/03/08/intrusion", Author: "M. Lind", Published: day(2024, 3, 8),
				Grade: "B", Format: "html", SHA256: sha(a1), Text: a1},
			{ID: 2, Title: cyrillicTitle, Source: "Одесский вестник", URL: "https://vestnik.example/news/4412",
				Published: day(2024, 4, 6), Grade: "C", Format: "txt", SHA256: sha(a2), Text: a2},
			{ID: 3, Title: "Channel post <i>attributed</i> to Grey Lantern", Source: "Open-source monitoring",
				URL: "javascript:alert(1)", Format: "txt", SHA256: sha(a3), Text: a3},
		},
		Links: []app.Link{
			{ID: 1, CaseID: 7, Kind: app.LinkMemberOf, FromKind: app.TargetEntity, FromID: 1, ToKind: app.TargetEntity, ToID: 3,
				Evidence: []app.Evidence{ev(2, a2, "Гриценко входит в группу Grey Lantern", true)}},
			{ID: 2, CaseID: 7, Kind: app.LinkLocatedIn, FromKind: app.TargetEntity, FromID: 5, ToKind: app.TargetEntity, ToID: 6},
			{ID: 3, CaseID: 7, Kind: app.LinkPrecedes, FromKind: app.TargetEvent, FromID: 101, ToKind: app.TargetEvent, ToID: 103},
			{ID: 4, CaseID: 7, Kind: app.LinkAffiliated, FromKind: app.TargetEntity, FromID: 2, ToKind: app.TargetEntity, ToID: 3,
				Evidence: []app.Evidence{hostile}, Note: "Only the channel says so."},
			{ID: 5, CaseID: 7, Kind: app.LinkLocatedIn, FromKind: app.TargetEntity, FromID: 12, ToKind: app.TargetEntity, ToID: 5},
		},
		Generated: time.Date(2024, 5, 1, 9, 30, 0, 0, time.UTC),
		Generator: "Dossier 0.1.0",
		Actor:     "analyst.k",
		FilePath:  "/cases/harbour.dossier",
	}
	b.Extra.ChartPNG = chartPNG(t)
	glSpan := spanOf(t, a1, "Black Sea Freight Lines")
	b.Mentions = []app.Mention{
		{ID: 901, ArticleID: 1, Span: glSpan, Type: app.TypeOrg, Text: "Black Sea Freight Lines", EntityID: 4,
			Origin: app.OriginAuto, Status: app.StatusAccepted},
		{ID: 902, ArticleID: 1, Span: app.Span{Start: glSpan.Start, End: glSpan.Start + 4}, Type: app.TypeOrg,
			Text: "=cmd", EntityID: 4, Origin: app.OriginManual, Status: app.StatusSuggested},
	}
	return b
}
