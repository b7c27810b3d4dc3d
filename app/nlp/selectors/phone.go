package selectors

import (
	"regexp"
	"strings"

	"github.com/nyaruka/phonenumbers"

	"dossier/app"
)

// phoneCand is a run of digits and separators that may be a phone number.
type phoneCand struct {
	s, e int
	text string
}

const maxPhoneLen = 26 // "+7 (495) 123-45-67" is 18 bytes

var (
	// notPhone are digit runs shaped like dates, year ranges or dotted quads.
	notPhone = regexp.MustCompile(`^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}\s?[-–]\s?\d{2,4}|\d{1,3}(?:\.\d{1,3}){3})$`)
	// nanp is a North American number written with its area code.
	nanp = regexp.MustCompile(`^(?:1[-. ])?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}$`)
)

// defaultRegions are tried for a national number ("0800 555 111") when the
// text gives no country hint; it must be valid in one of them.
var defaultRegions = []string{"GB", "IE", "FR", "DE", "NL", "BE", "IT", "ES", "AU", "NZ",
	"IN", "PK", "NG", "KE", "ZA", "TR", "PH", "ID", "JP", "CN", "RU", "UA", "IL", "EG"}

// phoneByte marks the bytes a written phone number consists of.
var phoneByte = func() (t [256]bool) {
	for _, c := range []byte("0123456789 -.()+") {
		t[c] = true
	}
	return t
}()

// phoneCandidate reads the run of phone characters at text[i].
func phoneCandidate(text string, i int) (phoneCand, bool) {
	j := i
	for j < len(text) && j-i < maxPhoneLen && phoneByte[text[j]] {
		if text[j] == '+' && j > i || text[j] == ' ' && j+1 < len(text) && text[j+1] == ' ' {
			break
		}
		j++
	}
	for j > i && !isDigit(text[j-1]) && text[j-1] != ')' {
		j--
	}
	for j > i && text[j-1] == ')' && strings.Count(text[i:j], ")") > strings.Count(text[i:j], "(") {
		j--
	}
	if j < len(text) && isWordByte(text[j]) {
		return phoneCand{}, false // runs on into a word
	}
	if n := countDigits(text[i:j]); n < 7 || n > 15 {
		return phoneCand{}, false
	}
	return phoneCand{i, j, text[i:j]}, true
}

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// validatePhones checks candidates with libphonenumber. International numbers
// ("+44 …", "0044 …") go first: their countries are the likeliest homes of the
// national numbers ("07700 900873") of the same text.
// Verdicts are cached by candidate text: a number repeated in a text is
// parsed once.
func validatePhones(cands []phoneCand) []found {
	var out []found
	var hints []string
	var national []phoneCand
	cache := map[string]verdict{}
	for _, c := range cands {
		if !strings.HasPrefix(c.text, "+") && !strings.HasPrefix(c.text, "00") {
			national = append(national, c)
			continue
		}
		if f, region, ok := cached(cache, c, international); ok {
			out = append(out, f)
			hints = appendUnique(hints, region)
		}
	}
	cache = map[string]verdict{} // the hints are complete now
	for _, c := range national {
		try := func(c phoneCand) (found, string, bool) { return nationalPhone(c, hints) }
		if f, _, ok := cached(cache, c, try); ok {
			out = append(out, f)
		}
	}
	return out
}

// verdict is a cached phone decision: the accepted length, value and region.
type verdict struct {
	n             int
	value, region string
	ok            bool
}

// cached runs shrinkTry once per distinct candidate text.
func cached(cache map[string]verdict, c phoneCand, try func(phoneCand) (found, string, bool)) (found, string, bool) {
	v, hit := cache[c.text]
	if !hit {
		f, r, ok := shrinkTry(c, try)
		v = verdict{f.e - f.s, f.value, r, ok}
		cache[c.text] = v
	}
	if !v.ok {
		return found{}, "", false
	}
	return found{c.s, c.s + v.n, app.TypePhone, v.value}, v.region, true
}

