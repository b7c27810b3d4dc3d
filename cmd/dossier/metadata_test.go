package main

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestMetadataMatchesFyneAppToml keeps the constants a plain `go build`
// uses in step with FyneApp.toml, which `fyne package` reads.
func TestMetadataMatchesFyneAppToml(t *testing.T) {
	b, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	toml := string(b)
	for _, want := range []string{
		fmt.Sprintf("ID = %q", appID),
		fmt.Sprintf("Name = %q", appName),
		fmt.Sprintf("Version = %q", appVersion),
		fmt.Sprintf("Build = %d", appBuild),
	} {
		if !strings.Contains(toml, want) {
			t.Errorf("FyneApp.toml lacks %s", want)
		}
	}
}
