package common

import (
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// Stamp is a moment as every screen shows one, to the minute, the day
// first as offices write it (07.12.2026 23:45); "" for none. The caller
// puts t on the office's clock.
func Stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("02.01.2006 15:04")
}

// Nested is text that goes inside «…» in a Kazakh or Russian sentence: its
// own «…» become „…“, as those languages nest quotes (««Кітапты…» кітап»
// read as a stray quote). English sentences quote with “…”: s as it is.
func (c *Common) Nested(s string) string {
	if c.Lang() == model.EN {
		return s
	}
	return strings.NewReplacer("«", "„", "»", "“").Replace(s)
}

// OfficeName is the name of office id as this store knows it (its office
// record, from the bundles), "" when it does not.
func OfficeName(s *storage.Store, id string) string {
	if o, err := storage.GetAs[*model.Office](s, model.KindOffice, id); err == nil {
		return o.Name
	}
	return ""
}
