package selectors

import (
	"net/netip"
	"regexp"
	"strings"

	"dossier/app"
)

var (
	ipv4 = regexp.MustCompile(`\d{1,3}(?:(?:\.|\[\.\]|\(\.\)|\[dot\])\d{1,3}){3}`)
	ipv6 = regexp.MustCompile(`(?i)[0-9a-f:]*:[0-9a-f:]*:[0-9a-f:.]*`)
)

// isIPv4Text reports whether s is an IPv4 address, defanged or not.
func isIPv4Text(s string) bool {
	a, err := netip.ParseAddr(refang(s))
	return err == nil && a.Is4()
}

// findIPv4 adds the IPv4 addresses of field f: four octets 0–255, not part
// of a longer dotted number (a version, an OID).
func findIPv4(f string, off int, fs []found) []found {
	for _, loc := range ipv4.FindAllStringIndex(f, -1) {
		s, e := loc[0], loc[1]
		if s > 0 && (isWordByte(f[s-1]) || f[s-1] == '.' || f[s-1] == '-') {
			continue
		}
		if e < len(f) && (isWordByte(f[e]) || f[e] == '-' || (f[e] == '.' || f[e] == '[') && e+1 < len(f) && f[e+1] >= '0' && f[e+1] <= '9') {
			continue
		}
		a, err := netip.ParseAddr(refang(f[s:e]))
		if err != nil || !a.Is4() {
			continue
		}
		fs = append(fs, found{off + s, off + e, app.TypeIP, a.String()})
	}
	return fs
}

// findIPv6 adds the IPv6 addresses of field f, checked by net/netip.
func findIPv6(f string, off int, fs []found) []found {
	for _, loc := range ipv6.FindAllStringIndex(f, -1) {
		s, e := loc[0], loc[1]
		for e > s && (f[e-1] == '.' || f[e-1] == ':' && !strings.HasSuffix(f[s:e], "::")) {
			e--
		}
		if s > 0 && (isWordByte(f[s-1]) || f[s-1] == ':') || e < len(f) && isWordByte(f[e]) {
			continue
		}
		a, err := netip.ParseAddr(f[s:e])
		if err != nil || !a.Is6() || strings.Count(f[s:e], ":") < 2 {
			continue
		}
		fs = append(fs, found{off + s, off + e, app.TypeIP, a.String()})
	}
	return fs
}
