package common

import (
	"errors"
	"strings"
)

// NoSpace reports whether err says the disk (or stick) is full, a quota is
// used up or the file grew past its size limit. Some errors reach us only
// as text (bbolt reports a failed resize with %s), so the system's own
// words for those errors are recognised too.
func NoSpace(err error) bool {
	if err == nil {
		return false
	}
	for _, e := range noSpaceErrors {
		if errors.Is(err, e) || strings.Contains(err.Error(), e.Error()) {
			return true
		}
	}
	return false
}
