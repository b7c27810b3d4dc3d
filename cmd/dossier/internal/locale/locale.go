// Package locale fixes the environment's locale before Fyne reads it.
//
// Fyne parses $LANG (or $LC_ALL) at package initialisation and logs a
// three-line error for the POSIX locales "C", "POSIX" and "C.UTF-8", which
// are common on servers and in CI — noise on every CLI command's stderr.
// Go initialises packages in import-path order once their imports are done
// (Go spec, "Package initialization"), and this package imports only os, so
// its init runs before fyne.io/fyne/v2/lang's: it replaces a POSIX locale by
// en_US.UTF-8, which is what Fyne would fall back to anyway.
package locale

import (
	"os"
	"strings"
)

func init() {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		if isPOSIX(v) {
			_ = os.Setenv(name, "en_US.UTF-8")
		}
	}
	if os.Getenv("LANG") == "" && os.Getenv("LC_ALL") == "" {
		_ = os.Setenv("LANG", "en_US.UTF-8")
	}
}

func isPOSIX(v string) bool {
	base, _, _ := strings.Cut(v, ".")
	return base == "C" || base == "POSIX"
}
