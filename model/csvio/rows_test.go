package csvio

import (
	"slices"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
)

func TestGoodPeople(t *testing.T) {
	res := parse(t, People, "\ufeff"+peopleHeader+rows(
		",Мадина Салпенова,8 702 000 11 22,,1985,Университет,karaganda,yes,2026-02-13,,",
		",Temirkhan Nurbol,+7 (708) 333-44-55,7910 2830 2728,1979,KSIU,Карагандинская область,да,13.02.2026,2026-01-10,",
		",Әлия Серікқызы,7011234567,,2001,\"Колледж \"\"Болашақ\"\"\",Астана қаласы,Иә,,2026-01-11T08:00:00+05:00,junk",
		",Dana,87011234568,,2000,,,TRUE,,,"), nil)
	if len(res.Problems) != 0 {
		t.Fatalf("problems: %+v", res.Problems)
	}
	if res.Count(Create) != 4 {
		t.Fatalf("%d created, want 4", res.Count(Create))
	}
	p := res.Rows[1].Record.(*model.Person)
	if p.Phone != "+77083334455" || p.IIN != "791028302728" || p.Region != "karaganda" || !p.Consent ||
		p.ConsentAt != "2026-02-13" || !p.CreatedAt.Equal(time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC)) || p.ID != "" {
		t.Errorf("row 3 read as %+v", p)
	}
	p = res.Rows[2].Record.(*model.Person)
	if p.Organization != `Колледж "Болашақ"` || p.Region != "astana" ||
		!p.CreatedAt.Equal(time.Date(2026, 1, 11, 3, 0, 0, 0, time.UTC)) || p.CreatedAt.Location() != time.UTC {
		t.Errorf("row 4 read as %+v", p)
	}
	if p := res.Rows[0].Record.(*model.Person); !p.CreatedAt.Equal(now) {
		t.Errorf("created_at without a cell is %v, want now", p.CreatedAt)
	}
}

func TestBadPhoneAndIIN(t *testing.T) {
	res := parse(t, People, peopleHeader+rows(
		",Bad Phone,8 999 123,,2000,X,karaganda,yes,,,",
		",Foreign Phone,+7 495 123 45 67,,2000,X,karaganda,yes,,,",
		",Bad IIN,87020007777,791028302729,1979,X,karaganda,yes,,,",
		",Short IIN,87020006666,79102830272,1979,X,karaganda,yes,,,",
		",Year vs IIN,87020005555,791028302728,1980,X,karaganda,yes,,,",
		",Bad year,87020004444,,nineteen,X,karaganda,yes,,,"), nil)
	expectProblems(t, res,
		want{2, "phone", model.ReasonBadPhone},
		want{3, "phone", model.ReasonBadPhone},
		want{4, "iin", model.ReasonBadIIN},
		want{5, "iin", model.ReasonBadIIN},
		want{6, "birth_year", ReasonYearVsIIN},
		want{7, "birth_year", model.ReasonBadNumber})
	if res.Problems[0].Value != "8 999 123" {
		t.Errorf("the bad cell is %q", res.Problems[0].Value)
	}
	if res.BadRows != 6 || len(res.Rows) != 0 {
		t.Errorf("%d bad rows, %d good", res.BadRows, len(res.Rows))
	}
}

func TestConsent(t *testing.T) {
	res := parse(t, People, peopleHeader+rows(
		",No Consent,87020009999,,2000,X,karaganda,no,,,",
		",Нет согласия,87020009998,,2000,X,karaganda,нет,,,",
		",Empty Consent,87020009997,,2000,X,karaganda,,,,",
		",Maybe,87020009996,,2000,X,karaganda,maybe,,,",
		",Minor,87020009995,,2015,X,karaganda,yes,,,",
		",Minor by IIN,87020009994,"+iinBorn(t, "1201015")+",,X,karaganda,yes,,,",
		",Fine Person,87020008888,,2000,X,karaganda,иә,,,"), nil)
	expectProblems(t, res,
		want{2, "consent", ReasonNoConsent},
		want{3, "consent", ReasonNoConsent},
		want{4, "consent", model.ReasonConsentNeeded},
		want{5, "consent", ReasonBadConsent})
	// Minors: the consent in the file is their guardian's.
	if len(res.Rows) != 3 || res.Rows[0].Line != 6 || res.Rows[1].Line != 7 || res.Rows[2].Line != 8 {
		t.Fatalf("good rows %+v", res.Rows)
	}
	for _, r := range res.Rows[:2] {
		if p := r.Record.(*model.Person); !p.GuardianConsent || !p.Consent {
			t.Errorf("line %d: a minor with consent yes: %+v", r.Line, p)
		}
	}
}

