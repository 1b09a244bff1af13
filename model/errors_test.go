package model

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFieldErrors(t *testing.T) {
	var none FieldErrors
	if err := none.Err(); err != nil {
		t.Errorf("empty FieldErrors.Err() = %v, want nil", err)
	}
	if none.For("x") != ReasonNone {
		t.Error("empty FieldErrors.For gives a reason")
	}

	es := FieldErrors{{"phone", ReasonBadPhone}, {"title", ReasonRequired}, {"phone", ReasonRequired}}
	if got, want := es.Error(), "invalid: phone: bad_phone; title: required; phone: required"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got := es.For("phone"); got != ReasonBadPhone {
		t.Errorf("For(phone) = %q, want the first reason", got)
	}
	if got := es.For("iin"); got != ReasonNone {
		t.Errorf("For(iin) = %q, want none", got)
	}
	if got := (FieldError{"iin", ReasonBadIIN}).Error(); got != "iin: bad_iin" {
		t.Errorf("FieldError.Error() = %q", got)
	}

	// Callers wrap validation errors; the fields must survive the wrapping.
	wrapped := fmt.Errorf("save person: %w", es.Err())
	fe, ok := AsFieldErrors(wrapped)
	if !ok || len(fe) != 3 || fe.For("title") != ReasonRequired {
		t.Errorf("AsFieldErrors(wrapped) = %v, %v", fe, ok)
	}
	if fe, ok := AsFieldErrors(errors.New("disk full")); ok || fe != nil {
		t.Errorf("AsFieldErrors(plain error) = %v, %v", fe, ok)
	}
	if fe, ok := AsFieldErrors(nil); ok || fe != nil {
		t.Errorf("AsFieldErrors(nil) = %v, %v", fe, ok)
	}
}

func TestHasControl(t *testing.T) {
	tests := []struct {
		in              string
		line, multiline bool // HasControl(in, false), HasControl(in, true)
	}{
		{"", false, false},
		{"Айгерім Серікқызы", false, false},
		{"Úmit — «Біргеміз» ₸ 😀", false, false},
		{"\u00a0no-break space", false, false},
		{"replacement \uFFFD char", false, false},
		{"a\nb", true, false},
		{"a\r\nb", true, false},
		{"a\tb", true, false},
		{"\x1b[31mred", true, true},
		{"\x1b]0;title\a", true, true},
		{"bell\a", true, true},
		{"nul\x00", true, true},
		{"del\x7f", true, true},
		{"backspace\b", true, true},
		{"c1 csi \u009b31m", true, true},
		{"c1 nel \u0085", true, true},
		{"raw byte \x9b31m", true, true}, // not UTF-8: 8-bit CSI
		{"broken \xd0", true, true},
		{"\xff", true, true},
	}
	for _, tt := range tests {
		if got := HasControl(tt.in, false); got != tt.line {
			t.Errorf("HasControl(%q, false) = %v, want %v", tt.in, got, tt.line)
		}
		if got := HasControl(tt.in, true); got != tt.multiline {
			t.Errorf("HasControl(%q, true) = %v, want %v", tt.in, got, tt.multiline)
		}
	}
}

func TestCheckTextOrder(t *testing.T) {
	// One reason per field, the most basic first.
	tests := []struct {
		in   string
		req  bool
		want Reason
	}{
		{"", true, ReasonRequired},
		{"", false, ReasonNone},
		{"  ", false, ReasonNone},
		{long201, true, ReasonTooLong},
		{"\x1b" + long201, true, ReasonTooLong},
		{"\x1b", true, ReasonControlChars},
		{"ok", true, ReasonNone},
		// Counted in letters, not bytes (the length is looked at first).
		{strings.Repeat("ә", maxName), true, ReasonNone},
		{strings.Repeat("ә", maxName+1), true, ReasonTooLong},
		{strings.Repeat("a", maxName), true, ReasonNone},
	}
	for _, tt := range tests {
		var es FieldErrors
		es.checkText("f", tt.in, tt.req, maxName)
		if len(es) > 1 {
			t.Errorf("checkText(%q) gave %d errors: %v", tt.in, len(es), es)
		}
		if got := es.For("f"); got != tt.want {
			t.Errorf("checkText(%q, required=%v) = %q, want %q", tt.in, tt.req, got, tt.want)
		}
	}
}

// hasControlRef is HasControl as first written (a rune at a time), the
// reference TestHasControlAsReference holds the faster one to.
func hasControlRef(s string, multiline bool) bool {
	for i, r := range s {
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return true
		}
		if r == '\n' || r == '\t' || r == '\r' {
			if multiline {
				continue
			}
			return true
		}
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return true
		}
	}
	return false
}

// TestHasControlAsReference: HasControl answers as hasControlRef over
// 300 000 random strings of ASCII, controls, Cyrillic, C1 controls, U+FFFD,
// three- and four-byte runes and bytes that are not UTF-8 (cut sequences
// among them), single-line and multiline.
func TestHasControlAsReference(t *testing.T) {
	pieces := []string{"a", "Z", " ", "7", "\n", "\t", "\r", "\x00", "\x1b", "\x1f", "\x7f", "\x7e",
		"ж", "Ә", "ң", "\u0080", "\u009b", "\u009f", "\u00a0", "é", "\uFFFD", "€", "\u2028", "😀",
		"\x9b", "\xc2", "\xd0", "\xe2\x82", "\xf0\x9f", "\xff", "\xc0\x80", "\xed\xa0\x80", "\xdf", "\xe0"}
	rng := rand.New(rand.NewPCG(7, 11))
	var b strings.Builder
	for range 300_000 {
		b.Reset()
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for _, ml := range []bool{false, true} {
			if got, want := HasControl(s, ml), hasControlRef(s, ml); got != want {
				t.Fatalf("HasControl(%q, %v) = %v, the reference says %v", s, ml, got, want)
			}
		}
	}
}

// FuzzHasControl holds HasControl to hasControlRef on any bytes.
func FuzzHasControl(f *testing.F) {
	f.Add("Сәлем\n\x9b", true)
	f.Fuzz(func(t *testing.T, s string, ml bool) {
		if got, want := HasControl(s, ml), hasControlRef(s, ml); got != want {
			t.Fatalf("HasControl(%q, %v) = %v, the reference says %v", s, ml, got, want)
		}
	})
}
