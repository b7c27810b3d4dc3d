package selectors

import (
	"regexp"
	"strings"

	"dossier/app"
)

var (
	// schemeURL: a scheme (also defanged hxxp, [:]//, [://]) or "www.".
	schemeURL = regexp.MustCompile(`(?i)\b(?:(?:h[tx]{2}ps?|s?ftp)(?:\[:\]//|\[://\]|://)|www(?:\.|\[\.\]|\(\.\)))[^\s<>"“”‘’]+`)
	// defangedHost: a bare host name with at least one defanged dot, optional path.
	defangedHost = regexp.MustCompile(`(?i)\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:(?:\[\.\]|\(\.\)|\[dot\]|\.)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?:\[\.\]|\(\.\)|\[dot\])[a-z]{2,24}\b(?:/[^\s<>"“”‘’]*)?`)
	// bareHost: a lower-case host name without scheme whose last label is a
	// common top-level domain ("diplo-reception.com/invite.php"). Capitalised
	// brand names ("Booking.com") are left to the name finders.
	bareHost = regexp.MustCompile(`\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:` +
		`com|net|org|info|biz|io|co|me|ru|su|cn|ir|kp|by|ua|kz|uk|de|fr|nl|eu|onion|xyz|top|online|site|` +
		`club|shop|store|live|app|dev|tech|pw|tk|ml|ga|cf|gq|cc|tv|ws|ly|to|am|fm|gov|edu|mil|int)\b(?:/[^\s<>"“”‘’]*)?`)
	email   = regexp.MustCompile(`(?i)[\p{L}\p{N}_%+-][\p{L}\p{N}._%+-]*(?:@|\[@\]|\[at\]|\(at\))[a-z0-9-]+(?:(?:\.|\[\.\]|\(\.\)|\[dot\])[a-z0-9-]+)*(?:\.|\[\.\]|\(\.\)|\[dot\])[a-z]{2,24}\b`)
	hashtag = regexp.MustCompile(`#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*`)
)

// defangs maps defanged notations to what they stand for.
var defangs = strings.NewReplacer("[.]", ".", "(.)", ".", "[dot]", ".", "[DOT]", ".",
	"[:]", ":", "[://]", "://", "[@]", "@", "[at]", "@", "(at)", "@", "[AT]", "@")

// refang undoes defanging: hxxp → http, [.] and (.) → ".".
func refang(s string) string {
	s = defangs.Replace(s)
	low := strings.ToLower(s)
	switch {
	case strings.HasPrefix(low, "hxxps"):
		s = "https" + s[5:]
	case strings.HasPrefix(low, "hxxp"):
		s = "http" + s[4:]
	}
	return s
}

// findURLs adds the URLs of field f (which starts at byte off of the text).
func findURLs(f string, off int, fs []found) []found {
	for _, loc := range schemeURL.FindAllStringIndex(f, -1) {
		fs = addURL(f, off, loc[0], loc[1], fs)
	}
	if strings.Contains(f, "[.]") || strings.Contains(f, "(.)") || strings.Contains(strings.ToLower(f), "[dot]") {
		for _, loc := range defangedHost.FindAllStringIndex(f, -1) {
			if loc[0] > 0 && (f[loc[0]-1] == '@' || f[loc[0]-1] == '/' || f[loc[0]-1] == ']') {
				continue // the host of an e-mail or of a URL found above
			}
			fs = addURL(f, off, loc[0], loc[1], fs)
		}
	}
	return fs
}

// findBareHosts adds host names written without scheme or defanging.
func findBareHosts(f string, off int, fs []found) []found {
	for _, loc := range bareHost.FindAllStringIndex(f, -1) {
		if loc[0] > 0 && strings.IndexByte("@/.:-_", f[loc[0]-1]) >= 0 || loc[0] > 0 && f[loc[0]-1] >= 0x80 {
			continue // part of an e-mail, a URL or a longer word
		}
		fs = addURL(f, off, loc[0], loc[1], fs)
	}
	return fs
}

// addURL trims trailing punctuation from f[s:e] and records the URL.
func addURL(f string, off, s, e int, fs []found) []found {
	e = s + trimURL(f[s:e])
	u := f[s:e]
	if !strings.ContainsAny(refang(u), ".") || isIPv4Text(u) {
		return fs
	}
	v := refang(u)
	if strings.HasPrefix(strings.ToLower(v), "www.") || !strings.Contains(v, "://") {
		v = "http://" + v
	}
	return append(fs, found{off + s, off + e, app.TypeURL, v})
}

// trimURL returns the length of u without trailing punctuation; a closing
// bracket stays when the URL opened it ("(.)" defangs, Wikipedia links).
func trimURL(u string) int {
	for len(u) > 0 {
		c := u[len(u)-1]
		switch {
		case strings.IndexByte(".,;:!?'\"*", c) >= 0:
		case c == ')' && strings.Count(u, ")") > strings.Count(u, "("):
		case c == ']' && strings.Count(u, "]") > strings.Count(u, "["):
		case c == '}' && strings.Count(u, "}") > strings.Count(u, "{"):
		default:
			return len(u)
		}
		u = u[:len(u)-1]
	}
	return 0
}

// findEmails adds the e-mail addresses of field f.
func findEmails(f string, off int, fs []found) []found {
	for _, loc := range email.FindAllStringIndex(f, -1) {
		s, e := loc[0], loc[1]
		if s > 0 && isWordByte(f[s-1]) {
			continue
		}
		v := refang(f[s:e])
		at := strings.LastIndexByte(v, '@')
		if at < 0 {
			continue
		}
		v = v[:at] + strings.ToLower(v[at:])
		fs = append(fs, found{off + s, off + e, app.TypeEmail, v})
	}
	return fs
}

// findHashtags adds "#word" tags that stand alone (not "C#", not "#1").
func findHashtags(f string, off int, fs []found) []found {
	for _, loc := range hashtag.FindAllStringIndex(f, -1) {
		s, e := loc[0], loc[1]
		if s > 0 && (isWordByte(f[s-1]) || strings.IndexByte("&/#=?", f[s-1]) >= 0 || f[s-1] >= 0x80) {
			continue
		}
		fs = append(fs, found{off + s, off + e, app.TypeHashtag, strings.ToLower(f[s:e])})
	}
	return fs
}

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}
