package model

import (
	"strings"
	"time"

	"github.com/google/uuid"
)

// Envelope is what every record carries for storage and sync: who made which
// revision where and when. The storage layer fills it; screens only read it.
//
// BaseHLC is the clock of the revision an edit started from: it tells that
// revision from another office's of the same number (two offices that
// edited rev 1, one of them twice). It is 0 for a new record, for a
// settlement of a conflict (whose base is every revision up to BaseRev),
// and for revisions made before it was written (the number alone then).
type Envelope struct {
	ID        string    `json:"id"`                 // UUIDv7, made offline without coordination
	Kind      Kind      `json:"kind"`               // which kind of record follows
	Rev       uint64    `json:"rev"`                // 1 for a new record, +1 on every write
	BaseRev   uint64    `json:"base_rev"`           // the rev this edit started from (0 for a new record)
	BaseHLC   uint64    `json:"base_hlc,omitempty"` // the hlc of that rev (see above)
	Origin    string    `json:"origin"`             // id of the office that made this rev
	HLC       uint64    `json:"hlc"`                // hybrid logical clock of this rev, for ordering across offices
	UpdatedAt time.Time `json:"updated_at"`
	UpdatedBy string    `json:"updated_by"` // consultant's name
	Deleted   bool      `json:"deleted,omitempty"`
}

// Env gives access to the envelope of any record that embeds it.
func (e *Envelope) Env() *Envelope { return e }

// Record is any stored kind: it has an envelope and can check itself.
type Record interface {
	Env() *Envelope
	Validate() error
}

// Ids are not secrets (every export and bundle carries them): their random
// bits come from crypto/rand read for 16 ids at a time, not an id at a time
// (BenchmarkNewID 250 → 200 ns; an import of rows without ids makes one a
// row, on the writer's lane).
func init() { uuid.EnableRandPool() }

// NewID makes a time-ordered UUIDv7, so ids sort by creation and need no coordination.
func NewID() string { return uuid.Must(uuid.NewV7()).String() }

// ValidID reports whether s is a UUID in its canonical text form.
func ValidID(s string) bool {
	// What uuid.Parse reads and String writes back the same: 8-4-4-4-12
	// lower-case hex digits (TestValidIDAsUUID holds it to that). The
	// dashes first, then the digits by a table: a bundle checks a few ids a
	// record, and a switch on every position was a fifth of a second of a
	// 600 000-record import.
	if len(s) != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-' {
		return false
	}
	var bad byte
	for _, i := range idDigitAt {
		bad |= notLowerHex[s[i]]
	}
	return bad == 0
}

// idDigitAt are the positions of a canonical id's 32 hex digits.
var idDigitAt = [32]uint8{0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17,
	19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35}

// notLowerHex is 1 for every byte but a lower-case hex digit.
var notLowerHex = func() (t [256]byte) {
	for i := range t {
		if (i < '0' || i > '9') && (i < 'a' || i > 'f') {
			t[i] = 1
		}
	}
	return t
}()

// Date is a calendar day written YYYY-MM-DD, with no time zone: a visit on the
// 5th is on the 5th wherever the bundle is read.
type Date string

// DateLayout is how dates are stored and exported.
const DateLayout = "2006-01-02"

// DateOf is the calendar day of t in t's location.
func DateOf(t time.Time) Date { return Date(t.Format(DateLayout)) }

// ParseDate reads "2026-02-13" or the usual local form "13.02.2026".
func ParseDate(s string) (Date, Reason) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ReasonRequired
	}
	if d := Date(s); d.Valid() {
		return d, ReasonNone // already the stored form (TestParseDateStoredForm)
	}
	return parseDateLayouts(s)
}

// parseDateLayouts is ParseDate of a trimmed, filled cell by the layouts
// it takes.
func parseDateLayouts(s string) (Date, Reason) {
	for _, layout := range []string{DateLayout, "02.01.2006", "2.1.2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return DateOf(t), ReasonNone
		}
	}
	if dateShaped(s) {
		return "", ReasonNoSuchDay // 31.11.2026, 2026-02-30: the form is right, the day is not
	}
	return "", ReasonBadDate
}

// dateShaped tells whether s is written as one of the dates ParseDate
// takes (2026-02-13, 13.02.2026, 1.2.2026), whatever its numbers.
func dateShaped(s string) bool {
	var parts []string
	var least [3]int // the fewest digits of each part: day, month, year
	switch {
	case strings.Count(s, "-") == 2: // YYYY-MM-DD: two digits each, as stored
		parts = strings.Split(s, "-")
		parts[0], parts[2] = parts[2], parts[0] // the year last, as in the dotted form
		least = [3]int{2, 2, 4}
	case strings.Count(s, ".") == 2: // DD.MM.YYYY or D.M.YYYY
		parts = strings.Split(s, ".")
		least = [3]int{1, 1, 4}
	default:
		return false
	}
	for i, p := range parts {
		most := max(2, least[i])
		if len(p) < least[i] || len(p) > most {
			return false
		}
		for _, c := range []byte(p) {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return true
}

// Valid reports whether d is a real day in the stored form.
func (d Date) Valid() bool {
	// What time.Parse(DateLayout) reads and Format writes back the same:
	// YYYY-MM-DD, a real day (TestDateValidAsTime holds it to that).
	if len(d) != 10 || d[4] != '-' || d[7] != '-' {
		return false
	}
	num := func(s Date) int {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return -1
			}
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	y, m, day := num(d[:4]), num(d[5:7]), num(d[8:])
	if y < 0 || m < 1 || m > 12 || day < 1 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 29
	}
	return day <= days
}

// Time is d at midnight UTC; the zero time when d is not valid.
func (d Date) Time() time.Time {
	t, _ := time.Parse(DateLayout, string(d))
	return t
}

// Display is d as the screens write a day, 13.02.2026; d itself when it is
// not a valid day.
func (d Date) Display() string {
	if t := d.Time(); !t.IsZero() {
		return t.Format("02.01.2006")
	}
	return string(d)
}

func (es *FieldErrors) checkDate(field string, d Date, required bool) {
	switch {
	case d == "":
		if required {
			es.add(field, ReasonRequired)
		}
	case !d.Valid():
		es.add(field, ReasonBadDate)
	}
}

func (es *FieldErrors) checkRef(field, id string, required bool) {
	switch {
	case id == "":
		if required {
			es.add(field, ReasonRequired)
		}
	case !ValidID(id):
		es.add(field, ReasonBadRef)
	}
}
