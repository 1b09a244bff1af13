// Package appdoc renders a grant application (an idea against a programme's
// template, model/application) as Markdown for pasting elsewhere, or as one
// self-contained HTML file that prints on A4. Both are built from the same
// blocks, so the two never disagree on what a section holds.
package appdoc

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/ui/i18n"
)

// Doc is what an application is made from.
type Doc struct {
	Idea     *model.Idea
	Template application.Template
	Texts    application.Texts // the sections only the application has; nil: the idea's own
	Office   string            // the office's name
	Date     time.Time         // the day it is printed
	Tr       *i18n.Translator  // the application's own language (application.DetectLang by default)
	// Draft marks an application the readiness check finds not ready: every
	// printed page carries a DRAFT mark and unfilled sections say so; a
	// finished application leaves them out.
	Draft bool
	// Phone is the applicant's contact, when registered with one.
	Phone string
}

// block is one piece of a section: a paragraph, a list, a table or a
// key–value list.
type block struct {
	para    string
	list    []string
	ordered bool
	kv      [][2]string
	head    []string
	rows    [][]string
	foot    [][]string // totals under a table
	numeric []bool     // right-aligned columns
}

// section is a titled run of blocks.
type section struct {
	id     application.SectionID
	title  string
	blocks []block
}

// cover is the title and the facts above the first section.
func (d Doc) cover() (title string, facts block) {
	tr, lang, i := d.Tr, d.Tr.Lang(), d.Idea
	kv := [][2]string{
		{tr.T("app.programme"), d.Template.Label(lang)},
		{tr.T("app.office"), d.Office},
		{tr.T("app.date"), d.Date.Format("02.01.2006")},
	}
	add := func(k, v string) {
		if v != "" {
			kv = append(kv, [2]string{k, v})
		}
	}
	add(tr.T("app.applicant"), i.ApplicantName)
	add(tr.T("app.contacts"), ShowPhone(d.Phone))
	add(tr.T("app.organization"), i.Organization)
	if i.Region != "" {
		add(tr.T("app.region"), i.Region.Label(lang))
	}
	if i.Direction != "" {
		add(tr.T("app.direction"), i.Direction.Label(lang))
	}
	switch {
	case i.StartDate.Valid() && i.EndDate.Valid():
		add(tr.T("app.period"), fmt.Sprintf("%s – %s (%s)", date(i.StartDate), date(i.EndDate),
			tr.T("app.months", application.Months(i.StartDate, i.EndDate))))
	case i.StartDate.Valid() || i.EndDate.Valid():
		add(tr.T("app.period"), fmt.Sprintf("%s – %s", or(date(i.StartDate), "…"), or(date(i.EndDate), "…")))
	}
	add(tr.T("app.requested"), model.Requested(i, model.BudgetTotals(i.Budget)).String())
	return i.Title, block{kv: kv}
}

// sections are the template's sections in order, filled from the idea.
func (d Doc) sections() []section {
	var out []section
	if letter := d.coverLetter(); len(letter) > 0 {
		out = append(out, section{id: "cover_letter", title: d.Tr.T("field.cover_letter"), blocks: letter})
	}
	for _, s := range d.Template.Sections {
		sec := section{id: s.ID, title: s.Title.In(d.Tr.Lang()), blocks: d.blocks(s.ID)}
		if len(sec.blocks) == 0 {
			if !d.Draft {
				continue // a finished application prints only what is written
			}
			sec.blocks = []block{{para: d.Tr.T("app.not_written")}}
		}
		out = append(out, sec)
	}
	return out
}

// coverLetter is the idea's cover letter as paragraphs; nil when none.
func (d Doc) coverLetter() []block {
	var bs []block
	for _, p := range strings.Split(strings.ReplaceAll(d.Idea.CoverLetter, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			bs = append(bs, block{para: p})
		}
	}
	return bs
}

// or is s, else alt when s is empty.
func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// ShowPhone writes +77011234567 as +7 701 123 45 67.
func ShowPhone(p string) string {
	if len(p) == 12 && strings.HasPrefix(p, "+7") {
		return "+7 " + p[2:5] + " " + p[5:8] + " " + p[8:10] + " " + p[10:]
	}
	return p
}

// signature is the lines the applicant signs and dates, label and blank.
func (d Doc) signature() [][2]string {
	tr := d.Tr
	return [][2]string{
		{tr.T("app.sign.applicant"), tr.T("app.sign.blank")},
		{tr.T("app.sign.date"), tr.T("app.sign.date_blank")},
	}
}

func date(d model.Date) string {
	if !d.Valid() {
		return ""
	}
	return d.Time().Format("02.01.2006")
}

