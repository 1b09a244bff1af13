package storage_test

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// almaty is the offices' own time zone (UTC+5), so tests see that stored
// times are UTC whatever the clock's location.
var almaty = time.FixedZone("Asia/Almaty", 5*60*60)

// day0 is the fixed "now" of the tests: a Friday morning at the desk.
var day0 = time.Date(2026, 2, 13, 9, 30, 0, 0, almaty)

// clock is a settable clock for storage.Options.Now, safe to read from the
// store's goroutines while a test moves it.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(t time.Time) *clock { return &clock{t: t} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// openStore opens the store at path with clk as its clock. The returned done
// checks the store (no problems allowed) and closes it; it runs at cleanup too
// and does its work once, so a test may call it early to reopen the file.
func openStore(t testing.TB, path string, clk *clock) (*storage.Store, func()) {
	t.Helper()
	return openStoreWith(t, path, storage.Options{Now: clk.Now})
}

// openStoreWith is openStore with options.
func openStoreWith(t testing.TB, path string, o storage.Options) (*storage.Store, func()) {
	t.Helper()
	s, err := storage.OpenWith(path, o)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	var once sync.Once
	done := func() {
		once.Do(func() {
			if p := s.Check(); len(p) > 0 {
				t.Errorf("check %s before close:\n%s", path, lines(p))
			}
			if err := s.Close(); err != nil {
				t.Errorf("close %s: %v", path, err)
			}
		})
	}
	t.Cleanup(done)
	return s, done
}

// newStore opens a fresh store in a temporary folder with a clock fixed at day0.
func newStore(t testing.TB) (*storage.Store, *clock) {
	t.Helper()
	clk := newClock(day0)
	s, _ := openStore(t, filepath.Join(t.TempDir(), "store.db"), clk)
	s.SetActor("Айгерим")
	return s, clk
}

func lines(ss []string) string {
	out := ""
	for _, s := range ss {
		out += "\t" + s + "\n"
	}
	return out
}

// Record builders: valid records of each kind, made with model.New so the
// kind is set as the app sets it.

func newPerson(name, phone string) *model.Person {
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName = name
	p.Phone = phone
	p.Consent = true
	p.ConsentMethod = "paper"
	p.ConsentAt = "2026-02-13"
	p.Region = "almaty"
	p.CreatedAt = day0.UTC()
	return p
}

func newIdea(title string, status model.IdeaStatus) *model.Idea {
	i := model.New(model.KindIdea).(*model.Idea)
	i.Title = title
	i.Summary = "Бір жолды сипаттама"
	i.Direction = "taza_alem"
	i.Region = "astana"
	i.Status = status
	i.SDGs = []model.SDG{4, 13}
	i.BudgetKZT = 250_000
	i.CreatedAt = day0.UTC()
	return i
}

func newConsultation(personID string, date, followUp model.Date) *model.Consultation {
	c := model.New(model.KindConsultation).(*model.Consultation)
	c.Date = date
	c.DurationMin = 30
	c.Consultant = "Айгерим"
	c.Services = []model.Service{"project_design"}
	c.PersonID = personID
	c.FollowUp = followUp
	return c
}

func newVisit(personID string, date model.Date) *model.Visit {
	v := model.New(model.KindVisit).(*model.Visit)
	v.PersonID = personID
	v.Date = date
	v.ArrivedAt = day0.UTC()
	v.Purpose = model.PurposeVolunteer
	v.State = "waiting"
	return v
}

func newHours(personID string, date model.Date, h float64) *model.Hours {
	x := model.New(model.KindHours).(*model.Hours)
	x.PersonID = personID
	x.Date = date
	x.Hours = h
	x.Activity = "субботник"
	x.Status = "pending"
	return x
}

// validIIN returns a valid IIN of someone born on 1 January 1990 with serial n,
// choosing the check digit the model accepts.
func validIIN(t testing.TB, n int) string {
	t.Helper()
	for serial := n; serial < n+100; serial++ {
		prefix := fmt.Sprintf("9001013%04d", serial%10000)
		for d := 0; d <= 9; d++ {
			if s := fmt.Sprintf("%s%d", prefix, d); model.ValidIIN(s) {
				return s
			}
		}
	}
	t.Fatalf("no valid IIN near serial %d", n)
	return ""
}

// mustCreate creates r or stops the test.
func mustCreate(t testing.TB, s *storage.Store, r model.Record) {
	t.Helper()
	if err := s.Create(r); err != nil {
		t.Fatalf("create %s: %v", r.Env().Kind, err)
	}
}

// mustUpdate updates r or stops the test.
func mustUpdate(t testing.TB, s *storage.Store, r model.Record) {
	t.Helper()
	if err := s.Update(r); err != nil {
		t.Fatalf("update %s %s: %v", r.Env().Kind, r.Env().ID, err)
	}
}

// count returns the live records of kind k or stops the test.
func count(t testing.TB, s *storage.Store, k model.Kind) int {
	t.Helper()
	n, err := s.Count(k)
	if err != nil {
		t.Fatalf("count %s: %v", k, err)
	}
	return n
}

// getIdea reads idea id back or stops the test.
func getIdea(t testing.TB, s *storage.Store, id string) *model.Idea {
	t.Helper()
	i, err := storage.GetAs[*model.Idea](s, model.KindIdea, id)
	if err != nil {
		t.Fatalf("get idea %s: %v", id, err)
	}
	return i
}
