package ideas

// The sections of the logframe and budget editors as one table: what each
// section counts, moves, removes, shows on its row, asks in its form and
// writes back. The editors' machinery (logframe.go) reads only this table.

import (
	"strconv"
	"strings"

	"frontoffice/model"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// sectionDef is one section of the editors.
type sectionDef struct {
	key    string // its i18n stem: "lf.sec.KEY"
	single bool   // one item, edited, never added (the goal, the funding)
	count  func(d *model.Idea) int
	swap   func(ed *editor, a, b int) // items a and b exchanged (not for single)
	remove func(ed *editor, i int)    // item i deleted (single ones cleared)
	// values fills v from item i (a single section's one item, whatever i).
	values func(d *model.Idea, i int, v *itemValues)
	fields func(k *formKit) []huh.Field // the item form's fields
	apply  func(ed *editor, v itemValues, txt string)
	line   func(x lineCtx) string // the item's row
}

// sectionTable is every section, by its section number.
var sectionTable = map[section]sectionDef{
	secGoal: {
		key: "goal", single: true,
		count: func(d *model.Idea) int {
			if strings.TrimSpace(d.Logframe.Goal) != "" {
				return 1
			}
			return 0
		},
		remove: func(ed *editor, _ int) { ed.draft.Logframe.Goal = "" },
		values: func(d *model.Idea, _ int, v *itemValues) { v.text = d.Logframe.Goal },
		fields: func(k *formKit) []huh.Field {
			return []huh.Field{k.multi(k.tr.T("lf.sec.goal"), k.guide(k.tr.T("lf.hint.goal"), "goal"), &k.v.text, false)}
		},
		apply: func(ed *editor, _ itemValues, txt string) { ed.draft.Logframe.Goal = txt },
		line:  func(x lineCtx) string { return oneLine(x.l.Logframe.Goal) },
	},
	secObjectives: {
		key:   "objectives",
		count: func(d *model.Idea) int { return len(d.Logframe.Objectives) },
		swap:  swapObjectives,
		remove: func(ed *editor, i int) {
			l := &ed.draft.Logframe
			l.Objectives = cut(l.Objectives, i)
			gone := i + 1
			ed.renumber(func(n int) int {
				switch {
				case n == gone:
					return 0
				case n > gone:
					return n - 1
				}
				return n
			})
		},
		values: func(d *model.Idea, i int, v *itemValues) { v.text = d.Logframe.Objectives[i].Text },
		fields: func(k *formKit) []huh.Field {
			smart := k.tr.T("lf.smart") + "\n" + k.example("objective")
			if k.compact {
				smart = k.tr.T("lf.smart_short")
			}
			return []huh.Field{k.multi(k.tr.T("lf.field.objective"), smart, &k.v.text, true)}
		},
		apply: func(ed *editor, _ itemValues, txt string) {
			l := &ed.draft.Logframe
			if ed.target.idx < 0 {
				l.Objectives = append(l.Objectives, model.Objective{Text: txt})
				return
			}
			l.Objectives[ed.target.idx].Text = txt
		},
		line: func(x lineCtx) string { return x.n + oneLine(x.l.Logframe.Objectives[x.at.idx].Text) },
	},
	secActivities: listSection("activities", func(d *model.Idea) *[]model.Activity { return &d.Logframe.Activities },
		sectionDef{
			values: func(d *model.Idea, i int, v *itemValues) {
				a := d.Logframe.Activities[i]
				v.text, v.start, v.end, v.responsible, v.objective = a.Text, string(a.Start), string(a.End), a.Responsible, a.Objective
			},
			fields: activityFields,
			apply: func(ed *editor, v itemValues, txt string) {
				start, _ := model.ParseDate(v.start)
				end, _ := model.ParseDate(v.end)
				if strings.TrimSpace(v.start) == "" {
					start = ""
				}
				if strings.TrimSpace(v.end) == "" {
					end = ""
				}
				put(&ed.draft.Logframe.Activities, ed.target.idx,
					model.Activity{Text: txt, Start: start, End: end, Responsible: v.responsible, Objective: v.objective})
			},
			line: func(x lineCtx) string {
				a := x.l.Logframe.Activities[x.at.idx]
				s := x.n + oneLine(a.Text)
				if a.Start != "" || a.End != "" {
					s += " · " + showDate(a.Start) + "–" + showDate(a.End)
				}
				if a.Responsible != "" {
					s += " · " + oneLine(a.Responsible)
				}
				return s + x.ref(a.Objective)
			},
		}),
	secResults: textSection("results", "lf.field.result", "", "result",
		func(d *model.Idea) *[]string { return &d.Logframe.Results }),
	secIndicators: listSection("indicators", func(d *model.Idea) *[]model.Indicator { return &d.Logframe.Indicators },
		sectionDef{
			values: func(d *model.Idea, i int, v *itemValues) {
				in := d.Logframe.Indicators[i]
				v.text, v.unit, v.verification, v.objective = in.Name, in.Unit, in.Verification, in.Objective
				v.baseline, v.target, v.actual = i18n.Figure(v.lang, in.Baseline), i18n.Figure(v.lang, in.Target), i18n.Figure(v.lang, in.Actual)
			},
			fields: indicatorFields,
			apply: func(ed *editor, v itemValues, txt string) {
				in := model.Indicator{Name: txt, Unit: strings.TrimSpace(v.unit), Verification: strings.TrimSpace(v.verification), Objective: v.objective}
				in.Baseline, _ = parseMeasure(v.baseline)
				in.Target, _ = parseMeasure(v.target)
				in.Actual, _ = parseMeasure(v.actual)
				put(&ed.draft.Logframe.Indicators, ed.target.idx, in)
			},
			line: func(x lineCtx) string {
				in := x.l.Logframe.Indicators[x.at.idx]
				tr := x.ed.c.Tr
				return x.n + oneLine(in.Name) + " · " + tr.T("lf.measures", tr.Figure(in.Baseline), tr.Figure(in.Target), tr.Figure(in.Actual), oneLine(in.Unit)) + x.ref(in.Objective)
			},
		}),
	secRisks: textSection("risks", "lf.field.risk", "lf.hint.risks", "risk",
		func(d *model.Idea) *[]string { return &d.Logframe.Risks }),
	secGroups: listSection("groups", func(d *model.Idea) *[]model.Reach { return &d.TargetGroups },
		sectionDef{
			values: func(d *model.Idea, i int, v *itemValues) {
				r := d.TargetGroups[i]
				v.group, v.planned, v.reached = r.Group, count(r.Planned), count(r.Reached)
			},
			fields: groupFields,
			apply: func(ed *editor, v itemValues, _ string) {
				r := model.Reach{Group: v.group}
				r.Planned, _ = parseCount(v.planned, maxReach)
				r.Reached, _ = parseCount(v.reached, maxReach)
				put(&ed.draft.TargetGroups, ed.target.idx, r)
			},
			line: func(x lineCtx) string {
				r := x.l.TargetGroups[x.at.idx]
				return x.n + x.ed.c.Tr.T("ideas.reach", r.Group.Label(x.ed.c.Lang()), model.GroupDigits(int64(r.Planned)), model.GroupDigits(int64(r.Reached)))
			},
		}),
	secFunding: {
		key: "funding", single: true,
		count: func(*model.Idea) int { return 1 },
		remove: func(ed *editor, _ int) {
			d := ed.draft
			d.Programme, d.BudgetKZT, d.FundsAvailable = "", 0, 0
		},
		values: func(d *model.Idea, _ int, v *itemValues) {
			v.programme = d.Programme
			if d.BudgetKZT > 0 {
				v.requested = model.GroupDigits(int64(d.BudgetKZT))
			}
			if d.FundsAvailable > 0 {
				v.funds = model.GroupDigits(int64(d.FundsAvailable))
			}
		},
		fields: budgetFields,
		apply:  func(ed *editor, _ itemValues, _ string) { ed.applyBudget() },
		line:   func(x lineCtx) string { return x.ed.budgetLine(x.at) },
	},
	secLines: listSection("lines", func(d *model.Idea) *[]model.BudgetLine { return &d.Budget },
		sectionDef{
			values: func(d *model.Idea, i int, v *itemValues) {
				b := d.Budget[i]
				v.text, v.category, v.source = b.Item, b.Category, b.Source
				v.quantity = strconv.Itoa(b.Quantity)
				v.unitCost = model.GroupDigits(int64(b.UnitKZT))
			},
			fields: budgetFields,
			apply:  func(ed *editor, _ itemValues, _ string) { ed.applyBudget() },
			line:   func(x lineCtx) string { return x.ed.budgetLine(x.at) },
		}),
}

// listSection is a section that is a list of items held at list(d): its
// count, swap and remove come from the list; the rest from def.
func listSection[T any](key string, list func(d *model.Idea) *[]T, def sectionDef) sectionDef {
	def.key = key
	def.count = func(d *model.Idea) int { return len(*list(d)) }
	def.swap = func(ed *editor, a, b int) {
		l := *list(ed.draft)
		l[a], l[b] = l[b], l[a]
	}
	def.remove = func(ed *editor, i int) {
		p := list(ed.draft)
		*p = cut(*p, i)
	}
	return def
}

// textSection is a list of plain texts (results, risks): one multiline field
// titled by field, with hint (if any) above the example for part.
func textSection(key, field, hint, part string, list func(d *model.Idea) *[]string) sectionDef {
	return listSection(key, list, sectionDef{
		values: func(d *model.Idea, i int, v *itemValues) { v.text = (*list(d))[i] },
		fields: func(k *formKit) []huh.Field {
			desc := k.example(part)
			if hint != "" {
				desc = k.guide(k.tr.T(hint), part)
			}
			return []huh.Field{k.multi(k.tr.T(field), desc, &k.v.text, true)}
		},
		apply: func(ed *editor, _ itemValues, txt string) { put(list(ed.draft), ed.target.idx, txt) },
		line:  func(x lineCtx) string { return x.n + oneLine((*list(x.l))[x.at.idx]) },
	})
}

// put sets item idx of the list at p to x, or adds x when idx is -1.
func put[T any](p *[]T, idx int, x T) {
	if idx < 0 {
		*p = append(*p, x)
		return
	}
	(*p)[idx] = x
}

// swapObjectives exchanges objectives a and b and the numbers activities
// and indicators point to them by.
func swapObjectives(ed *editor, a, b int) {
	l := &ed.draft.Logframe
	l.Objectives[a], l.Objectives[b] = l.Objectives[b], l.Objectives[a]
	ed.renumber(func(n int) int {
		switch n {
		case a + 1:
			return b + 1
		case b + 1:
			return a + 1
		}
		return n
	})
}

// lineCtx is what a section's row is drawn from.
type lineCtx struct {
	ed *editor
	at spot
	l  *model.Idea // the draft
	n  string      // the item's number, "3. "
}

// ref points a row to its objective, " → Obj. 2" ("" for none).
func (x lineCtx) ref(obj int) string {
	if obj > 0 {
		return " → " + x.ed.c.Tr.T("lf.obj_short", obj)
	}
	return ""
}

// activityFields are an activity's: text, dates, who is responsible, objective.
func activityFields(k *formKit) []huh.Field {
	tr, ed, v := k.tr, k.ed, k.v
	team := []huh.Option[string]{huh.NewOption(tr.T("lf.nobody"), "")}
	seen := map[string]bool{"": true}
	for _, t := range ed.draft.Team {
		if n := oneLine(t.Name); !seen[n] {
			seen[n] = true
			team = append(team, huh.NewOption(n, n))
		}
	}
	if !seen[v.responsible] { // a name no longer on the team is kept
		team = append(team, huh.NewOption(oneLine(v.responsible), v.responsible))
	}
	teamDesc := ""
	if len(ed.draft.Team) == 0 {
		teamDesc = tr.T("lf.no_team")
	}
	return []huh.Field{
		k.multi(tr.T("lf.field.activity"), k.example("activity"), &v.text, true),
		huh.NewInput().Title(tr.T("lf.field.start")).Description(tr.T("ideas.form.date_hint")).Value(&v.start).CharLimit(20).
			Validate(k.date(tr.T("lf.field.start"), nil)),
		huh.NewInput().Title(tr.T("lf.field.end")).Description(tr.T("ideas.form.date_hint")).Value(&v.end).CharLimit(20).
			Validate(k.date(tr.T("lf.field.end"), &v.start)),
		huh.NewSelect[string]().Title(tr.T("lf.field.responsible")).Description(teamDesc).Options(team...).Value(&v.responsible),
		k.objectives(),
	}
}

// indicatorFields are an indicator's: name, unit, baseline, target, actual,
// means of verification, objective.
func indicatorFields(k *formKit) []huh.Field {
	tr, v := k.tr, k.v
	return []huh.Field{
		huh.NewInput().Title(tr.T("lf.field.indicator")).Description(k.example("indicator")).Value(&v.text).CharLimit(200).
			Validate(k.text(tr.T("lf.field.indicator"), true, false)),
		huh.NewInput().Title(tr.T("lf.field.unit")).Description(tr.T("lf.hint.unit")).Value(&v.unit).CharLimit(200).
			Validate(k.text(tr.T("lf.field.unit"), false, false)),
		huh.NewInput().Title(tr.T("lf.field.baseline")).Description(tr.T("lf.hint.baseline")).Value(&v.baseline).CharLimit(30).
			Validate(k.measure(tr.T("lf.field.baseline"))),
		huh.NewInput().Title(tr.T("lf.field.target")).Value(&v.target).CharLimit(30).Validate(k.measure(tr.T("lf.field.target"))),
		huh.NewInput().Title(tr.T("lf.field.actual")).Description(tr.T("lf.hint.actual")).Value(&v.actual).CharLimit(30).
			Validate(k.measure(tr.T("lf.field.actual"))),
		huh.NewInput().Title(tr.T("lf.field.verification")).Description(tr.T("lf.hint.verification")).Value(&v.verification).
			CharLimit(1000).Validate(k.text(tr.T("lf.field.verification"), false, false)),
		k.objectives(),
	}
}

// groupFields are a target group's: which group (once per idea), planned,
// reached.
func groupFields(k *formKit) []huh.Field {
	tr, ed, v, lang := k.tr, k.ed, k.v, k.lang
	var opts []huh.Option[model.TargetGroup]
	for _, g := range model.TargetGroups() {
		opts = append(opts, huh.NewOption(g.Label(lang), g))
	}
	if v.group == "" {
		v.group = model.TargetGroups()[0]
		ed.fv0.group = v.group
	}
	idx := ed.target.idx
	return []huh.Field{
		huh.NewSelect[model.TargetGroup]().Title(tr.Field("target_groups")).Options(opts...).Value(&v.group).
			Validate(func(g model.TargetGroup) error {
				for i, r := range ed.draft.TargetGroups {
					if r.Group == g && i != idx {
						return fieldErr(tr.T("lf.group_twice", g.Label(lang)))
					}
				}
				return nil
			}),
		huh.NewInput().Title(tr.T("lf.field.planned")).Value(&v.planned).CharLimit(20).Validate(k.whole(tr.T("lf.field.planned"), maxReach)),
		huh.NewInput().Title(tr.T("lf.field.reached")).Value(&v.reached).CharLimit(20).Validate(k.whole(tr.T("lf.field.reached"), maxReach)),
	}
}

// budgetFields are the funding row's or a budget line's (budget.go).
func budgetFields(k *formKit) []huh.Field { return k.ed.budgetFields(k.refuse, k.text, k.whole) }

// objectivesOption is one objective in the activity's and indicator's select.
func objectivesOption(i int, o model.Objective) huh.Option[int] {
	return huh.NewOption(ansi.Truncate(strconv.Itoa(i+1)+". "+oneLine(o.Text), 60, "…"), i+1)
}
