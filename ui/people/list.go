package people

import (
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/ui/searchlist"
)

// columns are the list's columns in the current language. Narrow terminals
// keep the name and the phone; wider ones add organisation, date and region.
func (m *Model) columns() []searchlist.Column {
	tr := m.c.Tr
	return []searchlist.Column{
		{Title: tr.T("field.full_name"), Cell: func(h search.Hit) string { return h.Title }},
		{Title: tr.T("field.phone"), Width: 16, Cell: func(h search.Hit) string { return FormatPhone(h.Phone) }},
		{Title: tr.T("field.organization"), Width: 22, MinScreen: 70, Cell: func(h search.Hit) string { return h.Sub }},
		{Title: tr.T("field.region"), Width: 16, MinScreen: 96, Cell: func(h search.Hit) string {
			if h.Region == "" {
				return ""
			}
			return h.Region.Label(m.c.Lang())
		}},
		{Title: tr.T("people.col_updated"), Width: 10, MinScreen: 84, Cell: func(h search.Hit) string {
			if h.Updated == 0 {
				return ""
			}
			return showDate(model.DateOf(time.UnixMilli(h.Updated).In(time.Local)))
		}},
	}
}

// FormatPhone writes a stored phone (+77011234567) the way people read it:
// +7 701 123 45 67. Anything else comes back as it is.
func FormatPhone(p string) string {
	if len(p) != 12 || p[:2] != "+7" {
		return p
	}
	for _, r := range p[2:] {
		if r < '0' || r > '9' {
			return p
		}
	}
	d := p[2:]
	return "+7 " + d[:3] + " " + d[3:6] + " " + d[6:8] + " " + d[8:]
}
