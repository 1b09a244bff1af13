package storage_test

import (
	"encoding/json"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
)

// withdrawnTraces are the forms the withdrawn person's data may take in
// stored JSON; none may be left.
func withdrawnTraces(iin string) []string {
	return []string{"7011110001", "701 111", "111-00-01", iin, "Сейтқали", "сейтқали"}
}

// rawRevisions is the JSON of the current revision and of every revision in
// history of record id, as the public API returns them.
func rawRevisions(t *testing.T, s *storage.Store, k model.Kind, id string) []string {
	t.Helper()
	cur, err := s.Get(k, id)
	if err != nil {
		t.Fatal(err)
	}
	hist, err := s.History(k, id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range append(hist, cur) {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func TestWithdrawErasesMentionsInOtherRecords(t *testing.T) {
	s, _ := newStore(t)
	const name = "Айгерім Сейтқали"
	p := newPerson(name, "+77011110001")
	p.IIN = validIIN(t, 5)
	mustCreate(t, s, p)
	sister := newPerson("Дана Сейтқалиева", "+77011110002")
	sister.Notes = "әпкесі: " + name + ", тел. 8 (701) 111-00-01"
	mustCreate(t, s, sister)

	idea := newIdea("Таза аула", "draft")
	idea.ApplicantName = "айгерім  сейтқали" // typed again, unlinked
	idea.Team = []model.TeamMember{
		{PersonID: p.ID, Name: name, Role: "lead"},
		{Name: "АЙГЕРІМ СЕЙТҚАЛИ", Role: "unlinked twin"},
		{Name: "Бауыржан Омаров", Role: "member"},
	}
	mustCreate(t, s, idea)
	idea.Summary = "Жетекшімен +7 701 111 00 01 арқылы хабарласу"
	mustUpdate(t, s, idea) // the text with the phone is in rev 2; rev 1 goes to history
	idea.Partners = "әкімдік"
	mustUpdate(t, s, idea) // rev 2, with the phone, goes to history

	c := newConsultation(p.ID, "2026-02-13", "")
	c.Notes = "ЖСН " + p.IIN + " тексерілді"
	c.NextSteps = "қоңырау шалу: 87011110001; басқа нөмір 87011110003"
	mustCreate(t, s, c)

	h := newHours(sister.ID, "2026-02-13", 2)
	h.Description = "with 7011110001 at the cleanup"
	mustCreate(t, s, h)

	untouched := newIdea("Басқа жоба", "draft")
	untouched.Team = []model.TeamMember{{Name: "Бауыржан Омаров"}}
	mustCreate(t, s, untouched)

	e, err := s.Withdraw(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if e.TeamEntries != 2 || e.Applicants != 1 {
		t.Errorf("team entries %d (want 2), applicants %d (want 1)", e.TeamEntries, e.Applicants)
	}
	if e.FreeTexts != 6 { // sister's notes: name and phone; summary; IIN; next steps; description
		t.Errorf("free texts erased: %d, want 6", e.FreeTexts)
	}
	want := []string{"consultation:" + c.ID, "hours:" + h.ID, "idea:" + idea.ID, "person:" + sister.ID}
	if strings.Join(e.Records, " ") != strings.Join(sortedCopy(want), " ") {
		t.Errorf("records changed: %v, want %v", e.Records, sortedCopy(want))
	}
	if e.History < 2 {
		t.Errorf("history revisions erased: %d", e.History)
	}

	got := getIdea(t, s, idea.ID)
	if got.Team[0].Name != "А. С." || got.Team[1].Name != "А. С." || got.Team[2].Name != "Бауыржан Омаров" {
		t.Errorf("team after withdrawal: %+v", got.Team)
	}
	if got.Team[0].PersonID != p.ID || got.Team[0].Role != "lead" {
		t.Errorf("the link and role should stay: %+v", got.Team[0])
	}
	if got.ApplicantName != "А. С." {
		t.Errorf("applicant name: %q", got.ApplicantName)
	}
	if got.Summary != "Жетекшімен "+storage.ErasedMark+" арқылы хабарласу" {
		t.Errorf("summary: %q", got.Summary)
	}
	cc, _ := storage.GetAs[*model.Consultation](s, model.KindConsultation, c.ID)
	if cc.NextSteps != "қоңырау шалу: "+storage.ErasedMark+"; басқа нөмір 87011110003" {
		t.Errorf("next steps: %q (another number must stay)", cc.NextSteps)
	}
	if cc.Notes != "ЖСН "+storage.ErasedMark+" тексерілді" {
		t.Errorf("notes: %q", cc.Notes)
	}
	sis, _ := storage.GetAs[*model.Person](s, model.KindPerson, sister.ID)
	if sis.FullName != "Дана Сейтқалиева" || sis.Phone != "+77011110002" {
		t.Errorf("another person's own fields changed: %+v", sis)
	}
	if sis.Notes != "әпкесі: "+storage.ErasedMark+", тел. "+storage.ErasedMark {
		t.Errorf("sister's notes: %q", sis.Notes)
	}

	// No revision, current or in history, keeps a copy.
	for _, r := range []struct {
		k  model.Kind
		id string
	}{{model.KindPerson, p.ID}, {model.KindIdea, idea.ID}, {model.KindConsultation, c.ID}, {model.KindHours, h.ID}} {
		for _, raw := range rawRevisions(t, s, r.k, r.id) {
			for _, trace := range withdrawnTraces(p.IIN) {
				if strings.Contains(raw, trace) {
					t.Errorf("%s %s still holds %q: %s", r.k, r.id, trace, raw)
				}
			}
		}
	}
	for _, raw := range rawRevisions(t, s, model.KindPerson, sister.ID) {
		if strings.Contains(raw, "7011110001") || strings.Contains(raw, name) {
			t.Errorf("sister's record still holds the person: %s", raw)
		}
	}
	if h, _ := s.History(model.KindIdea, untouched.ID); len(h) != 0 {
		t.Errorf("an idea that does not name the person got a new revision")
	}
}

func TestWithdrawConsentReachesTeamsToo(t *testing.T) {
	s, _ := newStore(t)
	p := newPerson("Ерлан Нұрланов", "+77051234567")
	mustCreate(t, s, p)
	idea := newIdea("Кітапхана", "draft")
	idea.ApplicantID = p.ID
	idea.Team = []model.TeamMember{{PersonID: p.ID, Name: "Ерлан Нұрланов"}}
	mustCreate(t, s, idea)
	if err := s.WithdrawConsent(p.ID); err != nil { // the app's withdrawal
		t.Fatal(err)
	}
	if got := getIdea(t, s, idea.ID); got.Team[0].Name != "Е. Н." {
		t.Errorf("team after the app's withdrawal: %+v", got.Team)
	}
	e, err := s.Withdraw(p.ID) // a second withdrawal finds nothing left
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Records) != 0 || e.TeamEntries+e.Applicants+e.FreeTexts != 0 {
		t.Errorf("second withdrawal erased again: %+v", e)
	}
	if len(e.ApplicantIdeas) != 1 || e.ApplicantIdeas[0] != idea.ID {
		t.Errorf("applicant ideas: %v", e.ApplicantIdeas)
	}
}

func sortedCopy(ss []string) []string {
	out := append([]string(nil), ss...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// The records a withdrawal changed travel in the next bundle: an office that
// had the idea with her name in its team gets initials.
func TestWithdrawnMentionsTravel(t *testing.T) {
	dir := t.TempDir()
	a, _ := newStore(t)
	b, _ := newStore(t)
	p := newPerson("Айгерім Сейтқали", "+77011110001")
	mustCreate(t, a, p)
	idea := newIdea("Таза аула", "draft")
	idea.Team = []model.TeamMember{{PersonID: p.ID, Name: p.FullName}}
	idea.Summary = "тел. 8 701 111 00 01"
	mustCreate(t, a, idea)
	first, _ := exportTo(t, a, dir, false)
	importFile(t, b, first)
	if _, err := a.Withdraw(p.ID); err != nil {
		t.Fatal(err)
	}
	second, res := exportTo(t, a, dir, false)
	if res.Manifest.Counts["idea"] == 0 {
		t.Errorf("the next bundle carries %v", res.Manifest.Counts)
	}
	// The other office has records of its own naming her: a consultation
	// (and an earlier revision of it) and her phone in a note on a person.
	c := newConsultation(p.ID, "2026-02-13", "")
	c.Notes = "Айгерім Сейтқали келді, 87011110001 нөміріне қоңырау"
	mustCreate(t, b, c)
	sister := newPerson("Дана Сейтқалиева", "+77011110002")
	sister.Notes = "әпкесінің телефоны 8 701 111 00 01"
	mustCreate(t, b, sister)
	sister.Organization = "колледж" // the note goes to history too
	mustUpdate(t, b, sister)
	sum := importFile(t, b, second)
	if b.ConflictCount() != 0 {
		t.Errorf("conflicts left at the other office: %d", b.ConflictCount())
	}
	got := getIdea(t, b, idea.ID)
	if got.Team[0].Name != "А. С." || strings.Contains(got.Summary, "111") {
		t.Errorf("at the other office: team %+v, summary %q", got.Team, got.Summary)
	}
	// The receiving office erases the rest as the first did: its older
	// copies of the idea and its own records, current and earlier.
	if len(sum.Erasures) != 1 || sum.Erasures[0].PersonID != p.ID || len(sum.Erasures[0].Records) == 0 {
		t.Fatalf("the import says it erased %+v", sum.Erasures)
	}
	for k, id := range map[model.Kind]string{model.KindIdea: idea.ID, model.KindConsultation: c.ID, model.KindPerson: sister.ID} {
		for _, raw := range rawRevisions(t, b, k, id) {
			for _, w := range []string{"7011110001", "701 111", "111 00 01", "Айгерім Сейтқали"} {
				if strings.Contains(raw, w) {
					t.Errorf("%s at the other office still holds %q: %s", k, w, raw)
				}
			}
		}
	}
	// A second import of the same bundle brings no withdrawal again.
	if again := importFile(t, b, second); len(again.Erasures) != 0 {
		t.Errorf("the same bundle again erased %+v", again.Erasures)
	}
}
