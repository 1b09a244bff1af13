package ui

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/storage"
	"frontoffice/storage/bundle/bundletest"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
	"frontoffice/ui/settings"
)

// base is the store every walk starts from (a copy each time): two people
// with the same name (merge, similar), an idea and an archived one, an
// event's pending hours, an office programme of its own, and a conflict
// from another office.
type base struct {
	path                   string
	aigerim, twin, daniyar string // people
	daniyarB               string // Данияр as another office wrote him: one phone, joined
	// A bundle of an office never seen here (signed), the same unsigned,
	// and the person each brings.
	strangerFob, unsignedFob, stranger string
	oldFile                            string // a file an export would replace
	idea, archived                     string // ideas
	alike                              string // a person both offices changed the same way: a conflict with nothing to choose
}

func buildBase(t *testing.T) base {
	t.Helper()
	dir := t.TempDir()
	b := base{path: filepath.Join(dir, "fo.db")}
	s, err := storage.OpenWith(b.path, storage.Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	person := func(name, phone, org string) *model.Person {
		p := model.New(model.KindPerson).(*model.Person)
		p.FullName, p.Phone, p.Organization, p.Consent = name, phone, org, true
		must(s.Create(p))
		return p
	}
	b.aigerim = person("Айгерім Сейтқали", "+77011234567", "ALT University").ID
	b.twin = person("Aigerim Seitkali", "+77051234567", "").ID
	dan := person("Данияр Абенов", "+77771234567", "")
	b.daniyar = dan.ID
	b.daniyarB = person("Daniyar Abenov", "+77771234567", "").ID
	idea := func(title string, archived bool) string {
		i := model.New(model.KindIdea).(*model.Idea)
		i.Title, i.Direction, i.Region, i.Status = title, model.Directions()[0], model.Regions()[0], model.StatusDraft
		i.ApplicantID = b.aigerim
		if archived {
			i.Archive()
		}
		must(s.Create(i))
		return i.ID
	}
	b.idea, b.archived = idea("Clean park", false), idea("Old library", true)
	for _, who := range []string{b.aigerim, b.daniyar} {
		h := model.New(model.KindHours).(*model.Hours)
		h.PersonID, h.Date, h.Hours, h.Activity, h.Status = who, model.DateOf(fixedNow), 2, "Clean-up", "pending"
		must(s.Create(h))
	}
	spec := application.Copy((application.Office{}).Templates()[0], func(string) bool { return false })
	v, err := application.EncodeOffice([]application.Spec{spec})
	must(err)
	must(s.SetSetting(settings.KeyTemplates, v))
	must(s.SetSetting(settings.KeyConsultant, "Мадина Салпенова")) // who verifies hours
	// Данияр's verified hours of an earlier event: his certificate.
	done, err := s.LogHoursBatch(model.Hours{Date: model.DateOf(fixedNow.AddDate(0, 0, -20)), Activity: "Concert"},
		[]storage.BulkHours{{PersonID: b.daniyar, Hours: 6}})
	must(err)
	s.SetActor("Мадина Салпенова")
	_, err = s.VerifyHours(done[0].ID)
	must(err)
	s.SetActor("")

	// The conflict: both offices change Данияр after an exchange.
	other, err := storage.OpenWith(filepath.Join(dir, "other.db"), storage.Options{Now: func() time.Time { return fixedNow.Add(time.Hour) }})
	must(err)
	exchange := func(from, to *storage.Store) {
		path := filepath.Join(t.TempDir(), "x.fob")
		_, err := from.ExportFile(context.Background(), path, storage.ExportOptions{}, nil)
		must(err)
		_, err = to.ImportBundle(context.Background(), storage.FileSource(path), nil, storage.ImportOptions{Trust: true}, nil)
		must(err)
	}
	alike := person("Айдос Ахметов", "+77771234568", "")
	b.alike = alike.ID
	exchange(s, other)
	dan.Organization = "КарУ"
	must(s.Update(dan))
	od, err := storage.GetAs[*model.Person](other, model.KindPerson, dan.ID)
	must(err)
	od.Region = "astana"
	must(other.Update(od))
	for _, st := range []*storage.Store{s, other} { // the same change in both
		p, err := storage.GetAs[*model.Person](st, model.KindPerson, alike.ID)
		must(err)
		p.Region = "astana"
		must(st.Update(p))
	}
	exchange(other, s)
	if n := s.ConflictCount(); n != 2 {
		t.Fatalf("conflicts: %d", n)
	}
	must(other.Close())

	// An office never seen here: its bundle, signed, and the same unsigned.
	far, err := storage.OpenWith(filepath.Join(dir, "far.db"), storage.Options{Now: func() time.Time { return fixedNow }})
	must(err)
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.Consent = "Бөтен Адам", "+77479990011", true
	must(far.Create(p))
	b.stranger, b.strangerFob = p.ID, filepath.Join(dir, "far.fob")
	_, err = far.ExportFile(context.Background(), b.strangerFob, storage.ExportOptions{}, nil)
	must(err)
	must(far.Close())
	b.unsignedFob = bundletest.Unsign(t, b.strangerFob)
	b.oldFile = filepath.Join(dir, "old.fob")
	must(os.WriteFile(b.oldFile, []byte("kept"), 0o600))
	must(s.Close())
	return b
}

// open copies the base store and opens the copy, with the office's own
// programme in effect.
func (b base) open(t *testing.T) *storage.Store {
	t.Helper()
	data, err := os.ReadFile(b.path)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "fo.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := storage.OpenWith(path, storage.Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if p := s.Check(); len(p) > 0 {
			t.Errorf("store check: %v", p)
		}
		s.Close()
	})
	return s
}

