package storage_test

import (
	"reflect"
	"testing"
	"time"

	"frontoffice/model"
)

func TestIdeasOf(t *testing.T) {
	s, clk := newStore(t)
	p := newPerson("Айдана Серікқызы", "+77011234567")
	other := newPerson("Басқа адам", "+77021234567")
	mustCreate(t, s, p)
	mustCreate(t, s, other)

	first := newIdea("Таза аула", "draft")
	first.ApplicantID = p.ID
	mustCreate(t, s, first)
	clk.Add(time.Minute)
	second := newIdea("Кітап жәрмеңкесі", "funded")
	second.ApplicantID = p.ID
	mustCreate(t, s, second)
	clk.Add(time.Minute)
	theirs := newIdea("Басқаның идеясы", "draft")
	theirs.ApplicantID = other.ID
	mustCreate(t, s, theirs)
	mustCreate(t, s, newIdea("Өтінушісіз", "draft"))

	titles := func(id string) []string {
		t.Helper()
		ideas, err := s.IdeasOf(id)
		if err != nil {
			t.Fatalf("IdeasOf(%s): %v", id, err)
		}
		var out []string
		for _, i := range ideas {
			out = append(out, i.Title)
		}
		return out
	}
	if got, want := titles(p.ID), []string{"Кітап жәрмеңкесі", "Таза аула"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("ideas of p = %q, want %q (newest first)", got, want)
	}

	// Changing the older idea brings it to the top.
	clk.Add(time.Minute)
	first.Status = "consulting"
	mustUpdate(t, s, first)
	if got, want := titles(p.ID), []string{"Таза аула", "Кітап жәрмеңкесі"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("after an edit: %q, want %q", got, want)
	}

	// Handing an idea to someone else moves it; deleting one removes it.
	second.ApplicantID = other.ID
	mustUpdate(t, s, second)
	if got, want := titles(other.ID), []string{"Кітап жәрмеңкесі", "Басқаның идеясы"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("ideas of other = %q, want %q", got, want)
	}
	if err := s.Delete(model.KindIdea, first.ID); err != nil {
		t.Fatal(err)
	}
	if got := titles(p.ID); len(got) != 0 {
		t.Fatalf("deleted idea still listed: %q", got)
	}

	// Nobody and nonsense give nothing, without an error.
	if got := titles(model.NewID()); len(got) != 0 {
		t.Fatalf("unknown person has ideas: %q", got)
	}
	if got := titles("not an id"); len(got) != 0 {
		t.Fatalf("bad id has ideas: %q", got)
	}
}

func TestOrganizations(t *testing.T) {
	s, _ := newStore(t)
	if orgs, err := s.Organizations(); err != nil || len(orgs) != 0 {
		t.Fatalf("empty store: %q, %v", orgs, err)
	}
	add := func(name, phone, org string) *model.Person {
		p := newPerson(name, phone)
		p.Organization = org
		mustCreate(t, s, p)
		return p
	}
	add("A", "+77011000001", "Қарағанды политехникалық колледжі")
	add("B", "+77011000002", "ALT University")
	add("C", "+77011000003", " ALT University ")
	add("D", "+77011000004", "")
	gone := add("E", "+77011000005", "Жабылған мектеп")
	add("F", "+77011000006", "Astana IT University")
	if err := s.Delete(model.KindPerson, gone.ID); err != nil {
		t.Fatal(err)
	}
	got, err := s.Organizations()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"ALT University", "Astana IT University", "Қарағанды политехникалық колледжі"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("organisations = %q, want %q (most common first, then by name; deleted people's left out)", got, want)
	}
}
