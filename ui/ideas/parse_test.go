package ideas

import (
	"reflect"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/i18n"
)

func TestParseGroupsIsLenient(t *testing.T) {
	tr := i18n.New(model.EN)
	kept := []model.Reach{{Group: "parents", Planned: 10, Reached: 7}}
	for in, want := range map[string][]model.Reach{
		"":                         nil,
		"children 120; parents 40": {{Group: "children", Planned: 120}, {Group: "parents", Planned: 40, Reached: 7}},
		"Дети 1 200/30":            {{Group: "children", Planned: 1200, Reached: 30}},
		"120 балалар\nата-аналар 5": {{Group: "children", Planned: 120}, {Group: "parents", Planned: 5, Reached: 7}},
		"general public 500":        {{Group: "general_public", Planned: 500}},
		"люди с инвалидностью 15":   {{Group: "disabled", Planned: 15}},
		"пожил 30; vet 2":           {{Group: "elderly", Planned: 30}, {Group: "veterans", Planned: 2}},
		"Balalar 3":                 {{Group: "children", Planned: 3}},
	} {
		got, err := parseGroups(tr, in, kept)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("parseGroups(%q) = %+v, %v; want %+v", in, got, err, want)
		}
	}
	for in, want := range map[string]string{
		"kids 5":               "“kids” is not a target group. Groups: children, youth",
		"children":             "Write how many after “children”",
		"children 5; дети 6":   "“дети” is listed twice",
		"children -5":          "cannot be negative",
		"children 99999999999": "too large",
		"children 12x":         "“12x” is not a number",
		"120":                  "write the group's name",
	} {
		_, err := parseGroups(tr, in, nil)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("parseGroups(%q) error = %v, want one saying %q", in, err, want)
		}
	}
	// What the form shows for an idea's groups reads back the same.
	rs := []model.Reach{{Group: "disabled", Planned: 15, Reached: 2}, {Group: "youth", Planned: 40}}
	for _, lang := range model.Langs() {
		back, err := parseGroups(i18n.New(lang), formatGroups(lang, rs), nil)
		if err != nil || !reflect.DeepEqual(back, rs) {
			t.Errorf("%s: round trip of %q = %+v, %v", lang, formatGroups(lang, rs), back, err)
		}
	}
}

func TestParseTeamKeepsLinks(t *testing.T) {
	kept := []model.TeamMember{{Name: "Дана", PersonID: "x", Role: "координатор"}}
	got := parseTeam(" Асқар \nДана; ;Асқар", kept)
	want := []model.TeamMember{{Name: "Асқар"}, kept[0]}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseTeam = %+v, want %+v", got, want)
	}
}

func TestParseCountFractions(t *testing.T) {
	for _, c := range []struct {
		in  string
		n   int
		why model.Reason
	}{
		{"3", 3, model.ReasonNone},
		{"1 500", 1500, model.ReasonNone},
		{"1,500", 1500, model.ReasonNone},
		{"1.5", 0, model.ReasonNotWhole},
		{"1,5", 0, model.ReasonNotWhole},
		{"2.25", 0, model.ReasonNotWhole},
		{"сто", 0, model.ReasonBadNumber},
		{"-2", 0, model.ReasonNegative},
	} {
		if n, why := parseCount(c.in, model.MaxQuantity); n != c.n || why != c.why {
			t.Errorf("%q: %d %s, want %d %s", c.in, n, why, c.n, c.why)
		}
	}
}
