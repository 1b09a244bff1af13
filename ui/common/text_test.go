package common

import (
	"errors"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/x/ansi"
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

// TestKeepNumbersWhole (issue 20 item 16): wrapped, a reason never splits
// a sum of money.
func TestKeepNumbersWhole(t *testing.T) {
	s := KeepNumbersWhole("fits the 200 000 ₸ you have; 12 weeks, team of 3 people")
	if strings.Contains(s, "200 000") || !strings.Contains(s, "200\u00a0000\u00a0₸") || !strings.Contains(s, "12 weeks") {
		t.Fatalf("%q", s)
	}
	for w := 10; w < 60; w++ {
		for _, l := range strings.Split(ansi.Wrap(s, w, ""), "\n") {
			if strings.HasSuffix(strings.TrimSpace(l), "200") || strings.HasPrefix(strings.TrimSpace(l), "000") {
				t.Fatalf("width %d splits the number: %q", w, l)
			}
		}
	}
}