// shrinkTry tries the candidate, then without its last group of digits
// ("+44 20 7946 0958 12" was followed by another number), while 7 digits remain.
func shrinkTry(c phoneCand, try func(phoneCand) (found, string, bool)) (found, string, bool) {
	for k := 0; k < 3 && countDigits(c.text) >= 7; k++ {
		if notPhone.MatchString(c.text) {
			return found{}, "", false
		}
		if f, r, ok := try(c); ok {
			return f, r, true
		}
		cut := strings.LastIndexAny(c.text, " -.")
		if cut <= 0 {
			break
		}
		c.text = strings.TrimRight(c.text[:cut], " -.(")
		c.e = c.s + len(c.text)
	}
	return found{}, "", false
}

// international accepts "+CC …" numbers whose length fits the country's plan.
// Validity is not required: the ranges reserved for fiction and examples
// (UK 07700 900xxx, US 555-01xx) are what reports and exercises print.
func international(c phoneCand) (found, string, bool) {
	raw := c.text
	if strings.HasPrefix(raw, "00") {
		raw = "+" + raw[2:]
	}
	n, err := phonenumbers.Parse(raw, "ZZ")
	if err != nil || !phonenumbers.IsPossibleNumber(n) {
		return found{}, "", false
	}
	region := phonenumbers.GetRegionCodeForNumber(n)
	if region == "" {
		region = phonenumbers.GetRegionCodeForCountryCode(int(n.GetCountryCode()))
	}
	if region == "" || region == "ZZ" {
		return found{}, "", false
	}
	return found{c.s, c.e, app.TypePhone, phonenumbers.Format(n, phonenumbers.E164)}, region, true
}

// nationalPhone accepts a number without country code: North American
// "(202) 555-0143", or a trunk-prefixed "07700 900873" possible in a country
// the text's international numbers name, or valid in a default country.
func nationalPhone(c phoneCand, hints []string) (found, string, bool) {
	if nanp.MatchString(c.text) {
		n, err := phonenumbers.Parse(c.text, "US")
		if err == nil && (phonenumbers.IsValidNumber(n) || phonenumbers.IsPossibleNumber(n) && fictional(n)) {
			return found{c.s, c.e, app.TypePhone, phonenumbers.Format(n, phonenumbers.E164)}, "US", true
		}
		return found{}, "", false
	}
	t := strings.TrimPrefix(c.text, "(")
	if !strings.HasPrefix(t, "0") || !strings.ContainsAny(c.text, " -.") {
		return found{}, "", false
	}
	for _, r := range hints {
		if n, err := phonenumbers.Parse(c.text, r); err == nil && phonenumbers.IsPossibleNumber(n) {
			return found{c.s, c.e, app.TypePhone, phonenumbers.Format(n, phonenumbers.E164)}, r, true
		}
	}
	var hit []string
	var e164 string
	for _, r := range defaultRegions {
		if n, err := phonenumbers.Parse(c.text, r); err == nil && phonenumbers.IsValidNumber(n) {
			hit = append(hit, r)
			e164 = phonenumbers.Format(n, phonenumbers.E164)
		}
	}
	switch len(hit) {
	case 0:
		return found{}, "", false
	case 1:
		return found{c.s, c.e, app.TypePhone, e164}, hit[0], true
	}
	// valid in several countries: keep the national digits, the country is unknown
	return found{c.s, c.e, app.TypePhone, onlyDigits(c.text)}, "", true
}

// fictional reports whether a North American number is in 555-01xx, the
// range reserved for fiction and examples.
func fictional(n *phonenumbers.PhoneNumber) bool {
	nsn := phonenumbers.GetNationalSignificantNumber(n)
	return len(nsn) == 10 && nsn[3:6] == "555"
}

func onlyDigits(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			b = append(b, s[i])
		}
	}
	return string(b)
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}
