//go:build race

package nlp

// raceEnabled shrinks the slow tests under the race detector.
const raceEnabled = true
