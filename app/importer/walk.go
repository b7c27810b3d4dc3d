package importer

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"dossier/app"
)

// collect lists the files to import under paths, in order: a file as given
// (even a hidden one, since the user named it), a folder recursively in
// lexical order, skipping hidden files and folders. Symbolic links to files
// are followed, links to folders are not (they can loop). What cannot be
// walked becomes a Problem. A file named twice is imported once.
func collect(ctx context.Context, paths []string) (files []string, problems []Problem, err error) {
	seen := map[string]bool{}
	add := func(p string) {
		key := p
		if abs, err := filepath.Abs(p); err == nil {
			key = abs
		}
		if !seen[key] {
			seen[key] = true
			files = append(files, p)
		}
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			problems = append(problems, problemOf(root, statError(err)))
			continue
		}
		if !info.IsDir() {
			if perr := regularFile(info); perr != nil {
				problems = append(problems, problemOf(root, perr))
			} else {
				add(root)
			}
			continue
		}
		top := walkRoot(root)
		err = filepath.WalkDir(top, func(p string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return visit(top, p, d, err, add, &problems)
		})
		if err != nil {
			return files, problems, err
		}
	}
	return files, problems, nil
}

// walkRoot resolves a folder named through a symbolic link: WalkDir does not
// enter a link, but a folder the user named is to be imported.
func walkRoot(root string) string {
	if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		if r, err := filepath.EvalSymlinks(root); err == nil {
			return r
		}
	}
	return root
}

// visit handles one entry of a folder walk.
func visit(root, p string, d fs.DirEntry, err error, add func(string), problems *[]Problem) error {
	if err != nil {
		*problems = append(*problems, problemOf(p, statError(err)))
		if d != nil && d.IsDir() && p != root {
			return fs.SkipDir
		}
		return nil
	}
	if p != root && strings.HasPrefix(d.Name(), ".") {
		if d.IsDir() {
			return fs.SkipDir
		}
		return nil
	}
	if d.IsDir() {
		return nil
	}
	info, err := os.Stat(p) // follows a symbolic link to its target
	if err != nil {
		*problems = append(*problems, problemOf(p, statError(err)))
		return nil
	}
	if info.IsDir() {
		*problems = append(*problems, problemOf(p, app.Errorf(app.EUNSUPPORTED, "link to a folder, not followed")))
		return nil
	}
	if perr := regularFile(info); perr != nil {
		*problems = append(*problems, problemOf(p, perr))
		return nil
	}
	add(p)
	return nil
}

// regularFile rejects devices, pipes and sockets: reading them can block
// forever or never end.
func regularFile(info fs.FileInfo) error {
	if !info.Mode().IsRegular() {
		return app.Errorf(app.EUNSUPPORTED, "not a regular file")
	}
	return nil
}

// statError words a file-system error for the report.
func statError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return app.WrapError(app.ENOTFOUND, err, "no such file or folder")
	case errors.Is(err, fs.ErrPermission):
		return app.WrapError(app.EINVALID, err, "cannot read: permission denied")
	}
	return app.WrapError(app.EINVALID, err, "cannot read")
}
