package storage_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/storage"
)

// twoDesks: desk A and desk B register one student, each in their own way,
// and each logs 12 verified hours for them.
func twoDesks(t *testing.T) (a, b *storage.Store, pa, pb *model.Person) {
	t.Helper()
	dir := t.TempDir()
	a, _ = openStore(t, filepath.Join(dir, "a.db"), newClock(day0))
	b, _ = openStore(t, filepath.Join(dir, "b.db"), newClock(day0.Add(time.Hour)))
	for s, who := range map[*storage.Store]string{a: "Ажар", b: "Бақыт"} {
		s.SetActor(who)
	}
	pa = newPerson("Айгерім Сәрсенбаева", "+77015551234")
	mustCreate(t, a, pa)
	pb = newPerson("Aigerim Sarsenbayeva", "+77015551234")
	mustCreate(t, b, pb)
	for s, p := range map[*storage.Store]*model.Person{a: pa, b: pb} {
		h := newHours(p.ID, "2026-02-10", 12)
		mustCreate(t, s, h)
		if _, err := s.VerifyHours(h.ID); err != nil {
			t.Fatal(err)
		}
	}
	return a, b, pa, pb
}

// TestOnePersonAcrossOffices: after either desk imports the other's bundle,
// it holds one person (the earlier record) with 24 h and 20 000 ₸, found by
// either spelling, by phone at the desk, counted once on Home.
func TestOnePersonAcrossOffices(t *testing.T) {
	a, b, pa, pb := twoDesks(t)
	first := pa.ID
	if pb.ID < first {
		first = pb.ID
	}
	dir := t.TempDir()
	toB, _ := exportTo(t, a, dir, false)
	toA, _ := exportTo(t, b, dir, false)
	importFile(t, b, toB)
	importFile(t, a, toA)
	for name, s := range map[string]*storage.Store{"A": a, "B": b} {
		lines, err := s.Credits(model.DefaultCreditRules(), 2026)
		if err != nil {
			t.Fatal(err)
		}
		if len(lines) != 1 {
			t.Fatalf("%s: %d credit lines, want one person", name, len(lines))
		}
		st := lines[0].Standing
		if lines[0].Person.ID != first || st.Verified != 24 || st.Tier.Amount != 20000 {
			t.Errorf("%s: credit %s %v h, %v ₸; want %s with 24 h and 20 000 ₸", name, lines[0].Person.ID, st.Verified, st.Tier.Amount, first)
		}
		sum, err := s.Summary("2026-02-13")
		if err != nil {
			t.Fatal(err)
		}
		if sum.People != 1 {
			t.Errorf("%s: Home counts %d people, want 1", name, sum.People)
		}
		p, err := s.PersonByPhone("8 701 555 12 34")
		if err != nil || p.ID != first {
			t.Errorf("%s: the desk finds %v (%v) by phone, want %s", name, p, err, first)
		}
		for _, q := range []string{"Sarsenbayeva", "Сәрсенбаева", "87015551234"} {
			res, err := s.SearchOnce(context.Background(), search.Query{Text: q, Filter: search.Filter{Kind: model.KindPerson}})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) != 1 || res.Hits[0].ID != first {
				t.Errorf("%s: search %q finds %v, want only %s", name, q, res.Hits, first)
			}
		}
	}
	// Both stores hold the same records, and say the same of them.
	if da, db := canonicalDump(t, a), canonicalDump(t, b); !equalLines(da, db) {
		t.Errorf("the two stores differ after the exchange")
	}
}

