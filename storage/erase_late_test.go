package storage_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// madeHereBlank is canonicalDump of s with the revisions s made itself
// (erasing a mention makes one) told apart from others' only by content:
// their origin, clock and author blanked, as two stores make them at
// different moments.
func madeHereBlank(t *testing.T, s *storage.Store) []string {
	t.Helper()
	here := s.OfficeID()
	var out []string
	for _, line := range canonicalDump(t, s) {
		if strings.Contains(line, `"origin":"`+here+`"`) {
			var m map[string]any
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatal(err)
			}
			m["origin"], m["hlc"], m["updated_at"], m["updated_by"] = "here", 0, "", ""
			b, _ := json.Marshal(m)
			line = string(b)
		}
		out = append(out, line)
	}
	slices.Sort(out)
	return out
}

// TestLateMentionErasedAsIfFirst: an office withdraws a student named in
// an idea's team and summary. Stores that receive the office's bundles in
// either order — the withdrawal first, then an older bundle still naming
// her, or the other way round, or again — end with the same records, and
// none keeps her name in any revision of the idea.
func TestLateMentionErasedAsIfFirst(t *testing.T) {
	dir := t.TempDir()
	a, _ := newStore(t)
	p := newPerson("Асель Нурланова", "+77011110001")
	mustCreate(t, a, p)
	idea := newIdea("Таза аула", "draft")
	idea.Team = []model.TeamMember{{PersonID: p.ID, Name: p.FullName, Role: "жетекші"}}
	idea.ApplicantID, idea.ApplicantName = p.ID, p.FullName
	idea.Summary = "Жетекшісі Асель  Нурланова, көмекшісі Асель Нурлановамен бірге"
	mustCreate(t, a, idea)
	first, _ := exportTo(t, a, dir, true)
	if _, err := a.Withdraw(p.ID); err != nil {
		t.Fatal(err)
	}
	second, _ := exportTo(t, a, dir, true)

	orders := [][]string{{first, second}, {second, first}, {second, first, second}, {first, second, first}}
	var want []string
	for n, order := range orders {
		s, _ := newStore(t)
		for _, f := range order {
			importFile(t, s, f)
		}
		for _, raw := range rawRevisions(t, s, model.KindIdea, idea.ID) {
			if strings.Contains(raw, "Нурланов") {
				t.Errorf("order %d: a revision of the idea still names her: %s", n, raw)
			}
		}
		if probs := s.Check(); len(probs) > 0 {
			t.Errorf("order %d: check: %v", n, probs)
		}
		got := madeHereBlank(t, s)
		if want == nil {
			want = got
			continue
		}
		if !slices.Equal(got, want) {
			t.Errorf("order %d ends otherwise than order 0:\n%s", n, firstDiff(got, want))
		}
	}
}

// TestLateMentionByNumber: once a store erased a withdrawn student it knew,
// a record arriving later that carries her phone or IIN in free text, and
// no link to her, has them erased on arrival; a living person's phone in the
// same text stays.
func TestLateMentionByNumber(t *testing.T) {
	dir := t.TempDir()
	a, _ := newStore(t)
	other, _ := newStore(t)
	p := newPerson("Асель Нурланова", "+77011110001")
	p.IIN = validIIN(t, 7)
	mustCreate(t, a, p)
	first, _ := exportTo(t, a, dir, true)
	// Another office writes about her before hearing of the withdrawal.
	note := newPerson("Дана Серікова", "+77011110002")
	note.Notes = fmt.Sprintf("досы: 8 701 111 00 01, ЖСН %s; өз нөмірі 8 701 111 00 02", p.IIN)
	mustCreate(t, other, note)
	late, _ := exportTo(t, other, dir, true)

	s, _ := newStore(t)
	importFile(t, s, first)
	if _, err := s.Withdraw(p.ID); err != nil {
		t.Fatal(err)
	}
	importFile(t, s, late)
	got, err := s.Get(model.KindPerson, note.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := "досы: " + storage.ErasedMark + ", ЖСН " + storage.ErasedMark + "; өз нөмірі 8 701 111 00 02"
	if n := got.(*model.Person).Notes; n != want {
		t.Fatalf("notes %q, want %q", n, want)
	}
	for _, raw := range rawRevisions(t, s, model.KindPerson, note.ID) {
		if strings.Contains(raw, "111 00 01") || strings.Contains(raw, p.IIN) {
			t.Errorf("a revision keeps her number: %s", raw)
		}
	}
	// The same bundle again brings nothing back.
	if sum := importFile(t, s, late); sum.Changed() {
		t.Errorf("the bundle again changed %+v", sum.Total())
	}
}

// TestEditAfterWithdrawalStaysErased: an office that had not heard of a
// withdrawal edits the student later (its clock ahead); wherever the two
// meet, in either order, the edit is current but erased, and no revision
// keeps her phone or name.
func TestEditAfterWithdrawalStaysErased(t *testing.T) {
	dir := t.TempDir()
	a, _ := newStore(t)
	b, bclk := newStore(t)
	p := newPerson("Асель Нурланова", "+77011110001")
	mustCreate(t, a, p)
	first, _ := exportTo(t, a, dir, true)
	importFile(t, b, first)
	if _, err := a.Withdraw(p.ID); err != nil {
		t.Fatal(err)
	}
	withdrawal, _ := exportTo(t, a, dir, true)
	bclk.Add(48 * time.Hour)
	got, err := b.Get(model.KindPerson, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	got.(*model.Person).Organization = "колледж"
	mustUpdate(t, b, got)
	edit, _ := exportTo(t, b, dir, true)

	var want []string
	for n, order := range [][]string{{withdrawal, edit}, {edit, withdrawal}, {first, edit, withdrawal}} {
		s, _ := newStore(t)
		for _, f := range order {
			importFile(t, s, f)
		}
		cur, err := s.Get(model.KindPerson, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if c := cur.(*model.Person); c.ConsentWithdrawn == "" || c.Organization != "колледж" || c.Phone != "" {
			t.Errorf("order %d: current %+v", n, c)
		}
		for _, raw := range rawRevisions(t, s, model.KindPerson, p.ID) {
			if strings.Contains(raw, "Нурланова") || strings.Contains(raw, "7011110001") {
				t.Errorf("order %d: a revision keeps her: %s", n, raw)
			}
		}
		if probs := s.Check(); len(probs) > 0 {
			t.Errorf("order %d: check: %v", n, probs)
		}
		if dump := madeHereBlank(t, s); want == nil {
			want = dump
		} else if !slices.Equal(dump, want) {
			t.Errorf("order %d ends otherwise than order 0:\n%s", n, firstDiff(dump, want))
		}
	}
}
