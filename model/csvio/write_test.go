package csvio

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
)

// writeFile writes rows as kind's file.
func writeFile(t *testing.T, k Kind, rows ...[]string) string {
	t.Helper()
	var b bytes.Buffer
	w, err := NewWriter(&b, k)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestWriterBOMAndHeader(t *testing.T) {
	for _, k := range ExportKinds() {
		got := writeFile(t, k)
		want := "\ufeff" + strings.Join(Header(k), ",") + "\r\n"
		if got != want {
			t.Errorf("%s: %q, want %q", k, got, want)
		}
	}
	var b bytes.Buffer
	w, _ := NewWriter(&b, People)
	if err := w.Write([]string{"too", "few"}); err == nil {
		t.Error("a row of the wrong width was written")
	}
}

func TestRowsMatchHeaders(t *testing.T) {
	c := model.New(model.KindConsultation).(*model.Consultation)
	c.Services = []model.Service{"project_design", "grant_writing"}
	c.Date, c.DurationMin = "2026-02-13", 45
	for k, row := range map[Kind][]string{
		People:        PersonRow(person("A", "+77020001122", "")),
		Ideas:         IdeaRow(idea("B"), "+77020001122"),
		Hours:         HoursRow(&model.Hours{Hours: 9.5}, ""),
		Consultations: ConsultationRow(c, "+77020001122"),
	} {
		if len(row) != len(Header(k)) {
			t.Errorf("%s: %d cells, header %d", k, len(row), len(Header(k)))
		}
	}
	if row := ConsultationRow(c, ""); row[5] != "project_design;grant_writing" || row[6] != "45" {
		t.Errorf("consultation row %q", row)
	}
}

// TestWriteThenParse: what export writes, import reads back as the same
// records, with the same ids, into an empty store.
func TestWriteThenParse(t *testing.T) {
	p := person("Мадина «Ақ» Салпенова, PhD", "+77020001122", "791028302728")
	p.BirthYear, p.Organization, p.ConsentAt = 1979, "Университет, \"КарТУ\"", "2026-02-01"
	p.CreatedAt = time.Date(2025, 12, 1, 8, 30, 15, 0, time.UTC)
	i := idea("Таза әлем: саябақ")
	i.Summary = "Бірінші жол,\nекінші жол «тырнақша» \"quotes\""
	i.SDGs, i.ApplicantID, i.Organization = []model.SDG{11, 15}, p.ID, "ҚарМУ"
	i.CreatedAt = time.Date(2026, 1, 5, 10, 0, 0, 0, time.UTC)
	h := model.New(model.KindHours).(*model.Hours)
	h.ID, h.PersonID, h.Date, h.Hours, h.Activity, h.IdeaID = model.NewID(), p.ID, "2026-02-20", 9.5, "Visits", i.ID
	h.Status, h.VerifiedBy = "verified", "N. Popova"

	people := parse(t, People, writeFile(t, People, PersonRow(p)), nil)
	if len(people.Problems) != 0 || people.Count(Create) != 1 {
		t.Fatalf("people: %+v", people.Problems)
	}
	gotP := people.Rows[0].Record.(*model.Person)
	// Fields the file does not carry stay empty on a new record.
	wantP := *p
	wantP.Envelope = model.Envelope{ID: p.ID, Kind: model.KindPerson}
	wantP.ConsentMethod, wantP.Notes = "", ""
	if !reflect.DeepEqual(*gotP, wantP) {
		t.Errorf("person read back\n got %+v\nwant %+v", *gotP, wantP)
	}

	store := newMem(gotP)
	ideas := parse(t, Ideas, writeFile(t, Ideas, IdeaRow(i, p.Phone)), store)
	if len(ideas.Problems) != 0 {
		t.Fatalf("ideas: %+v", ideas.Problems)
	}
	gotI := ideas.Rows[0].Record.(*model.Idea)
	wantI := *i
	wantI.Envelope = model.Envelope{ID: i.ID, Kind: model.KindIdea}
	if !reflect.DeepEqual(*gotI, wantI) {
		t.Errorf("idea read back\n got %+v\nwant %+v", *gotI, wantI)
	}

	store = newMem(gotP, gotI)
	hours := parse(t, Hours, writeFile(t, Hours, HoursRow(h, p.Phone)), store)
	if len(hours.Problems) != 0 {
		t.Fatalf("hours: %+v", hours.Problems)
	}
	gotH := hours.Rows[0].Record.(*model.Hours)
	if gotH.ID != h.ID || gotH.PersonID != p.ID || gotH.Date != h.Date || gotH.Hours != 9.5 ||
		gotH.IdeaID != i.ID || gotH.Status != "verified" || gotH.VerifiedBy != "N. Popova" {
		t.Errorf("hours read back %+v", gotH)
	}
}
