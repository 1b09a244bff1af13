package people

import (
	"os"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/uitest"
)

// TestCardCreditAndCertificate: the card shows this year's standing from
// verified and pending hours, w asks for hours for this person, and c
// writes the letter of gratitude beside the store.
func TestCardCreditAndCertificate(t *testing.T) {
	s := openStore(t)
	s.SetActor("Айгерим")
	p := addPerson(t, s, "Мадина Салпенова", "+77020001122", "KSIU")
	hs, err := s.LogHoursBatch(model.Hours{Date: "2026-11-01", Activity: "Concert"},
		[]storage.BulkHours{{PersonID: p.ID, Hours: 12}, {PersonID: p.ID, Hours: 10}})
	if err != nil {
		t.Fatal(err)
	}
	// The next day's 4: a day holds 24 hours at most.
	if _, err := s.LogHoursBatch(model.Hours{Date: "2026-11-02", Activity: "Concert"}, []storage.BulkHours{{PersonID: p.ID, Hours: 4}}); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 100, 40)
	h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
	h.mustSee("Social credit 2026: no verified hours", "26 h pending; once verified: 26 h → 20 000 ₸")
	h.keys("c")
	if st := h.status[len(h.status)-1]; !st.Err || !strings.Contains(st.Text, "No verified hours") {
		t.Errorf("certificate without verified hours: %+v", st)
	}

	if _, err := s.VerifyHours(hs[0].ID, hs[1].ID); err != nil {
		t.Fatal(err)
	}
	h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
	h.mustSee("Social credit 2026: 22 h counted → 20 000 ₸", "next tier (50 h): 28 h more", "4 h pending")

	req, ok := h.m.HoursSubject()
	if !ok || req.PersonID != p.ID || req.Name != p.FullName {
		t.Errorf("hours subject: %+v %v", req, ok)
	}
	h.keys("c")
	st := h.status[len(h.status)-1]
	if st.Err || !strings.Contains(st.Text, "Certificate written") {
		t.Fatalf("certificate: %+v", st)
	}
	path := strings.TrimPrefix(st.Text, "Certificate written: ")
	path = path[:strings.Index(path, " (code")]
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "Мадина Салпенова") || !strings.Contains(string(data), "22") {
		t.Errorf("certificate file:\n%s", data)
	}
	code := st.Text[strings.Index(st.Text, "(code ")+6 : len(st.Text)-1]
	if m, ok, _ := s.FindCertificate(code); !ok || m.Person.ID != p.ID {
		t.Errorf("the printed code %q is not confirmed", code)
	}

	// A second print the same day lands on the same file: the card asks;
	// no keeps the file byte for byte, yes writes it anew.
	old := []byte("a certificate printed earlier today, kept by the office")
	if err := os.WriteFile(path, old, 0o600); err != nil {
		t.Fatal(err)
	}
	n := len(h.status)
	h.keys("c")
	h.mustSee("Мадина_Салпенова-2026-11-22.html exists", "Replace it?", "y — replace it", "— keep it as it is")
	if len(h.status) != n {
		t.Errorf("the question came with a status: %+v", h.status[n:])
	}
	h.keys("н") // the y key on ЙЦУКЕН answers nothing
	h.mustSee("Replace it?")
	h.keys("n")
	if data, _ := os.ReadFile(path); string(data) != string(old) {
		t.Fatalf("no replaced the certificate:\n%s", data)
	}
	if st := h.status[len(h.status)-1]; st.Err || !strings.Contains(st.Text, "Nothing was written") {
		t.Errorf("after no: %+v", st)
	}
	if h.m.mode != viewing {
		t.Errorf("after no the card is not shown: mode %d", h.m.mode)
	}
	h.keys("c")
	h.mustSee("Replace it?")
	h.keys("enter") // the safe answer
	if data, _ := os.ReadFile(path); string(data) != string(old) {
		t.Fatalf("enter replaced the certificate:\n%s", data)
	}
	h.keys("c", "y")
	st = h.status[len(h.status)-1]
	if st.Err || !strings.Contains(st.Text, "Certificate written") {
		t.Fatalf("after yes: %+v", st)
	}
	if data, _ := os.ReadFile(path); !strings.Contains(string(data), "Мадина Салпенова") {
		t.Errorf("yes did not replace the certificate:\n%s", data)
	}
}

// TestCardSaysInConflict: a person in conflict says so on their card, in
// each language, and where to settle it (an office saw another's version
// where it had saved its own, with nothing to say why).
func TestCardSaysInConflict(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Данияр Абенов", "+77017654321", "КарУ")
	q := addPerson(t, s, "Айгерім Сейтқали", "+77011234567", "ALT")
	uitest.InConflict(t, s, model.KindPerson, p.ID)
	for lang, want := range map[model.Lang]string{model.EN: "Sync → Conflicts", model.RU: "Синхронизация → Конфликты", model.KK: "Синхрондау → Қайшылықтар"} {
		h := newHarness(t, s, lang, 100, 30)
		flat := func() string { return strings.Join(strings.Fields(h.view()), " ") }
		h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
		if !strings.Contains(flat(), want) {
			t.Fatalf("%s: the card lacks %q:\n%s", lang, want, h.view())
		}
		// Its history names the other office (it gave the end of its id).
		if lang == model.RU && !strings.Contains(flat(), "из офиса «Астана»") {
			t.Fatalf("the history does not name the other office:\n%s", h.view())
		}
		h.send(common.OpenMsg{Kind: model.KindPerson, ID: q.ID})
		if v := flat(); !strings.Contains(v, "Айгерім Сейтқали") || strings.Contains(v, want) {
			t.Fatalf("%s: a person in no conflict:\n%s", lang, h.view())
		}
	}
}

// TestHistoryWrapsIndented: at 40 columns what a revision changed wraps
// onto lines indented under its head (they began at the left edge, among
// the revisions' heads).
func TestHistoryWrapsIndented(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Данияр Абенов", "+77017654321", "КарУ")
	p.Organization, p.Region, p.BirthYear = "ЕНУ", "astana", 2003
	if err := s.Update(p); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 40, 60)
	h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
	lines := strings.Split(h.view(), "\n")
	in := false
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "r2 "):
			in = true
		case strings.HasPrefix(l, "r1 "):
			in = false
		case in && strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "  "):
			t.Fatalf("a wrapped line of the change at the left edge: %q\n%s", l, h.view())
		}
	}
}
