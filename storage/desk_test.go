package storage_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/storage"
)

func TestQueueTransitions(t *testing.T) {
	s, clk := newStore(t)
	a := newPerson("Айгерім", "+77011110001")
	b := newPerson("Бауыржан", "+77011110002")
	mustCreate(t, s, a)
	mustCreate(t, s, b)
	va, err := s.StartVisit(a.ID, model.PurposeVolunteer, clk.Now())
	if err != nil {
		t.Fatal(err)
	}
	clk.Add(3 * time.Minute)
	vb, err := s.StartVisit(b.ID, "grant_writing", clk.Now())
	if err != nil {
		t.Fatal(err)
	}
	today := model.DateOf(day0)
	vs, err := s.Visits(today)
	if err != nil || len(vs) != 2 || vs[0].ID != va.ID || vs[1].ID != vb.ID || vs[0].State != model.VisitWaiting {
		t.Fatalf("queue in arrival order: %+v %v", vs, err)
	}

	clk.Add(5 * time.Minute)
	v, err := s.MoveVisit(va.ID, model.VisitWithConsultant, "Ольга", clk.Now())
	if err != nil || v.Consultant != "Ольга" || !v.ServedAt.Equal(clk.Now().UTC()) || v.ServedAt.Sub(v.ArrivedAt) != 8*time.Minute {
		t.Fatalf("serve: %+v %v", v, err)
	}
	clk.Add(20 * time.Minute)
	if v, err = s.MoveVisit(va.ID, model.VisitDone, "", clk.Now()); err != nil || v.DoneAt.IsZero() || v.Consultant != "Ольга" {
		t.Fatalf("done: %+v %v", v, err)
	}
	if v, err = s.MoveVisit(vb.ID, model.VisitLeft, "", clk.Now()); err != nil || v.State != model.VisitLeft || !v.ServedAt.IsZero() {
		t.Fatalf("left: %+v %v", v, err)
	}
	// Undo: back to waiting clears who served and when.
	if v, err = s.MoveVisit(vb.ID, model.VisitWaiting, "", clk.Now()); err != nil || !v.DoneAt.IsZero() || v.Consultant != "" {
		t.Fatalf("back to waiting: %+v %v", v, err)
	}
	counts, err := s.QueueCounts(today)
	if err != nil || counts[model.VisitDone] != 1 || counts[model.VisitWaiting] != 1 {
		t.Fatalf("counts %v %v", counts, err)
	}
	if _, err := s.MoveVisit(va.ID, "nowhere", "", clk.Now()); err == nil {
		t.Fatal("an unknown state was accepted")
	}
	if h, _ := s.History(model.KindVisit, va.ID); len(h) != 2 {
		t.Fatalf("each move is a revision: %d in history", len(h))
	}
}

func TestTimelineNewestFirst(t *testing.T) {
	s, clk := newStore(t)
	p := newPerson("Айгерім", "+77011110001")
	mustCreate(t, s, p)
	other := newPerson("Ержан", "+77011110009")
	mustCreate(t, s, other)
	mustCreate(t, s, newHours(p.ID, "2026-01-05", 2))
	mustCreate(t, s, newConsultation(p.ID, "2026-01-20", ""))
	idea := newIdea("Ерікті команда", "draft")
	idea.ApplicantID = other.ID
	idea.Team = []model.TeamMember{{PersonID: p.ID, Name: "Айгерім"}}
	idea.CreatedAt = time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC)
	mustCreate(t, s, idea)
	if _, err := s.StartVisit(p.ID, model.PurposeOther, clk.Now()); err != nil {
		t.Fatal(err)
	}
	tl, err := s.Timeline(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, r := range tl {
		kinds = append(kinds, string(r.Env().Kind))
	}
	if got := strings.Join(kinds, ","); got != "visit,consultation,idea,hours" {
		t.Fatalf("timeline %s", got)
	}
}