func TestUnknownCodes(t *testing.T) {
	res := parse(t, Ideas, ideasHeader+rows(
		",Unknown direction,Fine,space,astana,draft,,,,,1000,,",
		",Unknown region,Fine,bilim,Mars,draft,,,,,1000,,",
		",Ambiguous region,Fine,bilim,Алматы,draft,,,,,1000,,",
		",Unknown status,Fine,bilim,astana,lost,,,,,1000,,",
		",Bad SDGs,Fine,bilim,astana,draft,3;18,,,,1000,,",
		",Region required,Fine,bilim,,draft,,,,,1000,,"), nil)
	expectProblems(t, res,
		want{2, "direction", model.ReasonUnknownCode},
		want{3, "region", model.ReasonUnknownCode},
		want{4, "region", model.ReasonUnknownCode},
		want{5, "status", model.ReasonUnknownCode},
		want{6, "sdgs", ReasonBadSDGs},
		want{7, "region", model.ReasonRequired})
	if a := res.Problems[0].Allowed; !slices.Contains(a, "taza_alem") || len(a) != len(model.Directions()) {
		t.Errorf("allowed directions %v", a)
	}
}

func TestCodesByLabel(t *testing.T) {
	for _, tc := range []struct {
		c    *codes
		in   string
		want string
	}{
		{directionCodes, "taza_alem", "taza_alem"},
		{directionCodes, "Таза әлем", "taza_alem"},
		{directionCodes, "таза алем", "taza_alem"},
		{directionCodes, "Taza Álem", "taza_alem"},
		{directionCodes, "TAZA ALEM (ENVIRONMENT)", "taza_alem"},
		{directionCodes, "экология", "taza_alem"},
		{directionCodes, "Úmit", "umit"},
		{directionCodes, "Другое", "other"},
		{regionCodes, "Қарағанды облысы", "karaganda"},
		{regionCodes, "Қарағанды", "karaganda"},
		{regionCodes, "Карагандинская обл.", "karaganda"},
		{regionCodes, "Karaganda region", "karaganda"},
		{regionCodes, "г. Астана", "astana"},
		{regionCodes, "Almaty Region", "almaty_region"},
		{regionCodes, "almaty", "almaty"},
		{regionCodes, "ALMATY_REGION", "almaty_region"},
		{directionCodes, "Saýlyq", "saulyq"},
		{directionCodes, "саулык", "saulyq"},
		{directionCodes, "Taza Älem", "taza_alem"},
		{regionCodes, "Qaragandy", "karaganda"},
		{regionCodes, "Алматы", ""},       // the city and the region: ambiguous
		{regionCodes, "Жетысу", "jetisu"}, // Russian spelling of Жетісу, folded like search
		{regionCodes, "Saryarka", ""},
		{ideaStatusCodes, "Черновик", "draft"},
		{ideaStatusCodes, "IN PROGRESS", "in_progress"},
		{hoursStatusCodes, "Подтверждено", "verified"},
		{hoursStatusCodes, "расталды", "verified"},
	} {
		got, ok := tc.c.parse(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("parse(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}

// TestLabelsDoNotCollide: after folding, no full label names two codes (such a
// label would silently stop matching).
func TestLabelsDoNotCollide(t *testing.T) {
	for name, c := range map[string]*codes{"direction": directionCodes, "region": regionCodes,
		"idea status": ideaStatusCodes, "hours status": hoursStatusCodes} {
		for label, code := range c.exact {
			if code == "" {
				t.Errorf("%s: the label %q names two codes", name, label)
			}
		}
	}
}

func TestBudgetOfLetters(t *testing.T) {
	res := parse(t, Ideas, ideasHeader+rows(
		",Budget of letters,Fine,bilim,astana,draft,,,,,сорок тысяч,,",
		",Negative budget,Fine,bilim,astana,draft,,,,,-5,,",
		",Grouped budget,Fine,bilim,astana,draft,,,,,\"45 000 ₸\",,"), nil)
	expectProblems(t, res,
		want{2, "budget_kzt", model.ReasonBadNumber},
		want{3, "budget_kzt", model.ReasonNegative})
	if i := res.Rows[0].Record.(*model.Idea); i.BudgetKZT != 45_000 || i.Status != "draft" {
		t.Errorf("read %+v", i)
	}
}

func TestUnknownApplicantAndPerson(t *testing.T) {
	madina := person("Мадина", "+77020001122", "")
	merged := person("Дубль", "+77020003333", "")
	merged.MergedInto = madina.ID
	store := newMem(madina, merged)
	res := parse(t, Ideas, ideasHeader+rows(
		",Known applicant,Fine,bilim,astana,draft,,8 702 000 11 22,,,,,",
		",Unknown applicant,Fine,bilim,astana,draft,,8 701 999 99 99,,,,,",
		",Merged applicant,Fine,bilim,astana,draft,,87020003333,,,,,",
		",No applicant,Fine,bilim,astana,draft,,,Ерлан,Мектеп,,,"), store)
	expectProblems(t, res, want{3, "applicant_phone", ReasonUnknownApplicant})
	for i, r := range res.Rows {
		x := r.Record.(*model.Idea)
		if wantID := []string{madina.ID, madina.ID, ""}[i]; x.ApplicantID != wantID {
			t.Errorf("line %d: applicant %q, want %q", r.Line, x.ApplicantID, wantID)
		}
	}
	if x := res.Rows[2].Record.(*model.Idea); x.ApplicantName != "Ерлан" || x.Organization != "Мектеп" {
		t.Errorf("applicant name and organisation: %+v", x)
	}

	res = parse(t, Hours, hoursHeader+rows(
		",87020001122,2026-02-20,12,Visits,,verified,N. Popova",
		",87019999999,2026-02-20,2,Visits,,,",
		",,2026-02-20,2,Visits,,,"), store)
	expectProblems(t, res,
		want{3, "person_phone", ReasonUnknownPerson},
		want{4, "person_phone", model.ReasonRequired})
}

func TestHoursCells(t *testing.T) {
	i := idea("Идея")
	gone := idea("Жойылған")
	gone.Deleted = true
	store := newMem(person("Мадина", "+77020001122", ""), i, gone)
	res := parse(t, Hours, hoursHeader+rows(
		",87020001122,01.03.2026,\"9,5\",Visits,"+i.ID+",,",
		",87020001122,2026-03-01,9.5,Visits,,Подтверждено,N. Popova",
		",87020001122,2026-03-01,9.3,Visits,,,",
		",87020001122,2026-03-01,nine,Visits,,,",
		",87020001122,2026-02-30,2,Visits,,,",
		",87020001122,2026-03-01,2,Visits,,verified,",
		",87020001122,2026-03-01,2,Visits,"+gone.ID+",,",
		",87020001122,2026-03-01,2,Visits,not-an-id,,"), store)
	expectProblems(t, res,
		want{4, "hours", model.ReasonBadHours},
		want{5, "hours", model.ReasonBadNumber},
		want{6, "date", model.ReasonNoSuchDay}, // 2026-02-30
		want{7, "verified_by", model.ReasonRequired},
		want{8, "idea_id", ReasonUnknownIdea},
		want{9, "idea_id", model.ReasonBadRef})
	h := res.Rows[0].Record.(*model.Hours)
	if h.Hours != 9.5 || h.Date != "2026-03-01" || h.Status != "pending" || h.IdeaID != i.ID || !h.VerifiedAt.IsZero() {
		t.Errorf("line 2 read as %+v", h)
	}
	h = res.Rows[1].Record.(*model.Hours)
	if h.Status != "verified" || !h.VerifiedAt.Equal(now) {
		t.Errorf("line 3 read as %+v", h)
	}
}

func TestDuplicatePeople(t *testing.T) {
	madina := person("Мадина Салпенова", "+77020001122", "")
	nurbol := person("Temirkhan Nurbol", "+77083334455", "791028302728")
	store := newMem(madina, nurbol)
	res := parse(t, People, peopleHeader+rows(
		// A new id with Madina's phone: a duplicate of her.
		model.NewID()+",Someone Else,8 702 000 11 22,,2000,X,karaganda,yes,,,",
		// Nurbol's id with Madina's phone: taken.
		nurbol.ID+",Temirkhan Nurbol,87020001122,,1979,KSIU,karaganda,yes,,,",
		// No id, Madina's phone and Nurbol's IIN: two different people.
		",Mixed,87020001122,791028302728,1979,X,karaganda,yes,,,",
		// No id, Madina's phone: an update of Madina.
		",Мадина Салпенова,+77020001122,,1985,Жаңа ұйым,,,,,",
		// The same phone again in this file.
		",Мадина again,8 (702) 000-11-22,,1985,X,karaganda,yes,,,",
		// A new person, then the same new phone again.
		",New One,87011234567,,2000,X,karaganda,yes,,,",
		",New Two,87011234567,,2000,X,karaganda,yes,,,",
		// No id, Nurbol's IIN and a new phone: an update of Nurbol.
		",Temirkhan Nurbol,87011234599,791028302728,,,,,,,"), store)
	expectProblems(t, res,
		want{2, "phone", ReasonTakenBy},
		want{3, "phone", ReasonTakenBy},
		want{4, "iin", ReasonTakenBy},
		want{6, "phone", ReasonRepeatsLine},
		want{8, "phone", ReasonRepeatsLine})
	if p := res.Problems[0]; p.OtherName != madina.FullName || p.OtherID != madina.ID {
		t.Errorf("taken_by names %q %q, want Madina", p.OtherName, p.OtherID)
	}
	if p := res.Problems[3]; p.OtherLine != 5 {
		t.Errorf("repeats line %d, want 5", p.OtherLine)
	}
	if len(res.Rows) != 3 {
		t.Fatalf("good rows %+v", res.Rows)
	}
	upd := res.Rows[0]
	p := upd.Record.(*model.Person)
	if upd.Action != Update || p.ID != madina.ID || p.Rev != madina.Rev || p.Organization != "Жаңа ұйым" ||
		p.BirthYear != 1985 || p.Region != "karaganda" || p.Notes != madina.Notes || !p.CreatedAt.Equal(madina.CreatedAt) {
		t.Errorf("update of Madina: %v %+v", upd.Action, p)
	}
	if r := res.Rows[2]; r.Action != Update || r.Record.Env().ID != nurbol.ID || r.Record.(*model.Person).Phone != "+77011234599" {
		t.Errorf("update of Nurbol by IIN: %v %+v", r.Action, r.Record)
	}
}

func TestUpdateByID(t *testing.T) {
	i := idea("Кітапхана")
	other := idea("Басқа")
	gone := idea("Жойылған")
	gone.Deleted = true
	store := newMem(i, other, gone)
	fresh := model.NewID()
	created := i.CreatedAt.UTC().Format(time.RFC3339)
	res := parse(t, Ideas, ideasHeader+rows(
		// The same values as stored (upper-case id, as a spreadsheet may write it): unchanged.
		strings.ToUpper(i.ID)+",Кітапхана,Бір жол,bilim,astana,consulting,4,,,,50000,"+created+",2020-01-01T00:00:00Z",
		// A new title and empty cells: updated, the rest kept.
		other.ID+",Жаңа атау,,,,,,,,,,,",
		// An id that is not stored: created with that id.
		fresh+",Жаңа,Fine,bilim,astana,,,,,,,,",
		fresh+",Again,Fine,bilim,astana,,,,,,,,",
		gone.ID+",Back,Fine,bilim,astana,,,,,,,,",
		"12345,Bad id,Fine,bilim,astana,,,,,,,,"), store)
	expectProblems(t, res,
		want{5, "id", ReasonRepeatsLine},
		want{6, "id", ReasonDeleted},
		want{7, "id", ReasonBadID})
	if got := []Action{res.Rows[0].Action, res.Rows[1].Action, res.Rows[2].Action}; !slices.Equal(got, []Action{Unchanged, Update, Create}) {
		t.Fatalf("actions %v", got)
	}
	x := res.Rows[1].Record.(*model.Idea)
	if x.Title != "Жаңа атау" || x.Summary != other.Summary || x.Status != "consulting" || x.BudgetKZT != 50_000 ||
		x.Rev != other.Rev || !slices.Equal(x.SDGs, other.SDGs) {
		t.Errorf("updated idea %+v", x)
	}
	if x := res.Rows[2].Record.(*model.Idea); x.ID != fresh || x.Status != "draft" {
		t.Errorf("created idea %+v", x)
	}
	if n := len(res.Records()); n != 2 {
		t.Errorf("%d records to write, want 2 (the unchanged one is left alone)", n)
	}
}

func TestLineNumbersAfterMultilineCells(t *testing.T) {
	res := parse(t, Ideas, ideasHeader+rows(
		`,Multi,"line one`,
		`line two`,
		`line three",bilim,astana,draft,4,,,,1000,,`,
		`,Bad region,Fine,bilim,Nowhere,draft,4,,,,1000,,`), nil)
	expectProblems(t, res, want{5, "region", model.ReasonUnknownCode})
	if s := res.Rows[0].Record.(*model.Idea).Summary; s != "line one\nline two\nline three" {
		t.Errorf("summary %q", s)
	}
}

func TestControlCharactersRefused(t *testing.T) {
	res := parse(t, Ideas, ideasHeader+rows(",\x1b[31mRed\x1b[0m,Fine,bilim,astana,draft,4,,,,1000,,"), nil)
	expectProblems(t, res, want{2, "title", model.ReasonControlChars})
}

func TestOnlyImportableKinds(t *testing.T) {
	if _, err := Parse(Consultations, []byte("id\n"), Options{}); err == nil {
		t.Error("consultations.csv is export only")
	}
	for _, s := range []string{"ideas", "People", " hours "} {
		if _, ok := ParseImportKind(s); !ok {
			t.Errorf("ParseImportKind(%q) refused", s)
		}
	}
	if _, ok := ParseImportKind("consultations"); ok {
		t.Error("consultations accepted as an import kind")
	}
}

// TestMergedApplicantIsNoChange: an idea whose applicant was merged into
// another person is exported with that person's phone; reading the row back
// leaves the idea as it is instead of writing a new revision.
func TestMergedApplicantIsNoChange(t *testing.T) {
	madina := person("Мадина", "+77020001122", "")
	dup := person("Дубль", "+77020003333", "")
	dup.MergedInto = madina.ID
	i := idea("Кітапхана")
	i.ApplicantID = dup.ID
	other := idea("Басқа")
	other.ApplicantID = dup.ID
	store := newMem(madina, dup, i, other, person("Жаңа", "+77011234567", ""))
	created := i.CreatedAt.UTC().Format(time.RFC3339)
	res := parse(t, Ideas, ideasHeader+rows(
		i.ID+",Кітапхана,Бір жол,bilim,astana,consulting,4,+77020001122,,,50000,"+created+",",
		other.ID+",Басқа,Бір жол,bilim,astana,consulting,4,+77011234567,,,50000,"+created+","), store)
	expectProblems(t, res)
	if res.Rows[0].Action != Unchanged || res.Rows[0].Record.(*model.Idea).ApplicantID != dup.ID {
		t.Errorf("merged applicant named by the survivor's phone: %v %+v", res.Rows[0].Action, res.Rows[0].Record)
	}
	if res.Rows[1].Action != Update || res.Rows[1].Record.(*model.Idea).ApplicantID == dup.ID {
		t.Errorf("another applicant's phone: %v %+v", res.Rows[1].Action, res.Rows[1].Record)
	}
}

// TestStoredDuplicatesAreNoNewClaim: when the store already holds two people
// with one IIN (a duplicate not merged yet), rows that leave them as they are
// read back unchanged; a new person with that IIN is still refused.
func TestStoredDuplicatesAreNoNewClaim(t *testing.T) {
	a := person("Абылай Ерғали", "+77020001122", "791028302728")
	b := person("Абылай Е.", "+77020003333", "791028302728")
	b.BirthYear, a.BirthYear = 1979, 1979
	store := newMem(a, b)
	line := func(p *model.Person) string {
		return strings.Join(PersonRow(p), ",")
	}
	res := parse(t, People, peopleHeader+rows(
		line(a),
		line(b),
		model.NewID()+",Үшінші,87011234567,791028302728,1979,X,karaganda,yes,,,"), store)
	expectProblems(t, res, want{4, "iin", ReasonTakenBy})
	if len(res.Rows) != 2 || res.Rows[0].Action != Unchanged || res.Rows[1].Action != Unchanged {
		t.Errorf("rows %+v", res.Rows)
	}
}

// TestRowWithoutIDIsTheStoredPerson: a row without an id whose phone or IIN
// names someone stored is that person: their name stays and the row's other
// spelling is kept beside it; other cells update; the row is listed with
// what it changed (DESIGN.md §5).
func TestRowWithoutIDIsTheStoredPerson(t *testing.T) {
	iin := iinBorn(t, "0105064")
	stored := person("Айгерім Сәрсенбаева", "+77015551234", "")
	other := person("Данияр Абенов", "+77019998877", iin)
	res := parse(t, People, peopleHeader+rows(
		",Aigerim Sarsenbayeva,8 701 555 12 34,,,ALT University,,yes,,,",
		",Daniyar Abenov,,"+iin+",,,,yes,,,",
	), newMem(stored, other))
	if len(res.Problems) != 0 {
		t.Fatalf("problems: %+v", res.Problems)
	}
	if len(res.Rows) != 2 {
		t.Fatalf("%d rows", len(res.Rows))
	}
	p := res.Rows[0].Record.(*model.Person)
	if p.ID != stored.ID || p.FullName != "Айгерім Сәрсенбаева" || !slices.Equal(p.OtherNames, []string{"Aigerim Sarsenbayeva"}) ||
		p.Organization != "ALT University" || p.Notes != stored.Notes {
		t.Errorf("row 2 made %+v", p)
	}
	m := res.Rows[0].Matched
	if m == nil || m.By != "phone" || m.PersonID != stored.ID || m.Name != "Айгерім Сәрсенбаева" ||
		m.OtherName != "Aigerim Sarsenbayeva" || !slices.Equal(m.Changed, []string{"organization"}) {
		t.Errorf("row 2 listed as %+v", m)
	}
	// Found by IIN.
	if m := res.Rows[1].Matched; m == nil || m.By != "iin" || m.PersonID != other.ID || m.OtherName != "Daniyar Abenov" {
		t.Errorf("row 3 listed as %+v", m)
	}
	if len(res.Matched()) != 2 {
		t.Errorf("Matched() lists %d rows", len(res.Matched()))
	}
	// The same name typed otherwise is no other spelling; the row says
	// nothing new, so nothing is written.
	res = parse(t, People, peopleHeader+rows(",  айгерім   сәрсенбаева ,87015551234,,,,,yes,,,"), newMem(stored))
	if len(res.Rows) != 1 || res.Rows[0].Matched == nil || res.Rows[0].Matched.OtherName != "" || res.Rows[0].Action != Unchanged {
		t.Errorf("the same name typed otherwise: %+v", res.Rows)
	}
}

// TestHoursThatCannotHappen: a person has at most 24 hours a day, the
// store's entries and the file's rows together, and no entry is for a day
// after today or before 2000; each refusal names its line.
func TestHoursThatCannotHappen(t *testing.T) {
	p := person("Мадина", "+77020001122", "")
	stored := model.New(model.KindHours).(*model.Hours)
	stored.ID, stored.Rev, stored.PersonID, stored.Date, stored.Hours, stored.Status = model.NewID(), 1, p.ID, "2026-03-02", 20, "verified"
	stored.VerifiedBy = "N. Popova"
	res := parse(t, Hours, hoursHeader+rows(
		",87020001122,2026-03-01,24,Visits,,verified,N. Popova",
		",87020001122,2026-03-01,24,Visits,,verified,N. Popova",
		",87020001122,2026-03-01,24,Visits,,verified,N. Popova",
		",87020001122,2126-03-01,24,Visits,,verified,N. Popova",
		",87020001122,1999-12-31,2,Visits,,,",
		",87020001122,2026-03-02,4,Visits,,,",
		",87020001122,2026-03-02,4.5,Visits,,,",
		",87020001122,2026-03-03,8,Visits,,rejected,"), newMem(p, stored))
	expectProblems(t, res,
		want{3, "hours", model.ReasonDayOver24},
		want{4, "hours", model.ReasonDayOver24},
		want{5, "date", model.ReasonFutureDate},
		want{6, "date", model.ReasonTooEarly},
		want{8, "hours", model.ReasonDayOver24})
	if len(res.Rows) != 3 {
		t.Errorf("%d good rows, want 3 (lines 2, 7 and 9)", len(res.Rows))
	}
}
