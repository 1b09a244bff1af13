package model

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// now is a fixed "today" for the person tests.
var now = time.Date(2026, 2, 13, 10, 30, 0, 0, time.UTC)

var (
	personID = NewID()
	ideaID   = NewID()
	long201  = strings.Repeat("ә", 201) // one rune over maxName/maxTitle
	long20k  = strings.Repeat("a", maxText+1)
)

// fieldCase is one broken field: break a valid record, expect field/reason.
type fieldCase[T any] struct {
	name   string
	mutate func(*T)
	field  string
	reason Reason
}

// jsonNames lists the JSON field names of struct T, embedded structs included.
func jsonNames(typ reflect.Type) map[string]bool {
	names := map[string]bool{}
	for i := range typ.NumField() {
		f := typ.Field(i)
		if f.Anonymous {
			for n := range jsonNames(f.Type) {
				names[n] = true
			}
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		names[name] = true
	}
	return names
}

// checkCases runs each case on a fresh valid record and checks the field error.
// A case with reason "" expects the record to stay valid.
func checkCases[T any](t *testing.T, valid func() *T, validate func(*T) error, cases []fieldCase[T]) {
	t.Helper()
	if err := validate(valid()); err != nil {
		t.Fatalf("valid example: %v", err)
	}
	// A FieldError names the field by its JSON name, so the UI can find the input.
	names := jsonNames(reflect.TypeFor[T]())
	for _, c := range cases {
		if c.field != "" && !names[c.field] {
			t.Errorf("case %q: %q is not a JSON field of %T", c.name, c.field, *new(T))
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := valid()
			c.mutate(r)
			err := validate(r)
			if c.reason == ReasonNone {
				if err != nil {
					t.Fatalf("want valid, got %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("want %s: %s, got no error", c.field, c.reason)
			}
			fe, ok := AsFieldErrors(err)
			if !ok {
				t.Fatalf("error %v (%T) is not FieldErrors", err, err)
			}
			if got := fe.For(c.field); got != c.reason {
				t.Errorf("For(%q) = %q, want %q (all: %v)", c.field, got, c.reason, fe)
			}
			for _, e := range fe {
				if !names[e.Field] {
					t.Errorf("error %v names no JSON field of %T", e, r)
				}
			}
		})
	}
}

func validPerson() *Person {
	return &Person{
		FullName:      "Айгерім Серікқызы",
		Phone:         "+77011234567",
		IIN:           "791028302728",
		BirthYear:     1979,
		Organization:  "Қарағанды политехникалық колледжі",
		Region:        "karaganda",
		Consent:       true,
		ConsentMethod: "paper",
		ConsentAt:     "2026-02-13",
		Notes:         "Келді.\nЕкінші жол\tтабмен.\r\n",
		CreatedAt:     now,
	}
}

func TestPersonValidate(t *testing.T) {
	validate := func(p *Person) error { return p.ValidateAt(now) }
	checkCases(t, validPerson, validate, []fieldCase[Person]{
		{"minimal", func(p *Person) { *p = Person{FullName: "A", Consent: true} }, "", ReasonNone},
		{"name empty", func(p *Person) { p.FullName = "" }, "full_name", ReasonRequired},
		{"name spaces", func(p *Person) { p.FullName = " \t " }, "full_name", ReasonRequired},
		{"name too long", func(p *Person) { p.FullName = long201 }, "full_name", ReasonTooLong},
		{"name 200 runes", func(p *Person) { p.FullName = long201[len("ә"):] }, "", ReasonNone},
		{"name ANSI", func(p *Person) { p.FullName = "\x1b[31mAsqar" }, "full_name", ReasonControlChars},
		{"name newline", func(p *Person) { p.FullName = "Asqar\nBekov" }, "full_name", ReasonControlChars},
		{"name bell", func(p *Person) { p.FullName = "Asqar\a" }, "full_name", ReasonControlChars},
		{"name C1 CSI", func(p *Person) { p.FullName = "Asqar\u009b31m" }, "full_name", ReasonControlChars},
		{"name DEL", func(p *Person) { p.FullName = "Asqar\x7f" }, "full_name", ReasonControlChars},
		{"phone not normalised", func(p *Person) { p.Phone = "8 701 123 45 67" }, "phone", ReasonBadPhone},
		{"phone no plus", func(p *Person) { p.Phone = "77011234567" }, "phone", ReasonBadPhone},
		{"phone Moscow", func(p *Person) { p.Phone = "+74951234567" }, "phone", ReasonBadPhone},
		{"phone letters", func(p *Person) { p.Phone = "call me" }, "phone", ReasonBadPhone},
		{"no phone", func(p *Person) { p.Phone = "" }, "", ReasonNone},
		{"iin check digit", func(p *Person) { p.IIN = "791028302729" }, "iin", ReasonBadIIN},
		{"iin short", func(p *Person) { p.IIN = "7910283027" }, "iin", ReasonBadIIN},
		{"iin spaced", func(p *Person) { p.IIN = "791 028 302 728" }, "iin", ReasonBadIIN},
		{"no iin", func(p *Person) { p.IIN = "" }, "", ReasonNone},
		{"iin year mismatch", func(p *Person) { p.BirthYear = 1980 }, "birth_year", ReasonMismatch},
		{"no birth year", func(p *Person) { p.BirthYear = 0 }, "", ReasonNone},
		{"birth year 121 years ago", func(p *Person) { p.IIN = ""; p.BirthYear = 1905 }, "birth_year", ReasonBadYear},
		{"birth year 120 years ago", func(p *Person) { p.IIN = ""; p.BirthYear = 1906 }, "", ReasonNone},
		{"birth year next year", func(p *Person) { p.IIN = ""; p.BirthYear = 2027 }, "birth_year", ReasonBadYear},
		{"birth year negative", func(p *Person) { p.IIN = ""; p.BirthYear = -1979 }, "birth_year", ReasonBadYear},
		{"organization ANSI", func(p *Person) { p.Organization = "\x1b]0;pwned\a" }, "organization", ReasonControlChars},
		{"organization too long", func(p *Person) { p.Organization = long201 }, "organization", ReasonTooLong},
		{"region unknown", func(p *Person) { p.Region = "moscow" }, "region", ReasonUnknownCode},
		{"region label not code", func(p *Person) { p.Region = "Karaganda" }, "region", ReasonUnknownCode},
		{"no region", func(p *Person) { p.Region = "" }, "", ReasonNone},
		{"no consent", func(p *Person) { p.Consent = false }, "consent", ReasonConsentNeeded},
		{"merged needs no consent", func(p *Person) { p.Consent = false; p.MergedInto = personID }, "", ReasonNone},
		{"consent method unknown", func(p *Person) { p.ConsentMethod = "telepathy" }, "consent_method", ReasonUnknownCode},
		{"consent_at impossible", func(p *Person) { p.ConsentAt = "2026-02-30" }, "consent_at", ReasonBadDate},
		{"consent_at local form", func(p *Person) { p.ConsentAt = "13.02.2026" }, "consent_at", ReasonBadDate},
		{"notes ANSI", func(p *Person) { p.Notes = "ok\n\x1b[2J" }, "notes", ReasonControlChars},
		{"notes too long", func(p *Person) { p.Notes = long20k }, "notes", ReasonTooLong},
		{"merged_into junk", func(p *Person) { p.MergedInto = "someone" }, "merged_into", ReasonBadRef},
		{"merged_into upper case", func(p *Person) { p.MergedInto = strings.ToUpper(personID) }, "merged_into", ReasonBadRef},
		{"guardian phone not normalised", func(p *Person) { p.GuardianPhone = "87011234567" }, "guardian_phone", ReasonBadPhone},
		{"guardian name ANSI", func(p *Person) { p.GuardianName = "\x1b[5mX" }, "guardian_name", ReasonControlChars},
	})
}

// validMinor is 17 on now: born 2008-06-01 (IIN with the right check digit).
func validMinor(t *testing.T) *Person {
	p := validPerson()
	p.IIN = withCheck(t, "08060150001")
	p.BirthYear = 2008
	p.GuardianName = "Серік Ахметов"
	p.GuardianPhone = "+77071112233"
	p.GuardianConsent = true
	return p
}

func TestPersonMinor(t *testing.T) {
	validate := func(p *Person) error { return p.ValidateRegistration(now) }
	checkCases(t, func() *Person { return validMinor(t) }, validate, []fieldCase[Person]{
		{"no guardian name", func(p *Person) { p.GuardianName = "" }, "guardian_name", ReasonGuardian},
		{"no guardian phone", func(p *Person) { p.GuardianPhone = "" }, "guardian_phone", ReasonGuardian},
		{"no guardian consent", func(p *Person) { p.GuardianConsent = false }, "guardian_consent", ReasonGuardian},
		{"guardian phone bad", func(p *Person) { p.GuardianPhone = "8 707 111 22 33" }, "guardian_phone", ReasonBadPhone},
		{"own consent still needed", func(p *Person) { p.Consent = false }, "consent", ReasonConsentNeeded},
		{"minor by birth year only", func(p *Person) {
			p.IIN = ""
			p.BirthYear = 2009
			p.GuardianConsent = false
		}, "guardian_consent", ReasonGuardian},
	})

	// Without any guardian data all three are asked for at once.
	p := validMinor(t)
	p.GuardianName, p.GuardianPhone, p.GuardianConsent = "", "", false
	fe, _ := AsFieldErrors(p.ValidateRegistration(now))
	for _, f := range []string{"guardian_name", "guardian_phone", "guardian_consent"} {
		if fe.For(f) != ReasonGuardian {
			t.Errorf("minor without guardian: For(%q) = %q (all: %v)", f, fe.For(f), fe)
		}
	}

	// The store itself asks only for the guardian's consent: a record from a
	// spreadsheet has no guardian's name or phone.
	p = validMinor(t)
	p.GuardianName, p.GuardianPhone = "", ""
	if err := p.ValidateAt(now); err != nil {
		t.Errorf("a minor with the guardian's consent but no contact: %v", err)
	}
	p.GuardianConsent = false
	if fe, _ := AsFieldErrors(p.ValidateAt(now)); fe.For("guardian_consent") != ReasonGuardian || len(fe) != 1 {
		t.Errorf("a minor without the guardian's consent: %v", fe)
	}

	// A minor who withdrew consent keeps no data that needs a guardian's
	// consent: what WithdrawConsent leaves (initials, the birth year)
	// passes the store's own check, so their bundle reads back.
	p = validMinor(t)
	p.IIN, p.BirthYear = "", 2010 // a minor by birth year, after the IIN is gone too
	p.WithdrawConsent("2026-05-01")
	if err := p.ValidateAt(now); err != nil {
		t.Errorf("a minor who withdrew consent: %v", err)
	}

	// The same person as an adult needs no guardian.
	p = validMinor(t)
	p.GuardianName, p.GuardianPhone, p.GuardianConsent = "", "", false
	if err := p.ValidateRegistration(time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Errorf("on the 18th birthday: %v", err)
	}
}

func TestPersonIsMinor(t *testing.T) {
	born2008 := withCheck(t, "08060150001") // 2008-06-01
	tests := []struct {
		name string
		iin  string
		year int
		now  time.Time
		want bool
	}{
		{"adult by IIN", "791028302728", 0, now, false},
		{"17 by IIN", born2008, 0, now, true},
		{"day before 18th birthday", born2008, 0, time.Date(2026, 5, 31, 23, 59, 59, 0, time.UTC), true},
		{"on 18th birthday", born2008, 0, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), false},
		{"IIN wins over birth year", born2008, 1990, now, true},
		{"no IIN, 18 by year", "", 2008, now, false},
		{"no IIN, 17 by year", "", 2009, now, true},
		{"no IIN, child", "", 2020, now, true},
		{"nothing known", "", 0, now, false},
		{"bad IIN date falls back to year", "081301500010", 2010, now, true},
	}
	for _, tt := range tests {
		p := &Person{IIN: tt.iin, BirthYear: tt.year}
		if got := p.IsMinor(tt.now); got != tt.want {
			t.Errorf("%s: IsMinor = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestPersonValidateUsesToday(t *testing.T) {
	if err := validPerson().Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	p := validPerson()
	p.IIN, p.BirthYear = "", time.Now().Year()-10
	fe, _ := AsFieldErrors(p.Validate())
	if fe.For("guardian_consent") != ReasonGuardian {
		t.Errorf("a ten-year-old needs a guardian today: %v", fe)
	}
}

func validIdea() *Idea {
	return &Idea{
		Title:         "Таза аула",
		Summary:       "Ауланы тазалау.\nЕкі апта.",
		Direction:     "taza_alem",
		Region:        "astana",
		Status:        "draft",
		SDGs:          []SDG{11, 13, 15},
		ApplicantID:   personID,
		ApplicantName: "",
		Organization:  "ЕНУ",
		BudgetKZT:     500000,
		Team:          []TeamMember{{PersonID: personID, Name: "Асқар", Role: "lead"}, {Name: "Дана"}},
		TargetGroups:  []Reach{{Group: "children", Planned: 100}, {Group: "parents", Planned: 40, Reached: 10}},
		CreatedAt:     now,
	}
}

func TestIdeaValidate(t *testing.T) {
	checkCases(t, validIdea, (*Idea).Validate, []fieldCase[Idea]{
		{"title empty", func(i *Idea) { i.Title = "" }, "title", ReasonRequired},
		{"title ANSI", func(i *Idea) { i.Title = "\x1b[31mRed idea" }, "title", ReasonControlChars},
		{"title too long", func(i *Idea) { i.Title = long201 }, "title", ReasonTooLong},
		{"title tab", func(i *Idea) { i.Title = "a\tb" }, "title", ReasonControlChars},
		{"summary ANSI", func(i *Idea) { i.Summary = "ok\x1b[31m" }, "summary", ReasonControlChars},
		{"summary NUL", func(i *Idea) { i.Summary = "ok\x00" }, "summary", ReasonControlChars},
		{"summary too long", func(i *Idea) { i.Summary = long20k }, "summary", ReasonTooLong},
		{"direction empty", func(i *Idea) { i.Direction = "" }, "direction", ReasonRequired},
		{"direction unknown", func(i *Idea) { i.Direction = "sports" }, "direction", ReasonUnknownCode},
		{"region empty", func(i *Idea) { i.Region = "" }, "region", ReasonRequired},
		{"region unknown", func(i *Idea) { i.Region = "moscow" }, "region", ReasonUnknownCode},
		{"status empty", func(i *Idea) { i.Status = "" }, "status", ReasonRequired},
		{"status unknown", func(i *Idea) { i.Status = "lost" }, "status", ReasonUnknownCode},
		{"no SDGs", func(i *Idea) { i.SDGs = nil }, "", ReasonNone},
		{"all 17 SDGs", func(i *Idea) { i.SDGs = SDGs() }, "", ReasonNone},
		{"SDG 18", func(i *Idea) { i.SDGs = []SDG{4, 18} }, "sdgs", ReasonUnknownCode},
		{"SDG 0", func(i *Idea) { i.SDGs = []SDG{0} }, "sdgs", ReasonUnknownCode},
		{"SDG negative", func(i *Idea) { i.SDGs = []SDG{-4} }, "sdgs", ReasonUnknownCode},
		{"SDG duplicate", func(i *Idea) { i.SDGs = []SDG{4, 13, 4} }, "sdgs", ReasonDuplicate},
		{"applicant_id junk", func(i *Idea) { i.ApplicantID = "42" }, "applicant_id", ReasonBadRef},
		{"applicant by name", func(i *Idea) { i.ApplicantID = ""; i.ApplicantName = "Дана" }, "", ReasonNone},
		{"applicant_name ANSI", func(i *Idea) { i.ApplicantName = "\x1b[1mD" }, "applicant_name", ReasonControlChars},
		{"organization too long", func(i *Idea) { i.Organization = long201 }, "organization", ReasonTooLong},
		{"budget zero", func(i *Idea) { i.BudgetKZT = 0 }, "", ReasonNone},
		{"budget max", func(i *Idea) { i.BudgetKZT = MaxTenge }, "", ReasonNone},
		{"budget negative", func(i *Idea) { i.BudgetKZT = -1 }, "budget_kzt", ReasonNegative},
		{"budget too large", func(i *Idea) { i.BudgetKZT = MaxTenge + 1 }, "budget_kzt", ReasonTooLarge},
		{"team member empty", func(i *Idea) { i.Team = append(i.Team, TeamMember{}) }, "team", ReasonRequired},
		{"team member id only", func(i *Idea) { i.Team = []TeamMember{{PersonID: personID}} }, "", ReasonNone},
		{"team name ANSI", func(i *Idea) { i.Team[1].Name = "\x1b[31mD" }, "team", ReasonControlChars},
		{"team role ANSI", func(i *Idea) { i.Team[0].Role = "lead\x1b[0m" }, "team", ReasonControlChars},
		{"target group unknown", func(i *Idea) { i.TargetGroups[1].Group = "aliens" }, "target_groups", ReasonUnknownCode},
		{"target group duplicate", func(i *Idea) { i.TargetGroups[1].Group = "children" }, "target_groups", ReasonDuplicate},
		{"target planned negative", func(i *Idea) { i.TargetGroups[0].Planned = -1 }, "target_groups", ReasonNegative},
		{"target reached negative", func(i *Idea) { i.TargetGroups[1].Reached = -5 }, "target_groups", ReasonNegative},
	})
}

func TestIdeaReportsEveryField(t *testing.T) {
	err := (&Idea{}).Validate()
	fe, ok := AsFieldErrors(err)
	if !ok {
		t.Fatalf("empty idea: %v", err)
	}
	for _, f := range []string{"title", "direction", "region", "status"} {
		if fe.For(f) != ReasonRequired {
			t.Errorf("empty idea: For(%q) = %q", f, fe.For(f))
		}
	}
	if len(fe) != 4 {
		t.Errorf("empty idea: %d errors, want 4: %v", len(fe), fe)
	}
}

func validConsultation() *Consultation {
	return &Consultation{
		Date:        "2026-02-13",
		DurationMin: 45,
		Consultant:  "Дана",
		Services:    []Service{"project_design", "grant_writing"},
		PersonID:    personID,
		IdeaID:      ideaID,
		Notes:       "Мақсат анықталды.\nКелесі қадам — бюджет.",
		NextSteps:   "Бюджетті жазу",
		FollowUp:    "2026-02-20",
	}
}

func TestConsultationValidate(t *testing.T) {
	checkCases(t, validConsultation, (*Consultation).Validate, []fieldCase[Consultation]{
		{"date empty", func(c *Consultation) { c.Date = "" }, "date", ReasonRequired},
		{"date impossible", func(c *Consultation) { c.Date = "2026-13-01" }, "date", ReasonBadDate},
		{"date local form", func(c *Consultation) { c.Date = "13.02.2026" }, "date", ReasonBadDate},
		{"duration zero", func(c *Consultation) { c.DurationMin = 0 }, "", ReasonNone},
		{"duration a day", func(c *Consultation) { c.DurationMin = 24 * 60 }, "", ReasonNone},
		{"duration negative", func(c *Consultation) { c.DurationMin = -1 }, "duration_min", ReasonNegative},
		{"duration over a day", func(c *Consultation) { c.DurationMin = 24*60 + 1 }, "duration_min", ReasonTooLarge},
		{"consultant empty", func(c *Consultation) { c.Consultant = "" }, "consultant", ReasonRequired},
		{"consultant ANSI", func(c *Consultation) { c.Consultant = "\x1b[31mD" }, "consultant", ReasonControlChars},
		{"no services", func(c *Consultation) { c.Services = nil }, "services", ReasonRequired},
		{"unknown service", func(c *Consultation) { c.Services = []Service{"grant_writing", "massage"} }, "services", ReasonUnknownCode},
		{"purpose is not a service", func(c *Consultation) { c.Services = []Service{"volunteer_registration"} }, "services", ReasonUnknownCode},
		{"nobody", func(c *Consultation) { c.PersonID = ""; c.IdeaID = "" }, "person_id", ReasonRequired},
		{"idea only", func(c *Consultation) { c.PersonID = "" }, "", ReasonNone},
		{"person only", func(c *Consultation) { c.IdeaID = "" }, "", ReasonNone},
		{"person_id junk", func(c *Consultation) { c.PersonID = "Дана" }, "person_id", ReasonBadRef},
		{"idea_id junk", func(c *Consultation) { c.IdeaID = "idea-1" }, "idea_id", ReasonBadRef},
		{"visit_id junk", func(c *Consultation) { c.VisitID = "v" }, "visit_id", ReasonBadRef},
		{"visit_id ok", func(c *Consultation) { c.VisitID = NewID() }, "", ReasonNone},
		{"supersedes junk", func(c *Consultation) { c.Supersedes = "{" + personID + "}" }, "supersedes", ReasonBadRef},
		{"notes ANSI", func(c *Consultation) { c.Notes = "\x1b[2J" }, "notes", ReasonControlChars},
		{"next_steps ANSI", func(c *Consultation) { c.NextSteps = "\x9b2J" }, "next_steps", ReasonControlChars},
		{"next_steps too long", func(c *Consultation) { c.NextSteps = long20k }, "next_steps", ReasonTooLong},
		{"follow_up bad", func(c *Consultation) { c.FollowUp = "next week" }, "follow_up", ReasonBadDate},
		{"no follow_up", func(c *Consultation) { c.FollowUp = "" }, "", ReasonNone},
	})
}

func validVisit() *Visit {
	return &Visit{
		PersonID:   personID,
		Date:       "2026-02-13",
		ArrivedAt:  now,
		Purpose:    PurposeVolunteer,
		State:      "waiting",
		Consultant: "Дана",
		Notes:      "Бірінші рет.",
	}
}

func TestVisitValidate(t *testing.T) {
	checkCases(t, validVisit, (*Visit).Validate, []fieldCase[Visit]{
		{"person_id empty", func(v *Visit) { v.PersonID = "" }, "person_id", ReasonRequired},
		{"person_id junk", func(v *Visit) { v.PersonID = "x" }, "person_id", ReasonBadRef},
		{"date empty", func(v *Visit) { v.Date = "" }, "date", ReasonRequired},
		{"date bad", func(v *Visit) { v.Date = "2026-02-29" }, "date", ReasonBadDate},
		{"purpose service", func(v *Visit) { v.Purpose = "grant_writing" }, "", ReasonNone},
		{"purpose other", func(v *Visit) { v.Purpose = PurposeOther }, "", ReasonNone},
		{"purpose empty", func(v *Visit) { v.Purpose = "" }, "purpose", ReasonUnknownCode},
		{"purpose unknown", func(v *Visit) { v.Purpose = "cooking" }, "purpose", ReasonUnknownCode},
		{"state done", func(v *Visit) { v.State = "done"; v.DoneAt = now }, "", ReasonNone},
		{"state empty", func(v *Visit) { v.State = "" }, "state", ReasonUnknownCode},
		{"state unknown", func(v *Visit) { v.State = "sleeping" }, "state", ReasonUnknownCode},
		{"no consultant", func(v *Visit) { v.Consultant = "" }, "", ReasonNone},
		{"consultant ANSI", func(v *Visit) { v.Consultant = "D\x1b[8m" }, "consultant", ReasonControlChars},
		{"notes ANSI", func(v *Visit) { v.Notes = "\x1b[31m" }, "notes", ReasonControlChars},
	})
}

func validHours() *Hours {
	return &Hours{
		PersonID:    personID,
		Date:        "2026-02-13",
		Hours:       2.5,
		Activity:    "Ауланы тазалау",
		IdeaID:      ideaID,
		Description: "Екі сағат жарым.",
		Status:      "pending",
	}
}

func TestHoursValidate(t *testing.T) {
	checkCases(t, validHours, (*Hours).Validate, []fieldCase[Hours]{
		{"person_id empty", func(h *Hours) { h.PersonID = "" }, "person_id", ReasonRequired},
		{"person_id junk", func(h *Hours) { h.PersonID = "me" }, "person_id", ReasonBadRef},
		{"date empty", func(h *Hours) { h.Date = "" }, "date", ReasonRequired},
		{"date bad", func(h *Hours) { h.Date = "2026-02-30" }, "date", ReasonBadDate},
		{"half hour", func(h *Hours) { h.Hours = 0.5 }, "", ReasonNone},
		{"1.5 hours", func(h *Hours) { h.Hours = 1.5 }, "", ReasonNone},
		{"24 hours", func(h *Hours) { h.Hours = 24 }, "", ReasonNone},
		{"0 hours", func(h *Hours) { h.Hours = 0 }, "hours", ReasonBadHours},
		{"0.3 hours", func(h *Hours) { h.Hours = 0.3 }, "hours", ReasonBadHours},
		{"1.25 hours", func(h *Hours) { h.Hours = 1.25 }, "hours", ReasonBadHours},
		{"negative", func(h *Hours) { h.Hours = -1 }, "hours", ReasonBadHours},
		{"24.5 hours", func(h *Hours) { h.Hours = 24.5 }, "hours", ReasonBadHours},
		{"25 hours", func(h *Hours) { h.Hours = 25 }, "hours", ReasonBadHours},
		{"NaN", func(h *Hours) { h.Hours = math.NaN() }, "hours", ReasonBadHours},
		{"+Inf", func(h *Hours) { h.Hours = math.Inf(1) }, "hours", ReasonBadHours},
		{"activity ANSI", func(h *Hours) { h.Activity = "\x1b[31m" }, "activity", ReasonControlChars},
		{"activity too long", func(h *Hours) { h.Activity = long201 }, "activity", ReasonTooLong},
		{"idea_id junk", func(h *Hours) { h.IdeaID = "x" }, "idea_id", ReasonBadRef},
		{"description ANSI", func(h *Hours) { h.Description = "\x1b[31m" }, "description", ReasonControlChars},
		{"status empty", func(h *Hours) { h.Status = "" }, "status", ReasonUnknownCode},
		{"status unknown", func(h *Hours) { h.Status = "approved" }, "status", ReasonUnknownCode},
		{"verified without verifier", func(h *Hours) { h.Status = "verified" }, "verified_by", ReasonRequired},
		{"verified", func(h *Hours) { h.Status = "verified"; h.VerifiedBy = "Дана"; h.VerifiedAt = now }, "", ReasonNone},
		{"verifier ANSI", func(h *Hours) { h.Status = "verified"; h.VerifiedBy = "\x1b[31mD" }, "verified_by", ReasonControlChars},
		{"rejected", func(h *Hours) { h.Status = "rejected"; h.RejectReason = "Дата қате" }, "", ReasonNone},
	})
}

func TestValidHours(t *testing.T) {
	for h := 0.5; h <= 24; h += 0.5 {
		if !ValidHours(h) {
			t.Errorf("ValidHours(%v) = false", h)
		}
	}
	for _, h := range []float64{0, -0.5, 0.1, 0.3, 0.75, 1.49, 23.9, 24.5, 25, 1e9,
		math.NaN(), math.Inf(1), math.Inf(-1), math.SmallestNonzeroFloat64} {
		if ValidHours(h) {
			t.Errorf("ValidHours(%v) = true", h)
		}
	}
}

func validOffice() *Office {
	return &Office{Name: "Қарағанды фронт-офисі", Region: "karaganda", Consultants: []string{"Дана", "Асқар"}}
}

func TestOfficeValidate(t *testing.T) {
	checkCases(t, validOffice, (*Office).Validate, []fieldCase[Office]{
		{"name empty", func(o *Office) { o.Name = "" }, "name", ReasonRequired},
		{"name ANSI", func(o *Office) { o.Name = "\x1b[31mX" }, "name", ReasonControlChars},
		{"name too long", func(o *Office) { o.Name = long201 }, "name", ReasonTooLong},
		{"no region", func(o *Office) { o.Region = "" }, "", ReasonNone},
		{"region unknown", func(o *Office) { o.Region = "moscow" }, "region", ReasonUnknownCode},
		{"no consultants", func(o *Office) { o.Consultants = nil }, "", ReasonNone},
		{"consultant duplicate", func(o *Office) { o.Consultants = append(o.Consultants, "Дана") }, "consultants", ReasonDuplicate},
		{"consultant ANSI", func(o *Office) { o.Consultants[1] = "\x1b[31mA" }, "consultants", ReasonControlChars},
		{"consultant empty", func(o *Office) { o.Consultants[1] = "" }, "consultants", ReasonRequired},
		{"consultant spaces", func(o *Office) { o.Consultants[1] = "  " }, "consultants", ReasonRequired},
		{"consultant too long", func(o *Office) { o.Consultants[1] = long201 }, "consultants", ReasonTooLong},
	})
}

func validCatalogueEntry() *CatalogueEntry {
	return &CatalogueEntry{
		Title:         Label{KK: "Кітап алмасу", RU: "Обмен книгами", EN: "Book swap"},
		Description:   Label{KK: "Мектепте кітап алмасу.", RU: "Обмен книгами в школе.\nРаз в неделю.", EN: "A book swap at school."},
		Steps:         []Label{{EN: "Find a shelf"}, {EN: "Collect books"}},
		Direction:     "bilim",
		SDGs:          []SDG{4},
		TargetGroups:  []TargetGroup{"children", "youth"},
		TeamMin:       2,
		TeamMax:       5,
		DurationWeeks: 4,
		BudgetMin:     0,
		BudgetMax:     100000,
	}
}

func TestCatalogueEntryValidate(t *testing.T) {
	checkCases(t, validCatalogueEntry, (*CatalogueEntry).Validate, []fieldCase[CatalogueEntry]{
		{"title in one language", func(c *CatalogueEntry) { c.Title = Label{RU: "Обмен книгами"} }, "", ReasonNone},
		{"no title", func(c *CatalogueEntry) { c.Title = Label{} }, "title", ReasonRequired},
		{"title ANSI", func(c *CatalogueEntry) { c.Title.RU = "\x1b[31mОбмен" }, "title", ReasonControlChars},
		{"title too long", func(c *CatalogueEntry) { c.Title.KK = long201 }, "title", ReasonTooLong},
		{"description ANSI", func(c *CatalogueEntry) { c.Description.EN = "x\x1b]0;t\a" }, "description", ReasonControlChars},
		{"step ANSI", func(c *CatalogueEntry) { c.Steps[1].KK = "\x1b[2J" }, "steps", ReasonControlChars},
		{"direction empty", func(c *CatalogueEntry) { c.Direction = "" }, "direction", ReasonUnknownCode},
		{"direction unknown", func(c *CatalogueEntry) { c.Direction = "sports" }, "direction", ReasonUnknownCode},
		{"SDG 18", func(c *CatalogueEntry) { c.SDGs = []SDG{18} }, "sdgs", ReasonUnknownCode},
		{"target group unknown", func(c *CatalogueEntry) { c.TargetGroups = []TargetGroup{"aliens"} }, "target_groups", ReasonUnknownCode},
		{"team of one", func(c *CatalogueEntry) { c.TeamMin, c.TeamMax = 1, 1 }, "", ReasonNone},
		{"team min negative", func(c *CatalogueEntry) { c.TeamMin = -1 }, "team_max", ReasonMismatch},
		{"team max below min", func(c *CatalogueEntry) { c.TeamMax = 1 }, "team_max", ReasonMismatch},
		{"duration negative", func(c *CatalogueEntry) { c.DurationWeeks = -1 }, "duration_weeks", ReasonNegative},
		{"budget min negative", func(c *CatalogueEntry) { c.BudgetMin = -1 }, "budget_max", ReasonMismatch},
		{"budget max below min", func(c *CatalogueEntry) { c.BudgetMin = 200000 }, "budget_max", ReasonMismatch},
		{"budget max too large", func(c *CatalogueEntry) { c.BudgetMax = MaxTenge + 1 }, "budget_max", ReasonMismatch},
	})
}

func TestNewEveryKind(t *testing.T) {
	if len(Kinds()) != 7 {
		t.Fatalf("Kinds() = %v, want 7 kinds", Kinds())
	}
	for _, k := range Kinds() {
		if !k.Valid() {
			t.Errorf("Kind %q not Valid", k)
		}
		r := New(k)
		if r == nil {
			t.Errorf("New(%q) = nil", k)
			continue
		}
		if got := r.Env().Kind; got != k {
			t.Errorf("New(%q).Env().Kind = %q", k, got)
		}
		var ok bool
		switch k {
		case KindPerson:
			_, ok = r.(*Person)
		case KindIdea:
			_, ok = r.(*Idea)
		case KindConsultation:
			_, ok = r.(*Consultation)
		case KindVisit:
			_, ok = r.(*Visit)
		case KindHours:
			_, ok = r.(*Hours)
		case KindCatalogue:
			_, ok = r.(*CatalogueEntry)
		case KindOffice:
			_, ok = r.(*Office)
		}
		if !ok {
			t.Errorf("New(%q) is %T", k, r)
		}
		// An empty record is never valid, and its error is field errors.
		if _, ok := AsFieldErrors(r.Validate()); !ok {
			t.Errorf("New(%q).Validate() = %v, want field errors", k, r.Validate())
		}
		// Env gives the record's own envelope, not a copy.
		r.Env().ID = "x"
		if r.Env().ID != "x" {
			t.Errorf("New(%q).Env() is a copy", k)
		}
	}
	for _, k := range []Kind{"", "people", "Person", "grant"} {
		if k.Valid() {
			t.Errorf("Kind %q Valid", k)
		}
		if r := New(k); r != nil {
			t.Errorf("New(%q) = %T, want nil", k, r)
		}
	}
}

func TestNewIDSortsByCreation(t *testing.T) {
	ids := make([]string, 1000)
	for i := range ids {
		ids[i] = NewID()
	}
	seen := map[string]bool{}
	for i, id := range ids {
		if !ValidID(id) {
			t.Fatalf("NewID() = %q, not ValidID", id)
		}
		if id[14] != '7' {
			t.Errorf("NewID() = %q is not version 7", id)
		}
		if seen[id] {
			t.Fatalf("NewID() repeated %q", id)
		}
		seen[id] = true
		if i > 0 && ids[i-1] >= id {
			t.Fatalf("ids out of creation order at %d: %s >= %s", i, ids[i-1], id)
		}
	}
	if !slices.IsSorted(ids) {
		t.Error("ids are not sorted")
	}
}

func TestValidID(t *testing.T) {
	id := NewID()
	for _, s := range []string{id, "00000000-0000-0000-0000-000000000000", "0190a6e2-7c1d-7abc-8def-0123456789ab"} {
		if !ValidID(s) {
			t.Errorf("ValidID(%q) = false", s)
		}
	}
	for _, s := range []string{
		"", "x", strings.ToUpper(id), "{" + id + "}", "urn:uuid:" + id,
		strings.ReplaceAll(id, "-", ""), id + " ", " " + id, id[:35], id + "0",
		"0190a6e2-7c1d-7abc-8def-0123456789ag",
	} {
		if ValidID(s) {
			t.Errorf("ValidID(%q) = true", s)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		why  Reason
	}{
		{"2026-02-13", "2026-02-13", ReasonNone},
		{"13.02.2026", "2026-02-13", ReasonNone},
		{"3.2.2026", "2026-02-03", ReasonNone},
		{"29.02.2024", "2024-02-29", ReasonNone},
		{" 2026-02-13 ", "2026-02-13", ReasonNone},
		{"2026-02-30", "", ReasonNoSuchDay},
		{"30.02.2026", "", ReasonNoSuchDay},
		{"2025-02-29", "", ReasonNoSuchDay},
		{"2026-13-01", "", ReasonNoSuchDay},
		{"tomorrow", "", ReasonBadDate},
		{"2026/02/13", "", ReasonBadDate},
		{"02/13/2026", "", ReasonBadDate},
		{"2026-2-13", "", ReasonBadDate},
		{"2026-02-13T10:00:00Z", "", ReasonBadDate},
		{"13.02.26", "", ReasonBadDate},
		{"31.11.2026", "", ReasonNoSuchDay},
		{"00.01.2026", "", ReasonNoSuchDay},
		{"1.13.2026", "", ReasonNoSuchDay},
		{"", "", ReasonRequired},
		{"   ", "", ReasonRequired},
	}
	for _, tt := range tests {
		got, why := ParseDate(tt.in)
		if got != tt.want || why != tt.why {
			t.Errorf("ParseDate(%q) = %q, %q; want %q, %q", tt.in, got, why, tt.want, tt.why)
		}
		if why == ReasonNone && !got.Valid() {
			t.Errorf("ParseDate(%q) = %q, which is not Valid", tt.in, got)
		}
	}
}

func TestDate(t *testing.T) {
	for _, d := range []Date{"2026-02-13", "2024-02-29", "0001-01-01", "9999-12-31"} {
		if !d.Valid() {
			t.Errorf("Date(%q).Valid() = false", d)
		}
		if got := DateOf(d.Time()); got != d {
			t.Errorf("DateOf(Date(%q).Time()) = %q", d, got)
		}
	}
	for _, d := range []Date{"", "2026-2-13", "2026-02-30", "13.02.2026", "2026-02-13 ", "+2026-02-13"} {
		if d.Valid() {
			t.Errorf("Date(%q).Valid() = true", d)
		}
	}
	if got := Date("2026-02-13").Time(); !got.Equal(time.Date(2026, 2, 13, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Time() = %v", got)
	}
	if got := Date("junk").Time(); !got.IsZero() {
		t.Errorf("Date(junk).Time() = %v, want zero", got)
	}
	// DateOf takes the day where t is, not in UTC: late evening in Astana (UTC+5)
	// is still the 13th there, though it is the 13th's afternoon in UTC…
	astana := time.FixedZone("UTC+5", 5*3600)
	if got := DateOf(time.Date(2026, 2, 13, 23, 30, 0, 0, astana)); got != "2026-02-13" {
		t.Errorf("DateOf(23:30 in Astana) = %q", got)
	}
	// …and just after midnight there it is already the 14th, while UTC is on the 13th.
	if got := DateOf(time.Date(2026, 2, 14, 0, 30, 0, 0, astana)); got != "2026-02-14" {
		t.Errorf("DateOf(00:30 in Astana) = %q", got)
	}
}
