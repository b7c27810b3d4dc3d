package dates

import (
	"strings"
	"testing"
	"time"
)

// pub is a Wednesday.
var pub = time.Date(2024, 3, 13, 0, 0, 0, 0, time.UTC)

// render lists matches as "text=value" joined by "; ".
func render(ms []Match) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = m.Text + "=" + m.Date.Value
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"weekday past", "The minister said on Friday that talks had stalled.", "Friday=2024-03-08"},
		{"weekday same day", "Officials met on Wednesday in Geneva.", "Wednesday=2024-03-13"},
		{"weekday future", "He will travel to Kyiv on Friday.", "Friday=2024-03-15"},
		{"weekday due", "The verdict is due on Monday, lawyers said.", "Monday=2024-03-18"},
		{"weekday modifiers", "It began last Thursday and ends next Tuesday.",
			"last Thursday=2024-03-07; next Tuesday=2024-03-19"},
		{"part of day", "Shots rang out on Saturday morning and again on Tuesday night.",
			"Saturday morning=2024-03-09; Tuesday night=2024-03-12"},
		{"late on", "The cable failed late on Sunday.", "Sunday=2024-03-10"},
		{"possessive", "Results of Sunday's vote were delayed.", "Sunday=2024-03-10"},
		{"early hours", "The blast came in the early hours of last Thursday.",
			"the early hours of last Thursday=2024-03-07"},
		{"month day", "Talks collapsed on March 7 in Doha.", "March 7=2024-03-07"},
		{"month day year", "It opened on March 7, 2022, and closed on 7 March 2023.",
			"March 7, 2022=2022-03-07; 7 March 2023=2023-03-07"},
		{"ordinal", "The deadline was February 28th.", "February 28th=2024-02-28"},
		{"ordinal range", "Talks ran March 14th-15th, not 3-4 days.", "March 14th-15th=2024-03-14/2024-03-15"},
		{"weekday and date", "It happened on Monday, March 4, officials said.", "Monday, March 4=2024-03-04"},
		{"iso and numeric", "Filed 2021-05-04 and signed 25/12/2023.", "2021-05-04=2021-05-04; 25/12/2023=2023-12-25"},
		{"month future cue", "The court will rule in May.", "May=2024-05"},
		{"month past", "He was arrested in December and charged in January.",
			"December=2023-12; January=2024-01"},
		{"month deadline", "A new force could deploy by April, analysts think.", "April=2024-04"},
		{"since month", "Prices have doubled since September.", "September=2023-09"},
		{"month year", "The ceasefire of November 2023 held.", "November 2023=2023-11"},
		{"day range", "Elections will be held on June 6-9.", "June 6-9=2024-06-06/2024-06-09"},
		{"years", "Between 2014 and 2017 he lived in 2,019 places.", "2014=2014; 2017=2017"},
		{"year range", "The conflict of 2013-2014 and the 1990–91 crisis.",
			"2013-2014=2013/2014; 1990–91=1990/1991"},
		{"decades", "In the 1990s and the early 2000s it grew.", "the 1990s=1990/1999; the early 2000s=2000/2009"},
		{"vague", "From early 2022 to late 2021, in mid-March and early April.",
			"early 2022=2022; late 2021=2021; mid-March=2024-03; early April=2023-04"},
		{"part of period", "Repairs should end by the end of February or the end of the year.",
			"the end of February=2024-02; the end of the year=2024"},
		{"this last next", "Last week, this week and next month; last year and this year.",
			"Last week=2024-W10; this week=2024-W11; next month=2024-04; last year=2023; this year=2024"},
		{"earlier later", "It was announced earlier this month and will close later this year.",
			"earlier this month=2024-03; later this year=2024"},
		{"past n", "Over the past two years and the last six months, prices rose.",
			"the past two years=2022/2024; the last six months=2023-09/2024-03"},
		{"past hours and few", "In the past 24 hours and over the past few weeks, this past weekend too.",
			"the past 24 hours=2024-03-12/2024-03-13; the past few weeks=; this past weekend=2024-03-09/2024-03-10"},
		{"that same", "Rebels struck on March 2 and withdrew that same night.",
			"March 2=2024-03-02; that same night=2024-03-02"},
		{"deictic", "Yesterday was calm, today is not, tomorrow may be worse.",
			"Yesterday=2024-03-12; today=2024-03-13; tomorrow=2024-03-14"},
		{"ago", "The group formed three years ago and split two weeks ago.",
			"three years ago=2021; two weeks ago=2024-02-28"},
		{"deadline weekday", "Lawyers must reply by Friday.", "Friday=2024-03-15"},
		{"until", "Flights were suspended until April.", "April=2024-04"},
		{"hoped", "Crews hoped to finish the repairs by mid-May.", "mid-May=2024-05"},
		{"passive future", "The summit will be held on March 20.", "March 20=2024-03-20"},
		{"far past day flips", "He was preparing for the talks on March 20.", "March 20=2024-03-20"},
		{"anchored days", "Gunmen attacked on March 2. Police made arrests two days later.",
			"March 2=2024-03-02; two days later=2024-03-04"},
		{"anchored same", "The fire started on March 2 and the group claimed it the same night.",
			"March 2=2024-03-02; the same night=2024-03-02"},
		{"anchored before", "The vote was on March 20; 11 days before, ballots vanished.",
			"March 20=2024-03-20; 11 days before=2024-03-09"},
		{"anchored months", "He was detained in May 2021 and extradited two months later.",
			"May 2021=2021-05; two months later=2021-07"},
		{"anchored year", "He retired in June 2019; his deputy had left earlier that year.",
			"June 2019=2019-06; earlier that year=2019"},
		{"anchored weekday", "He was seized on March 1 and freed the following Monday.",
			"March 1=2024-03-01; the following Monday=2024-03-04"},
		{"holiday", "The line was cut on Christmas Day 2023 and again on Christmas Eve.",
			"Christmas Day 2023=2023-12-25; Christmas Eve=2023-12-24"},
		{"weekend", "Protests continued over the weekend.", "the weekend=2024-03-09/2024-03-10"},
		{"season", "The offensive of summer 2022 stalled by last winter.",
			"summer 2022=2022-06/2022-08; last winter=2023-12/2024-02"},
		{"quarter", "Exports fell in the first quarter of 2023.", "the first quarter of 2023=2023-01/2023-03"},
		{"year in context", "The 2004 siege and a 2016 ruling; it was founded in 1848.",
			"2004=2004; 2016=2016; 1848=1848"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(find(tt.text, pub)); got != tt.want {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestFindNotDates lists durations, ages, clock times, counts, names and
// selectors that must not be marked.
func TestFindNotDates(t *testing.T) {
	for _, text := range []string{
		"He was sentenced to three years in prison.",
		"The meeting lasted for 40 minutes.",
		"The blast happened at 3 p.m.",
		"A 29-year-old man was detained.",
		"About 2000 people and 1,500 troops took part; 2019 protesters were counted.",
		"Flight 1986 landed at 1930 GMT.",
		"May officials quit? A march in the capital drew crowds.",
		"The Sunday Times reported on Bloody Sunday.",
		"The first 72 hours matter, and so do the next 72 days.",
		"Call +44 20 7946 0958 or visit http://example.com/2019/03/report-2019.pdf.",
		"Address 10.20.20.19, version 1.2.2024, code id-2019-77.",
		"April Smith said it cost $2019 and US$ 2020.",
		"Christmas Island lies south of Java.",
	} {
		if got := find(text, pub); len(got) != 0 {
			t.Errorf("Find(%q) = %q, want nothing", text, render(got))
		}
	}
}

// TestFindUnknownPublication: absolute dates with a year resolve, relative
// ones keep their span with an unknown value.
func TestFindUnknownPublication(t *testing.T) {
	got := render(find("It began on March 7, 2024 and ended on Friday. In May 2021, and two days later.", time.Time{}))
	want := "March 7, 2024=2024-03-07; Friday=; May 2021=2021-05; two days later=2021-05"
	if got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

// TestFindOffsets checks code-point offsets after non-ASCII text.
func TestFindOffsets(t *testing.T) {
	text := "Trần Quốc Huy, 61, was sentenced on Monday in Hồ Chí Minh City."
	ms := find(text, pub)
	if len(ms) != 1 {
		t.Fatalf("got %d matches, want 1", len(ms))
	}
	m := ms[0]
	if got := string([]rune(text)[m.Start:m.End]); got != "Monday" || m.Text != "Monday" {
		t.Errorf("span [%d,%d] covers %q, text %q", m.Start, m.End, got, m.Text)
	}
	if m.Date.Precision != "day" || m.Date.Value != "2024-03-11" {
		t.Errorf("date %+v", m.Date)
	}
}

// TestFindNumericOrder: an ambiguous numeric date takes the order of an
// unambiguous one earlier in the text, and stays unresolved otherwise.
func TestFindNumericOrder(t *testing.T) {
	if got, want := render(find("Logged 03/04/2024.", pub)), "03/04/2024="; got != want {
		t.Errorf("got %q want %q", got, want)
	}
	got := render(find("Logged 12/25/2023 and 03/04/2024.", pub))
	if want := "12/25/2023=2023-12-25; 03/04/2024=2024-03-04"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

// TestFindConcurrent runs Find from several goroutines (meaningful under -race).
func TestFindConcurrent(t *testing.T) {
	text := "On Friday, two days later, and in January 2024 the group met again last week."
	want := render(Find(text, pub))
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() { done <- render(Find(text, pub)) }()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != want {
			t.Errorf("concurrent Find = %q, want %q", got, want)
		}
	}
}
