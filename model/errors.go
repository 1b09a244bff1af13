package model

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// Reason says why a field is wrong. Reasons are stable codes: the UI looks up a
// translated sentence for each (key "reason.<code>"), and tests compare them.
type Reason string

// The reasons a field can be refused.
const (
	ReasonRequired      Reason = "required"       // the field is empty but must be filled
	ReasonTooLong       Reason = "too_long"       // longer than the field allows
	ReasonUnknownCode   Reason = "unknown_code"   // not one of the fixed values
	ReasonBadPhone      Reason = "bad_phone"      // not a Kazakhstan phone number
	ReasonBadIIN        Reason = "bad_iin"        // not 12 digits or the check digit fails
	ReasonBadYear       Reason = "bad_year"       // a birth year outside a human lifetime
	ReasonBadNumber     Reason = "bad_number"     // letters or symbols where a number belongs
	ReasonNegative      Reason = "negative"       // below zero
	ReasonTooLarge      Reason = "too_large"      // absurdly large
	ReasonBadDate       Reason = "bad_date"       // not a date (YYYY-MM-DD)
	ReasonNoSuchDay     Reason = "no_such_day"    // written as a date, but no such day is in the calendar (31.11.2026)
	ReasonBadHours      Reason = "bad_hours"      // hours not in half-hour steps, or not in (0, 24]
	ReasonConsentNeeded Reason = "consent_needed" // personal data without consent
	ReasonGuardian      Reason = "guardian_needed"
	ReasonControlChars  Reason = "control_chars" // escape sequences or other control characters
	ReasonMismatch      Reason = "mismatch"      // disagrees with another field
	ReasonBadRef        Reason = "bad_ref"       // not the id of a record
	ReasonDuplicate     Reason = "duplicate"     // the same value twice in a list
	ReasonNotWhole      Reason = "not_whole"     // a fraction where a whole number belongs
	ReasonFutureDate    Reason = "future_date"   // a day that has not come yet
	ReasonTooEarly      Reason = "too_early"     // a day before volunteer hours were kept (2000)
	ReasonDayOver24     Reason = "day_over_24"   // one person's hours on one day pass 24 together
)

// Reasons lists every reason, so translations can be checked for each.
func Reasons() []Reason {
	return []Reason{ReasonRequired, ReasonTooLong, ReasonUnknownCode, ReasonBadPhone, ReasonBadIIN,
		ReasonBadYear, ReasonBadNumber, ReasonNegative, ReasonTooLarge, ReasonBadDate, ReasonBadHours,
		ReasonConsentNeeded, ReasonGuardian, ReasonControlChars, ReasonMismatch, ReasonBadRef, ReasonDuplicate, ReasonNotWhole,
		ReasonFutureDate, ReasonTooEarly, ReasonDayOver24, ReasonNoSuchDay}
}

// FieldError is one problem with one field of a record, shown next to that field.
type FieldError struct {
	Field  string // the JSON name of the field, e.g. "phone"
	Reason Reason
}

func (e FieldError) Error() string { return e.Field + ": " + string(e.Reason) }

// FieldErrors is every problem Validate found; it is an error when non-empty.
type FieldErrors []FieldError

func (es FieldErrors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
	}
	return "invalid: " + strings.Join(parts, "; ")
}

// Err returns nil when there are no problems, so callers can return it directly.
func (es FieldErrors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// For returns the reason for field, or "" when the field is fine.
func (es FieldErrors) For(field string) Reason {
	for _, e := range es {
		if e.Field == field {
			return e.Reason
		}
	}
	return ""
}

func (es *FieldErrors) add(field string, r Reason) { *es = append(*es, FieldError{field, r}) }

// AsFieldErrors unwraps err into field errors, if it carries any.
func AsFieldErrors(err error) (FieldErrors, bool) {
	var fe FieldErrors
	if errors.As(err, &fe) {
		return fe, true
	}
	return nil, false
}

// checkText refuses empty required text, over-long text and control characters
// (a title with an ANSI escape must never reach a terminal).
func (es *FieldErrors) checkText(field, s string, required bool, max int) {
	switch {
	case required && strings.TrimSpace(s) == "":
		es.add(field, ReasonRequired)
	case len(s) > max && utf8.RuneCountInString(s) > max: // never more runes than bytes
		es.add(field, ReasonTooLong)
	case HasControl(s, false):
		es.add(field, ReasonControlChars)
	}
}

// checkMultiline refuses control characters other than line breaks and tabs,
// and texts longer than a few pages.
func (es *FieldErrors) checkMultiline(field, s string) {
	switch {
	case len(s) > maxText && utf8.RuneCountInString(s) > maxText: // never more runes than bytes
		es.add(field, ReasonTooLong)
	case HasControl(s, true):
		es.add(field, ReasonControlChars)
	}
}

// HasControl reports whether s holds control characters (escape, bell, …).
// Line breaks and tabs are allowed when multiline is true. Bytes that are not
// UTF-8 count as control characters: a lone 0x9b is CSI to an 8-bit terminal.
func HasControl(s string, multiline bool) bool {
	bad := &asciiControl[0]
	if multiline {
		bad = &asciiControl[1]
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if bad[c] {
				return true
			}
			i++
			continue
		}
		// Two bytes (Cyrillic and the rest below U+0800) at once: C1
		// controls are U+0080–U+009F, C2 80 to C2 9F.
		if c >= 0xc2 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			if c == 0xc2 && s[i+1] < 0xa0 {
				return true
			}
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 { // not UTF-8 (U+FFFD itself is three bytes)
			return true
		}
		i += n
	}
	return false
}

// asciiControl is, for single-line text [0] and multiline [1], whether
// each ASCII byte is a control character HasControl refuses.
var asciiControl = func() (t [2][utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		ctl := c < 0x20 || c == 0x7f
		t[0][c] = ctl
		t[1][c] = ctl && c != '\n' && c != '\t' && c != '\r'
	}
	return t
}()
