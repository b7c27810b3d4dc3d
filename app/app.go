// Package app is the domain of Dossier: the vocabulary of an analyst's case
// file (articles, spans, mentions, entities, events, cases, links, notes),
// its invariants, its one error type, the commands that change a case file
// and the service interfaces that adapters (the SQLite store, the extractor,
// the importers) implement.
//
// It imports nothing but the standard library.
package app
