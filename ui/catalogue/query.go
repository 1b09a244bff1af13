package catalogue

import (
	"errors"
	"strconv"
	"strings"

	"frontoffice/model"
	"frontoffice/model/catalogue"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// queryValues is the matcher's form as typed.
type queryValues struct {
	money     string
	interests []model.Direction
	team      string
	weeks     string
	region    model.Region
}

// query reads the form (already validated).
func (v queryValues) query() catalogue.Query {
	money, _ := model.ParseTenge(v.money)
	if strings.TrimSpace(v.money) == "" {
		money = 0
	}
	team, _ := strconv.Atoi(strings.TrimSpace(v.team))
	weeks, _ := strconv.Atoi(strings.TrimSpace(v.weeks))
	return catalogue.Query{MoneyKZT: money, Interests: append([]model.Direction(nil), v.interests...),
		TeamSize: team, Weeks: weeks, Region: v.region}
}

// maxCount bounds team sizes and weeks: more is a typing mistake.
const maxCount = 1000

func (m *Model) startQuery() tea.Cmd {
	m.mode = modeQuery
	tr, lang := m.c.Tr, m.c.Lang()
	v := &m.q
	count := func(field string) func(string) error {
		return func(s string) error {
			s = strings.TrimSpace(s)
			if s == "" {
				return nil
			}
			n, err := strconv.Atoi(s)
			switch {
			case err != nil:
				return errors.New(tr.Field(field) + ": " + tr.T("catalogue.form.whole_number"))
			case n < 0:
				return errors.New(tr.Field(field) + ": " + tr.Reason(model.ReasonNegative))
			case n > maxCount:
				return errors.New(tr.Field(field) + ": " + tr.Reason(model.ReasonTooLarge))
			}
			return nil
		}
	}
	var dirs []huh.Option[model.Direction]
	for _, d := range model.Directions() {
		dirs = append(dirs, huh.NewOption(d.Label(lang), d))
	}
	regs := []huh.Option[model.Region]{huh.NewOption(tr.T("catalogue.form.any_region"), model.Region(""))}
	for _, r := range model.Regions() {
		regs = append(regs, huh.NewOption(r.Label(lang), r))
	}
	listH := max(3, min(9, m.h-5))
	f := huh.NewForm(huh.NewGroup(
		huh.NewInput().Title(tr.T("catalogue.form.money")).Description(tr.T("catalogue.form.money_hint")).
			Value(&v.money).CharLimit(30).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				return nil
			}
			if _, r := model.ParseTenge(s); r != model.ReasonNone {
				return errors.New(tr.T("catalogue.form.money") + ": " + tr.Reason(r))
			}
			return nil
		}),
		huh.NewMultiSelect[model.Direction]().Title(tr.T("catalogue.form.interests")).
			Description(tr.T("catalogue.form.interests_hint")).Options(dirs...).Value(&v.interests).Height(listH),
		huh.NewInput().Title(tr.T("catalogue.form.team")).Description(tr.T("catalogue.form.team_hint")).
			Value(&v.team).CharLimit(5).Validate(count("team_max")),
		huh.NewInput().Title(tr.T("catalogue.form.weeks")).Description(tr.T("catalogue.form.weeks_hint")).
			Value(&v.weeks).CharLimit(5).Validate(count("duration_weeks")),
		huh.NewSelect[model.Region]().Title(tr.Field("region")).Options(regs...).Value(&v.region).Height(listH),
	).Title(tr.T("catalogue.form.title")))
	return m.openForm(f)
}