// walk reaches a question from a fresh root model with keys (see press);
// again asks it once more after a no (nil: only a fresh walk can); yes
// tells, once it is answered, whether what yes does happened.
type walk struct {
	keys  []string
	again []string
	yes   func(h *harness, s *storage.Store, b base) bool
	text  string // of the question, to see it is the one asked
}

// ask makes a walk whose last key asks the question again after a no.
func ask(text string, yes func(h *harness, s *storage.Store, b base) bool, keys ...string) walk {
	return walk{keys: keys, again: keys[len(keys)-1:], yes: yes, text: text}
}

// press presses keys: "@p…" opens a person's card and "@i…" an idea's (as
// another screen would), "'text" types text, "!keep" makes every file
// written beside the store "kept" (see replacedBeside), anything else is a
// key.
func press(h *harness, b base, keys []string) {
	for _, k := range keys {
		switch {
		case k == "!keep":
			replacedBeside(h, nil, b)
		case strings.HasPrefix(k, "@"):
			id := map[string]string{"aigerim": b.aigerim, "daniyar": b.daniyar, "idea": b.idea, "archived": b.archived}[k[2:]]
			kind := model.KindPerson
			if k[1] == 'i' {
				kind = model.KindIdea
			}
			h.send(common.OpenMsg{Kind: kind, ID: id})
		case strings.HasPrefix(k, "'"):
			h.typeText(k[1:])
		default:
			h.keys(k)
		}
	}
}

