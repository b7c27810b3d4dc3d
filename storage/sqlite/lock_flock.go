//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package sqlite

import (
	"errors"
	"os"
	"syscall"
)

// tryLock takes a non-blocking exclusive flock. flock locks belong to the
// open file description and, on Linux, are independent of the fcntl locks
// SQLite itself uses, so the two never interfere.
func tryLock(f *os.File) (bool, error) {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if err == nil {
		return true, nil
	}
	if errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EAGAIN) {
		return false, nil
	}
	if errors.Is(err, syscall.EINTR) {
		return false, nil
	}
	return false, err
}

// folderWritable reports whether this process may create files in dir.
func folderWritable(dir string) error { return syscall.Access(dir, 2 /* W_OK */) }
