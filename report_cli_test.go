package main

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// reportCLIStore: the contract sample's two ideas (taza_alem and sabaqtastyq,
// both in Karaganda, created in February and March) and two people, with
// 21.5 verified hours, 5 pending and 4 rejected, and a consultation with its
// correction.
func reportCLIStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "fo.db")
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var ids []string
	for i, name := range []string{"Айгерім Сейтқали", "Temirkhan Abenov"} {
		p := model.New(model.KindPerson).(*model.Person)
		p.FullName, p.Consent, p.Region = name, true, "karaganda"
		p.CreatedAt = time.Date(2026, 2, 1+i, 12, 0, 0, 0, time.UTC)
		if err := s.Create(p); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	var ideaIDs []string
	for i, dir := range []model.Direction{"taza_alem", "sabaqtastyq"} {
		idea := model.New(model.KindIdea).(*model.Idea)
		idea.Title, idea.Direction, idea.Region, idea.Status = "Идея", dir, "karaganda", []model.IdeaStatus{"draft", "consulting"}[i]
		idea.SDGs = []model.SDG{[]model.SDG{11, 3}[i], 15}
		idea.CreatedAt = time.Date(2026, time.Month(2+i), 10, 12, 0, 0, 0, time.UTC)
		if err := s.Create(idea); err != nil {
			t.Fatal(err)
		}
		ideaIDs = append(ideaIDs, idea.ID)
	}
	for _, h := range []struct {
		p      int
		date   model.Date
		hours  float64
		status model.HoursStatus
	}{{0, "2026-02-20", 12, "verified"}, {0, "2026-03-01", 9.5, "verified"}, {1, "2026-03-05", 5, "pending"}, {1, "2026-03-06", 4, "rejected"}} {
		x := model.New(model.KindHours).(*model.Hours)
		x.PersonID, x.Date, x.Hours, x.Status = ids[h.p], h.date, h.hours, h.status
		if h.status == "verified" {
			x.VerifiedBy = "N. Popova"
		}
		if err := s.Create(x); err != nil {
			t.Fatal(err)
		}
	}
	c := model.New(model.KindConsultation).(*model.Consultation)
	c.Date, c.Consultant, c.Services, c.PersonID, c.IdeaID = "2026-03-11", "N. Popova", []model.Service{"methodology"}, ids[1], ideaIDs[1]
	if err := s.LogConsultation(c); err != nil {
		t.Fatal(err)
	}
	fix := *c
	fix.Services = []model.Service{"grant_writing", "methodology"}
	if err := s.Supersede(c.ID, &fix); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestReportCommandJSON(t *testing.T) {
	db := reportCLIStore(t)
	code, out, errs := runCLI(t, "report", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var j struct {
		People        int               `json:"people"`
		Ideas         int               `json:"ideas"`
		ByDirection   map[string]int    `json:"ideas_by_direction"`
		ByRegion      map[string]int    `json:"ideas_by_region"`
		ByStatus      map[string]int    `json:"ideas_by_status"`
		BySDG         map[string]int    `json:"ideas_by_sdg"`
		ByService     map[string]int    `json:"consultations_by_service"`
		Consultations int               `json:"consultations"`
		VerifiedHours float64           `json:"verified_hours"`
		PendingHours  float64           `json:"pending_hours"`
		Volunteers    int               `json:"volunteers"`
		Months        []map[string]any  `json:"hours_by_month"`
		Funnel        map[string]int    `json:"funnel"`
		Reach         map[string]any    `json:"reach_by_target_group"`
		Filter        map[string]string `json:"filter"`
		Unknown       map[string]any    `json:"-"`
	}
	if err := json.Unmarshal([]byte(out), &j); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if j.People != 2 || j.Ideas != 2 || j.ByDirection["taza_alem"] != 1 || j.ByDirection["sabaqtastyq"] != 1 ||
		j.ByRegion["karaganda"] != 2 || j.ByStatus["draft"] != 1 || j.ByStatus["consulting"] != 1 || j.BySDG["15"] != 2 {
		t.Errorf("ideas: %+v", j)
	}
	if len(j.ByDirection) != 8 || len(j.ByRegion) != 20 || len(j.ByStatus) != 9 || len(j.BySDG) != 17 || len(j.ByService) != 6 {
		t.Errorf("every code should be there, zeros too: %d %d %d %d %d", len(j.ByDirection), len(j.ByRegion), len(j.ByStatus), len(j.BySDG), len(j.ByService))
	}
	if j.Consultations != 1 || j.ByService["methodology"] != 1 || j.ByService["grant_writing"] != 1 {
		t.Errorf("consultations (the correction only): %d %v", j.Consultations, j.ByService)
	}
	if j.VerifiedHours != 21.5 || j.PendingHours != 5 || j.Volunteers != 1 || len(j.Months) != 2 {
		t.Errorf("hours: %v %v %d %v", j.VerifiedHours, j.PendingHours, j.Volunteers, j.Months)
	}
	if j.Funnel["draft"] != 2 || j.Funnel["ready"] != 0 || len(j.Funnel) != 4 {
		t.Errorf("funnel: %v", j.Funnel)
	}
}

func TestReportCommandCSV(t *testing.T) {
	db := reportCLIStore(t)
	code, out, errs := runCLI(t, "report", "--db", db, "--format", "csv", "--lang", "ru")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.HasPrefix(out, "\ufeffsection,code,label,value\r\n") {
		t.Fatalf("BOM and header: %q", out[:min(len(out), 60)])
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range rows[1:] {
		got[r[0]+"/"+r[1]] = r[2] + "=" + r[3]
	}
	for k, want := range map[string]string{
		"totals/people":                        "Люди=2",
		"totals/verified_hours":                "Подтверждённые часы=21.5",
		"ideas_by_region/karaganda":            "Карагандинская область=2",
		"ideas_by_region/astana":               "город Астана=0",
		"ideas_by_sdg/15":                      "15 Сохранение экосистем суши=2",
		"consultations_by_service/methodology": "Методическая помощь в планировании проекта=1",
		"verified_hours_by_month/2026-03":      "2026-03=9.5",
		"volunteers_by_month/2026-02":          "2026-02=1",
		"funnel/draft":                         "Черновик=2",
		"reach_planned/children":               "Дети=0",
	} {
		if got[k] != want {
			t.Errorf("%s = %q, want %q", k, got[k], want)
		}
	}
}

func TestReportCommandText(t *testing.T) {
	db := reportCLIStore(t)
	code, out, _ := runCLI(t, "report", "--db", db, "--lang", "kk")
	if code != 0 || !strings.HasPrefix(out, "Есеп · барлық күндер · барлық өңірлер · барлық бағыттар\n") ||
		!strings.Contains(out, "Идеялар бағыт бойынша") || !strings.Contains(out, "Қарағанды облысы 2 ████") ||
		!strings.Contains(out, "21,5") {
		t.Errorf("text: %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, "report", "--db", db, "--lang", "en", "--format", "text", "--direction", "Taza Álem (environment)")
	if code != 0 || !strings.Contains(out, "Report · all dates · all regions · Taza Álem (environment)\n") ||
		!strings.Contains(out, "does not narrow people") {
		t.Errorf("text with a direction: %d\n%s", code, out)
	}
}

func TestReportCommandFilters(t *testing.T) {
	db := reportCLIStore(t)
	get := func(args ...string) map[string]any {
		t.Helper()
		code, out, errs := runCLI(t, append([]string{"report", "--db", db, "--format", "json"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d %s", args, code, errs)
		}
		var j map[string]any
		if err := json.Unmarshal([]byte(out), &j); err != nil {
			t.Fatal(err)
		}
		return j
	}
	j := get("--from", "01.03.2026", "--to", "2026-03-31")
	if j["ideas"] != 1.0 || j["people"] != 0.0 || j["verified_hours"] != 9.5 || j["pending_hours"] != 5.0 || j["consultations"] != 1.0 {
		t.Errorf("March: %v", j)
	}
	j = get("--direction", "taza_alem", "--region", "Карагандинская область")
	if j["ideas"] != 1.0 || j["people"] != 2.0 || j["consultations"] != 0.0 || j["verified_hours"] != 0.0 {
		t.Errorf("taza_alem in Karaganda: %v", j)
	}
	if f := j["filter"].(map[string]any); f["region"] != "karaganda" || f["direction"] != "taza_alem" {
		t.Errorf("the filter is echoed: %v", f)
	}
	j = get("--region", "astana")
	if j["ideas"] != 0.0 || j["people"] != 0.0 {
		t.Errorf("astana: %v", j)
	}

	for _, args := range [][]string{
		{"--format", "xml"}, {"--from", "31.02.2026"}, {"--from", "2026-03-02", "--to", "2026-03-01"},
		{"--region", "narnia"}, {"--direction", "space"}, {"extra"},
	} {
		code, out, errs := runCLI(t, append([]string{"report", "--db", db, "--lang", "en"}, args...)...)
		if code != 2 || out != "" || errs == "" {
			t.Errorf("%v: exit %d, want 2 with a message (%q)", args, code, errs)
		}
	}
	code, _, errs := runCLI(t, "report", "--db", db, "--lang", "en", "--region", "narnia")
	if code != 2 || !strings.Contains(errs, `--region "narnia": no such region`) {
		t.Errorf("region message: %q", errs)
	}
}

// TestReportSameNumbers: the text, CSV and JSON outputs give the same totals.
func TestReportSameNumbers(t *testing.T) {
	db := reportCLIStore(t)
	_, js, _ := runCLI(t, "report", "--db", db, "--format", "json")
	_, cs, _ := runCLI(t, "report", "--db", db, "--format", "csv")
	var j map[string]any
	if err := json.Unmarshal([]byte(js), &j); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(cs, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	totals := map[string]string{}
	for _, r := range rows {
		if r[0] == "totals" {
			totals[r[1]] = r[3]
		}
	}
	for _, k := range []string{"people", "ideas", "consultations", "volunteers", "verified_hours", "pending_hours"} {
		v, _ := json.Marshal(j[k])
		if totals[k] != string(v) {
			t.Errorf("%s = %s in JSON, %q in CSV", k, v, totals[k])
		}
	}
}

// officeStores: desk A (2 people, an idea, 12 verified hours) and desk B
// (1 person, a consultation), each with its office named; B has imported A's
// bundle. It returns B's store and the two office ids.
func officeStores(t *testing.T, nameA, nameB string) (dbB, idA, idB string) {
	t.Helper()
	dir := t.TempDir()
	open := func(name, office string) (*storage.Store, string) {
		db := filepath.Join(dir, name)
		s, err := storage.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		o, err := s.Office()
		if err != nil {
			t.Fatal(err)
		}
		o.Name = office
		if err := s.SaveOffice(o); err != nil {
			t.Fatal(err)
		}
		return s, db
	}
	person := func(s *storage.Store, name, phone string) *model.Person {
		p := model.New(model.KindPerson).(*model.Person)
		p.FullName, p.Phone, p.Consent, p.Region = name, phone, true, "karaganda"
		if err := s.Create(p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a, dbA := open("a.db", nameA)
	p := person(a, "Айгерім Сейтқали", "+77011110001")
	person(a, "Temirkhan Abenov", "+77011110002")
	idea := model.New(model.KindIdea).(*model.Idea)
	idea.Title, idea.Direction, idea.Region, idea.Status = "Идея", "taza_alem", "karaganda", "draft"
	if err := a.Create(idea); err != nil {
		t.Fatal(err)
	}
	h := model.New(model.KindHours).(*model.Hours)
	h.PersonID, h.Date, h.Hours, h.Status, h.VerifiedBy = p.ID, "2026-02-20", 12, "verified", "N. Popova"
	if err := a.Create(h); err != nil {
		t.Fatal(err)
	}
	idA = a.OfficeID()
	a.Close()
	b, dbB := open("b.db", nameB)
	q := person(b, "Ольга Петрова", "+77011110003")
	c := model.New(model.KindConsultation).(*model.Consultation)
	c.Date, c.Consultant, c.Services, c.PersonID = "2026-03-11", "N. Popova", []model.Service{"methodology"}, q.ID
	if err := b.LogConsultation(c); err != nil {
		t.Fatal(err)
	}
	idB = b.OfficeID()
	b.Close()
	bundleA := filepath.Join(dir, "a.fob")
	if code, _, errs := runCLI(t, "export", "--db", dbA, "--out", bundleA); code != 0 {
		t.Fatalf("export: %s", errs)
	}
	if code, _, errs := runCLI(t, "import", "--trust", "--db", dbB, bundleA); code != 0 {
		t.Fatalf("import: %s", errs)
	}
	return dbB, idA, idB
}

// TestReportCommandOffice: after B imports A's bundle, B's report counts
// both offices with a breakdown (this office first); --office by name (any
// case, spaces trimmed) or id narrows to one; an unknown or ambiguous office
// is a usage error listing the known ones, in each language.
func TestReportCommandOffice(t *testing.T) {
	db, idA, idB := officeStores(t, "Desk  A", "Рабочее место Б")
	get := func(args ...string) map[string]any {
		t.Helper()
		code, out, errs := runCLI(t, append([]string{"report", "--db", db, "--format", "json"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d %s", args, code, errs)
		}
		var j map[string]any
		if err := json.Unmarshal([]byte(out), &j); err != nil {
			t.Fatal(err)
		}
		return j
	}
	j := get()
	if j["people"] != 3.0 || j["ideas"] != 1.0 || j["consultations"] != 1.0 || j["verified_hours"] != 12.0 {
		t.Errorf("whole report: %v", j)
	}
	rows := j["by_office"].([]any)
	wantRows := []map[string]any{
		{"office_id": idB, "office_name": "Рабочее место Б", "this_office": true, "people": 1.0, "ideas": 0.0, "consultations": 1.0, "volunteers": 0.0, "verified_hours": 0.0},
		{"office_id": idA, "office_name": "Desk  A", "people": 2.0, "ideas": 1.0, "consultations": 0.0, "volunteers": 1.0, "verified_hours": 12.0},
	}
	if len(rows) != 2 || !reflect.DeepEqual(rows[0], wantRows[0]) || !reflect.DeepEqual(rows[1], wantRows[1]) {
		t.Errorf("by_office:\n%v\nwant\n%v", rows, wantRows)
	}
	for _, c := range []struct {
		office                  string
		id, name                string
		people, ideas, consults float64
		hours                   float64
	}{
		{"  desk a ", idA, "Desk  A", 2, 1, 0, 12},
		{strings.ToUpper(idA), idA, "Desk  A", 2, 1, 0, 12},
		{"рабочее МЕСТО б", idB, "Рабочее место Б", 1, 0, 1, 0},
		{idB, idB, "Рабочее место Б", 1, 0, 1, 0},
	} {
		j := get("--office", c.office)
		if j["people"] != c.people || j["ideas"] != c.ideas || j["consultations"] != c.consults || j["verified_hours"] != c.hours {
			t.Errorf("--office %q: %v", c.office, j)
		}
		if f := j["filter"].(map[string]any); f["office"] != c.id || f["office_name"] != c.name {
			t.Errorf("--office %q: filter %v", c.office, f)
		}
		if len(j["by_office"].([]any)) != 2 {
			t.Errorf("--office %q: the breakdown should still show both: %v", c.office, j["by_office"])
		}
	}

	// Text and CSV carry the breakdown and the office chosen.
	code, out, _ := runCLI(t, "report", "--db", db, "--lang", "en", "--office", "desk a")
	if code != 0 || !strings.HasPrefix(out, "Report · Desk  A · all dates · all regions · all directions\n") ||
		!strings.Contains(out, "By office: Рабочее место Б · this office") || !strings.Contains(out, "By office: Desk  A") {
		t.Errorf("text: %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, "report", "--db", db, "--lang", "ru", "--format", "csv")
	for _, w := range []string{"office_people," + idA + ",Desk  A,2\r\n", "office_verified_hours," + idA + ",Desk  A,12\r\n",
		"office_consultations," + idB + ",Рабочее место Б · этот офис,1\r\n"} {
		if code != 0 || !strings.Contains(out, w) {
			t.Errorf("csv lacks %q:\n%s", w, out)
		}
	}

	// Unknown: exit 2, nothing on stdout, the known offices listed.
	for _, lang := range []string{"kk", "ru", "en"} {
		code, out, errs := runCLI(t, "report", "--db", db, "--lang", lang, "--office", "Almaty")
		sentence := map[string]string{"kk": "мұндай атаулы не id-і бар кеңсе жоқ", "ru": "нет офиса с таким названием или id", "en": "no office here has that name or id"}[lang]
		if code != 2 || out != "" || !strings.Contains(errs, `--office "Almaty"`) || !strings.Contains(errs, sentence) ||
			!strings.Contains(errs, "Desk  A  "+idA) || !strings.Contains(errs, "Рабочее место Б · ") || !strings.Contains(errs, idB) {
			t.Errorf("%s unknown office: exit %d %q\n%s", lang, code, out, errs)
		}
	}
}

// TestReportCommandOfficeAmbiguous: two offices of one name cannot be told
// apart by it: a usage error asking for the id, which then works.
func TestReportCommandOfficeAmbiguous(t *testing.T) {
	db, idA, idB := officeStores(t, "Desk", "DESK")
	code, out, errs := runCLI(t, "report", "--db", db, "--lang", "en", "--office", "desk")
	if code != 2 || out != "" || !strings.Contains(errs, "more than one office has that name; give its id") ||
		!strings.Contains(errs, idA) || !strings.Contains(errs, idB) {
		t.Errorf("ambiguous: exit %d %q\n%s", code, out, errs)
	}
	if code, _, errs := runCLI(t, "report", "--db", db, "--office", idA); code != 0 {
		t.Errorf("by id: exit %d %s", code, errs)
	}
}
