package sync

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/storage/bundle"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
	"frontoffice/ui/uitest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

var fixedNow = time.Date(2026, 2, 13, 10, 0, 0, 0, time.UTC)

type harness struct {
	t *testing.T
	m *Model
}

func newHarness(t *testing.T, s *storage.Store, w, h int) *harness {
	t.Helper()
	c := uitest.Common(s, model.EN, fixedNow)
	c.Tr = i18n.New(model.EN)
	hs := &harness{t: t, m: New(c)}
	hs.m.SetSize(w, h)
	hs.run(hs.m.Init())
	return hs
}

func (h *harness) send(msg tea.Msg) {
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

func (h *harness) run(cmd tea.Cmd) { uitest.Runner{T: h.t, Send: h.send}.Run(cmd) }

func (h *harness) keys(ks ...string) {
	for _, k := range ks {
		h.send(uitest.Key(k))
	}
}

func (h *harness) view() string { return ansi.Strip(h.m.View()) }

func (h *harness) mustSee(words ...string) {
	h.t.Helper()
	v := h.view()
	for _, w := range words {
		if !strings.Contains(v, w) {
			h.t.Fatalf("%q not on screen:\n%s", w, v)
		}
	}
}

func person(name string) *model.Person {
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Consent, p.Region = name, true, "almaty"
	return p
}

// TestExportThenImport: Export writes a bundle beside the store under the
// default name; another office's Import reads it and shows the summary.
func TestExportThenImport(t *testing.T) {
	a := uitest.OpenStore(t, fixedNow)
	if err := a.Create(person("Айгерім Сейтқали")); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, a, 80, 24)
	h.mustSee("Export", "Bundle file", "Last export: never")
	h.keys("enter") // edit the path (the default stays)
	if !h.m.Capturing() {
		t.Fatal("enter should put the cursor in the path")
	}
	h.keys("enter") // run
	h.mustSee("Bundle written", "1 records")
	files, _ := filepath.Glob(filepath.Join(a.BundleDir(), "*.fob"))
	if len(files) != 1 || !strings.HasSuffix(files[0], "-2026-02-13.fob") {
		t.Fatalf("bundles: %v", files)
	}
	h.mustSee("Last export: 2026-02-13")

	b := uitest.OpenStore(t, fixedNow)
	g := newHarness(t, b, 80, 24)
	g.keys("right")
	g.mustSee("File to import")
	g.keys("enter", "ctrl+u")
	g.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(files[0])})
	g.keys("enter")
	g.mustSee("imported", "people: added 1")
	if n, _ := b.Count(model.KindPerson); n != 1 {
		t.Fatalf("%d people after the import", n)
	}
	// A damaged file: where and why, nothing changed.
	data, _ := os.ReadFile(files[0])
	bad := filepath.Join(t.TempDir(), "bad.fob")
	os.WriteFile(bad, data[:len(data)/2], 0o600)
	g.keys("enter", "ctrl+u")
	g.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(bad)})
	g.keys("enter")
	g.mustSee("bad.fob", "not changed")
}

// TestResolveFieldByField: a record both offices edited shows under
// Conflicts; picking the other side's region field by field settles it.
func TestResolveFieldByField(t *testing.T) {
	a := uitest.OpenStore(t, fixedNow)
	b := uitest.OpenStore(t, fixedNow.Add(time.Hour))
	p := person("Данияр Абенов")
	if err := a.Create(p); err != nil {
		t.Fatal(err)
	}
	exchange := func(from, to *storage.Store) {
		path := filepath.Join(t.TempDir(), "x.fob")
		if _, err := from.ExportFile(context.Background(), path, storage.ExportOptions{}, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := to.ImportBundle(context.Background(), storage.FileSource(path), nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	exchange(a, b)
	p.Organization = "КарУ"
	if err := a.Update(p); err != nil {
		t.Fatal(err)
	}
	pb, _ := storage.GetAs[*model.Person](b, model.KindPerson, p.ID)
	pb.Region = "astana"
	if err := b.Update(pb); err != nil {
		t.Fatal(err)
	}
	exchange(b, a)
	h := newHarness(t, a, 80, 24)
	h.keys("left") // round to Conflicts
	h.mustSee("Conflicts (1)", "Данияр Абенов")
	h.keys("enter")
	if !h.m.HandlesBack() {
		t.Fatal("the field view should take esc")
	}
	h.mustSee("Organisation: current", "Region: current", `"КарУ"`, `"astana"`)
	// Current is b's (later clock): it has astana; take a's organisation.
	h.keys(" ") // organization → other
	h.mustSee("Organisation: other")
	h.keys("enter")
	h.mustSee("Conflict settled", "Conflicts (0)", "No conflicts")
	got, _ := storage.GetAs[*model.Person](a, model.KindPerson, p.ID)
	if got.Region != "astana" || got.Organization != "КарУ" {
		t.Fatalf("settled as %+v", got)
	}
}

// TestSmallTerminal: at 40×12 every line fits.
func TestSmallTerminal(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	h := newHarness(t, s, 40, 10)
	for _, k := range []string{"", "right", "right"} {
		if k != "" {
			h.keys(k)
		}
		for _, l := range strings.Split(h.m.View(), "\n") {
			if w := ansi.StringWidth(l); w > 40 {
				t.Fatalf("a line %d wide: %q", w, l)
			}
		}
		if n := len(strings.Split(h.m.View(), "\n")); n > 10 {
			t.Fatalf("%d lines", n)
		}
	}
	_ = common.Fit
}

// TestImportEncrypted: an encrypted bundle asks for its passphrase, then imports.
func TestImportEncrypted(t *testing.T) {
	bundle.ScryptWorkFactor = 10
	a := uitest.OpenStore(t, fixedNow)
	if err := a.Create(person("Айгерім")); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "enc.fob")
	if _, err := a.ExportFile(context.Background(), path, storage.ExportOptions{Passphrase: "қар"}, nil); err != nil {
		t.Fatal(err)
	}
	b := uitest.OpenStore(t, fixedNow)
	h := newHarness(t, b, 80, 24)
	h.keys("right", "enter", "ctrl+u")
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(path)})
	h.keys("enter")
	h.mustSee("encrypted", "This bundle's passphrase")
	if h.m.editing != &h.m.pass {
		t.Fatal("the passphrase field should have the cursor")
	}
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("қар")})
	if strings.Contains(h.view(), "қар") {
		t.Fatal("the passphrase is shown")
	}
	h.keys("enter")
	h.mustSee("people: added 1")
}
