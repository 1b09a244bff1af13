package ideas

import (
	"strconv"
	"strings"

	"frontoffice/model"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// The budget editor's parts; the machinery it shares with the logframe
// editor is in logframe.go.

// budgetFields are the form fields for the funding row or a budget line.
func (ed *editor) budgetFields(refuse func(string, model.Reason) error, text func(string, bool, bool) func(string) error,
	whole func(string, int) func(string) error) []huh.Field {
	tr, lang := ed.c.Tr, ed.c.Lang()
	v := &ed.fv
	money := func(title string, required bool) func(string) error {
		return func(s string) error {
			if strings.TrimSpace(s) == "" {
				if required {
					return refuse(title, model.ReasonRequired)
				}
				return nil
			}
			if _, r := model.ParseTenge(s); r != model.ReasonNone {
				return refuse(title, r)
			}
			return nil
		}
	}
	if ed.target.sec == secFunding {
		def := ed.c.Rules().TemplateFor("").Label(lang)
		opts := []huh.Option[string]{huh.NewOption(tr.T("budget.no_programme", def), "")}
		for _, p := range ed.c.Rules().Settings().Programmes() {
			label := p.Label(lang)
			if lim := p.Limit(); lim > 0 {
				label += " · " + tr.T("budget.up_to", lim.String())
			}
			if p.MinCofundingPct > 0 {
				label += " · " + tr.T("budget.cofunding_pct", p.MinCofundingPct)
			}
			opts = append(opts, huh.NewOption(label, p.Code))
		}
		if _, ok := ed.c.Rules().Settings().ProgrammeByCode(v.programme); !ok && v.programme != "" {
			opts = append(opts, huh.NewOption(oneLine(v.programme), v.programme))
		}
		return []huh.Field{
			huh.NewSelect[string]().Title(tr.Field("programme")).Options(opts...).Value(&v.programme),
			huh.NewInput().Title(tr.Field("budget_kzt")).Description(tr.T("budget.hint.requested")).Value(&v.requested).
				CharLimit(30).Validate(money(tr.Field("budget_kzt"), false)),
			huh.NewInput().Title(tr.Field("funds_available")).Description(tr.T("budget.hint.funds")).Value(&v.funds).
				CharLimit(30).Validate(money(tr.Field("funds_available"), false)),
		}
	}
	var cats []huh.Option[model.BudgetCategory]
	for _, c := range model.BudgetCategories() {
		cats = append(cats, huh.NewOption(c.Label(lang), c))
	}
	var srcs []huh.Option[model.FundSource]
	for _, s := range model.FundSources() {
		srcs = append(srcs, huh.NewOption(s.Label(lang), s))
	}
	qty := tr.T("budget.field.quantity")
	return []huh.Field{
		huh.NewInput().Title(tr.T("budget.field.item")).Description(tr.T("lf.example", ed.exampleFor("line"))).
			Value(&v.text).CharLimit(200).Validate(text(tr.T("budget.field.item"), true, false)),
		huh.NewSelect[model.BudgetCategory]().Title(tr.T("budget.field.category")).Options(cats...).Value(&v.category).Inline(true),
		huh.NewInput().Title(qty).Value(&v.quantity).CharLimit(20).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				return refuse(qty, model.ReasonRequired)
			}
			if n, r := parseCount(s, model.MaxQuantity); r != model.ReasonNone {
				return refuse(qty, r)
			} else if n == 0 {
				return fieldErr(tr.T("budget.qty_zero"))
			}
			return nil
		}),
		huh.NewInput().Title(tr.T("budget.field.unit_cost")).Description(tr.T("budget.hint.unit_cost")).Value(&v.unitCost).
			CharLimit(30).Validate(func(s string) error {
			if err := money(tr.T("budget.field.unit_cost"), true)(s); err != nil {
				return err
			}
			n, _ := parseCount(v.quantity, model.MaxQuantity)
			t, _ := model.ParseTenge(s)
			if (model.BudgetLine{Quantity: n, UnitKZT: t}).Total() > model.MaxTenge {
				return fieldErr(tr.T("budget.line_too_large"))
			}
			return nil
		}),
		huh.NewSelect[model.FundSource]().Title(tr.T("budget.field.source")).Options(srcs...).Value(&v.source).Inline(true),
	}
}

// applyBudget puts the completed funding or line form into the draft.
func (ed *editor) applyBudget() {
	v, d, at := ed.fv, ed.draft, ed.target
	if at.sec == secFunding {
		d.Programme = v.programme
		d.BudgetKZT, _ = model.ParseTenge(v.requested)
		d.FundsAvailable, _ = model.ParseTenge(v.funds)
		return
	}
	b := model.BudgetLine{Item: strings.TrimSpace(v.text), Category: v.category, Source: v.source}
	b.Quantity, _ = parseCount(v.quantity, model.MaxQuantity)
	b.UnitKZT, _ = model.ParseTenge(v.unitCost)
	if at.idx < 0 {
		d.Budget = append(d.Budget, b)
	} else {
		d.Budget[at.idx] = b
	}
}

