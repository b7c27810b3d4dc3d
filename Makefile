# Dossier — the README's two commands are `make run` and `make test`.
# Both install what is missing on a fresh Debian/Ubuntu machine first.

SHELL      := /bin/bash
GO         ?= go
BIN        := bin/dossier
# Debian packages: Fyne's cgo build needs GL and X11 headers; tests need Xvfb
# (real-window smoke test), xdotool and ImageMagick (screenshots), poppler
# (pdftotext for PDF export tests).
APT_BUILD  := gcc pkg-config libgl1-mesa-dev xorg-dev
APT_TEST   := xvfb xdotool imagemagick poppler-utils
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
FYNE_TOOL  := fyne.io/tools/cmd/fyne@v1.7.4

.PHONY: run test build deps deps-test lint bench package clean

## run: install what is missing, build, and open the app on the demo case file
run: deps build
	LANG=$${LANG:-en_US.UTF-8} ./$(BIN)

## test: install what is missing, then vet, lint and run every test with -race
test: deps deps-test lint
	LANG=en_US.UTF-8 $(GO) test -race -count=1 ./...

build:
	$(GO) build -o $(BIN) ./cmd/dossier

deps:
	@APT="$(APT_BUILD)" ./.ci/deps

deps-test:
	@APT="$(APT_TEST)" ./.ci/deps

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change: $$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

## bench: the benchmarks the issue notes report (short runs)
bench:
	$(GO) test -run '^$$' -bench . -benchtime 3x ./...

## package: an installable Linux package (dist/Dossier.tar.xz: binary, desktop entry, icon, Makefile)
# (the fyne tool rewrites FyneApp.toml, bumping Build: keep ours as it is)
package: deps build
	cp FyneApp.toml .FyneApp.toml.keep
	$(GO) run $(FYNE_TOOL) package --os linux --exe $(BIN) --icon assets/icon.png --name Dossier \
	  --app-id org.dossier.workbench --app-version 0.1.0 --app-build 1; \
	  status=$$?; mv .FyneApp.toml.keep FyneApp.toml; exit $$status
	mkdir -p dist && mv Dossier.tar.xz dist/
	@echo "dist/Dossier.tar.xz: unpack it and run 'make user-install' (or 'sudo make install') inside"

clean:
	rm -rf bin dist
