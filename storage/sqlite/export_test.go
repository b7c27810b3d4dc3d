package sqlite

// CreateVersion builds a case file at an older schema version, so tests can
// check the upgrade path without keeping old binaries around.
func CreateVersion(path, title string, opt Options, version int) (*Store, error) {
	return createVersion(path, title, opt.withDefaults(), version)
}
