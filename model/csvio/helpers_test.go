package csvio

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
)

// now is the tests' today: a Friday at the desk.
var now = time.Date(2026, 3, 20, 9, 30, 0, 0, time.UTC) // after the hours the tests log

// memStore is a Lookup over records kept in memory. Like the real store it
// hands out a fresh copy on every call.
type memStore struct {
	recs map[string]model.Record // kind/id → record
}

func newMem(rs ...model.Record) *memStore {
	m := &memStore{recs: map[string]model.Record{}}
	for _, r := range rs {
		env := r.Env()
		if env.ID == "" {
			env.ID = model.NewID()
		}
		if env.Rev == 0 {
			env.Rev = 1
		}
		m.recs[string(env.Kind)+"/"+env.ID] = r
	}
	return m
}

func clone(r model.Record) model.Record {
	data, err := json.Marshal(r)
	if err != nil {
		panic(err)
	}
	c := model.New(r.Env().Kind)
	if err := json.Unmarshal(data, c); err != nil {
		panic(err)
	}
	return c
}

func (m *memStore) Record(k model.Kind, id string) (model.Record, error) {
	if r, ok := m.recs[string(k)+"/"+id]; ok {
		return clone(r), nil
	}
	return nil, nil
}

func (m *memStore) person(match func(*model.Person) bool) *model.Person {
	for _, r := range m.recs {
		if p, ok := r.(*model.Person); ok && !p.Deleted && match(p) {
			return clone(p).(*model.Person)
		}
	}
	return nil
}

func (m *memStore) PersonByPhone(phone string) (*model.Person, error) {
	return m.person(func(p *model.Person) bool { return p.Phone == phone }), nil
}

func (m *memStore) PersonByIIN(iin string) (*model.Person, error) {
	return m.person(func(p *model.Person) bool { return p.IIN == iin }), nil
}

func (m *memStore) DayHours(personID string, d model.Date, except string) (float64, error) {
	var hs []*model.Hours
	for _, r := range m.recs {
		if h, ok := r.(*model.Hours); ok && h.PersonID == personID {
			hs = append(hs, h)
		}
	}
	return model.DayTotal(hs, d, except), nil
}

// person is a valid stored adult.
func person(name, phone, iin string) *model.Person {
	p := model.New(model.KindPerson).(*model.Person)
	p.ID, p.Rev = model.NewID(), 3
	p.FullName, p.Phone, p.IIN = name, phone, iin
	p.Consent, p.ConsentMethod, p.Region = true, "paper", "karaganda"
	p.Notes = "заметка, которой нет в CSV"
	p.CreatedAt = now.Add(-48 * time.Hour)
	return p
}

// idea is a valid stored idea.
func idea(title string) *model.Idea {
	i := model.New(model.KindIdea).(*model.Idea)
	i.ID, i.Rev = model.NewID(), 2
	i.Title, i.Summary, i.Direction, i.Region, i.Status = title, "Бір жол", "bilim", "astana", "consulting"
	i.SDGs, i.BudgetKZT = []model.SDG{4}, 50_000
	i.CreatedAt = now.Add(-24 * time.Hour)
	return i
}

const (
	peopleHeader = "id,full_name,phone,iin,birth_year,organization,region,consent,consent_at,created_at,updated_at\n"
	ideasHeader  = "id,title,summary,direction,region,status,sdgs,applicant_phone,applicant_name,organization,budget_kzt,created_at,updated_at\n"
	hoursHeader  = "id,person_phone,date,hours,activity,idea_id,status,verified_by\n"
)

// parse runs Parse on text with the store l (nil: empty) or stops the test.
func parse(t *testing.T, k Kind, text string, l Lookup) *Result {
	t.Helper()
	res, err := Parse(k, []byte(text), Options{Lookup: l, Now: now})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return res
}

// want is a problem as a test expects it: line, column and reason.
type want struct {
	line   int
	column string
	reason model.Reason
}

// expectProblems fails unless res has exactly these problems, in this order.
func expectProblems(t *testing.T, res *Result, ws ...want) {
	t.Helper()
	var got []want
	for _, p := range res.Problems {
		got = append(got, want{p.Line, p.Column, p.Reason})
	}
	if len(got) != len(ws) {
		t.Fatalf("problems %+v, want %+v", got, ws)
	}
	for i := range ws {
		if got[i] != ws[i] {
			t.Errorf("problem %d is %+v, want %+v (all: %+v)", i, got[i], ws[i], got)
		}
	}
}

// rows joins CSV lines, each ended by a newline.
func rows(lines ...string) string { return strings.Join(lines, "\n") + "\n" }

// iinBorn returns a valid IIN whose first seven digits are prefix (YYMMDD and
// the century digit), choosing a serial and check digit the model accepts.
func iinBorn(t *testing.T, prefix string) string {
	t.Helper()
	for serial := 0; serial < 1000; serial++ {
		for d := 0; d <= 9; d++ {
			if s := fmt.Sprintf("%s%04d%d", prefix, serial, d); model.ValidIIN(s) {
				return s
			}
		}
	}
	t.Fatalf("no valid IIN starts with %s", prefix)
	return ""
}
