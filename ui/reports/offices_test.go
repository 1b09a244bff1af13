package reports

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/i18n"
	"frontoffice/ui/uitest"

	"github.com/charmbracelet/x/ansi"
)

// twoOfficeStore is smallStore, its office named "Қарағанды БҚ", after it
// imported the bundle of "Astana desk", which registered one person and one
// idea. It returns the store and the other office's id.
func twoOfficeStore(t *testing.T) (*storage.Store, string) {
	t.Helper()
	s := smallStore(t)
	other := uitest.OpenStore(t, fixedNow)
	for st, name := range map[*storage.Store]string{s: "Қарағанды БҚ", other: "Astana desk"} {
		o, err := st.Office()
		if err != nil {
			t.Fatal(err)
		}
		o.Name = name
		if err := st.SaveOffice(o); err != nil {
			t.Fatal(err)
		}
	}
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Consent, p.Region, p.Phone, p.CreatedAt = "Ерлан", true, "astana", "+77019990001", fixedNow
	idea := model.New(model.KindIdea).(*model.Idea)
	idea.Title, idea.Direction, idea.Region, idea.Status, idea.CreatedAt = "Идея D", "bilim", "astana", "draft", fixedNow
	for _, r := range []model.Record{p, idea} {
		if err := other.Create(r); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(t.TempDir(), "astana.fob")
	if _, err := other.ExportFile(context.Background(), file, storage.ExportOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ImportBundle(context.Background(), storage.FileSource(file), func() (string, error) { return "", nil }, storage.ImportOptions{Trust: true}, nil); err != nil {
		t.Fatal(err)
	}
	return s, other.OfficeID()
}

// fits fails the test when the view is wider or taller than w×h.
func fits(t *testing.T, what, v string, w, h int) {
	t.Helper()
	lines := strings.Split(v, "\n")
	if len(lines) > h {
		t.Errorf("%s: %d lines in %d:\n%s", what, len(lines), h, ansi.Strip(v))
	}
	for _, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("%s: line of %d cells: %q", what, n, ansi.Strip(l))
		}
	}
}

// TestScreenOfficeBreakdownAndFilter: with another office's records in the
// store, the report shows each office's share (this office first and
// marked); the filter form's last page picks an office with the keys, at
// 40×9 (the body of the app's smallest size) in every language, and the
// figures and the filter line follow it; x goes back to every office.
func TestScreenOfficeBreakdownAndFilter(t *testing.T) {
	s, otherID := twoOfficeStore(t)
	for _, lang := range model.Langs() {
		tr := i18n.New(lang)
		h := newHarness(t, s, lang, 40, 9)
		h.run(h.m.Shown())
		text := h.all()
		here := tr.T("report.by_office", "Қарағанды БҚ · "+tr.T("report.this_office"))
		there := tr.T("report.by_office", "Astana desk")
		// Each title may be cut at 40 cells: look for its start.
		cut := func(s string) string { return ansi.Truncate(s, 38, "") }
		if !strings.Contains(text, cut(here)) || !strings.Contains(text, cut(there)) ||
			strings.Index(text, cut(here)) > strings.Index(text, cut(there)) {
			t.Errorf("%s: the breakdown, this office first:\n%s", lang, text)
		}
		if got := figure(t, text, tr.T("report.people")); got != "4" {
			t.Errorf("%s: people of every office = %q, want 4", lang, got)
		}

		h.keys("f", "enter", "enter", "enter", "enter") // dates, region, direction: as they are
		v := h.view()
		if !h.m.Capturing() || !strings.Contains(v, tr.T("report.office")) || !strings.Contains(v, tr.T("report.all_offices")) ||
			!strings.Contains(v, "Astana desk") || !strings.Contains(v, "Қарағанды БҚ") {
			t.Fatalf("%s: the office page:\n%s", lang, v)
		}
		fits(t, string(lang)+" office page", h.m.View(), 40, 9)
		h.keys("down", "down", "enter") // all, this office, Astana desk
		if h.m.Capturing() {
			t.Fatalf("%s: the form should be done:\n%s", lang, h.view())
		}
		if h.m.filter.Office != otherID || h.m.filter.OfficeName != "Astana desk" {
			t.Fatalf("%s: filter %+v", lang, h.m.filter)
		}
		text = h.all()
		if got := figure(t, text, tr.T("report.people")); got != "1" {
			t.Errorf("%s: Astana desk's people = %q, want 1", lang, got)
		}
		if got := figure(t, text, tr.T("report.ideas")); got != "1" {
			t.Errorf("%s: Astana desk's ideas = %q, want 1", lang, got)
		}
		if first := strings.SplitN(h.view(), "\n", 2)[0]; !strings.HasPrefix(first, "Astana desk · ") {
			t.Errorf("%s: the filter line should name the office: %q", lang, first)
		}
		fits(t, string(lang)+" report", h.m.View(), 40, 9)

		// Reopened, the form is on the office chosen; this office next.
		h.keys("f", "enter", "enter", "enter", "enter", "up", "enter")
		if h.m.filter.Office != s.OfficeID() || figure(t, h.all(), tr.T("report.people")) != "3" {
			t.Errorf("%s: this office: %+v", lang, h.m.filter)
		}
		h.keys("x")
		if h.m.filter.Office != "" || figure(t, h.all(), tr.T("report.people")) != "4" {
			t.Errorf("%s: x should count every office again: %+v", lang, h.m.filter)
		}
	}
}

// TestFilterLineNamesTheOffice: the filter line starts with the office
// chosen (an unnamed one by the end of its id), where a narrow screen does
// not cut it.
func TestFilterLineNamesTheOffice(t *testing.T) {
	tr := i18n.New(model.EN)
	h := newHarness(t, smallStore(t), model.EN, 80, 20)
	h.m.filter.Office, h.m.filter.OfficeName = "0190aaaa-0000-7000-8000-0000deadbeef", ""
	if got := FilterLine(tr, h.m.filter); !strings.HasPrefix(got, "unnamed office …deadbeef · all dates") {
		t.Errorf("filter line %q", got)
	}
	h.m.filter.OfficeName = "Astana desk"
	if got := FilterLine(tr, h.m.filter); got != "Astana desk · all dates · all regions · all directions" {
		t.Errorf("filter line %q", got)
	}
}

// TestOfficeLabelsTellTwinsApart: two offices of one name are told apart by
// the end of their ids, on the screen and in the CSV; others keep their name.
func TestOfficeLabelsTellTwinsApart(t *testing.T) {
	tr := i18n.New(model.EN)
	got := officeLabels(tr,
		[]string{"0190aaaa-0000-7000-8000-00000000aaaa", "0190aaaa-0000-7000-8000-00000000bbbb", "0190aaaa-0000-7000-8000-00000000cccc", "0190aaaa-0000-7000-8000-00000000dddd"},
		[]string{"Demo", "Demo", "Astana", ""},
		[]bool{true, false, false, false})
	want := []string{"Demo …0000aaaa · this office", "Demo …0000bbbb", "Astana", "unnamed office …0000dddd"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("labels %q, want %q", got, want)
	}
}