// blocks is what one section holds; nil when the idea has nothing for it.
func (d Doc) blocks(id application.SectionID) []block {
	tr, lang, i, l := d.Tr, d.Tr.Lang(), d.Idea, &d.Idea.Logframe
	var bs []block
	para := func(s string) {
		for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				bs = append(bs, block{para: p})
			}
		}
	}
	objective := func(n int) string {
		if n <= 0 {
			return tr.T("app.goal_obj")
		}
		return strconv.Itoa(n)
	}
	switch id {
	case application.SecSummary:
		para(i.Summary)
	case application.SecGoal:
		para(l.Goal)
		if len(l.Objectives) > 0 {
			var items []string
			for _, o := range l.Objectives {
				items = append(items, o.Text)
			}
			bs = append(bs, block{para: tr.T("app.objectives")}, block{list: items, ordered: true})
		}
	case application.SecActivities:
		if len(l.Activities) > 0 {
			b := block{head: []string{tr.T("app.col.no"), tr.T("app.col.activity"), tr.T("app.col.start"), tr.T("app.col.end"),
				tr.T("app.col.responsible"), tr.T("app.col.objective")}}
			for n, a := range l.Activities {
				b.rows = append(b.rows, []string{strconv.Itoa(n + 1), a.Text, date(a.Start), date(a.End), a.Responsible, objective(a.Objective)})
			}
			bs = append(bs, b)
		}
	case application.SecTargetGroups:
		if len(i.TargetGroups) > 0 {
			b := block{head: []string{tr.T("app.col.group"), tr.T("app.col.planned")}, numeric: []bool{false, true}}
			for _, r := range i.TargetGroups {
				b.rows = append(b.rows, []string{r.Group.Label(lang), strconv.Itoa(r.Planned)})
			}
			bs = append(bs, b)
		}
	case application.SecResults:
		if len(l.Results) > 0 {
			bs = append(bs, block{list: l.Results})
		}
		if len(l.Indicators) > 0 {
			b := block{head: []string{tr.T("app.col.indicator"), tr.T("app.col.unit"), tr.T("app.col.baseline"), tr.T("app.col.target"),
				tr.T("app.col.verification"), tr.T("app.col.objective")}, numeric: []bool{false, false, true, true}}
			for _, in := range l.Indicators {
				b.rows = append(b.rows, []string{in.Name, in.Unit, tr.Figure(in.Baseline), tr.Figure(in.Target), in.Verification, objective(in.Objective)})
			}
			bs = append(bs, block{para: tr.T("app.indicators")}, b)
		}
	case application.SecBudget:
		if len(i.Budget) > 0 {
			t := model.BudgetTotals(i.Budget)
			b := block{head: []string{tr.T("app.col.no"), tr.T("app.col.item"), tr.T("app.col.category"), tr.T("app.col.quantity"),
				tr.T("app.col.unit_cost"), tr.T("app.col.total"), tr.T("app.col.source")},
				numeric: []bool{false, false, false, true, true, true}}
			for n, x := range i.Budget {
				b.rows = append(b.rows, []string{strconv.Itoa(n + 1), x.Item, x.Category.Label(lang), strconv.Itoa(x.Quantity),
					x.UnitKZT.String(), x.Total().String(), x.Source.Label(lang)})
			}
			b.foot = [][]string{
				{"", tr.T("app.total.grant"), "", "", "", t.Grant.String(), ""},
				{"", tr.T("app.total.cofunding"), "", "", "", t.Cofunding.String(), ""},
				{"", tr.T("app.total.all"), "", "", "", t.Total.String(), ""},
			}
			bs = append(bs, b)
		}
	case application.SecTeam:
		if len(i.Team) > 0 {
			b := block{head: []string{tr.T("app.col.no"), tr.T("app.col.name"), tr.T("app.col.role")}}
			for n, m := range i.Team {
				b.rows = append(b.rows, []string{strconv.Itoa(n + 1), m.Name, m.Role})
			}
			bs = append(bs, b)
		}
	case application.SecRisks:
		if len(l.Risks) > 0 {
			bs = append(bs, block{list: l.Risks})
		}
	default:
		texts := d.Texts
		if texts == nil {
			texts = application.TextsOf(i)
		}
		para(texts[id])
	}
	return bs
}

// ProblemText is a readiness problem as a sentence in tr's language.
func ProblemText(tr *i18n.Translator, p application.Problem) string {
	args := make([]any, len(p.Args))
	for n, a := range p.Args {
		switch x := a.(type) {
		case application.SectionID:
			a = x.Title(tr.Lang())
		case model.TargetGroup:
			a = x.Label(tr.Lang())
		}
		args[n] = a
	}
	return tr.T(p.Key, args...)
}

// WhereText names where a problem is fixed, in tr's language.
func WhereText(tr *i18n.Translator, where string) string {
	switch {
	case strings.HasPrefix(where, "logframe.objective."):
		n, _ := strconv.Atoi(strings.TrimPrefix(where, "logframe.objective."))
		return tr.T("field.logframe") + " · " + tr.T("lf.obj_short", n)
	case strings.HasPrefix(where, "logframe."):
		return tr.T("field.logframe")
	case strings.HasPrefix(where, "application."):
		return application.SectionID(strings.TrimPrefix(where, "application.")).Title(tr.Lang())
	case where == "dates":
		return tr.T("field.start_date") + " / " + tr.T("field.end_date")
	case where == "applicant":
		return tr.T("field.applicant_id")
	case i18n.Has("field." + where):
		return tr.T("field." + where)
	}
	return where
}
