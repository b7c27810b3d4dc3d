package nlp

import "dossier/app/nlp/selectors"

// findSelectors finds selectors (emails, phones, URLs, IPs, money, hashtags,
// crypto addresses) with the selectors package.
func findSelectors(text string) []selectors.Match { return selectors.Find(text) }
