package history

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/ui/i18n"
)

func rev(i model.Idea, n uint64, by string, at time.Time) *model.Idea {
	i.Rev, i.UpdatedBy, i.UpdatedAt = n, by, at
	return &i
}

func TestDiffNewestFirstWithChangedFields(t *testing.T) {
	t0 := time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC)
	base := model.Idea{Title: "Таза әлем", Direction: "taza_alem", Region: "karaganda", Status: "draft", BudgetKZT: 100000}
	r1 := rev(base, 1, "Мадина", t0)
	b2 := base
	b2.Title, b2.BudgetKZT, b2.Summary = "Таза әлем: саябақ", 250000, "Long text\nwith lines"
	r2 := rev(b2, 2, "Айгерім", t0.Add(time.Hour))
	b3 := b2
	b3.Archive()
	r3 := rev(b3, 3, "", t0.Add(2*time.Hour))
	r4 := rev(b3, 4, "Мадина", t0.Add(3*time.Hour)) // saved without a change

	rows := Diff([]model.Record{r1, r2, r3, r4})
	if len(rows) != 4 {
		t.Fatalf("rows = %d, want 4", len(rows))
	}
	if rows[0].Rev != 4 || rows[3].Rev != 1 || !rows[3].Created {
		t.Fatalf("order: %+v", rows)
	}
	if len(rows[0].Changes) != 0 {
		t.Errorf("rev 4 changes = %+v, want none", rows[0].Changes)
	}
	var names []string
	for _, c := range rows[2].Changes {
		names = append(names, c.Field)
	}
	if got := strings.Join(names, ","); got != "title,summary,budget_kzt" {
		t.Errorf("rev 2 changed %q, want title,summary,budget_kzt", got)
	}
	names = nil
	for _, c := range rows[1].Changes {
		names = append(names, c.Field)
	}
	if got := strings.Join(names, ","); got != "status,archived_from" {
		t.Errorf("rev 3 changed %q, want status,archived_from", got)
	}
	if rows[2].By != "Айгерім" || !rows[2].At.Equal(t0.Add(time.Hour)) {
		t.Errorf("rev 2 by %q at %v", rows[2].By, rows[2].At)
	}

	tr := i18n.New(model.EN)
	show := func(field string, v any) (string, bool) {
		if n, ok := v.(json.Number); ok && field == "budget_kzt" {
			x, _ := n.Int64()
			return model.Tenge(x).String(), true
		}
		return "", false
	}
	got := strings.ReplaceAll(Describe(tr, rows[2], show), model.NoBreak, " ") // a sum's spaces do not break
	for _, want := range []string{"Title: Таза әлем → Таза әлем: саябақ", "Grant requested: 100 000 ₸ → 250 000 ₸", "; Summary;"} {
		if !strings.Contains(got, want) {
			t.Errorf("describe rev 2 = %q, lacks %q", got, want)
		}
	}
	if strings.Contains(got, "Long text") {
		t.Errorf("a multi-line text is shown as a value: %q", got)
	}
	if got := Describe(tr, rows[1], nil); got != "Status: draft → archived; Status before archiving: — → draft" {
		t.Errorf("describe rev 3 = %q", got)
	}
	if got := Describe(tr, rows[3], nil); got != "created" {
		t.Errorf("describe rev 1 = %q", got)
	}
	if got := Who(tr, rows[1].By); got != "(unknown)" {
		t.Errorf("Who(\"\") = %q", got)
	}
	if got := Describe(i18n.New(model.RU), rows[2], show); !strings.HasPrefix(got, "Название: ") {
		t.Errorf("Russian describe = %q", got)
	}
}

func TestDiffListsAndPeople(t *testing.T) {
	p1 := &model.Person{FullName: "Асқар", Phone: "+77011234567", Consent: true}
	p1.Rev = 1
	p2 := *p1
	p2.Rev, p2.Phone, p2.Notes = 2, "", "ok"
	rows := Diff([]model.Record{p1, &p2})
	tr := i18n.New(model.EN)
	if got := Describe(tr, rows[0], nil); got != "Phone: +77011234567 → —; Notes: — → ok" {
		t.Errorf("person change = %q", got)
	}

	// Ids are named, not shown.
	a1 := &model.Idea{Title: "x"}
	a2 := *a1
	a2.ApplicantID = model.NewID()
	if got := Describe(tr, Diff([]model.Record{a1, &a2})[0], nil); got != "Applicant" {
		t.Errorf("id change = %q", got)
	}

	i1 := &model.Idea{Title: "x", SDGs: []model.SDG{3}}
	i2 := *i1
	i2.SDGs = []model.SDG{3, 15}
	i2.TargetGroups = []model.Reach{{Group: "children", Planned: 10}}
	rows = Diff([]model.Record{i1, &i2})
	if got := Describe(tr, rows[0], nil); got != "SDGs; Target groups" {
		t.Errorf("list change = %q", got)
	}
	// Empty forms are equal: nil list vs empty list is no change.
	i3 := i2
	i3.Team = []model.TeamMember{}
	if rows := Diff([]model.Record{&i2, &i3}); len(rows[0].Changes) != 0 {
		t.Errorf("empty list counted as a change: %+v", rows[0].Changes)
	}
	if rows := Diff(nil); len(rows) != 0 {
		t.Errorf("Diff(nil) = %v", rows)
	}
}