// mergeFixture is two records of one person, the second with a visit,
// hours, a consultation, an idea of their own and a place in another's team.
func mergeFixture(t *testing.T) (s *storage.Store, keep, drop *model.Person, ideaOwn, ideaTeam *model.Idea) {
	t.Helper()
	s, clk := newStore(t)
	keep = newPerson("Айгерім Сейтқали", "+77011110001")
	drop = newPerson("Айгерим Сейткали", "+77011110002")
	drop.IIN = validIIN(t, 7)
	mustCreate(t, s, keep)
	mustCreate(t, s, drop)
	if _, err := s.StartVisit(drop.ID, model.PurposeVolunteer, clk.Now()); err != nil {
		t.Fatal(err)
	}
	mustCreate(t, s, newHours(drop.ID, "2026-02-10", 3))
	mustCreate(t, s, newConsultation(drop.ID, "2026-02-11", ""))
	ideaOwn = newIdea("Кітап жинау", "draft")
	ideaOwn.ApplicantID = drop.ID
	mustCreate(t, s, ideaOwn)
	ideaTeam = newIdea("Таза әлем", "draft")
	ideaTeam.ApplicantID = keep.ID
	ideaTeam.Team = []model.TeamMember{{PersonID: keep.ID, Name: "A"}, {PersonID: drop.ID, Name: "B"}}
	mustCreate(t, s, ideaTeam)
	return s, keep, drop, ideaOwn, ideaTeam
}

func TestMergeAndUndo(t *testing.T) {
	s, keep, drop, ideaOwn, ideaTeam := mergeFixture(t)
	before, _ := s.Timeline(drop.ID)
	moved, err := s.MergePeople(keep.ID, drop.ID)
	if err != nil {
		t.Fatal(err)
	}
	if moved != 5 {
		t.Fatalf("moved %d, want 5 (visit, hours, consultation, applicant, team place)", moved)
	}
	if tl, _ := s.Timeline(drop.ID); len(tl) != 0 {
		t.Fatalf("the merged-away person still has %d records", len(tl))
	}
	if tl, _ := s.Timeline(keep.ID); len(tl) != len(before) { // the team idea was both of theirs
		t.Fatalf("kept person has %d records", len(tl))
	}
	got, _ := storage.GetAs[*model.Person](s, model.KindPerson, drop.ID)
	if !got.Deleted || got.MergedInto != keep.ID || len(got.MergeMoved) != 5 {
		t.Fatalf("drop after merge: %+v", got)
	}
	// The merged-away phone and IIN lead to the kept person (the desk never
	// registers them twice), and the kept person's history shows the merge.
	if p, err := s.PersonByPhone(drop.Phone); err != nil || p.ID != keep.ID {
		t.Fatalf("the merged-away phone: %v %v", p, err)
	}
	if p, err := s.PersonByIIN(drop.IIN); err != nil || p.ID != keep.ID {
		t.Fatalf("the merged-away IIN: %v %v", p, err)
	}
	if k := getPerson(t, s, keep.ID); len(k.MergedFrom) != 1 || k.MergedFrom[0] != drop.ID {
		t.Fatalf("kept person after merge: %+v", k)
	}
	if hist, _ := s.History(model.KindPerson, keep.ID); len(hist) != 1 {
		t.Fatalf("the merge is not a revision of the kept person: %d in history", len(hist))
	}
	if i := getIdea(t, s, ideaTeam.ID); i.Team[1].PersonID != keep.ID || i.Team[0].PersonID != keep.ID {
		t.Fatalf("team after merge: %+v", i.Team)
	}
	if hist, _ := s.History(model.KindIdea, ideaOwn.ID); len(hist) != 1 || hist[0].(*model.Idea).ApplicantID != drop.ID {
		t.Fatalf("the idea's history should keep the applicant before the merge: %+v", hist)
	}
	if n := count(t, s, model.KindPerson); n != 1 {
		t.Fatalf("%d people after merge", n)
	}
	for _, q := range []string{"8 701 111 00 02", drop.IIN} { // the merged-away phone and IIN
		if got := searchIDs(t, s, q, model.KindPerson); len(got) != 1 || got[0] != keep.ID {
			t.Fatalf("search %q after merge: %v", q, got)
		}
	}
	x, _ := s.Search(context.Background())
	if r, _ := x.Search(context.Background(), search.Query{Text: "Сейткали", Filter: search.Filter{Kind: model.KindPerson}}); r.Total != 1 || r.Hits[0].ID != keep.ID {
		t.Fatalf("search after merge: %+v", r.Hits)
	}

	if err := s.UndoMerge(drop.ID); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Timeline(drop.ID)
	if len(after) != len(before) {
		t.Fatalf("undo gave back %d records, had %d", len(after), len(before))
	}
	if i := getIdea(t, s, ideaTeam.ID); i.Team[1].PersonID != drop.ID || i.Team[0].PersonID != keep.ID {
		t.Fatalf("team after undo: %+v", i.Team)
	}
	if i := getIdea(t, s, ideaOwn.ID); i.ApplicantID != drop.ID {
		t.Fatalf("applicant after undo: %s", i.ApplicantID)
	}
	got, _ = storage.GetAs[*model.Person](s, model.KindPerson, drop.ID)
	if got.Deleted || got.MergedInto != "" || got.MergeMoved != nil {
		t.Fatalf("drop after undo: %+v", got)
	}
	if p, err := s.PersonByPhone(drop.Phone); err != nil || p.ID != drop.ID {
		t.Fatalf("phone after undo: %v %v", p, err)
	}
	if k := getPerson(t, s, keep.ID); k.MergedFrom != nil {
		t.Fatalf("kept person after undo: %+v", k.MergedFrom)
	}
	if err := s.UndoMerge(drop.ID); err == nil {
		t.Fatal("a second undo was accepted")
	}
}