// TestJoinedShownAndKeptApart: the card's earliest record lists the other
// with the office that registered it; a consultant keeping them apart is an
// edit that parts them here and, once it travels, at the other desk too.
func TestJoinedShownAndKeptApart(t *testing.T) {
	a, b, pa, pb := twoDesks(t)
	for s, name := range map[*storage.Store]string{a: "Desk A", b: "Desk B"} {
		o, _ := s.Office()
		o.Name = name
		if err := s.SaveOffice(o); err != nil {
			t.Fatal(err)
		}
	}
	first, later, laterOffice := pa, pb, "Desk B"
	if pb.ID < pa.ID {
		first, later, laterOffice = pb, pa, "Desk A"
	}
	dir := t.TempDir()
	importFile(t, b, func() string { f, _ := exportTo(t, a, dir, false); return f }())
	importFile(t, a, func() string { f, _ := exportTo(t, b, dir, false); return f }())

	earliest, joined, maybe, err := a.Joined(later.ID)
	if err != nil || earliest != first.ID || len(joined) != 1 || joined[0].Person.ID != first.ID || len(maybe) != 0 {
		t.Fatalf("Joined(later) = %s, %+v, %+v, %v", earliest, joined, maybe, err)
	}
	_, joined, _, _ = a.Joined(first.ID)
	if len(joined) != 1 || joined[0].Person.ID != later.ID || joined[0].Office != laterOffice {
		t.Fatalf("Joined(first) lists %+v, want %s from %s", joined, later.ID, laterOffice)
	}
	// Desk A's consultant: these are two people.
	if err := a.KeepApart(later.ID, first.ID); err != nil {
		t.Fatal(err)
	}
	if lines, _ := a.Credits(model.DefaultCreditRules(), 2026); len(lines) != 2 {
		t.Errorf("desk A after keeping apart: %d credit lines, want 2", len(lines))
	}
	importFile(t, b, func() string { f, _ := exportTo(t, a, dir, false); return f }())
	if lines, _ := b.Credits(model.DefaultCreditRules(), 2026); len(lines) != 2 {
		t.Errorf("desk B once the edit arrived: %d credit lines, want 2", len(lines))
	}
	if da, db := canonicalDump(t, a), canonicalDump(t, b); !equalLines(da, db) {
		t.Errorf("the two stores differ")
	}
}

// TestPhoneUnderTwoIINsIsNotJoined: two different IINs on one phone are two
// people, listed as possible duplicates, never joined.
func TestPhoneUnderTwoIINsIsNotJoined(t *testing.T) {
	s, _ := newStore(t)
	p1 := newPerson("Данияр Абенов", "+77015551234")
	p1.IIN = validIIN(t, 10)
	p2 := newPerson("Данияр Абенов", "+77015551234")
	p2.IIN = validIIN(t, 20)
	mustCreate(t, s, p1)
	mustCreate(t, s, p2)
	_, joined, maybe, err := s.Joined(p1.ID)
	if err != nil || len(joined) != 0 || len(maybe) != 1 || maybe[0].Person.ID != p2.ID {
		t.Fatalf("Joined = %+v, %+v, %v", joined, maybe, err)
	}
	if sum, _ := s.Summary("2026-02-13"); sum.People != 2 {
		t.Errorf("Home counts %d people, want 2", sum.People)
	}
	// One of them corrects their phone: no longer possible duplicates.
	p2.Phone = "+77019998877"
	mustUpdate(t, s, p2)
	if _, _, maybe, _ := s.Joined(p1.ID); len(maybe) != 0 {
		t.Errorf("still listed as possible duplicates: %+v", maybe)
	}
}

