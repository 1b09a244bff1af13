package e2e

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestKeysSentWithTheTabLandInTheNextField: a name, a tab, a phone, a tab
// and a year sent in one go (as a fast typist, a paste or a slow SSH link
// delivers them) fill three fields. They went into the name field:
// "Иван Тестов87015551111".
func TestKeysSentWithTheTabLandInTheNextField(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	tm := start(t, 100, 30, nil, "--db", db, "--lang", "ru")
	tm.waitFor("Главная")
	tm.keys("p")
	tm.keys("n")
	tm.waitFor("Регистрация человека")
	tm.waitFocus("ФИО")
	tm.keys("Иван Тестов", "Tab", "87015551111", "Tab", "2001") // one send-keys
	s := tm.waitUntil("the year typed", func(s string) bool { return strings.Contains(s, "2001") })
	if strings.Contains(s, "Тестов8701") || strings.Contains(s, "11112001") {
		t.Fatalf("keys sent with the tab went into the field left:\n%s", s)
	}
	if !strings.Contains(s, "87015551111") && !strings.Contains(s, "+7 701 555 11 11") {
		t.Fatalf("the phone is not in its field:\n%s", s)
	}
	tm.keys("Escape")
	tm.waitFor("Выйти, не сохранив введённое?")
	tm.keys("y")
	tm.waitUntil("the form left", func(s string) bool { return !strings.Contains(s, "Регистрация человека") })
	tm.keys("q")
	tm.waitFor("EXIT=0")
}
