// Package assets embeds the data Dossier ships: gazetteers for extraction,
// the demo case's articles and the application icon.
package assets
