package hub_test

import (
	"path/filepath"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
)

// TestLateMentionErased: an office that had not heard of a withdrawal adds
// the student to a new idea's team; its bundle, all new to the hub, reaches
// the hub after the withdrawal. The hub erases her from it as a store does
// (not copied as it came), in the order of arrival and in the other.
func TestLateMentionErased(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	open := func(name string) *storage.Store {
		s, err := storage.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	a, c := open("a.db"), open("c.db")
	p := &model.Person{FullName: "Асель Нурланова", Phone: "+77011110001", Consent: true, Region: "karaganda"}
	p.Kind, p.ID = model.KindPerson, model.NewID()
	if err := a.Create(p); err != nil {
		t.Fatal(err)
	}
	first := export(t, a, dir, true)
	storeImport(t, c, first)
	export(t, c, dir, false) // what c had so far is sent; the next bundle holds the idea alone
	idea := model.New(model.KindIdea).(*model.Idea)
	idea.Title, idea.Direction, idea.Region, idea.Status = "Таза аула", "taza_alem", "karaganda", "draft"
	idea.Summary = "Жетекшісі Асель Нурланова"
	idea.Team = []model.TeamMember{{PersonID: p.ID, Name: p.FullName}}
	if err := c.Create(idea); err != nil {
		t.Fatal(err)
	}
	late := export(t, c, dir, false)
	if _, err := a.Withdraw(p.ID); err != nil {
		t.Fatal(err)
	}
	withdrawal := export(t, a, dir, false)

	for n, order := range [][]string{{first, withdrawal, late}, {late, first, withdrawal}} {
		h, _ := openHub(t)
		st := loadStoreFiles(t, filepath.Join(dir, "regional.db"+string(rune('0'+n))), order)
		for _, f := range order {
			hubImport(t, h, f)
		}
		_, cur, _ := dumpHub(t, h)
		got := cur["idea "+idea.ID]
		if strings.Contains(got, "Нурланова") || !strings.Contains(got, "А. Н.") {
			t.Errorf("order %d: the hub's idea %s", n, got)
		}
		compareWithStore(t, h, st)
	}
}

func loadStoreFiles(t *testing.T, path string, files []string) *storage.Store {
	st, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, f := range files {
		storeImport(t, st, f)
	}
	return st
}
