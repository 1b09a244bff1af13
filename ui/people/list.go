package people

import (
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/ui/personform"
	"frontoffice/ui/searchlist"
)

// columns are the list's columns in the current language. Narrow terminals
// keep the name and the phone; wider ones add organisation, date and region.
func (m *Model) columns() []searchlist.Column {
	tr := m.c.Tr
	return []searchlist.Column{
		{Title: tr.T("field.full_name"), Cell: func(h search.Hit) string { return h.Title }},
		{Title: tr.T("field.phone"), Width: 16, Cell: func(h search.Hit) string { return model.FormatPhone(h.Phone) }},
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
			return personform.ShowDate(model.DateOf(time.UnixMilli(h.Updated).In(time.Local)))
		}},
	}
}
