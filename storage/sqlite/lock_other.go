//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package sqlite

import "os"

// tryLock has no advisory lock to take on this platform; SQLite's own
// locking still protects every transaction.
// TODO(windows port): use LockFileEx once Dossier ships for Windows.
func tryLock(*os.File) (bool, error) { return true, nil }

// folderWritable tries to create and remove a file in dir.
func folderWritable(dir string) error {
	f, err := os.CreateTemp(dir, ".dossier-probe-*")
	if err != nil {
		return err
	}
	name := f.Name()
	_ = f.Close()
	return os.Remove(name)
}
