package reports

import (
	"math"
	"strings"

	"frontoffice/model"
	"frontoffice/model/report"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/x/ansi"
)

// Number writes a figure as the app shows numbers (i18n's one formatter
// per language): thousands grouped, at most two decimals, a decimal comma
// in Kazakh and Russian.
func Number(v float64, lang model.Lang) string { return i18n.New(lang).Num(v) }

// FilterLine says what the report covers: its office when one is chosen,
// its dates, region and direction.
func FilterLine(tr *i18n.Translator, f report.Filter) string {
	lang := tr.Lang()
	dates := tr.T("report.all_dates")
	switch {
	case f.From != "" && f.To != "":
		dates = tr.T("report.dates", showDate(f.From), showDate(f.To))
	case f.From != "":
		dates = tr.T("report.since", showDate(f.From))
	case f.To != "":
		dates = tr.T("report.until", showDate(f.To))
	}
	region := tr.T("report.all_regions")
	if f.Region != "" {
		region = f.Region.Label(lang)
	}
	direction := tr.T("report.all_directions")
	if f.Direction != "" {
		direction = f.Direction.Label(lang)
	}
	line := dates + " · " + region + " · " + direction
	if f.Office != "" {
		// First: on a narrow screen the end of the line is cut.
		line = OfficeLabel(tr, f.Office, f.OfficeName, false) + " · " + line
	}
	return line
}

// showDate writes a day the way people in Kazakhstan write it: 13.02.2026.
func showDate(d model.Date) string {
	if t := d.Time(); !t.IsZero() {
		return t.Format("02.01.2006")
	}
	return string(d)
}

// bar is one row of a chart.
type bar struct {
	label string
	value float64 // the filled part
	whole float64 // the light part up to it (planned, for reach); 0 for none
	text  string  // the figure as shown
}

