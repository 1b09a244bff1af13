package e2e

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

// Issue 20, items 13, 15 and 16 on screen.

// answerWho answers "who is working?", asked before the first save while
// nobody is at the desk (item 15), once the question shows.
func (tm *term) answerWho(question, name string) {
	tm.t.Helper()
	tm.waitFor(question)
	tm.literal(name)
	tm.keys("Enter")
}

// splitSum finds a sum of money broken across two lines ("200" / "000 ₸").
func splitSum(s string) (int, bool) {
	lines := strings.Split(s, "\n")
	for i := 0; i+1 < len(lines); i++ {
		a, b := strings.TrimRight(lines[i], " "), strings.TrimLeft(lines[i+1], " ")
		if len(a) > 0 && a[len(a)-1] >= '0' && a[len(a)-1] <= '9' && (strings.HasPrefix(b, "000") || strings.HasPrefix(b, "₸")) {
			return i, true
		}
	}
	return 0, false
}

// countRE is a number and the word after it on the idea card's logframe line.
var countRE = regexp.MustCompile(`(\d+) (\p{L}+)`)

// TestCatalogueDraftInRussian (items 13, 15, 16), at 80×24 and 40×12: a
// visitor with 200 000 ₸ and no idea of their own; the catalogue's
// suggestions, the entry's page and the draft's card never split a sum
// between lines; the draft's save asks who is working (nobody at the desk
// in a new store); the card's logframe counts agree with their numbers in
// Russian («2 задачи», «5 мероприятий»).
func TestCatalogueDraftInRussian(t *testing.T) {
	ru := i18n.New(model.RU)
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		db := filepath.Join(t.TempDir(), "fo.db")
		tm := start(t, size[0], size[1], nil, "--db", db, "--lang", "ru")
		tm.waitFor("Главная")
		tm.keys("i")
		tm.waitFor("Найдено")
		tm.keys("c")
		tm.waitFocus("Имеющиеся деньги")
		tm.literal("200000")
		for _, next := range []string{"Интересы", "Сколько человек", "Сколько недель", "Регион"} {
			tm.nextTo(next)
		}
		tm.keys("Down") // the first region: a draft needs one
		tm.next()
		s := tm.waitUntil("the suggestions", func(s string) bool { return strings.Contains(s, "▸") })
		if i, split := splitSum(s); split {
			t.Fatalf("%v: a sum is split between lines %d and %d of the suggestions:\n%s", size, i, i+1, s)
		}
		tm.keys("Enter")
		s = tm.waitUntil("the entry's page", func(s string) bool {
			return !strings.Contains(s, "Предложения (") && !strings.Contains(s, "▸") && strings.Contains(s, "команда")
		})
		if i, split := splitSum(s); split {
			t.Fatalf("%v: a sum is split between lines %d and %d of the entry:\n%s", size, i, i+1, s)
		}
		tm.keys("u")
		tm.waitFor("Для кого идея")
		tm.nextTo("Выберите") // nobody typed
		tm.next()             // no applicant yet
		tm.answerWho("Кто сейчас на приёме?", "Мадина")
		// The saying shows at once; the card itself after it has loaded.
		s = tm.waitUntil("the draft's card", func(s string) bool {
			return strings.Contains(s, "Черновик идеи из каталога") && !strings.Contains(s, "Загрузка…")
		})
		if i, split := splitSum(s); split {
			t.Fatalf("%v: a sum is split between lines %d and %d of the card:\n%s", size, i, i+1, s)
		}
		if size[0] == 80 {
			line := ""
			for _, l := range strings.Split(s, "\n") {
				if strings.Contains(l, "задач") {
					line = l
				}
			}
			ms := countRE.FindAllStringSubmatch(line, -1)
			keys := []string{"objectives", "activities", "results", "indicators", "risks"}
			if len(ms) != len(keys) {
				t.Fatalf("the logframe's counts on the card: %q\n%s", line, s)
			}
			for i, m := range ms {
				n, _ := strconv.Atoi(m[1])
				if want := ru.Count("lf.count."+keys[i], n); m[0] != want {
					t.Errorf("the card says %q, want %q: %q", m[0], want, line)
				}
			}
		}
		tm.keys("C-c")
		tm.waitFor("EXIT=0")
	}
}

// TestWhoIsWorkingOnHoursInKazakh (item 15), at 40×12 in Kazakh: hours
// logged from a person's card with nobody at the desk ask who is working;
// esc goes back to the form as typed and saves nothing; the answer saves
// them under that name.
func TestWhoIsWorkingOnHoursInKazakh(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.BirthYear = "Айгүл Сейтова", "+77011112233", 2004
	p.Consent, p.ConsentMethod, p.ConsentAt = true, "paper", "2026-11-01"
	if err := s.Create(p); err != nil { // no consultant at the desk
		t.Fatal(err)
	}
	s.Close()

	tm := start(t, 40, 12, nil, "--db", db, "--lang", "kk")
	tm.waitFor("Басты бет")
	tm.keys("p")
	tm.waitFor("Айгүл Сейтова")
	tm.keys("Enter")
	tm.waitFor("Туған жылы") // her card
	tm.keys("w")
	tm.waitFor("Қай идея бойынша?")
	tm.keys("C-n") // no idea
	tm.waitFocus("Күні")
	tm.nextTo("Қызмет түрі")
	tm.literal("Сенбілік")
	tm.nextTo("Сағат")
	tm.keys("C-u")
	tm.literal("2,5")
	tm.nextTo("Сипаттама")
	tm.next()
	tm.waitFor("Қазір кім қабылдауда?")
	tm.keys("Escape")
	tm.waitUntil("the form again, as typed", func(s string) bool {
		return strings.Contains(s, "Сақталмады") && strings.Contains(s, "Сенбілік") && !strings.Contains(s, "кім қабылдауда")
	})
	// Through the form again, a field at a time: four enters sent at once
	// could reach huh before its move to the next field did.
	tm.waitFocus("Күні")
	tm.nextTo("Қызмет түрі")
	tm.nextTo("Сағат")
	tm.nextTo("Сипаттама")
	tm.next()
	tm.answerWho("Қазір кім қабылдауда?", "Ерлан")
	tm.waitFor("Сақталды: 1 адам, барлығы 2,5 сағ")
	tm.keys("q")
	tm.waitFor("EXIT=0")

	s, err = storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	hs, err := s.HoursOf(p.ID)
	if err != nil || len(hs) != 1 || hs[0].UpdatedBy != "Ерлан" || hs[0].Hours != 2.5 {
		t.Fatalf("the hours saved: %+v %v", hs, err)
	}
}
