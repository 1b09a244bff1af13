package model

import "testing"

func TestEraseTextNamesAndNumbers(t *testing.T) {
	w := ErasingOf(&Person{FullName: "Асель Нурланова", Phone: "+77011110001", IIN: "900101300077"})
	for _, c := range []struct{ in, want string }{
		{"Асель Нурланова келді", ErasedMark + " келді"},
		{"АСЕЛЬ  НУРЛАНОВА", ErasedMark},
		{"(Асель Нурлановамен бірге)", "(" + ErasedMark + "мен бірге)"}, // a declined surname
		{"Гасель Нурланова", "Гасель Нурланова"},                        // not from the start of a word
		{"Асель Нурлан", "Асель Нурлан"},                                // the surname cut short
		{"тел. 8 (701) 111-00-01, ЖСН 900101300077", "тел. " + ErasedMark + ", ЖСН " + ErasedMark},
		{"басқа нөмір 87011110002", "басқа нөмір 87011110002"},
	} {
		if got, _ := eraseText(&w, c.in); got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWithdrawnScrubsByID(t *testing.T) {
	const id = "01a24d13-7ea3-722a-b6b7-bf3aba5d0a72"
	w := &Withdrawn{IDs: map[string]bool{id: true}, Phone: func(p string) bool { return p == "+77011110001" }}
	i := &Idea{Summary: "Асель Нурланова, 87011110001; Дана Серікова 87011110002"}
	i.Team = []TeamMember{{PersonID: id, Name: "Асель Нурланова"}, {Name: "Дана Серікова"}}
	i.ApplicantID, i.ApplicantName = id, "Асель Нурланова"
	var c ScrubCounts
	if !w.Scrub(i, &c) {
		t.Fatal("nothing scrubbed")
	}
	if i.Team[0].Name != "А. Н." || i.Team[1].Name != "Дана Серікова" || i.ApplicantName != "А. Н." {
		t.Errorf("team %+v, applicant %q", i.Team, i.ApplicantName)
	}
	if want := ErasedMark + ", " + ErasedMark + "; Дана Серікова 87011110002"; i.Summary != want {
		t.Errorf("summary %q, want %q", i.Summary, want)
	}
	// Scrubbed already: nothing more to do (initials are no name to look for).
	if w.Scrub(i, &c) {
		t.Errorf("a second scrub changed %+v", i)
	}
	if !w.MayMention([]byte(`{"team":[{"person_id":"`+id+`"}]}`)) || w.MayMention([]byte(`{"notes":"87011110002"}`)) {
		t.Error("MayMention")
	}
	if !w.MayMention([]byte(`{"notes":"8 701 111 00 01"}`)) {
		t.Error("MayMention misses the phone")
	}
}
