package common

import "time"

// Stamp is a moment as every screen shows one, to the minute, the day
// first as offices write it (07.12.2026 23:45); "" for none. The caller
// puts t on the office's clock.
func Stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("02.01.2006 15:04")
}