func TestMergeRefusals(t *testing.T) {
	s, keep, drop, _, _ := mergeFixture(t)
	if _, err := s.MergePeople(keep.ID, keep.ID); err == nil {
		t.Fatal("merging a person with themselves was accepted")
	}
	if _, err := s.MergePeople(keep.ID, drop.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.MergePeople(keep.ID, drop.ID); !errors.Is(err, storage.ErrNotPermitted) {
		t.Fatalf("merging a merged person again: %v", err)
	}
	// Someone took the merged-away phone meanwhile: undo cannot give it back.
	mustCreate(t, s, newPerson("Жаңа адам", drop.Phone))
	if err := s.UndoMerge(drop.ID); !errors.Is(err, storage.ErrExists) {
		t.Fatalf("undo with the phone taken: %v", err)
	}
}

func TestWithdrawConsentErasesEverywhere(t *testing.T) {
	s, clk := newStore(t)
	p := newPerson("Айгерім Сейтқали", "+77011110001")
	p.IIN = validIIN(t, 3)
	p.Notes = "телефон әкесінің"
	mustCreate(t, s, p)
	p.Organization = "KSIU"
	mustUpdate(t, s, p)
	if _, err := s.StartVisit(p.ID, model.PurposeOther, clk.Now()); err != nil {
		t.Fatal(err)
	}
	if err := s.WithdrawConsent(p.ID); err != nil {
		t.Fatal(err)
	}
	got, _ := storage.GetAs[*model.Person](s, model.KindPerson, p.ID)
	if got.FullName != "А. С." || got.Phone != "" || got.IIN != "" || got.Notes != "" || got.Consent || got.ConsentWithdrawn == "" {
		t.Fatalf("after withdrawal: %+v", got)
	}
	if got.Organization != "KSIU" || got.Region != p.Region {
		t.Fatalf("what reports count should stay: %+v", got)
	}
	hist, _ := s.History(model.KindPerson, p.ID)
	if len(hist) != 2 {
		t.Fatalf("%d revisions in history", len(hist))
	}
	for _, h := range hist {
		hp := h.(*model.Person)
		if hp.Phone != "" || hp.IIN != "" || strings.Contains(hp.FullName, "Айгерім") || hp.Notes != "" {
			t.Fatalf("history still holds personal data: %+v", hp)
		}
	}
	if _, err := s.PersonByPhone("+77011110001"); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("phone still finds the person: %v", err)
	}
	x, _ := s.Search(context.Background())
	if r, _ := x.Search(context.Background(), search.Query{Text: "Айгерім"}); r.Total != 0 {
		t.Fatalf("search still finds the name: %+v", r.Hits)
	}
	if n := count(t, s, model.KindPerson); n != 1 {
		t.Fatalf("the anonymous person should still count: %d", n)
	}
	if vs, _ := s.Visits(model.DateOf(day0)); len(vs) != 1 {
		t.Fatalf("visits: %d", len(vs))
	}
}

