package common

import (
	"errors"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/i18n"
)

// TestErrorTextNeutralisesEscapes: an error naming a file whose name holds
// escape sequences is shown without them.
func TestErrorTextNeutralisesEscapes(t *testing.T) {
	err := errors.New("open /tmp/a\x1b[31mRED\x1b]2;PWNED\x07/fo.db: permission denied")
	got := ErrorText(i18n.New(model.EN), err)
	if strings.ContainsAny(got, "\x1b\x07") || !strings.Contains(got, "RED") {
		t.Fatalf("%q", got)
	}
}
