package dates

// unit is a calendar unit that relative expressions count in.
type unit uint8

const (
	uNone unit = iota
	uHour
	uDay
	uWeek
	uMonth
	uYear
	uDecade
)

// wordInfo is what the lexicon knows about one lowercased word.
type wordInfo struct {
	month   int  // 1..12 for month names and abbreviations
	abbr    bool // a month abbreviation ("Jan", "Sept"): needs a number after it
	weekday int  // 1 (Monday) .. 7 (Sunday)
	num     int  // value of a number word ("two" = 2, "a" = 1)
	unit    unit // day(s), week(s), month(s), year(s), decade(s), hour(s)
	part    bool // a part of the day: morning, afternoon, evening, night
}

var lexicon = buildLexicon()

func buildLexicon() map[string]wordInfo {
	m := map[string]wordInfo{}
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, n := range months {
		m[n] = wordInfo{month: i + 1}
	}
	abbrs := map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
		"aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
	for n, v := range abbrs {
		m[n] = wordInfo{month: v, abbr: true}
	}
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, n := range days {
		m[n] = wordInfo{weekday: i + 1}
	}
	nums := []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
		"nineteen", "twenty"}
	for i, n := range nums {
		m[n] = wordInfo{num: i + 1}
	}
	m["a"] = wordInfo{num: 1}
	m["an"] = wordInfo{num: 1}
	m["thirty"] = wordInfo{num: 30}
	units := map[string]unit{"hour": uHour, "hours": uHour, "day": uDay, "days": uDay,
		"week": uWeek, "weeks": uWeek, "month": uMonth, "months": uMonth,
		"year": uYear, "years": uYear, "decade": uDecade, "decades": uDecade}
	for n, u := range units {
		m[n] = wordInfo{unit: u}
	}
	for _, n := range []string{"morning", "afternoon", "evening", "night"} {
		m[n] = wordInfo{part: true}
	}
	return m
}

// set builds a lookup set of words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// bareMonthContext are the words after which a month name standing alone is
// a date ("in January", "since September", "by April").
var bareMonthContext = set("in", "since", "by", "until", "till", "to", "from", "of", "through",
	"during", "before", "after", "last", "next", "this", "early", "late", "mid", "and", "or",
	"between", "on", "throughout", "around", "that", "each", "every")

// firstNameMonths are month names that are also common first names: alone,
// they need a non-name word after them.
var firstNameMonths = map[int]bool{4: true, 5: true, 6: true, 8: true}

// notPluralS are words ending in s that are not plural nouns; a number
// followed by a plural noun counts things and is no year.
var notPluralS = set("as", "is", "was", "has", "his", "its", "this", "thus", "us", "plus",
	"across", "unless", "versus", "whereas", "yes", "less", "news", "series", "bus", "status",
	"ones", "crisis", "analysis", "basis", "process", "congress", "progress", "access",
	"success", "address", "business", "chaos", "census", "campus", "focus", "bonus",
	"virus", "consensus", "corpus", "thesis", "perhaps", "always", "towards", "afterwards",
	"sometimes", "whereabouts", "olympics", "games", "elections", "polls", "protests",
	"attacks", "talks", "riots", "floods", "bombings", "sanctions", "accords", "negotiations",
	"hostilities", "clashes", "killings", "strikes", "raids", "uprisings", "massacres",
	"hearings", "trials", "summits", "rallies", "purges", "shootings", "earthquakes",
	"wildfires", "fires", "leaks", "hacks", "breaches", "events", "incidents", "unrest",
	"midterms", "primaries", "budgets", "reforms", "census", "regulations", "rules", "laws",
	"agreements", "deals", "arrests", "operations", "campaigns", "offensives", "invasions")

// countNouns follow numbers that count things ("2000 people", "1500 km"):
// such a number is no year.
var countNouns = set("people", "persons", "men", "women", "children", "police", "staff",
	"personnel", "troops", "km", "kg", "mph", "ft", "feet", "metres", "meters", "miles",
	"tonnes", "tons", "hectares", "acres", "barrels", "percent", "per", "bpd", "mw", "gw",
	"kw", "hp", "cc", "mm", "cm", "lb", "lbs", "rpm", "degrees", "calories", "strong",
	"times", "hours", "minutes", "seconds", "days", "weeks", "months", "years", "decades",
	"x", "pixels", "bytes", "gb", "mb", "tb", "kb", "million", "billion", "trillion",
	"thousand", "hundred", "dollars", "euros", "pounds", "yuan", "rubles", "roubles")

// yearBlockers precede numbers that are labels rather than years
// ("No. 2019", "flight 1940", "page 1999").
var yearBlockers = set("no", "nos", "number", "numbers", "page", "pages", "flight", "route",
	"room", "model", "article", "articles", "section", "resolution", "item", "code", "iso",
	"id", "version", "unit", "bus", "highway", "road", "chapter", "paragraph", "pt", "box",
	"suite", "apartment", "apt", "building", "lot", "case", "cell", "platform", "gate", "bay",
	"seat", "row", "level", "floor", "terminal", "pier", "berth", "mile", "km", "exit", "tel",
	"phone", "fax", "ext", "cve", "ms", "kb", "rfc", "sp", "op", "vol", "volume", "issue",
	"grade", "class", "type", "size", "over", "about", "some", "nearly", "almost", "than",
	"approximately", "roughly", "least", "top", "under")

// yearContext are words after which a number is read as a year even outside
// 1900–2100 ("in 1848", "since 1648").
var yearContext = set("in", "since", "by", "until", "till", "from", "between", "during",
	"before", "after", "of", "through", "circa", "early", "late", "mid", "spring", "summer",
	"autumn", "winter", "fall", "year", "the")

// clockWords follow four-digit military times ("1930 GMT").
var clockWords = set("gmt", "utc", "hrs", "h", "local", "cet", "cest", "est", "edt", "pst",
	"bst", "msk", "zulu", "z", "hours")

// weekdayNames are capitalised words that make a weekday part of a name:
// "Bloody Sunday", "Good Friday" (a movable feast), "the Sunday Times".
var weekdayNameBefore = set("bloody", "black", "good", "easter", "ash", "super", "cyber",
	"palm", "holy", "maundy", "whit", "shrove", "giving", "blue", "great")

var weekdayNameAfter = set("times", "telegraph", "post", "mirror", "express", "herald",
	"observer", "independent", "mail", "star", "tribune", "sport", "club", "school",
	"league", "trading", "prayers", "market", "service", "services", "mass")

// starters are the words a date expression can begin with; any other word
// is skipped without trying the matchers.
var starters = buildStarters()

func buildStarters() map[string]bool {
	m := set("the", "this", "last", "next", "past", "coming", "current", "previous", "early",
		"mid", "late", "earlier", "later", "that", "yesterday", "today", "tomorrow", "tonight",
		"christmas", "new", "boxing", "halloween", "valentine", "spring", "summer", "autumn",
		"fall", "winter", "q", "hours", "days", "weeks", "months", "years", "decades")
	for w := range lexicon {
		m[w] = true
	}
	return m
}