// replacedBeside tells whether an application or certificate file beside
// the store was written since "!keep" made them all "kept", and makes them
// "kept" again for the next answer.
func replacedBeside(h *harness, _ *storage.Store, _ base) bool {
	dir := filepath.Dir(h.m.c.Store.Path())
	var files []string
	for _, sub := range []string{"applications", "certificates"} {
		fs, _ := filepath.Glob(filepath.Join(dir, sub, "*.*"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		h.t.Fatal("no file written beside the store")
	}
	replaced := false
	for _, f := range files {
		if data, _ := os.ReadFile(f); string(data) != "kept" {
			replaced = true
		}
		if err := os.WriteFile(f, []byte("kept"), 0o600); err != nil {
			h.t.Fatal(err)
		}
	}
	return replaced
}

func shows(text string) func(h *harness, _ *storage.Store, _ base) bool {
	return func(h *harness, _ *storage.Store, _ base) bool { return strings.Contains(h.view(), text) }
}

func lacks(text string) func(h *harness, _ *storage.Store, _ base) bool {
	return func(h *harness, _ *storage.Store, _ base) bool { return !strings.Contains(h.view(), text) }
}

func notCapturing(screen int) func(h *harness, _ *storage.Store, _ base) bool {
	return func(h *harness, _ *storage.Store, _ base) bool { return !h.m.screens[screen].Capturing() }
}

func person(t *testing.T, s *storage.Store, id string) *model.Person {
	p, err := storage.GetAs[*model.Person](s, model.KindPerson, id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func idea(t *testing.T, s *storage.Store, id string) *model.Idea {
	i, err := storage.GetAs[*model.Idea](s, model.KindIdea, id)
	if err != nil {
		t.Fatal(err)
	}
	return i
}

// questionWalks is how to reach every question of the app, by its ID, and
// how to tell yes from no after the answer.
func questionWalks(t *testing.T, b base) map[string]walk {
	// settled: id is no longer in conflict (the other conflict stays).
	settled := func(id string) func(*harness, *storage.Store, base) bool {
		return func(_ *harness, s *storage.Store, _ base) bool {
			cs, err := s.Conflicts()
			if err != nil || len(cs) != 1 {
				return false
			}
			return cs[0].ID != id
		}
	}
	merge := ask("Merged away: Aigerim Seitkali", func(_ *harness, s *storage.Store, b base) bool { return person(t, s, b.twin).MergedInto != "" },
		"@paigerim", "m", "'Seitkali", "enter")
	merge.again = merge.keys[1:]
	deskSimilar := ask("Looks like Айгерім Сейтқали from ALT University", func(_ *harness, s *storage.Store, _ base) bool {
		vs, _ := s.Visits(model.DateOf(fixedNow.Local()))
		return len(vs) == 1
	}, "d", "ctrl+n", "'Aigerim Seitqali", "enter", "'8 777 000 11 22", "enter", "'2001", "enter", "'alt university", "enter", "enter", "down", "enter")
	deskSimilar.again = nil
	peopleSimilar := ask("Looks like Айгерім Сейтқали from ALT University", shows("Phone: +7 701 123 45 67"),
		"p", "n", "'Aigerim Seitkali", "enter", "'87001112233", "enter", "enter", "enter", "'ALT University", "enter", "enter", "y", "enter", "enter", "enter")
	peopleSimilar.again = nil
	return map[string]walk{
		"consult.discard": ask("Discard what you typed?", notCapturing(screenConsult), "@paigerim", "v", "tab", "'30", "esc"),
		"hours.discard": ask("1 person added is not saved. Discard?", lacks("+ Данияр Абенов — 4 h"),
			"w", "n", "ctrl+n", "enter", "'Clean-up", "enter", "enter", "enter", "'данияр", "enter", "enter", "esc"),
		"hours.event_discard": ask("What you typed about the event is not saved", notCapturing(screenHours),
			"w", "n", "ctrl+n", "enter", "'Clean-up", "esc", "esc"),
		"hours.verify_event": ask("Verify all 2 pending entries", shows("Verified 2"), "w", "A"),
		"settings.discard":   ask("Discard the changes you typed?", notCapturing(screenSettings), "s", "e", "'X", "esc"),
		"programmes.delete": ask("Delete “Small grant (copy)”?", func(_ *harness, s *storage.Store, _ base) bool {
			v, _ := s.Setting(settings.KeyTemplates)
			return v == "[]"
		}, "s", "g", "down", "down", "down", "down", "x"),
		"programmes.discard": ask("Discard the changes you typed?", shows("Grant programmes ("), "s", "g", "c", "esc"),
		"desk.discard":       ask("Leave without saving what you typed?", shows("Today's queue"), "d", "ctrl+n", "'X", "esc"),
		"desk.similar":       deskSimilar,
		"desk.remove_entry": ask("Remove the entry of Айгерім Сейтқали", func(_ *harness, s *storage.Store, _ base) bool {
			vs, _ := s.Visits(model.DateOf(fixedNow.Local()))
			return len(vs) == 0
		}, "d", "'8 701 123 45 67", "enter", "enter", "tab", "u"),
		"sync.keep_current": ask("Keep the current version", settled(b.daniyar), "t", "left", "c"),
		"sync.take_other":   ask("Take the other version", settled(b.daniyar), "t", "left", "x"),
		"sync.same":         ask("Both versions hold the same data", settled(b.alike), "t", "left", "down", "enter"),
		"sync.drop_fields":  ask("1 field taken from the other version is forgotten", lacks("space toggle"), "t", "left", "enter", " ", "q"),
		"sync.alike":        ask("Settle 1 conflict whose versions hold the same data", settled(b.alike), "t", "left", "a"),
		"sync.replace": {keys: []string{"t", "enter", "ctrl+u", "'" + b.oldFile, "enter"}, again: []string{"enter", "enter"},
			text: "exists already. Replace it?", yes: func(_ *harness, _ *storage.Store, b base) bool {
				data, _ := os.ReadFile(b.oldFile)
				replaced := string(data) != "kept"
				os.WriteFile(b.oldFile, []byte("kept"), 0o600) // for the next walk
				return replaced
			}},
		"sync.trust":    importWalk("Trust this office and merge its bundle?", b.strangerFob, b.stranger),
		"sync.unsigned": importWalk("Merge it anyway?", b.unsignedFob, b.stranger),
		"ideas.archive": ask("Archive this idea?", func(_ *harness, s *storage.Store, b base) bool {
			return idea(t, s, b.idea).Status == model.StatusArchived
		}, "@iidea", "a"),
		"ideas.restore": ask("Restore this idea from the archive?", func(_ *harness, s *storage.Store, b base) bool {
			return idea(t, s, b.archived).Status != model.StatusArchived
		}, "@iarchived", "a"),
		"ideas.discard":             ask("Discard the changes you typed?", notCapturing(screenIdeas), "@iidea", "e", "'x", "esc"),
		"ideas.application.discard": ask("Discard the changes you typed?", lacks("tab/enter next field"), "@iidea", "g", "e", "'x", "esc"),
		"ideas.application.replace": ask("Replace it?", replacedBeside, "@iidea", "g", "x", "!keep", "x"),
		"ideas.draft.discard":       ask("Discard the changes you made?", lacks("Logframe · Clean park"), "@iidea", "l", "a", "'Goal x", "enter", "esc"),
		"ideas.draft.discard_item":  ask("Discard what you typed for this item?", shows("s save"), "@iidea", "l", "a", "'Goal x", "esc"),
		"catalogue.discard": ask("Discard what you typed?", lacks("tab/enter next field"),
			"i", "c", "enter", "enter", "enter", "enter", "enter", "n", "'My idea", "esc"),
		"people.discard": ask("Leave without saving what you typed?", lacks("tab/enter next field"), "p", "n", "'X", "esc"),
		"people.similar": peopleSimilar,
		"people.merge":   merge,
		"people.withdraw": ask("Withdraw the consent of Айгерім Сейтқали?", func(_ *harness, s *storage.Store, b base) bool {
			return person(t, s, b.aigerim).ConsentWithdrawn != ""
		}, "@paigerim", "W"),
		"people.certificate.replace": ask("Replace it?", replacedBeside, "@pdaniyar", "c", "!keep", "c"),
		"people.apart": ask("Is this record someone other than Данияр Абенов?", func(_ *harness, s *storage.Store, b base) bool {
			return len(person(t, s, b.daniyarB).Apart) == 1
		}, "@pdaniyar", "k"),
	}
}

// importWalk goes to Sync → Import and imports path, whose person comes
// only with a yes; after a no, enter edits the path and enter imports again.
func importWalk(text, path, person string) walk {
	return walk{keys: []string{"t", "right", "enter", "'" + path, "enter"}, again: []string{"enter", "enter"}, text: text,
		yes: func(_ *harness, s *storage.Store, _ base) bool {
			_, err := s.Get(model.KindPerson, person)
			return err == nil
		}}
}

// walkedElsewhere are the questions asked where the app's harness cannot
// go (before any store is open), and the test that answers each with the
// same keys as here.
var walkedElsewhere = map[string]string{
	"damaged.restore": "ui/damaged TestRestoreScreenInEveryLanguage",
}

// TestEveryQuestionAnswersAlike walks the app to every yes/no question
// declared with common.NewQuestion (a walk here for each; one declared
// without a walk fails, and a question made otherwise has no help line of
// the component, which each walk checks) and answers it with each key,
// from a fresh copy of the same store for each yes. Everywhere «н» and «Н»
// leave the question asked and say which keys answer it (on ЙЦУКЕН «н» is
// the y key, and the first letter of «нет»); y, д, и say yes; n, N, т, ж,
// enter, esc say no, and what yes does did not happen.
func TestEveryQuestionAnswersAlike(t *testing.T) {
	b := buildBase(t)
	walks := questionWalks(t, b)
	en := i18n.New(model.EN)
	declared := map[string]bool{}
	for _, q := range common.Questions() {
		declared[q.ID] = true
	}
	for id := range walks {
		if !declared[id] {
			t.Errorf("a walk to %s, which no screen asks", id)
		}
	}
	yesKeys := []string{"y", "д", "и"}                     // Y, Д, И: ui/common TestAnswerOf
	noKeys := []string{"n", "т", "ж", "N", "enter", "esc"} // Т, Ж: ui/common TestAnswerOf
	for _, q := range common.Questions() {
		if by, ok := walkedElsewhere[q.ID]; ok {
			t.Logf("question %s: answered with every key by %s", q.ID, by)
			continue
		}
		w, ok := walks[q.ID]
		if !ok {
			t.Errorf("question %s: no walk to it here, so nothing holds its keys", q.ID)
			continue
		}
		yesLine := en.T("confirm.yes_keys") + " — " + en.T(q.YesDoes)
		noLine := en.T("confirm.no_keys") + " — " + en.T(q.NoDoes)
		t.Run(q.ID, func(t *testing.T) {
			var h *harness
			var s *storage.Store
			start := func() {
				s = b.open(t)
				h = startHarness(&harness{t: t}, s, model.EN, 160, 50)
				press(h, b, w.keys)
			}
			asked := func() bool {
				v := h.view()
				return strings.Contains(v, w.text) && strings.Contains(v, yesLine) && strings.Contains(v, noLine)
			}
			// answer checks the question is asked, that «н» and «Н» leave
			// it so and say which keys answer it, then answers with k.
			answer := func(k string, yes bool) {
				t.Helper()
				if !asked() {
					t.Fatalf("before %q: the question is not asked (%q, %q, %q):\n%s", k, w.text, yesLine, noLine, h.view())
				}
				for _, n := range []string{"н", "Н"} {
					h.keys(n)
					if !asked() || !strings.Contains(h.view(), "«н» is no answer here") {
						t.Fatalf("%q should leave the question asked and say which keys answer:\n%s", n, h.view())
					}
				}
				h.keys(k)
				if asked() {
					t.Fatalf("%q did not answer:\n%s", k, h.view())
				}
				if got := w.yes(h, s, b); got != yes {
					t.Fatalf("%q said yes=%v, want %v:\n%s", k, got, yes, h.view())
				}
			}
			for i, k := range noKeys {
				if i == 0 || w.again == nil {
					start()
				} else {
					press(h, b, w.again)
				}
				answer(k, false)
			}
			for _, k := range yesKeys {
				start()
				answer(k, true)
			}
		})
	}
}

// keyLine matches a hand-written yes key in a text ("y — delete",
// "y/д — да", "y yes"): only ui/common's confirm.go writes those.
var keyLine = regexp.MustCompile(`(^|[\s(])[yYдД](/[a-zA-Zа-яА-Я]+)* ?(— |- |yes|да|иә)`)

// TestNoQuestionOutsideTheComponent holds the rule that every yes/no
// question goes through common.NewQuestion, by what a question made by hand
// would leave behind: a question's text (an i18n key ending in _q) that no
// declared question asks, a translation with its own line of answer keys,
// or a form whose yes/no fields do not take the component's letters.
func TestNoQuestionOutsideTheComponent(t *testing.T) {
	asked := map[string]bool{}
	for _, q := range common.Questions() {
		asked[q.Text] = true
	}
	for _, k := range i18n.Keys() {
		base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(k, ".one"), ".few"), ".many")
		if strings.HasSuffix(base, "_q") && !asked[base] {
			t.Errorf("%s reads as a question that no common.NewQuestion asks", k)
		}
		if strings.HasPrefix(k, "confirm.") {
			continue
		}
		for _, lang := range model.Langs() {
			if s := i18n.New(lang).T(k); keyLine.MatchString(s) {
				t.Errorf("%s (%s) writes its own answer keys: %q", k, lang, s)
			}
		}
	}
	// Forms: every key map comes from common.FormKeyMap.
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") ||
			strings.HasPrefix(path, "common"+string(filepath.Separator)) {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, bad := range []string{"huh.NewDefaultKeyMap(", `key.WithKeys("y"`, `"y", "д"`} {
			if strings.Contains(string(src), bad) {
				t.Errorf("%s: %s (yes/no keys come from ui/common/confirm.go)", path, bad)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
