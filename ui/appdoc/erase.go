package appdoc

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// PersonFiles are the files beside the store (storePath) made for a person:
// certificates named after any of names (CertificateFile's naming: the name,
// then the day) and the applications of ideaIDs, the ideas whose applicant
// they are (named from the title and day, with the idea's id inside: see
// ApplicationPath; or, written before, applications/<idea id>-<code>.<format>). Missing folders are no
// files. The paths are sorted.
func PersonFiles(storePath string, names, ideaIDs []string) ([]string, error) {
	base := filepath.Dir(storePath)
	var out []string
	prefixes := map[string]bool{}
	for _, n := range names {
		if strings.TrimSpace(n) != "" {
			prefixes[fileName(n)+"-"] = true
		}
	}
	err := eachFile(filepath.Join(base, "certificates"), func(name string) bool {
		for p := range prefixes {
			if rest, ok := strings.CutPrefix(name, p); ok {
				day, ok := strings.CutSuffix(rest, ".html")
				if _, err := time.Parse("2006-01-02", day); ok && err == nil {
					return true
				}
			}
		}
		return false
	}, &out)
	if err != nil {
		return nil, err
	}
	apps := filepath.Join(base, "applications")
	err = eachFile(apps, func(name string) bool {
		var named string // the idea the file names inside (ApplicationPath's files)
		if strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".md") {
			named = FileIdea(filepath.Join(apps, name))
		}
		for _, id := range ideaIDs {
			if id != "" && (strings.HasPrefix(name, id+"-") || named == id) {
				return true
			}
		}
		return false
	}, &out)
	if err != nil {
		return nil, err
	}
	slices.Sort(out)
	return out, nil
}

// eachFile appends to out the regular files of dir whose names match.
func eachFile(dir string, match func(string) bool, out *[]string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", dir, err)
	}
	for _, e := range entries {
		if e.Type().IsRegular() && match(e.Name()) {
			*out = append(*out, filepath.Join(dir, e.Name()))
		}
	}
	return nil
}

// DeletePersonFiles deletes PersonFiles and returns those it deleted; it
// goes on past a file it cannot delete and returns the first such error.
func DeletePersonFiles(storePath string, names, ideaIDs []string) (deleted []string, err error) {
	files, err := PersonFiles(storePath, names, ideaIDs)
	if err != nil {
		return nil, err
	}
	var first error
	for _, f := range files {
		if err := os.Remove(f); err != nil && !errors.Is(err, os.ErrNotExist) {
			if first == nil {
				first = fmt.Errorf("delete %s: %w", f, err)
			}
			continue
		}
		deleted = append(deleted, f)
	}
	return deleted, first
}
