package main

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRealWindowSmoke builds the binary, starts it under Xvfb on a temporary
// case file, checks that its window appears and draws something, then quits
// it with Ctrl+Q and expects exit status 0.
func TestRealWindowSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("real-window smoke test skipped in -short mode")
	}
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (make test installs xvfb, xdotool and imagemagick): %v", tool, err)
		}
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "dossier")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	display := startXvfb(t)
	env := append(os.Environ(), "DISPLAY="+display, "LANG=en_US.UTF-8", "HOME="+dir, "XDG_DATA_HOME="+filepath.Join(dir, "data"), "XDG_CONFIG_HOME="+filepath.Join(dir, "config"), "DOSSIER_THREAD_CHECK=1")

	caseFile := filepath.Join(dir, "smoke.dossier")
	run := func(args ...string) {
		c := exec.Command(bin, args...)
		c.Env = env
		if out, err := c.CombinedOutput(); err != nil {
			t.Fatalf("dossier %v: %v\n%s", args, err, out)
		}
	}
	run("new", caseFile, "--title", "Smoke")

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	app := exec.CommandContext(ctx, bin, caseFile)
	app.Env = env
	var logs bytes.Buffer
	app.Stdout, app.Stderr = &logs, &logs
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	waitForWindow(t, env, "smoke.dossier")
	time.Sleep(1500 * time.Millisecond) // let the first frames paint
	shot := filepath.Join(dir, "shot.png")
	if out, err := xcmd(env, "import", "-window", "root", shot).CombinedOutput(); err != nil {
		t.Fatalf("screenshot: %v\n%s", err, out)
	}
	if n := distinctColours(t, shot); n < 8 {
		t.Errorf("screenshot has %d distinct colours: the window looks blank", n)
	}
	pressQuit(t, env, "smoke.dossier")
	if err := app.Wait(); err != nil {
		t.Fatalf("app did not exit cleanly after Ctrl+Q: %v\n%s", err, logs.String())
	}
	if strings.Contains(logs.String(), "Error in Fyne call thread") {
		t.Errorf("the app logged wrong-thread calls:\n%s", logs.String())
	}
}

// pressQuit focuses the window and types Ctrl+Q through XTEST, as a user
// would. The window is looked up again each try: GLFW may replace the X
// window it first mapped, and an id found earlier can be stale.
func pressQuit(t *testing.T, env []string, name string) {
	t.Helper()
	var last []byte
	for try := 0; try < 5; try++ {
		wid := waitForWindow(t, env, name)
		_ = xcmd(env, "xdotool", "windowfocus", "--sync", wid).Run()
		out, err := xcmd(env, "xdotool", "key", "--clearmodifiers", "ctrl+q").CombinedOutput()
		if err == nil {
			return
		}
		last = out
		time.Sleep(500 * time.Millisecond)
	}
	t.Fatalf("could not send Ctrl+Q: %s", last)
}

// startXvfb starts a virtual X server on a free display and stops it at cleanup.
func startXvfb(t *testing.T) string {
	t.Helper()
	for n := 91; n < 120; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
			continue
		}
		display := fmt.Sprintf(":%d", n)
		x := exec.Command("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
		if err := x.Start(); err != nil {
			t.Skipf("cannot start Xvfb: %v", err)
		}
		t.Cleanup(func() { _ = x.Process.Kill(); _ = x.Wait() })
		for i := 0; i < 50; i++ {
			if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
				return display
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("Xvfb %s did not come up", display)
	}
	t.Skip("no free X display")
	return ""
}

func xcmd(env []string, name string, args ...string) *exec.Cmd {
	c := exec.Command(name, args...)
	c.Env = env
	return c
}

// waitForWindow polls until a window whose title contains name is mapped.
func waitForWindow(t *testing.T, env []string, name string) string {
	t.Helper()
	deadline := time.Now().Add(45 * time.Second)
	for time.Now().Before(deadline) {
		out, err := xcmd(env, "xdotool", "search", "--onlyvisible", "--name", name).Output()
		if err == nil && len(bytes.TrimSpace(out)) > 0 {
			return strings.Fields(string(out))[0]
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatalf("no window titled %q appeared", name)
	return ""
}

func distinctColours(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	return len(seen)
}
