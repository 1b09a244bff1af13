package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
)

// searchStore makes a store with a person and their idea for the search command.
func searchStore(t *testing.T) (db string, person *model.Person, idea *model.Idea) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "fo.db")
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	person = model.New(model.KindPerson).(*model.Person)
	person.FullName, person.Phone, person.Consent, person.Region = "Нұрбол Теміржан", "+77083334455", true, "karaganda"
	person.IIN = "791028302728"
	if err := s.Create(person); err != nil {
		t.Fatal(err)
	}
	idea = model.New(model.KindIdea).(*model.Idea)
	idea.Title, idea.Direction, idea.Region, idea.Status = "Таза әлем: Шымкент саябағы", "taza_alem", "shymkent", "draft"
	idea.ApplicantID = person.ID
	if err := s.Create(idea); err != nil {
		t.Fatal(err)
	}
	return db, person, idea
}

func TestSearchCommand(t *testing.T) {
	db, person, idea := searchStore(t)
	type hit struct{ ID, Kind, Title string }
	for _, tc := range []struct {
		args []string
		want []hit
	}{
		{[]string{"taza alem"}, []hit{{idea.ID, "idea", idea.Title}}},
		{[]string{"Taza", "Älem"}, []hit{{idea.ID, "idea", idea.Title}}},               // words as separate arguments
		{[]string{"shymkent", "--kind", "idea"}, []hit{{idea.ID, "idea", idea.Title}}}, // flags after the query
		{[]string{"--kind", "person", "8 708 333 44 55"}, []hit{{person.ID, "person", person.FullName}}},
		{[]string{"--kind", "person", "+7 (708) 3334455"}, []hit{{person.ID, "person", person.FullName}}},
		{[]string{"791028302728"}, []hit{{person.ID, "person", person.FullName}}},
		{[]string{"--kind", "person", "taza"}, []hit{}},
		{[]string{"nothing-like-this"}, []hit{}},
	} {
		args := append([]string{"search", "--db", db, "--json"}, tc.args...)
		code, out, errs := runCLI(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errs)
		}
		var got []hit
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v: not one JSON array: %v\n%s", tc.args, err, out)
		}
		if len(got) != len(tc.want) || (len(got) > 0 && got[0] != tc.want[0]) {
			t.Errorf("%v: %+v, want %+v", tc.args, got, tc.want)
		}
	}
	// Both kinds, best first: the idea's title is a phrase match, the person
	// only carries the applicant's name.
	code, out, _ := runCLI(t, "search", "--db", db, "--lang", "en", "nurbol")
	if code != 0 || !strings.Contains(out, "Нұрбол Теміржан") || !strings.Contains(out, "2 found") {
		t.Errorf("text output: %d %q", code, out)
	}
	code, out, _ = runCLI(t, "search", "--db", db, "--lang", "ru", "ксилофон")
	if code != 0 || !strings.Contains(out, "ничего не найдено") {
		t.Errorf("nothing found, in Russian: %d %q", code, out)
	}
}

func TestSearchUsageErrors(t *testing.T) {
	db, _, _ := searchStore(t)
	for _, args := range [][]string{
		{"search", "--db", db},
		{"search", "--db", db, "  "},
		{"search", "--db", db, "--kind", "visit", "x"},
		{"search", "--db", db, "--limit", "0", "x"},
		{"search", "--db", db, "--limit", "many", "x"},
	} {
		if code, _, _ := runCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	code, out, _ := runCLI(t, "search", "--db", db, "--json", "--limit", "1", "a")
	var got []map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || len(got) != 1 {
		t.Errorf("--limit 1: %d %q", code, out)
	}
}