// TestHoursThatCannotHappenAreHeldBack: another office's entries that pass
// 24 hours on a day, and one dated 2126, import (that office was right
// alone, or its clock was) but do not count as money until corrected; here
// such entries are refused where they are typed.
func TestHoursThatCannotHappenAreHeldBack(t *testing.T) {
	dir := t.TempDir()
	a, _ := openStore(t, filepath.Join(dir, "a.db"), newClock(day0))
	b, _ := openStore(t, filepath.Join(dir, "b.db"), newClock(day0))
	b.SetActor("Бақыт")
	p := newPerson("Айгерім Сәрсенбаева", "+77015551234")
	mustCreate(t, a, p)
	var planted []model.Record
	for _, d := range []model.Date{"2026-02-10", "2026-02-10", "2026-02-10", "2126-02-10"} {
		h := newHours(p.ID, d, 24)
		h.Status, h.VerifiedBy, h.VerifiedAt = "verified", "N. Popova", day0.UTC()
		h.ID, h.Rev, h.UpdatedAt, h.Origin, h.HLC = model.NewID(), 1, day0.UTC(), a.OfficeID(), uint64(day0.UnixMilli())<<16
		planted = append(planted, h)
	}
	// Planted as a careless or forged office would have them: past its checks.
	if err := a.InsertBatch(planted); err != nil {
		t.Fatal(err)
	}
	f, _ := exportTo(t, a, dir, false)
	importFile(t, b, f)
	lines, err := b.Credits(model.DefaultCreditRules(), 2026)
	if err != nil || len(lines) != 1 {
		t.Fatalf("credits: %+v, %v", lines, err)
	}
	if st := lines[0].Standing; st.Verified != 0 || st.Tier.Amount != 0 || lines[0].Held != 4 {
		t.Errorf("counted %v h, %v ₸, %d held; want 0 h, 0 ₸, 4 held for review", st.Verified, st.Tier.Amount, lines[0].Held)
	}
	// A consultant here rejects two of the day's entries: the third counts.
	if err := b.RejectHours(planted[0].Env().ID, "logged twice"); err != nil {
		t.Fatal(err)
	}
	if err := b.RejectHours(planted[1].Env().ID, "logged twice"); err != nil {
		t.Fatal(err)
	}
	lines, _ = b.Credits(model.DefaultCreditRules(), 2026)
	if st := lines[0].Standing; st.Verified != 24 || st.Tier.Amount != 20000 || lines[0].Held != 1 {
		t.Errorf("after the corrections: %v h, %v ₸, %d held; want 24 h, 20 000 ₸, 1 held", st.Verified, st.Tier.Amount, lines[0].Held)
	}
	// Typed here, the same entries are refused.
	q, _ := b.Get(model.KindPerson, p.ID)
	if _, err := b.LogHoursBatch(model.Hours{Date: "2126-02-10", Activity: "x"}, []storage.BulkHours{{PersonID: q.Env().ID, Hours: 2}}); !isReason(err, model.ReasonFutureDate) {
		t.Errorf("an entry for 2126: %v", err)
	}
	if _, err := b.LogHoursBatch(model.Hours{Date: "2026-02-10", Activity: "x"}, []storage.BulkHours{{PersonID: q.Env().ID, Hours: 1}}); !isReason(err, model.ReasonDayOver24) {
		t.Errorf("a 25th hour on 10 February: %v", err)
	}
	if _, err := b.LogHoursBatch(model.Hours{Date: "2026-02-11", Activity: "x"}, []storage.BulkHours{{PersonID: q.Env().ID, Hours: 20}, {PersonID: q.Env().ID, Hours: 5}}); !isReason(err, model.ReasonDayOver24) {
		t.Errorf("20 + 5 hours on one day in one batch: %v", err)
	}
}

func isReason(err error, r model.Reason) bool {
	var fe model.FieldErrors
	if !errors.As(err, &fe) {
		return false
	}
	for _, e := range fe {
		if e.Reason == r {
			return true
		}
	}
	return false
}

// TestWithdrawalReachesEveryRecordOfThePerson: a student known at two desks
// withdraws consent at one: both records of theirs are erased, not only the
// one the desk opened (else the other would keep their phone and name).
func TestWithdrawalReachesEveryRecordOfThePerson(t *testing.T) {
	a, b, pa, pb := twoDesks(t)
	dir := t.TempDir()
	importFile(t, a, func() string { f, _ := exportTo(t, b, dir, false); return f }())
	if _, err := a.Withdraw(pa.ID); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{pa.ID, pb.ID} {
		r, err := a.Get(model.KindPerson, id)
		if err != nil {
			t.Fatal(err)
		}
		if p := r.(*model.Person); p.ConsentWithdrawn == "" || p.Phone != "" || strings.Contains(p.FullName, "Sarsenbayeva") || strings.Contains(p.FullName, "Сәрсенбаева") {
			t.Errorf("record %s after the withdrawal: %+v", id, p)
		}
	}
	if p, err := a.PersonByPhone("+77015551234"); err == nil {
		t.Errorf("the phone still finds %+v", p)
	}
}
