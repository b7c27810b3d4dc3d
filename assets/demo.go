package assets

import "embed"

// Demo holds the demo case's articles (written for Dossier; invented
// events, people and places), as Dossier article JSONL under demo/.
//
//go:embed demo
var Demo embed.FS
