package demo

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"frontoffice/model"

	"github.com/google/uuid"
)

var testNow = time.Date(2026, time.March, 2, 15, 30, 0, 0, time.FixedZone("KZ", 5*3600))

func collect(t testing.TB, o Options) []model.Record {
	t.Helper()
	var out []model.Record
	if err := Generate(o, func(r model.Record) error { out = append(out, r); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

var kindRank = map[model.Kind]int{
	model.KindPerson: 0, model.KindIdea: 1, model.KindConsultation: 2, model.KindVisit: 3, model.KindHours: 4,
}

// TestGenerateValid checks a large run record by record: envelopes, Validate,
// references, and that the mix of data looks like a real office's.
func TestGenerateValid(t *testing.T) {
	o := Options{Ideas: 3000, People: 2000, Seed: 7, Now: testNow, Origin: "office-1"}
	recs := collect(t, o)
	today := model.DateOf(testNow)
	inTwoWeeks := model.DateOf(testNow.AddDate(0, 0, 14))

	seen := map[string]model.Kind{}
	people := map[string]*model.Person{}
	ideas := map[string]*model.Idea{}
	phones := map[string]bool{}
	firsts, lasts := map[string]bool{}, map[string]bool{}
	var latin, withIIN, minors, students, feminine, kyzy int
	var enTitles, taza, saulyq, shymkent, withApplicant, early, late int
	var ideaConsults, overdue, upcoming int
	var visits, hours, verified int
	todayStates := map[model.VisitState]int{}
	titles := map[string]bool{}
	lastRank := 0

	ref := func(id string, want model.Kind, what string) {
		t.Helper()
		if id == "" {
			return
		}
		if k, ok := seen[id]; !ok || k != want {
			t.Fatalf("%s %s does not point to an earlier %s", what, id, want)
		}
	}

	for _, r := range recs {
		e := r.Env()
		if rank := kindRank[e.Kind]; rank < lastRank {
			t.Fatalf("%s emitted after a later kind", e.Kind)
		} else {
			lastRank = rank
		}
		if !model.ValidID(e.ID) {
			t.Fatalf("bad id %q", e.ID)
		}
		u := uuid.MustParse(e.ID)
		if u.Version() != 7 || u.Variant() != uuid.RFC4122 {
			t.Fatalf("id %s is not a UUIDv7", e.ID)
		}
		if _, dup := seen[e.ID]; dup {
			t.Fatalf("duplicate id %s", e.ID)
		}
		if e.Rev != 1 || e.BaseRev != 0 || e.Origin != "office-1" || e.Deleted {
			t.Fatalf("bad envelope %+v", e)
		}
		if e.HLC != uint64(e.UpdatedAt.UnixMilli())<<16 || e.UpdatedAt.Location() != time.UTC {
			t.Fatalf("bad HLC or zone %+v", e)
		}
		if e.UpdatedAt.After(testNow) || e.UpdatedAt.Before(testNow.AddDate(0, -18, 0)) {
			t.Fatalf("updated_at %v outside the 18 months before now", e.UpdatedAt)
		}
		if !slices.Contains(defaultConsultants, e.UpdatedBy) {
			t.Fatalf("updated_by %q is not a consultant", e.UpdatedBy)
		}
		var err error
		switch x := r.(type) {
		case *model.Person:
			err = x.ValidateAt(testNow)
			if e.Kind != model.KindPerson || x.Phone == "" || phones[x.Phone] || !x.Consent || x.ConsentAt == "" {
				t.Fatalf("bad person %+v", x)
			}
			phones[x.Phone] = true
			if x.GuardianPhone != "" {
				if phones[x.GuardianPhone] {
					t.Fatalf("guardian phone %s reused", x.GuardianPhone)
				}
				phones[x.GuardianPhone] = true
			}
			f, l, _ := strings.Cut(x.FullName, " ")
			firsts[f], lasts[l] = true, true
			if !hasCyrillic(x.FullName) {
				latin++
			}
			if strings.HasSuffix(l, "ова") || strings.HasSuffix(l, "ева") || strings.HasSuffix(l, "ova") {
				feminine++
			}
			if strings.HasSuffix(l, "қызы") {
				kyzy++
			}
			if x.IIN != "" {
				withIIN++
			}
			if x.IsMinor(testNow) {
				minors++
			}
			if y := testNow.Year() - x.BirthYear; y >= 18 && y <= 28 {
				students++
			}
			people[x.ID] = x
		case *model.Idea:
			err = x.Validate()
			ref(x.ApplicantID, model.KindPerson, "applicant_id")
			if x.ApplicantID != "" {
				withApplicant++
				if x.Organization != people[x.ApplicantID].Organization {
					t.Fatalf("idea organization %q is not the applicant's %q", x.Organization, people[x.ApplicantID].Organization)
				}
			} else if x.ApplicantName == "" {
				t.Fatalf("idea without applicant or name")
			}
			for _, m := range x.Team {
				ref(m.PersonID, model.KindPerson, "team member")
				if m.PersonID != "" && m.Name != people[m.PersonID].FullName {
					t.Fatalf("team member name %q differs from person", m.Name)
				}
			}
			if len(x.Team) < 1 || len(x.Team) > 5 || len(x.SDGs) < 1 || len(x.SDGs) > 3 || len(x.TargetGroups) == 0 {
				t.Fatalf("bad idea shape %+v", x)
			}
			if x.BudgetKZT < 0 || x.BudgetKZT > 3_000_000 || x.BudgetKZT%1000 != 0 {
				t.Fatalf("bad budget %v", x.BudgetKZT)
			}
			if x.CreatedAt.After(x.UpdatedAt) || x.Summary == "" {
				t.Fatalf("bad idea %+v", x)
			}
			titles[x.Title] = true
			if !hasCyrillic(x.Title) {
				enTitles++
			}
			taza += b2i(strings.Contains(x.Title, "Таза әлем"))
			saulyq += b2i(strings.Contains(x.Title, "Саулық"))
			shymkent += b2i(strings.Contains(x.Title, "Шымкент"))
			switch x.Status {
			case "draft", "consulting":
				early++
			case "funded", "completed":
				late++
			}
			ideas[x.ID] = x
		case *model.Consultation:
			err = x.Validate()
			ref(x.PersonID, model.KindPerson, "person_id")
			ref(x.IdeaID, model.KindIdea, "idea_id")
			if x.IdeaID != "" {
				ideaConsults++
				if x.PersonID != ideas[x.IdeaID].ApplicantID {
					t.Fatalf("consultation person is not the idea's applicant")
				}
			}
			if x.DurationMin < 15 || x.DurationMin > 120 || len(x.Services) > 3 || x.Date > today {
				t.Fatalf("bad consultation %+v", x)
			}
			switch {
			case x.FollowUp == "":
			case x.FollowUp < today:
				overdue++
			case x.FollowUp <= inTwoWeeks:
				upcoming++
			}
		case *model.Visit:
			err = x.Validate()
			ref(x.PersonID, model.KindPerson, "person_id")
			visits++
			if x.ArrivedAt.After(testNow) || x.Date > today {
				t.Fatalf("visit in the future %+v", x)
			}
			if x.Date == today {
				todayStates[x.State]++
			}
			if (x.State == "done" || x.State == "with_consultant") && (x.Consultant == "" || x.ServedAt.IsZero()) {
				t.Fatalf("served visit without consultant %+v", x)
			}
		case *model.Hours:
			err = x.Validate()
			ref(x.PersonID, model.KindPerson, "person_id")
			ref(x.IdeaID, model.KindIdea, "idea_id")
			hours++
			if x.Hours < 0.5 || x.Hours > 8 || math.Mod(x.Hours*2, 1) != 0 {
				t.Fatalf("bad hours %v", x.Hours)
			}
			switch x.Status {
			case "verified":
				verified++
				if x.VerifiedBy == "" || x.VerifiedAt.IsZero() {
					t.Fatalf("verified without who and when %+v", x)
				}
			case "rejected":
				if x.RejectReason == "" {
					t.Fatalf("rejected without reason %+v", x)
				}
			}
		default:
			t.Fatalf("unexpected record %T", r)
		}
		if err != nil {
			t.Fatalf("%s %s: %v", e.Kind, e.ID, err)
		}
		seen[e.ID] = e.Kind
	}

	between := func(what string, got, lo, hi int) {
		t.Helper()
		if got < lo || got > hi {
			t.Errorf("%s = %d, want %d..%d", what, got, lo, hi)
		}
	}
	between("people", len(people), 2000, 2000)
	between("ideas", len(ideas), 3000, 3000)
	between("distinct first names", len(firsts), 60, 1000)
	between("distinct surnames", len(lasts), 60, 1000)
	between("latin-script names", latin, 200, 400)
	between("feminine -ова/-ева surnames", feminine, 200, 2000)
	between("-қызы surnames", kyzy, 10, 2000)
	between("people with IIN", withIIN, 700, 900)
	between("minors", minors, 60, 600)
	between("student-age people", students, 1300, 2000)
	between("distinct titles", len(titles), 600, 3000)
	between("english titles", enTitles, 450, 750)
	between("titles with Таза әлем", taza, 10, 3000)
	between("titles with Саулық", saulyq, 10, 3000)
	between("titles with Шымкент", shymkent, 10, 3000)
	between("ideas with a registered applicant", withApplicant, 2550, 2850)
	between("draft+consulting minus funded+completed", early-late, 500, 3000)
	between("consultations per idea ×100", ideaConsults*100/3000, 250, 350)
	between("overdue follow-ups", overdue, 1, 10000)
	between("follow-ups in the next two weeks", upcoming, 1, 10000)
	between("visits", visits, 1000, 1000)
	between("hours", hours, 1333, 1333)
	between("verified hours", verified, hours*6/10, hours)
	for _, s := range []model.VisitState{"waiting", "with_consultant", "done"} {
		if todayStates[s] == 0 {
			t.Errorf("no %s visit today: %v", s, todayStates)
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestDeterministic(t *testing.T) {
	dump := func(o Options) []byte {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		for _, r := range collect(t, o) {
			if err := enc.Encode(r); err != nil {
				t.Fatal(err)
			}
		}
		return buf.Bytes()
	}
	o := Options{Ideas: 400, People: 300, Seed: 42, Now: testNow, Origin: "o"}
	a, b := dump(o), dump(o)
	if !bytes.Equal(a, b) {
		t.Fatal("same options gave different records")
	}
	o.Seed = 43
	if bytes.Equal(a, dump(o)) {
		t.Fatal("a different seed gave the same records")
	}
}

func TestCounts(t *testing.T) {
	for _, c := range []struct{ ideas, people int }{{0, 0}, {10, 0}, {0, 10}, {1, 1}, {200, 300}, {-5, -5}} {
		o := Options{Ideas: c.ideas, People: c.people, Seed: 1, Now: testNow}
		n := map[model.Kind]int{}
		for _, r := range collect(t, o) {
			n[r.Env().Kind]++
			if err := validate(r); err != nil {
				t.Fatalf("%+v: %v", c, err)
			}
			if r.Env().Origin != defaultOrigin {
				t.Fatalf("origin %q", r.Env().Origin)
			}
		}
		ideas, people := max(c.ideas, 0), max(c.people, 0)
		if n[model.KindPerson] != people || n[model.KindIdea] != ideas ||
			n[model.KindVisit] != (people+1)/2 || n[model.KindHours] != people*2/3 {
			t.Errorf("%+v: counts %v", c, n)
		}
		if got := n[model.KindConsultation] - people/20; got < 0 || got > 6*ideas ||
			(ideas >= 200 && (got < 2*ideas || got > 4*ideas)) {
			t.Errorf("%+v: %d consultations", c, n[model.KindConsultation])
		}
	}
}

func validate(r model.Record) error {
	if p, ok := r.(*model.Person); ok {
		return p.ValidateAt(testNow)
	}
	return r.Validate()
}

func TestZeroNowAndConsultants(t *testing.T) {
	o := Options{Ideas: 50, People: 50, Consultants: []string{" ", "Гүлнар Кушанова"}}
	for _, r := range collect(t, o) {
		e := r.Env()
		if e.UpdatedBy != "Гүлнар Кушанова" || e.UpdatedAt.After(defaultNow) {
			t.Fatalf("envelope %+v", e)
		}
		if c, ok := r.(*model.Consultation); ok && c.Consultant != "Гүлнар Кушанова" {
			t.Fatalf("consultant %q", c.Consultant)
		}
		err := r.Validate()
		if p, ok := r.(*model.Person); ok {
			err = p.ValidateAt(defaultNow)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestEmitErrorStops(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := Generate(Options{Ideas: 100, People: 100, Now: testNow}, func(model.Record) error {
		calls++
		if calls == 150 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 150 {
		t.Fatalf("err %v after %d calls", err, calls)
	}
}

func TestWordLists(t *testing.T) {
	for _, d := range model.Directions() {
		for l := range 3 {
			if n := len(ideaTexts[d][l]); n < 6 {
				t.Errorf("%s/%s: %d idea templates", d, langCodes[l], n)
			}
			for _, s := range ideaTexts[d][l] {
				if strings.Count(s, " | ") != 1 {
					t.Errorf("%q: want one title | summary split", s)
				}
			}
		}
		if len(directionSDGs[d]) == 0 || len(directionGroups[d]) == 0 || directionWeight[d] == 0 {
			t.Errorf("%s: missing SDGs, groups or weight", d)
		}
		for _, g := range directionGroups[d] {
			if !g.Valid() {
				t.Errorf("%s: bad group %s", d, g)
			}
		}
	}
	for _, r := range model.Regions() {
		if len(citiesByRegion[r]) == 0 || regionWeight[r] == 0 {
			t.Errorf("region %s has no city or weight", r)
		}
	}
	for _, s := range model.Services() {
		if len(serviceNotes[s][lKK]) == 0 || len(serviceNotes[s][lRU]) == 0 || len(serviceNotes[s][lEN]) == 0 {
			t.Errorf("service %s has no notes", s)
		}
	}
	for _, p := range model.Purposes() {
		if purposeWeight[p] == 0 {
			t.Errorf("purpose %s has no weight", p)
		}
	}
	for _, o := range orgs {
		if !o.region.Valid() || o.name[lKK] == "" || o.name[lRU] == "" || o.name[lEN] == "" {
			t.Errorf("bad org %+v", o)
		}
	}
	if len(orgs) < 30 {
		t.Errorf("%d organisations", len(orgs))
	}
	for _, c := range []struct{ in, want string }{
		{"Әбенов", "Әбенова"}, {"Васильев", "Васильева"}, {"Серікұлы", "Серікқызы"}, {"Высоцкий", "Высоцкая"},
		{"Abenov", "Abenova"}, {"Bolatuly", "Bolatkyzy"}, {"Ким", "Ким"}, {"Сейтқали", "Сейтқали"},
	} {
		if got := feminine(c.in); got != c.want {
			t.Errorf("feminine(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestIIN(t *testing.T) {
	for _, s := range []string{"791028302728", "061211600012"} {
		if c := iinCheck([]byte(s)); c != int(s[11]-'0') {
			t.Errorf("check digit of %s = %d", s, c)
		}
	}
	g := newGen(Options{Now: testNow}, nil)
	for i := range 2000 {
		y, female := 1950+i%60, i%2 == 1
		s := g.iin(y, 1+i%12, 1+i%28, female)
		born, ok := model.IINBirthDate(s)
		if !model.ValidIIN(s) || !ok || born.Year() != y || (s[6]-'0')%2 == 1 == female {
			t.Fatalf("bad IIN %s for %d female=%v", s, y, female)
		}
	}
}

func BenchmarkGenerate(b *testing.B) {
	o := Options{Ideas: 100_000, People: 100_000, Seed: 1, Now: testNow, Origin: "bench"}
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		n = 0
		if err := Generate(o, func(model.Record) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n), "records/op")
}

// TestNoTwoPeopleShareAPhoneOrIIN: demo data obeys the desk's rule that the
// same phone or IIN is the same person (at 30 000 people, random IINs would
// collide: 7 did at 100 000 before), and its rule of at most 24 hours a day.
func TestNoTwoPeopleShareAPhoneOrIIN(t *testing.T) {
	phones, iins := map[string]string{}, map[string]string{}
	type personDay struct{ person, date string }
	days := map[personDay]float64{}
	err := Generate(Options{Ideas: 10, People: 30000, Seed: 3, Now: testNow}, func(r model.Record) error {
		if h, ok := r.(*model.Hours); ok && h.Status != "rejected" {
			// nor more than 24 hours for one person on one day
			d := personDay{h.PersonID, string(h.Date)}
			if days[d] += h.Hours; days[d] > model.MaxDayHours {
				t.Errorf("%s has %.1f hours on %s", h.PersonID, days[d], h.Date)
			}
		}
		p, ok := r.(*model.Person)
		if !ok {
			return nil
		}
		if p.Phone != "" {
			if other, dup := phones[p.Phone]; dup {
				t.Errorf("%s and %s share the phone %s", other, p.ID, p.Phone)
			}
			phones[p.Phone] = p.ID
		}
		if p.IIN != "" {
			if other, dup := iins[p.IIN]; dup {
				t.Errorf("%s and %s share the IIN %s", other, p.ID, p.IIN)
			}
			iins[p.IIN] = p.ID
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(iins) < 1000 {
		t.Fatalf("only %d people with an IIN: the test shows nothing", len(iins))
	}
}

// TestNobodyInTheQueueTwice: among today's visits nobody is waiting or with
// a consultant twice (storage.StartVisit refuses a second entry), at sizes
// where today's visitors are drawn from few people and from many.
func TestNobodyInTheQueueTwice(t *testing.T) {
	cameBack := 0
	for _, o := range []Options{{Ideas: 3000, People: 3000, Seed: 1}, {Ideas: 40, People: 40, Seed: 2}, {Ideas: 10, People: 12, Seed: 9}} {
		for seed := range int64(20) {
			o := o
			o.Seed, o.Now = o.Seed+seed, testNow
			today := map[string]int{}
			openNow := map[string]bool{}
			for _, r := range collect(t, o) {
				v, ok := r.(*model.Visit)
				if !ok || v.Date != model.DateOf(testNow) {
					continue
				}
				if today[v.PersonID]++; today[v.PersonID] == 2 {
					cameBack++
				}
				if v.State == model.VisitWaiting || v.State == model.VisitWithConsultant {
					if openNow[v.PersonID] {
						t.Fatalf("seed %d (%d people): %s is in today's queue twice", o.Seed, o.People, v.PersonID)
					}
					openNow[v.PersonID] = true
				}
			}
		}
	}
	if cameBack == 0 {
		t.Fatal("nobody came twice today in any run: the test shows nothing")
	}
}