func TestSummaryCountsTheQueue(t *testing.T) {
	s, clk := newStore(t)
	for i, name := range []string{"А", "Б", "В"} {
		p := newPerson(name, "+7701111000"+string(rune('1'+i)))
		mustCreate(t, s, p)
		v, err := s.StartVisit(p.ID, model.PurposeOther, clk.Now())
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			if _, err := s.MoveVisit(v.ID, model.VisitWithConsultant, "Ольга", clk.Now()); err != nil {
				t.Fatal(err)
			}
		}
	}
	sum, err := s.Summary(model.DateOf(day0))
	if err != nil || sum.Queue[model.VisitWaiting] != 2 || sum.Queue[model.VisitWithConsultant] != 1 || sum.VisitsToday != 3 {
		t.Fatalf("summary %+v %v", sum, err)
	}
}

func TestRegisterVisitorAllOrNothing(t *testing.T) {
	s, clk := newStore(t)
	p := newPerson("Жаңа келуші", "+77011110005")
	v, err := s.RegisterVisitor(p, model.PurposeVolunteer, clk.Now())
	if err != nil || v.PersonID != p.ID || p.Rev != 1 {
		t.Fatalf("register: %+v %v", v, err)
	}
	if vs, _ := s.Visits(model.DateOf(day0)); len(vs) != 1 || vs[0].PersonID != p.ID {
		t.Fatalf("queue: %+v", vs)
	}
	// A bad purpose refuses the visit, and so the person too.
	q := newPerson("Екінші", "+77011110006")
	if _, err := s.RegisterVisitor(q, "nonsense", clk.Now()); err == nil {
		t.Fatal("a visit with an unknown purpose was accepted")
	}
	if q.ID != "" || count(t, s, model.KindPerson) != 1 {
		t.Fatalf("the person was saved without the visit: id %q, %d people", q.ID, count(t, s, model.KindPerson))
	}
}

// TestLiveCountsKept: counts follow creates, deletes and merges, and Check
// notices a count gone wrong.
func TestLiveCountsKept(t *testing.T) {
	s, _ := newStore(t)
	a, b := newPerson("А", "+77011110001"), newPerson("Б", "+77011110002")
	mustCreate(t, s, a)
	mustCreate(t, s, b)
	if n := count(t, s, model.KindPerson); n != 2 {
		t.Fatalf("%d people", n)
	}
	if _, err := s.MergePeople(a.ID, b.ID); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, model.KindPerson); n != 1 {
		t.Fatalf("after merge: %d people", n)
	}
	if err := s.UndoMerge(b.ID); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, model.KindPerson); n != 2 {
		t.Fatalf("after undo: %d people", n)
	}
	storage.BreakCountForTest(s, model.KindPerson)
	if p := s.Check(); len(p) == 0 {
		t.Fatal("check did not notice a wrong count")
	}
	storage.FixCountsForTest(s)
}
