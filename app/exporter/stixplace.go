package exporter

//go:generate go run ./internal/gencountries -out countries.go

import (
	"strings"

	"dossier/app"
)

// A STIX 2.1 location must carry a region, a country or coordinates; a
// name alone is not valid. The case file knows places by name only, so the
// STIX export places a LOC entity when its name or an alias is a country
// (ISO 3166-1, plus the everyday names below) or one of STIX's regions, or
// when a "located in" link ties it to such a place. Other places stay in
// the event notes as text.

// countryAliases are everyday names that ISO 3166-1 spells otherwise.
var countryAliases = map[string]string{
	"russia": "RU", "turkey": "TR", "uk": "GB", "britain": "GB", "great britain": "GB",
	"england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
	"usa": "US", "u.s.": "US", "us": "US", "america": "US", "united states of america": "US",
	"palestine": "PS", "ivory coast": "CI", "dr congo": "CD", "drc": "CD",
	"democratic republic of the congo": "CD", "republic of the congo": "CG", "czech republic": "CZ",
	"laos": "LA", "macedonia": "MK", "burma": "MM", "holland": "NL", "the netherlands": "NL",
	"vatican": "VA", "east timor": "TL", "cape verde": "CV", "swaziland": "SZ",
	"gaza": "PS", "west bank": "PS", "kosovo": "XK",
}

// stixRegions is STIX 2.1's region-ov vocabulary.
var stixRegions = []string{"africa", "eastern-africa", "middle-africa", "northern-africa", "southern-africa",
	"western-africa", "americas", "caribbean", "central-america", "latin-america-caribbean", "northern-america",
	"south-america", "asia", "central-asia", "eastern-asia", "southern-asia", "south-eastern-asia",
	"western-asia", "europe", "eastern-europe", "northern-europe", "southern-europe", "western-europe",
	"oceania", "antarctica", "australia-new-zealand", "melanesia", "micronesia", "polynesia"}

// regionAliases are everyday names of STIX regions.
var regionAliases = map[string]string{
	"middle east": "western-asia", "near east": "western-asia", "southeast asia": "south-eastern-asia",
	"south-east asia": "south-eastern-asia", "latin america": "latin-america-caribbean",
	"north america": "northern-america", "sahel": "western-africa", "horn of africa": "eastern-africa",
	"east africa": "eastern-africa", "west africa": "western-africa", "north africa": "northern-africa",
	"central asia": "central-asia", "eastern europe": "eastern-europe", "western europe": "western-europe",
}

// placeOf returns the country code or region of a place name ("" when unknown).
func placeOf(name string) (country, region string) {
	k := strings.ToLower(strings.Join(strings.Fields(strings.TrimSpace(name)), " "))
	k = strings.TrimPrefix(k, "the ")
	if c, ok := isoCountries[k]; ok {
		return c, ""
	}
	if c, ok := countryAliases[k]; ok {
		return c, ""
	}
	if r, ok := regionAliases[k]; ok {
		return "", r
	}
	slug := strings.ReplaceAll(k, " ", "-")
	for _, r := range stixRegions {
		if r == slug {
			return "", r
		}
	}
	return "", ""
}

// entityPlace places an entity by its name or aliases.
func entityPlace(e app.Entity) (country, region string) {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if c, r := placeOf(n); c != "" || r != "" {
			return c, r
		}
	}
	return "", ""
}

// placeLocations resolves every LOC entity of the bundle to a country or a
// region, following "located in" links (up to a few hops) for places that
// are not themselves countries or regions.
func placeLocations(b *app.CaseBundle) map[int64][2]string {
	out := map[int64][2]string{}
	for _, e := range b.Entities {
		if e.Type != app.TypeLoc {
			continue
		}
		if c, r := entityPlace(e); c != "" || r != "" {
			out[e.ID] = [2]string{c, r}
		}
	}
	for range 3 {
		for _, l := range b.Links {
			if l.Kind != app.LinkLocatedIn || l.FromKind == app.TargetEvent || l.ToKind == app.TargetEvent {
				continue
			}
			from, ok := b.EntityByID(l.FromID)
			if _, placed := out[l.FromID]; placed || !ok || from.Type != app.TypeLoc {
				continue
			}
			if p, ok := out[l.ToID]; ok {
				out[l.FromID] = p
			}
		}
	}
	return out
}
