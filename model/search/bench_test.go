package search

import (
	"context"
	"os"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"
)

var (
	benchOnce  sync.Once
	benchIndex *Index
)

// bigIndex is 100,000 ideas and 100,000 people from the demo generator.
func bigIndex(b *testing.B) *Index {
	benchOnce.Do(func() {
		x := New()
		names := map[string]string{}
		err := demo.Generate(demo.Options{Ideas: 100_000, People: 100_000, Seed: 1,
			Now: time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)}, func(r model.Record) error {
			switch r := r.(type) {
			case *model.Person:
				names[r.ID] = r.FullName
				x.Put(Doc{ID: r.ID, Kind: model.KindPerson, Title: r.FullName, Sub: r.Organization,
					Text: []string{r.Organization}, Phones: []string{r.Phone}, IIN: r.IIN, Phone: r.Phone,
					Region: r.Region, Updated: r.UpdatedAt.UnixMilli()})
			case *model.Idea:
				app := names[r.ApplicantID]
				x.Put(Doc{ID: r.ID, Kind: model.KindIdea, Title: r.Title, Sub: app, Text: []string{app, r.Organization},
					Direction: r.Direction, Region: r.Region, Status: r.Status, SDGs: r.SDGs, Updated: r.UpdatedAt.UnixMilli()})
			}
			return nil
		})
		if err != nil {
			panic(err)
		}
		benchIndex = x
	})
	return benchIndex
}

// typed are what consultants type, in the alphabets they use.
var typed = []string{
	"taza alem", "Таза әлем", "саулық", "saulyq", "шымкент", "ветеран", "book drive", "айгерім",
	"мадина сал", "8 701 2", "+7 (747) 12", "karaganda", "volunteer", "қамқор", "колледж", "park clean",
	"nurs", "әже", "Green Challenge", "помощь", "university", "kitap", "2024", "Қарағанды инд",
}

// BenchmarkKeystroke types every query letter by letter in one session, as the
// Ideas and People screens do, and reports the per-keystroke latency
// distribution (each keystroke: a search for the page of 50 shown rows).
func BenchmarkKeystroke(b *testing.B) {
	for _, kind := range []model.Kind{model.KindIdea, model.KindPerson} {
		b.Run(string(kind), func(b *testing.B) {
			x := bigIndex(b)
			var lat []time.Duration
			b.ResetTimer()
			for b.Loop() {
				for _, q := range typed {
					s := x.NewSession()
					rs := []rune(q)
					for n := 1; n <= len(rs); n++ {
						t0 := time.Now()
						if _, err := s.Search(context.Background(), Query{Text: string(rs[:n]), Filter: Filter{Kind: kind}, Limit: 50}); err != nil {
							b.Fatal(err)
						}
						lat = append(lat, time.Since(t0))
						if d := time.Since(t0); os.Getenv("FRONTOFFICE_BENCH_VERBOSE") != "" && d > 8*time.Millisecond {
							b.Logf("%s %q: %v", kind, string(rs[:n]), d)
						}
					}
				}
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			pct := func(p float64) float64 {
				return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000
			}
			b.ReportMetric(pct(0.50), "ms/p50")
			b.ReportMetric(pct(0.95), "ms/p95")
			b.ReportMetric(pct(0.99), "ms/p99")
			b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "ms/max")
		})
	}
}

// BenchmarkFirstLetter is the worst keystroke: one letter matches most docs.
func BenchmarkFirstLetter(b *testing.B) {
	x := bigIndex(b)
	for b.Loop() {
		if _, err := x.Search(context.Background(), Query{Text: "a", Limit: 50}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad is building the index from stored encodings, as at start-up.
func BenchmarkLoad(b *testing.B) {
	x := bigIndex(b)
	var encoded [][]byte
	for _, sh := range x.shards {
		for i, e := range sh.entries {
			if sh.hot[i].alive {
				encoded = append(encoded, (&Doc{ID: e.id, Kind: sh.kind, Title: e.title, Sub: e.sub}).Encode())
			}
		}
	}
	b.ResetTimer()
	for b.Loop() {
		y := New()
		y.Reserve(model.KindIdea, 100_000, 100_000*200)
		y.Reserve(model.KindPerson, 100_000, 100_000*120)
		if err := y.LoadEncoded(slices.Values(encoded)); err != nil {
			b.Fatal(err)
		}
	}
}
