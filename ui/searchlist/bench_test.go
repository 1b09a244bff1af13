package searchlist

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"
	"frontoffice/model/search"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	tea "github.com/charmbracelet/bubbletea"
)

// BenchmarkKeystrokeToView measures what a consultant waits for in the Ideas
// and People screens at 100,000 ideas + 100,000 people: from a key message
// to the list's View() showing the new answer (Update, which once the index
// is loaded runs the search itself, else the search off the loop and the
// answer's Update; View at 100×27). Set FRONTOFFICE_BENCH_DB to a
// store made by `frontoffice demo --ideas 100000 --people 100000` to skip the
// slow set-up.
func BenchmarkKeystrokeToView(b *testing.B) {
	path := os.Getenv("FRONTOFFICE_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "fo.db")
		s, err := storage.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		var batch []model.Record
		err = demo.Generate(demo.Options{Ideas: 100_000, People: 100_000, Seed: 1, Origin: s.OfficeID()}, func(r model.Record) error {
			if k := r.Env().Kind; k != model.KindIdea && k != model.KindPerson {
				return nil
			}
			if batch = append(batch, r); len(batch) == 5000 {
				err := s.InsertBatch(batch)
				batch = batch[:0]
				return err
			}
			return nil
		})
		if err == nil {
			err = s.InsertBatch(batch)
		}
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
	s, err := storage.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	c := &common.Common{Styles: common.NewStyles(false), Tr: i18n.New(model.KK), Store: s, Now: time.Now}
	for _, kind := range []model.Kind{model.KindIdea, model.KindPerson} {
		b.Run(string(kind), func(b *testing.B) {
			cols := []Column{
				{Title: "Title", Cell: func(h search.Hit) string { return h.Title }},
				{Title: "Sub", Width: 20, Cell: func(h search.Hit) string { return h.Sub }},
				{Title: "Region", Width: 14, Cell: func(h search.Hit) string { return h.Region.Label(model.KK) }},
			}
			var lat []time.Duration
			for b.Loop() {
				for _, q := range []string{"taza alem", "саулық", "шымкент", "ветеран", "мадина сал", "8 701 2", "karaganda", "kitap"} {
					m := New(c, kind, cols)
					m.SetSize(100, 27)
					awaitAnswer(m, m.Init())
					m.Focus()
					for _, r := range q {
						t0 := time.Now()
						cmd, _ := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
						awaitAnswer(m, cmd)
						_ = m.View()
						lat = append(lat, time.Since(t0))
						if os.Getenv("FRONTOFFICE_BENCH_VERBOSE") != "" && time.Since(t0) > 8*time.Millisecond {
							b.Logf("%s %q: %v (%d found)", kind, m.Text(), time.Since(t0), m.Result().Total)
						}
					}
				}
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
			b.ReportMetric(pct(0.50), "ms/p50")
			b.ReportMetric(pct(0.95), "ms/p95")
			b.ReportMetric(pct(0.99), "ms/p99")
		})
	}
}

// awaitAnswer runs cmd as the Bubble Tea runtime would (each command on its
// own goroutine) and returns once the list has the answer to its latest
// search; other messages (the cursor's blink) are left behind.
func awaitAnswer(m *Model, cmd tea.Cmd) {
	if !m.Waiting() {
		return // answered within Update
	}
	ch := make(chan tea.Msg, 64)
	var launch func(tea.Cmd)
	launch = func(c tea.Cmd) {
		if c != nil {
			go func() { ch <- c() }()
		}
	}
	launch(cmd)
	for msg := range ch {
		switch msg := msg.(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				launch(c)
			}
		case sessionMsg:
			m.Update(msg)
			if msg.Seq == m.seq {
				return
			}
		case ResultMsg:
			m.Update(msg)
			if msg.Seq == m.seq {
				return
			}
		}
	}
}
