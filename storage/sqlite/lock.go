package sqlite

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
	"time"

	"dossier/app"
)

// fileLock is the open descriptor of a case file that carries the advisory
// lock for as long as the Store is open. It is also how Open reads the
// header, so no other descriptor of the file is opened and closed meanwhile.
type fileLock struct {
	f *os.File
}

// acquireLock opens path read-write and takes the exclusive advisory lock,
// retrying for up to wait before it reports app.EBUSY.
func acquireLock(path string, wait time.Duration) (*fileLock, error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return nil, openError(path, err)
	}
	deadline := time.Now().Add(wait)
	for {
		ok, err := tryLock(f)
		if err != nil {
			_ = f.Close()
			return nil, app.WrapError(app.EINTERNAL, err, "could not lock %s", path)
		}
		if ok {
			return &fileLock{f: f}, nil
		}
		if time.Now().After(deadline) {
			_ = f.Close()
			return nil, app.Errorf(app.EBUSY,
				"%s is open in another Dossier window or program; close it there and try again", path)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// release drops the lock by closing the descriptor.
func (l *fileLock) release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}

// openError turns an error from opening or creating a case file into a
// plain app.Error.
func openError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return app.WrapError(app.ENOTFOUND, err, "no case file at %s", path)
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS):
		return app.WrapError(app.EREADONLY, err,
			"%s cannot be written (read-only file or folder); copy it somewhere writable to work on it", path)
	case errors.Is(err, syscall.EISDIR):
		return app.WrapError(app.EINVALID, err, "%s is a folder, not a case file", path)
	}
	return app.WrapError(app.EINTERNAL, err, "could not open %s", path)
}
