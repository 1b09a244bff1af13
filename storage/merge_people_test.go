package storage

import (
	"testing"

	"frontoffice/model"
)

// TestMergedPeopleAnswerAsTheStore: the people a merge wrote answer an
// idea's applicant as applicantsIn would read them back (name and phone; a
// deleted person not at all), anyone else is asked of the store, and
// forget sends every question back to the store.
func TestMergedPeopleAnswerAsTheStore(t *testing.T) {
	asked := 0
	store := func(id string) (applicant, bool) {
		asked++
		return applicant{name: "from the store"}, true
	}
	mp := newMergedPeople()
	p := &model.Person{FullName: "Алмас Ерғали", Phone: "+77475121608"}
	p.ID, p.Kind = "0197451e-357a-7e7a-a248-12384960c7e6", model.KindPerson
	gone := &model.Person{FullName: "Бекзат"}
	gone.ID, gone.Kind, gone.Deleted = "01974521-485c-781c-86d8-ee8111a3d2a8", model.KindPerson, true
	mp.note(p)
	mp.note(gone)
	mp.note(&model.Idea{}) // not a person: nothing kept
	look := mp.lookup(store)
	if a, ok := look(p.ID); !ok || a.name != p.FullName || a.phone != p.Phone || asked != 0 {
		t.Errorf("the person merged: %+v %v (store asked %d times)", a, ok, asked)
	}
	if _, ok := look(gone.ID); ok || asked != 0 {
		t.Errorf("a deleted person is found (store asked %d times)", asked)
	}
	if a, _ := look("01974529-203c-71b0-9780-665b689d4655"); a.name != "from the store" || asked != 1 {
		t.Errorf("someone not merged: %+v, store asked %d times", a, asked)
	}
	mp.forget()
	if a, _ := look(p.ID); a.name != "from the store" || asked != 2 {
		t.Errorf("after forget: %+v, store asked %d times", a, asked)
	}
	var none *mergedPeople
	none.note(p)
	if a, _ := none.lookup(store)(p.ID); a.name != "from the store" {
		t.Errorf("no merged people: %+v", a)
	}
}
