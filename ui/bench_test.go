package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/uitest"

	tea "github.com/charmbracelet/bubbletea"
)

// The whole app on a big store (DESIGN.md §7): View() of every screen once
// it has loaded, and opening an idea card with 30 consultations. Set
// FRONTOFFICE_BENCH_DB to a store made by
//
//	frontoffice demo --db /tmp/big.db --ideas 100000 --people 100000
//
// and run
//
//	FRONTOFFICE_BENCH_DB=/tmp/big.db go test -run '^$' -bench 'Screens|IdeaCard' -benchtime 200x ./ui/
//
// BenchmarkOpenIdeaCard adds consultations to one idea of that store until
// it has 30 (once; later runs find them there).

func bigStore(b *testing.B) *storage.Store {
	b.Helper()
	path := os.Getenv("FRONTOFFICE_BENCH_DB")
	if path == "" {
		b.Skip("set FRONTOFFICE_BENCH_DB to a big store (see the comment above)")
	}
	s, err := storage.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	// The day's automatic backup of a store this size takes seconds: the
	// app makes it in the background, but here it would only hold up the
	// measured screens, so today's backup is marked as made (an empty file
	// in the bench store's backups folder).
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	marker := filepath.Join(s.BackupDir(), base+"-"+time.Now().Format("2006-01-02")+".db")
	if _, err := os.Stat(marker); os.IsNotExist(err) {
		os.MkdirAll(s.BackupDir(), 0o700)
		os.WriteFile(marker, nil, 0o600)
	}
	return s
}

// benchApp is the root model on s at w×h with every screen started and
// loaded, driven as the runtime would.
func benchApp(b *testing.B, s *storage.Store, w, h int) (*Model, uitest.Runner) {
	c := NewCommon(s, model.EN, nil)
	c.Styles = common.NewStyles(false)
	m := New(c)
	r := uitest.Runner{T: b}
	r.Send = func(msg tea.Msg) {
		_, cmd := m.Update(msg)
		r.Run(cmd)
	}
	r.Send(tea.WindowSizeMsg{Width: w, Height: h})
	r.Run(m.Init())
	return m, r
}

func BenchmarkScreens(b *testing.B) {
	s := bigStore(b)
	for _, size := range []struct{ w, h int }{{100, 30}, {200, 60}, {40, 12}} {
		m, r := benchApp(b, s, size.w, size.h)
		for i := range m.screens {
			r.Run(m.show(i))
			name := m.screens[i].Title()
			if testing.Verbose() {
				b.Logf("%s at %dx%d:\n%s", name, size.w, size.h, m.View())
			}
			b.Run(fmt.Sprintf("%s/%dx%d", name, size.w, size.h), func(b *testing.B) {
				for b.Loop() {
					_ = m.View()
				}
			})
		}
	}
}

// BenchmarkOpenIdeaCard is opening an idea with 30 consultations from
// anywhere (OpenMsg): the card's loads, then its first View.
func BenchmarkOpenIdeaCard(b *testing.B) {
	s := bigStore(b)
	var idea *model.Idea
	s.List(model.KindIdea, func(r model.Record) error {
		if i := r.(*model.Idea); idea == nil && !i.Deleted {
			idea = i
		}
		return nil
	})
	if idea == nil {
		b.Fatal("no idea in the store")
	}
	have, err := s.ConsultationsOf(idea.ID)
	if err != nil {
		b.Fatal(err)
	}
	for n := len(have); n < 30; n++ {
		c := model.New(model.KindConsultation).(*model.Consultation)
		c.IdeaID, c.PersonID, c.Date = idea.ID, idea.ApplicantID, model.DateOf(time.Now().AddDate(0, 0, -n))
		c.Services, c.DurationMin, c.Notes, c.Consultant = []model.Service{"project_design"}, 30, "Бюджет пен логикалық шеңбер", "Мадина"
		if err := s.LogConsultation(c); err != nil {
			b.Fatal(err)
		}
	}
	m, r := benchApp(b, s, 100, 30)
	for b.Loop() {
		r.Send(common.OpenMsg{Kind: model.KindIdea, ID: idea.ID})
		_ = m.View()
		r.Send(uitest.Key("esc"))
	}
}