// eighths draw the end of a bar to an eighth of a cell.
var eighths = []string{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"}

// drawBar is value out of top drawn in width cells: full blocks and an
// eighth, then a light shade up to whole. Plain terminals get # and -.
func drawBar(value, whole, top float64, width int, plain bool) string {
	if width <= 0 || top <= 0 {
		return ""
	}
	cells := func(v float64) int { return int(math.Round(v / top * float64(width) * 8)) }
	fill := cells(value)
	if value > 0 && fill == 0 {
		fill = 1 // something is there: show it
	}
	rest := max(0, cells(whole)/8-(fill+7)/8)
	if plain {
		n := (fill + 4) / 8
		if value > 0 && n == 0 {
			n = 1
		}
		return strings.Repeat("#", n) + strings.Repeat("-", rest)
	}
	return strings.Repeat("█", fill/8) + eighths[fill%8] + strings.Repeat("░", rest)
}

// textBar is the bars' width in the text output, where labels are not cut.
const textBar = 40

// chart draws a titled bar chart in width cells: label, figure, bar. Width 0
// is for the text output: labels in full, bars of textBar cells.
func chart(st *common.Styles, plain bool, title string, bars []bar, width int, empty string) []string {
	out := []string{st.Title.Render(title)}
	if len(bars) == 0 {
		return append(out, "  "+st.Muted.Render(empty))
	}
	labelW, numW, top := 0, 0, 0.0
	for _, b := range bars {
		labelW = max(labelW, ansi.StringWidth(b.label))
		numW = max(numW, ansi.StringWidth(b.text))
		top = max(top, b.value, b.whole)
	}
	barW := textBar // width 0: labels in full and bars of textBar cells
	switch {
	case top == 0: // figures without bars (the totals): labels get the room
		barW = 0
		if width > 0 {
			labelW = min(labelW, max(8, width-2-1-numW))
		}
	case width > 0:
		labelW = min(labelW, max(8, (width-2)*2/5))
		barW = width - 2 - labelW - 1 - numW - 1
	}
	if barW < 3 {
		barW = 0
	}
	for _, b := range bars {
		label := b.label
		if ansi.StringWidth(label) > labelW {
			label = ansi.Truncate(label, labelW, "…")
		}
		label += strings.Repeat(" ", labelW-ansi.StringWidth(label))
		num := strings.Repeat(" ", numW-ansi.StringWidth(b.text)) + b.text
		line := "  " + st.Label.Render(label) + " " + st.Value.Render(num)
		if barW > 0 {
			line += " " + st.Key.Render(drawBar(b.value, b.whole, top, barW, plain))
		}
		out = append(out, line)
	}
	return out
}

// Lines draws every figure of r as titled charts in width cells, in the
// order of the issue: totals, ideas by direction, region, status and SDG,
// reach, consultations by service, hours by month, the funnel, then each
// office's share (width 0: see chart). Long lists
// (regions, SDGs) show only the codes with a count; the exports have all.
func Lines(r report.Report, tr *i18n.Translator, st *common.Styles, plain bool, width int) []string {
	lang := tr.Lang()
	n := func(v float64) string { return Number(v, lang) }
	none := tr.T("report.none")
	var out []string
	section := func(lines []string) {
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, lines...)
	}

	totals := []bar{
		{label: tr.T("report.people"), text: n(float64(r.People))},
		{label: tr.T("report.ideas"), text: n(float64(r.Ideas))},
		{label: tr.T("report.consultations"), text: n(float64(r.Consultations))},
		{label: tr.T("report.volunteers"), text: n(float64(r.Volunteers))},
		{label: tr.T("report.verified_hours"), text: n(r.VerifiedHours)},
		{label: tr.T("report.pending_hours"), text: n(r.PendingHours)},
		{label: tr.T("report.visits"), text: n(float64(r.Visits))},
		{label: tr.T("report.anonymous_visits"), text: n(float64(r.AnonymousVisits))},
	}
	section(chart(st, plain, tr.T("report.totals"), totals, width, none))

	rows := func(sec string, rs []report.Row, all bool) []bar {
		var bars []bar
		zeros := 0
		for _, x := range rs {
			if x.Count == 0 && !all {
				zeros++
				continue
			}
			bars = append(bars, bar{label: report.Label(sec, x.Code, lang), value: float64(x.Count), text: n(float64(x.Count))})
		}
		if zeros > 0 && len(bars) > 0 {
			bars = append(bars, bar{label: tr.T("report.other_zero")})
		}
		return bars
	}
	section(chart(st, plain, tr.T("report.ideas_by_direction"), rows(report.SectionDirection, r.ByDirection, true), width, none))
	section(chart(st, plain, tr.T("report.ideas_by_region"), rows(report.SectionRegion, r.ByRegion, false), width, none))
	section(chart(st, plain, tr.T("report.ideas_by_status"), rows(report.SectionStatus, r.ByStatus, true), width, none))
	section(chart(st, plain, tr.T("report.ideas_by_sdg"), rows(report.SectionSDG, r.BySDG, false), width, none))

	var reach []bar
	for _, x := range r.Reach {
		if x.Planned == 0 && x.Reached == 0 {
			continue
		}
		reach = append(reach, bar{label: x.Group.Label(lang), value: float64(x.Reached), whole: float64(x.Planned),
			text: n(float64(x.Planned)) + " / " + n(float64(x.Reached))}) // as the title says: planned / reached
	}
	section(chart(st, plain, tr.T("report.reach"), reach, width, none))
	section(chart(st, plain, tr.T("report.consultations_by_service"), rows(report.SectionService, r.ByService, true), width, none))

	var months []bar
	for _, m := range r.Months {
		months = append(months, bar{label: m.Month, value: m.VerifiedHours,
			text: tr.T("report.month_line", n(float64(m.Volunteers)), n(m.VerifiedHours))})
	}
	section(chart(st, plain, tr.T("report.hours_by_month"), months, width, none))
	section(chart(st, plain, tr.T("report.funnel"), rows(report.SectionFunnel, r.Funnel, true), width, none))
	officeLines(r, tr, st, plain, width, section)
	if r.AnonymousVisits > 0 {
		section(chart(st, plain, tr.T("report.anonymous_by_age_band"), rows(report.SectionAnonAgeBand, r.AnonymousByAgeBand, false), width, none))
		section(chart(st, plain, tr.T("report.anonymous_by_service"), rows(report.SectionAnonService, r.AnonymousByService, false), width, none))
		section(chart(st, plain, tr.T("report.anonymous_by_outcome"), rows(report.SectionAnonOutcome, r.AnonymousByOutcome, false), width, none))
	}
	return out
}
