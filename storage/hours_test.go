package storage_test

import (
	"errors"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

func TestHoursLogVerifyReject(t *testing.T) {
	s, clk := newStore(t)
	p := newPerson("Мадина Сейітқызы", "+77011234567")
	mustCreate(t, s, p)

	h := newHours(p.ID, "2026-02-10", 4)
	h.Status = "verified" // a new entry is never born verified
	h.VerifiedBy = "someone"
	if err := s.LogHours(h); err != nil {
		t.Fatal(err)
	}
	if h.ID == "" || h.Status != "pending" || h.VerifiedBy != "" || h.Rev != 1 {
		t.Fatalf("logged: %+v", h)
	}

	// Verification names the consultant at the desk and the time.
	s.SetActor("")
	if _, err := s.VerifyHours(h.ID); !errors.Is(err, storage.ErrNoConsultant) {
		t.Fatalf("verify with nobody at the desk: %v", err)
	}
	s.SetActor("Айгерим")
	clk.Add(90 * 60e9)
	if n, err := s.VerifyHours(h.ID); err != nil || n != 1 {
		t.Fatalf("verify: %d %v", n, err)
	}
	got, _ := storage.GetAs[*model.Hours](s, model.KindHours, h.ID)
	if got.Status != "verified" || got.VerifiedBy != "Айгерим" || !got.VerifiedAt.Equal(clk.Now().UTC()) {
		t.Fatalf("verified: %+v", got)
	}
	if n, _ := s.VerifyHours(h.ID); n != 0 {
		t.Error("verifying twice changes nothing")
	}

	// Reject needs a reason.
	var fe model.FieldErrors
	if err := s.RejectHours(h.ID, "  "); !errors.As(err, &fe) || fe.For("reject_reason") != model.ReasonRequired {
		t.Fatalf("reject without reason: %v", err)
	}
	if err := s.RejectHours(h.ID, "not at the event"); err != nil {
		t.Fatal(err)
	}
	got, _ = storage.GetAs[*model.Hours](s, model.KindHours, h.ID)
	if got.Status != "rejected" || got.RejectReason != "not at the event" || got.VerifiedBy != "" {
		t.Fatalf("rejected: %+v", got)
	}

	// An entry for nobody is refused.
	if err := s.LogHours(newHours(model.NewID(), "2026-02-10", 2)); !errors.As(err, &fe) || fe.For("person_id") != model.ReasonBadRef {
		t.Fatalf("unknown person: %v", err)
	}
}

func TestHoursEditReturnsToPending(t *testing.T) {
	s, _ := newStore(t)
	p := newPerson("Нұрбол", "+77021234567")
	mustCreate(t, s, p)
	h := newHours(p.ID, "2026-02-10", 4)
	if err := s.LogHours(h); err != nil {
		t.Fatal(err)
	}
	if _, err := s.VerifyHours(h.ID); err != nil {
		t.Fatal(err)
	}
	got, _ := storage.GetAs[*model.Hours](s, model.KindHours, h.ID)

	// Only the verifier changes: still verified.
	same := *got
	same.VerifiedBy = "Айгерим"
	mustUpdate(t, s, &same)
	got, _ = storage.GetAs[*model.Hours](s, model.KindHours, h.ID)
	if got.Status != "verified" {
		t.Fatalf("unchanged entry lost its verification: %+v", got)
	}

	edited := *got
	edited.Hours = 6
	mustUpdate(t, s, &edited)
	got, _ = storage.GetAs[*model.Hours](s, model.KindHours, h.ID)
	if got.Status != "pending" || got.VerifiedBy != "" || !got.VerifiedAt.IsZero() || got.Hours != 6 {
		t.Fatalf("edited verified entry: %+v", got)
	}

	// Through SaveBatch (a CSV import) as well.
	if _, err := s.VerifyHours(h.ID); err != nil {
		t.Fatal(err)
	}
	got, _ = storage.GetAs[*model.Hours](s, model.KindHours, h.ID)
	edited = *got
	edited.Date = "2026-02-11"
	if _, _, err := s.SaveBatch([]model.Record{&edited}); err != nil {
		t.Fatal(err)
	}
	got, _ = storage.GetAs[*model.Hours](s, model.KindHours, h.ID)
	if got.Status != "pending" {
		t.Fatalf("edited through SaveBatch: %+v", got)
	}

	// Merging two people moves verified hours without unverifying them.
	if _, err := s.VerifyHours(h.ID); err != nil {
		t.Fatal(err)
	}
	dup := newPerson("Нурбол", "+77021234568")
	mustCreate(t, s, dup)
	h2 := newHours(dup.ID, "2026-02-12", 2)
	if err := s.LogHours(h2); err != nil {
		t.Fatal(err)
	}
	if _, err := s.VerifyHours(h2.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.MergePeople(p.ID, dup.ID); err != nil {
		t.Fatal(err)
	}
	hs, err := s.HoursOf(p.ID)
	if err != nil || len(hs) != 2 {
		t.Fatalf("hours after merge: %v %v", hs, err)
	}
	for _, x := range hs {
		if x.Status != "verified" {
			t.Errorf("merge unverified %+v", x)
		}
	}
}

func TestHoursBulkAndCredits(t *testing.T) {
	s, clk := newStore(t)
	clk.Add(7 * 24 * time.Hour) // a week after day0: the entries are of the days before
	var people []*model.Person
	for i, name := range []string{"Әлия", "Бауыржан", "Гүлнар"} {
		p := newPerson(name, "+7701123450"+string(rune('1'+i)))
		mustCreate(t, s, p)
		people = append(people, p)
	}
	idea := newIdea("Таза әлем сенбілігі", "in_progress")
	mustCreate(t, s, idea)
	base := model.Hours{Date: "2026-02-13", IdeaID: idea.ID, Activity: "Clean-up"}
	hs, err := s.LogHoursBatch(base, []storage.BulkHours{
		{people[0].ID, 12}, {people[1].ID, 8}, {people[2].ID, 4},
	})
	if err != nil || len(hs) != 3 {
		t.Fatalf("bulk: %v %v", hs, err)
	}
	for i, h := range hs {
		if h.PersonID != people[i].ID || h.Status != "pending" || h.IdeaID != idea.ID || h.Date != "2026-02-13" || h.Rev != 1 {
			t.Errorf("bulk entry %d: %+v", i, h)
		}
	}
	// A bad line refuses the whole event: nothing is half saved.
	before := count(t, s, model.KindHours)
	if _, err := s.LogHoursBatch(base, []storage.BulkHours{{people[0].ID, 2}, {people[1].ID, 30}}); err == nil {
		t.Fatal("30 hours in a day should be refused")
	}
	if _, err := s.LogHoursBatch(base, []storage.BulkHours{{people[0].ID, 2}, {model.NewID(), 3}}); err == nil {
		t.Fatal("an unknown person should be refused")
	}
	if n := count(t, s, model.KindHours); n != before {
		t.Fatalf("a refused bulk entry left %d entries, want %d", n, before)
	}

	// Äliya: 12 + 10 verified = 22 → 20 000; Bauyrzhan 8 verified + 4 pending; Gülnar rejected.
	more, err := s.LogHoursBatch(model.Hours{Date: "2026-02-14", Activity: "Concert"}, []storage.BulkHours{{people[0].ID, 10}, {people[1].ID, 4}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.VerifyHours(hs[0].ID, hs[1].ID, more[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RejectHours(hs[2].ID, "absent"); err != nil {
		t.Fatal(err)
	}
	lines, err := s.Credits(model.DefaultCreditRules(), 2026)
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 2 {
		t.Fatalf("credits lists people with verified or pending hours only: %d lines", len(lines))
	}
	a, b := lines[0], lines[1]
	if a.Person.ID != people[0].ID {
		a, b = b, a
	}
	if a.Person.ID != people[0].ID || a.Standing.Counted != 22 || a.Standing.Tier.Amount != 20000 {
		t.Errorf("Äliya: %+v", a.Standing)
	}
	if b.Person.ID != people[1].ID || b.Standing.Verified != 8 || b.Standing.Pending != 4 || b.Standing.Tier.Amount != 0 {
		t.Errorf("Bauyrzhan: %+v", b.Standing)
	}

	list, err := s.HoursList()
	if err != nil || len(list) != 5 {
		t.Fatalf("list: %d %v", len(list), err)
	}
	if list[0].Hours.Status != "pending" || list[4].Hours.Status != "rejected" || list[4].PersonName != "Гүлнар" {
		t.Errorf("pending first, rejected last: %v / %v", list[0].Hours.Status, list[4].Hours.Status)
	}
	if list[1].IdeaTitle == "" && list[2].IdeaTitle == "" {
		t.Error("entries of an idea carry its title")
	}
}

func TestFindCertificate(t *testing.T) {
	s, _ := newStore(t)
	p := newPerson("Мадина", "+77011234567")
	mustCreate(t, s, p)
	hs, err := s.LogHoursBatch(model.Hours{Date: "2026-02-13", Activity: "Concert"}, []storage.BulkHours{{p.ID, 12}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.VerifyHours(hs[0].ID); err != nil {
		t.Fatal(err)
	}
	mine, _ := s.HoursOf(p.ID)
	code := model.CertificateCode(s.OfficeID(), p.ID, mine)
	m, ok, err := s.FindCertificate(code)
	if err != nil || !ok || m.Person.ID != p.ID || len(m.Entries) != 1 {
		t.Fatalf("right code: %+v %v %v", m, ok, err)
	}
	if _, ok, _ := s.FindCertificate("ABCDE-FGHJK"); ok {
		t.Error("a made-up code matched")
	}
	other, _ := newStore(t)
	if _, ok, _ := other.FindCertificate(code); ok {
		t.Error("another store confirmed the code")
	}
}