// programmeText names the idea's programme with its limit.
func programmeText(tr *i18n.Translator, lang model.Lang, rules model.Settings, code string) string {
	if code == "" {
		return ""
	}
	p, ok := rules.ProgrammeByCode(code)
	if !ok {
		return oneLine(code)
	}
	s := p.Label(lang)
	if lim := p.Limit(); lim > 0 {
		s += " (" + tr.T("budget.up_to", lim.String()) + ")"
	}
	return s
}

func money(t model.Tenge) string {
	if t == 0 {
		return "—"
	}
	return t.String()
}

// budgetLine is one row of the budget editor.
func (ed *editor) budgetLine(at spot) string {
	tr, lang, d := ed.c.Tr, ed.c.Lang(), ed.draft
	if at.sec == secFunding {
		s := tr.T("budget.funding_row", money(d.BudgetKZT), money(d.FundsAvailable))
		if p := programmeText(tr, lang, ed.c.Rules().Settings(), d.Programme); p != "" {
			return p + " · " + s
		}
		def := ed.c.Rules().TemplateFor("").Code
		return tr.T("budget.no_programme", programmeText(tr, lang, ed.c.Rules().Settings(), def)) + " · " + s
	}
	b := d.Budget[at.idx]
	return strconv.Itoa(at.idx+1) + ". " + oneLine(b.Item) + " · " + b.Category.Label(lang) + " · " +
		model.GroupDigits(int64(b.Quantity)) + " × " + b.UnitKZT.String() + " = " + b.Total().String() + " · " + b.Source.Label(lang)
}

// warningText says one budget warning in words.
func warningText(tr *i18n.Translator, w model.Warning) string {
	if w.Code == model.WarnCofundingShort {
		return tr.T("budget.warn.cofunding_short", w.Amount.String(), w.Limit.String(), w.Pct)
	}
	return tr.T("budget.warn."+string(w.Code), w.Amount.String(), w.Limit.String())
}

// budgetTop is the live totals and warnings above the budget's rows.
func (ed *editor) budgetTop() []string {
	tr, st, d := ed.c.Tr, ed.c.Styles, ed.draft
	t := model.BudgetTotals(d.Budget)
	var out []string
	wrap := func(s string, style func(...string) string) {
		for _, l := range strings.Split(ansi.Wrap(s, max(10, ed.w), ""), "\n") {
			out = append(out, style(l))
		}
	}
	wrap(tr.T("budget.totals", t.Grant.String(), t.Cofunding.String(), t.Total.String()), st.Value.Render)
	for _, w := range ed.c.Rules().Settings().CheckIdea(d) {
		wrap("! "+warningText(tr, w), st.Error.Render)
	}
	return out
}

// budgetFooter is the totals per category under the budget's rows.
func (ed *editor) budgetFooter() []string {
	tr, lang, st, d := ed.c.Tr, ed.c.Lang(), ed.c.Styles, ed.draft
	t := model.BudgetTotals(d.Budget)
	if len(t.Categories) == 0 {
		return []string{"", st.Muted.Render(ansi.Truncate(tr.T("budget.empty"), max(1, ed.w), "…"))}
	}
	out := []string{"", st.Label.Render(ansi.Truncate(tr.T("budget.by_category"), max(1, ed.w), "…"))}
	for _, c := range t.Categories {
		// Whole, on more lines when narrow: who pays comes last.
		row := tr.T("budget.category_row", c.Category.Label(lang), c.Total.String(), c.Grant.String(), c.Cofunding.String())
		for i, l := range strings.Split(ansi.Wrap(row, max(10, ed.w-4), ""), "\n") {
			indent := "  "
			if i > 0 {
				indent = "    "
			}
			out = append(out, ansi.Truncate(indent+strings.TrimLeft(l, " "), max(1, ed.w), "…"))
		}
	}
	return out
}

// planSummary is what the card shows of the logframe and budget: label and
// value pairs, then the budget's warnings in words.
func planSummary(c *common.Common, i *model.Idea) (fields [][2]string, warnings []string) {
	tr, lang := c.Tr, c.Lang()
	fields = append(fields, [2]string{tr.Field("logframe"), logframeSummary(c, &i.Logframe)})
	budget := ""
	if len(i.Budget) > 0 {
		t := model.BudgetTotals(i.Budget)
		budget = tr.T("budget.summary", len(i.Budget), t.Grant.String(), t.Cofunding.String(), t.Total.String())
	}
	fields = append(fields, [2]string{tr.Field("budget"), budget})
	if i.Programme != "" {
		fields = append(fields, [2]string{tr.Field("programme"), programmeText(tr, lang, c.Rules().Settings(), i.Programme)})
	}
	if i.FundsAvailable > 0 {
		fields = append(fields, [2]string{tr.Field("funds_available"), i.FundsAvailable.String()})
	}
	for _, w := range c.Rules().Settings().CheckIdea(i) {
		warnings = append(warnings, warningText(tr, w))
	}
	return fields, warnings
}
