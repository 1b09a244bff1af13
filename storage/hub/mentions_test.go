package hub_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
)

// TestWithdrawalErasesMentions: a withdrawal reaching the hub erases the
// person from a current record the withdrawing office never had (an idea
// made at their own office after they were sent), by a new revision of the
// hub's, as a store that imports the bundles in the same order does; the
// earlier revision is erased in place.
func TestWithdrawalErasesMentions(t *testing.T) {
	t.Parallel()
	h, _ := openHub(t)
	dir := t.TempDir()
	a := demoOffice(t, dir, "A", 5, 1)
	b := demoOffice(t, dir, "B", 6, 1)
	p := &model.Person{FullName: "Әлия Жанова", Phone: "+77015550123", Consent: true, Region: "karaganda"}
	p.Kind, p.ID = model.KindPerson, model.NewID()
	if err := a.Create(p); err != nil {
		t.Fatal(err)
	}
	first := export(t, a, dir, true)
	storeImport(t, b, first)
	if err := b.WithdrawConsent(p.ID); err != nil {
		t.Fatal(err)
	}
	withdrawn := export(t, b, dir, true)
	idea := &model.Idea{Title: "Жаңа идея", Direction: "bilim", Region: "karaganda", Status: "draft",
		Summary: "Хабарласу: Әлия Жанова, 8 701 555 01 23",
		Team:    []model.TeamMember{{Name: "Әлия Жанова", Role: "жетекші"}}}
	idea.Kind, idea.ID = model.KindIdea, model.NewID()
	if err := a.Create(idea); err != nil {
		t.Fatal(err)
	}
	later := export(t, a, dir, true)

	st, err := storage.Open(filepath.Join(dir, "regional.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, f := range []string{later, withdrawn} {
		hubImport(t, h, f)
		storeImport(t, st, f)
	}
	compareWithStore(t, h, st)
	d, err := h.Dump(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	cur := d.Current["idea "+idea.ID]
	if !strings.Contains(cur, `"origin":"`+h.OfficeID()+`"`) || !strings.Contains(cur, `"rev":2`) ||
		strings.Contains(cur, "Жанова") || strings.Contains(cur, "555 01 23") { // not "555": a clock may hold it
		t.Fatalf("the idea's current revision is not the hub's erased one: %s", cur)
	}
	// Its clock keeps the hub's own low bits, as an office's does: it names
	// the revision (base_hlc) with no office's edit of the same number.
	var made model.Idea
	if err := json.Unmarshal([]byte(cur), &made); err != nil {
		t.Fatal(err)
	}
	if made.HLC&0xff != storage.HLCSlot(h.OfficeID()) || made.BaseHLC == 0 {
		t.Errorf("the hub's revision: hlc %d (slot %d), base_hlc %d", made.HLC, storage.HLCSlot(h.OfficeID()), made.BaseHLC)
	}
	for _, r := range d.Revisions {
		if strings.Contains(r, idea.ID) && strings.Contains(r, "Жанова") {
			t.Fatalf("a revision keeps the name: %s", r)
		}
	}
}