func TestDeletedRow(t *testing.T) {
	a := &model.Idea{Title: "x"}
	b := *a
	b.Deleted = true
	rows := Diff([]model.Record{a, &b})
	if !rows[0].Deleted || Describe(i18n.New(model.KK), rows[0], nil) != "жойылды" {
		t.Errorf("tombstone row = %+v", rows[0])
	}
}

// TestFromAnotherOffice: a revision merged from another office's bundle says
// so on the card's history; one made here says nothing more.
func TestFromAnotherOffice(t *testing.T) {
	here, there := "0190a1b2-0000-7000-8000-000000000001", "0190a1b2-0000-7000-8000-0000c0ffee42"
	a := model.New(model.KindIdea).(*model.Idea)
	a.Rev, a.Origin, a.UpdatedBy, a.Title = 1, here, "Ольга", "Таза аула"
	b := *a
	b.Rev, b.Origin, b.UpdatedBy, b.Title = 2, there, "Айгерім", "Таза аула 2"
	rows := Diff([]model.Record{a, &b})
	tr := i18n.New(model.EN)
	if rows[0].Origin != there || rows[0].By != "Айгерім" {
		t.Fatalf("newest row: %+v", rows[0])
	}
	if got := From(tr, rows[0], here); got != " · from another office (…c0ffee42), came in a bundle" {
		t.Errorf("merged revision: %q", got)
	}
	if got := From(tr, rows[1], here); got != "" {
		t.Errorf("a revision made here: %q", got)
	}
}

// TestWithdrawalRow: a withdrawal erases the earlier revisions the same
// way, so its revision changes no field shown; the card says what it was.
// A revision of someone else that changes nothing still says so.
func TestWithdrawalRow(t *testing.T) {
	before := &model.Person{FullName: "Айгерім Сейітова", Phone: "+77016387595", Consent: true}
	before.WithdrawConsent("2026-03-02") // erased in place, as the store does
	after := *before
	after.Rev = 2
	rows := Diff([]model.Record{before, &after})
	for lang, want := range map[model.Lang]string{model.KK: "келісім кері қайтарылды", model.RU: "согласие отозвано", model.EN: "consent withdrawn"} {
		if got := Describe(i18n.New(lang), rows[0], nil); !strings.HasPrefix(got, want) {
			t.Errorf("%s: the withdrawal's row says %q, want %q…", lang, got, want)
		}
	}
	other := &model.Person{FullName: "Әлия Нұрова"}
	same := *other
	if got := Describe(i18n.New(model.EN), Diff([]model.Record{other, &same})[0], nil); got != "no field changed" {
		t.Errorf("an unchanged revision says %q", got)
	}
}

// TestDiffBranchesAgainstTheirBase: two offices each edit rev 1 (one the
// title, the other the budget): each rev 2 shows its own change, not the
// other's undone (each was compared with the one listed before it). A
// settlement, which names no clock, is compared with the version current
// when it was made: the newest clock up to its base.
func TestDiffBranchesAgainstTheirBase(t *testing.T) {
	t0 := time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC)
	base := model.Idea{Title: "Таза әлем", Direction: "taza_alem", Region: "karaganda", Status: "draft", BudgetKZT: 100000}
	r1 := rev(base, 1, "Мадина", t0)
	r1.HLC = 10
	a := base
	a.Title = "Таза әлем: саябақ"
	a2 := rev(a, 2, "A", t0.Add(time.Hour))
	a2.BaseRev, a2.BaseHLC, a2.HLC = 1, 10, 20
	b := base
	b.BudgetKZT = 250000
	b2 := rev(b, 2, "B", t0.Add(2*time.Hour))
	b2.BaseRev, b2.BaseHLC, b2.HLC = 1, 10, 30
	s := b
	s.Title = a.Title // the settlement takes a's title into b's version
	s3 := rev(s, 3, "Мадина", t0.Add(3*time.Hour))
	s3.BaseRev, s3.HLC = 2, 40

	rows := Diff([]model.Record{r1, a2, b2, s3})
	fieldsOf := func(r Row) string {
		var f []string
		for _, c := range r.Changes {
			f = append(f, c.Field)
		}
		return strings.Join(f, ",")
	}
	for i, want := range []string{"title", "budget_kzt", "title"} { // s3, b2, a2
		if got := fieldsOf(rows[i]); got != want {
			t.Errorf("r%d by %s: changed %q, want %q", rows[i].Rev, rows[i].By, got, want)
		}
	}
}
