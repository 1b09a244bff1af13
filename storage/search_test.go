package storage_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/storage"
)

func searchIDs(t *testing.T, s *storage.Store, text string, kind model.Kind) []string {
	t.Helper()
	x, err := s.Search(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	r, err := x.Search(context.Background(), search.Query{Text: text, Filter: search.Filter{Kind: kind}})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}

func has(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// TestSearchFollowsEveryChange: the index sees creates, edits, an applicant's
// rename in their ideas, deletes and batches, whether it was loaded before
// or after the change.
func TestSearchFollowsEveryChange(t *testing.T) {
	for _, early := range []bool{true, false} {
		t.Run(fmt.Sprint("loaded early ", early), func(t *testing.T) {
			s, _ := newStore(t)
			if early {
				s.LoadSearch()
			}
			p := newPerson("Мадина Салпенова", "+77020001122")
			mustCreate(t, s, p)
			idea := newIdea("Таза әлем: саябақты тазалау", "draft")
			idea.ApplicantID = p.ID
			mustCreate(t, s, idea)

			if got := searchIDs(t, s, "taza alem", model.KindIdea); !has(got, idea.ID) {
				t.Fatalf("new idea not found: %v", got)
			}
			if got := searchIDs(t, s, "8 702 000 11 22", model.KindPerson); !has(got, p.ID) {
				t.Fatalf("person not found by phone: %v", got)
			}
			if got := searchIDs(t, s, "madina", model.KindIdea); !has(got, idea.ID) {
				t.Fatalf("idea not found by its applicant: %v", got)
			}

			p.FullName = "Мадина Ахметова"
			mustUpdate(t, s, p)
			if got := searchIDs(t, s, "ahmetova", model.KindIdea); !has(got, idea.ID) {
				t.Fatalf("idea not found by the applicant's new name: %v", got)
			}
			if got := searchIDs(t, s, "salpenova", ""); len(got) != 0 {
				t.Fatalf("old name still found: %v", got)
			}

			idea.Title = "Кітап жинау"
			mustUpdate(t, s, idea)
			if got := searchIDs(t, s, "taza", model.KindIdea); len(got) != 0 {
				t.Fatalf("old title still found: %v", got)
			}
			if got := searchIDs(t, s, "kitap", model.KindIdea); !has(got, idea.ID) {
				t.Fatalf("new title not found: %v", got)
			}

			if err := s.Delete(model.KindIdea, idea.ID); err != nil {
				t.Fatal(err)
			}
			if got := searchIDs(t, s, "kitap", ""); len(got) != 0 {
				t.Fatalf("deleted idea still found: %v", got)
			}

			var batch []model.Record
			for i := range 3 {
				batch = append(batch, newPerson(fmt.Sprintf("Batch Person %d", i), fmt.Sprintf("+7701555000%d", i)))
			}
			if _, _, err := s.SaveBatch(batch); err != nil {
				t.Fatal(err)
			}
			if got := searchIDs(t, s, "batch person", model.KindPerson); len(got) != 3 {
				t.Fatalf("batch: %v", got)
			}
		})
	}
}

// TestSearchSurvivesReopen: the docs are kept in the store; a reopened store
// finds what was saved, with hits showing applicant and status.
func TestSearchSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	clk := newClock(day0)
	s, done := openStore(t, path, clk)
	p := newPerson("Нұрбол Теміржан", "+77083334455")
	p.IIN = validIIN(t, 1)
	mustCreate(t, s, p)
	idea := newIdea("Saulyq week", "ready")
	idea.ApplicantID = p.ID
	mustCreate(t, s, idea)
	done()

	s, _ = openStore(t, path, clk)
	x, err := s.Search(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	r, err := x.Search(context.Background(), search.Query{Text: "саулык"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) != 1 || r.Hits[0].ID != idea.ID || r.Hits[0].Sub != "Нұрбол Теміржан" || r.Hits[0].Status != "ready" {
		t.Fatalf("after reopen: %+v", r.Hits)
	}
	if got := searchIDs(t, s, p.IIN, model.KindPerson); !has(got, p.ID) {
		t.Fatalf("person not found by IIN: %v", got)
	}
}

// TestSearchLoadMissesNoCommit saves records while the index loads: every one
// of them must be found afterwards.
func TestSearchLoadMissesNoCommit(t *testing.T) {
	s, _ := newStore(t)
	var rs []model.Record
	for i := range 3000 {
		rs = append(rs, newIdea(fmt.Sprintf("before %d", i), "draft"))
	}
	if _, _, err := s.SaveBatch(rs); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range 50 {
			mustCreate(t, s, newIdea(fmt.Sprintf("during %d", i), "draft"))
		}
	}()
	s.LoadSearch()
	wg.Wait()
	x, err := s.Search(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n := x.Count(model.KindIdea); n != 3050 {
		t.Fatalf("index has %d ideas, want 3050", n)
	}
}

// TestCheckFindsStaleSearch: Check compares the search bucket with the records.
func TestCheckFindsStaleSearch(t *testing.T) {
	s, _ := newStore(t)
	mustCreate(t, s, newPerson("Айжан", "+77015550001"))
	if p := s.Check(); len(p) != 0 {
		t.Fatalf("fresh store: %q", p)
	}
	storage.BreakSearchForTest(s)
	if p := s.Check(); len(p) == 0 {
		t.Fatal("check did not notice a stale search doc")
	}
	storage.RebuildSearchForTest(s)
}

// TestSearchOnceAgrees: the command line's one-shot search and the loaded
// index give the same answer.
func TestSearchOnceAgrees(t *testing.T) {
	s, _ := newStore(t)
	p := newPerson("Мадина Салпенова", "+77020001122")
	mustCreate(t, s, p)
	for i := range 30 {
		idea := newIdea(fmt.Sprintf("Таза әлем %d", i), "draft")
		idea.ApplicantID = p.ID
		mustCreate(t, s, idea)
	}
	q := search.Query{Text: "taza alem madina", Limit: 10}
	once, err := s.SearchOnce(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	x, err := s.Search(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := x.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if once.Total != 30 || loaded.Total != 30 || len(once.Hits) != 10 || once.Hits[0].ID != loaded.Hits[0].ID {
		t.Fatalf("once %d %v, loaded %d %v", once.Total, once.Hits, loaded.Total, loaded.Hits)
	}
}
