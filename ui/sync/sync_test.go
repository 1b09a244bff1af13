package sync

import (
	"github.com/xuri/excelize/v2"

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
	// onProgress, when set, sees the screen after each progress report.
	onProgress func(view string)
	asked      int // times "who is working?" was asked (the root's question)
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
	if _, ok := msg.(progressBatch); ok && h.onProgress != nil {
		h.onProgress(h.view())
	}
	h.run(cmd)
}

func (h *harness) run(cmd tea.Cmd) {
	uitest.Runner{T: h.t, Send: h.send, Catch: func(msg tea.Msg) bool {
		if ask, ok := msg.(common.AskWhoMsg); ok { // nobody at the desk: the root asks
			h.asked++
			h.run(uitest.AnswerWho(h.m.c.Store, ask, uitest.OnDuty))
			return true
		}
		return false
	}}.Run(cmd)
}

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

// trusts makes to trust from's key, as a consultant who answered y to its
// first bundle (for tests whose subject is not that question).
func trusts(t *testing.T, to, from *storage.Store) {
	t.Helper()
	if err := to.TrustOffice(from.OfficeID(), "", from.PublicKey()); err != nil {
		t.Fatal(err)
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
	h.mustSee("Bundle written", "1 record,")
	files, _ := filepath.Glob(filepath.Join(a.BundleDir(), "*.fob"))
	if len(files) != 1 || !strings.HasSuffix(files[0], "-2026-02-13.fob") {
		t.Fatalf("bundles: %v", files)
	}
	h.mustSee("Last export: 13.02.2026")

	b := uitest.OpenStore(t, fixedNow)
	g := newHarness(t, b, 80, 24)
	g.keys("right")
	g.mustSee("File to import")
	g.keys("enter", "ctrl+u")
	g.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(files[0])})
	g.keys("enter")
	// a's first bundle here: its fingerprint, and a question.
	g.mustSee("The first bundle from this office", "Key fingerprint: "+a.Fingerprint(), "Trust this office")
	g.keys("y")
	g.mustSee("is trusted now", "imported", "people: added 1")
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
	exchange(t, a, b)
	p.Organization = "КарУ"
	if err := a.Update(p); err != nil {
		t.Fatal(err)
	}
	pb, _ := storage.GetAs[*model.Person](b, model.KindPerson, p.ID)
	pb.Region = "astana"
	if err := b.Update(pb); err != nil {
		t.Fatal(err)
	}
	exchange(t, b, a)
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
	// esc with a field switched asks first; no goes back to the choice as
	// it was (esc dropped it unasked).
	h.keys("esc")
	h.mustSee("1 field taken from the other version is forgotten.", "Leave without settling?")
	h.keys("n")
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
	// Each tab at 40×10 fits, marks itself in the tab bar and still shows
	// what it is for: the file to write or read, or the conflicts.
	for _, step := range []struct {
		key  string
		want []string
	}{
		{"", []string{"[Export]", "Bundle file", ".fob", "Passphrase", "Everything"}},
		{"right", []string{"[Import]", "File to import", "bundles"}},
		{"right", []string{"[Conflicts (0)]", "No conflicts."}},
	} {
		if step.key != "" {
			h.keys(step.key)
		}
		v := ansi.Strip(h.m.View())
		lines := strings.Split(v, "\n")
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > 40 {
				t.Fatalf("a line %d wide: %q", w, l)
			}
		}
		if len(lines) > 10 {
			t.Fatalf("%d lines:\n%s", len(lines), v)
		}
		for _, w := range step.want {
			if !strings.Contains(v, w) {
				t.Errorf("after %q at 40×10 no %q:\n%s", step.key, w, v)
			}
		}
	}
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
	trusts(t, b, a)
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

func newHarnessIn(t *testing.T, s *storage.Store, lang model.Lang, w, h int) *harness {
	t.Helper()
	hs := &harness{t: t, m: New(uitest.Common(s, lang, fixedNow))}
	hs.m.SetSize(w, h)
	hs.run(hs.m.Init())
	return hs
}

func (h *harness) typeText(s string) { h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}) }

func (h *harness) mustNotSee(words ...string) {
	h.t.Helper()
	v := h.view()
	for _, w := range words {
		if strings.Contains(v, w) {
			h.t.Fatalf("%q on screen:\n%s", w, v)
		}
	}
}

func exportTo(t *testing.T, s *storage.Store, path string) {
	t.Helper()
	if _, err := s.ExportFile(context.Background(), path, storage.ExportOptions{Full: true}, nil); err != nil {
		t.Fatal(err)
	}
}

// TestImportPathAsTyped: the import field holds what was typed and nothing
// else, so a full path typed straight away is the file read; a name alone
// is looked for in the bundles folder, as the hint says.
func TestImportPathAsTyped(t *testing.T) {
	a := uitest.OpenStore(t, fixedNow)
	if err := a.Create(person("Айгерім")); err != nil {
		t.Fatal(err)
	}
	abs := filepath.Join(t.TempDir(), "a2.fob")
	exportTo(t, a, abs)
	b := uitest.OpenStore(t, fixedNow)
	trusts(t, b, a)
	os.MkdirAll(b.BundleDir(), 0o700)
	exportTo(t, a, filepath.Join(b.BundleDir(), "rel.fob"))

	h := newHarness(t, b, 100, 24)
	h.keys("right")
	h.mustSee("a name alone is looked for in the bundles folder", b.BundleDir())
	h.keys("enter")
	h.typeText(abs) // no ctrl+u: the field starts as it was shown (empty)
	h.keys("enter")
	h.mustSee("people: added 1")
	h.mustNotSee("no such file")
	h.keys("enter", "ctrl+u")
	h.typeText("rel.fob")
	h.keys("enter")
	h.mustSee(filepath.Join(b.BundleDir(), "rel.fob"), "nothing new")

	// A relative path with a folder is taken as typed, as Export takes it:
	// the path an export showed imports as shown.
	t.Chdir(t.TempDir())
	os.MkdirAll("bundles", 0o700)
	exportTo(t, a, filepath.Join("bundles", "shown.fob"))
	h.keys("enter", "ctrl+u")
	h.typeText(filepath.Join("bundles", "shown.fob"))
	h.keys("enter")
	h.mustSee("shown.fob", "nothing new")
	h.mustNotSee("no such file")
	// and one the bundles folder holds is found there too.
	os.MkdirAll(filepath.Join(b.BundleDir(), "from-astana"), 0o700)
	exportTo(t, a, filepath.Join(b.BundleDir(), "from-astana", "x.fob"))
	h.keys("enter", "ctrl+u")
	h.typeText(filepath.Join("from-astana", "x.fob"))
	h.keys("enter")
	h.mustSee(filepath.Join(b.BundleDir(), "from-astana", "x.fob"), "nothing new")
}

// TestExportPathAsTyped: each edit starts with the cursor at the end and
// ctrl+u clears the whole field, so the bundle goes exactly where typed —
// also after an export put the default path back in the field.
func TestExportPathAsTyped(t *testing.T) {
	a := uitest.OpenStore(t, fixedNow)
	if err := a.Create(person("Айгерім")); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	h := newHarness(t, a, 100, 24)
	h.keys("f", "enter", "ctrl+u")
	h.typeText(filepath.Join(dir, "b1.fob"))
	h.keys("enter")
	h.mustSee("Bundle written")
	h.keys("enter", "left", "left", "left", "esc") // the cursor left inside the field…
	h.keys("enter", "ctrl+u")                      // …yet a new edit clears it all
	h.typeText(filepath.Join(dir, "b2.fob"))
	h.keys("enter")
	h.mustSee("Bundle written")
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
		if e.IsDir() {
			t.Errorf("a folder %s was made", e.Name())
		}
	}
	if strings.Join(names, " ") != "b1.fob b2.fob" {
		t.Fatalf("files: %v", names)
	}
}

// TestFileErrorsInLanguage: a missing file to import is explained in
// Russian, with no system English. A folder typed to export into (a USB
// stick's) gets the bundle under today's name (it was refused as "a
// folder, not a file"), and the field then offers the next free name there.
func TestFileErrorsInLanguage(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	if err := s.Create(person("Айгерім")); err != nil {
		t.Fatal(err)
	}
	h := newHarnessIn(t, s, model.RU, 200, 24)
	dir := t.TempDir()
	h.keys("enter", "ctrl+u")
	h.typeText(dir)
	h.keys("enter")
	h.mustSee("Пакет записан", dir)
	files, _ := filepath.Glob(filepath.Join(dir, "*-2026-02-13.fob"))
	if len(files) != 1 {
		t.Fatalf("in the folder: %v", files)
	}
	if got, want := h.m.path.Value(), strings.TrimSuffix(files[0], ".fob")+"-2.fob"; got != want {
		t.Fatalf("the field offers %q, want %q", got, want)
	}
	h.keys("right", "enter")
	h.typeText(filepath.Join(dir, "a2.fob"))
	h.keys("enter")
	h.mustSee("a2.fob", "такого файла или папки нет", "Хранилище не изменено")
	h.mustNotSee("no such file")
}

// conflicted makes a person Алматы (a) and Астана (b) both edited from the
// same revision, in conflict in a; settle true has b settle its own
// conflict first and returns b's bundle (the conflict and its settlement).
func conflicted(t *testing.T, a, b *storage.Store, settle bool) string {
	t.Helper()
	for s, name := range map[*storage.Store]string{a: "Алматы", b: "Астана"} {
		o, _ := s.Office()
		o.Name = name
		if err := s.SaveOffice(o); err != nil {
			t.Fatal(err)
		}
	}
	p := person("Данияр Абенов")
	if err := a.Create(p); err != nil {
		t.Fatal(err)
	}
	exchange(t, a, b)
	p.Organization = "КарУ"
	if err := a.Update(p); err != nil {
		t.Fatal(err)
	}
	pb, _ := storage.GetAs[*model.Person](b, model.KindPerson, p.ID)
	pb.Region = "astana"
	if err := b.Update(pb); err != nil {
		t.Fatal(err)
	}
	if !settle {
		exchange(t, b, a)
		return ""
	}
	exchange(t, a, b)
	cs, err := b.Conflicts()
	if err != nil || len(cs) != 1 {
		t.Fatalf("b's conflicts: %v %v", cs, err)
	}
	if err := b.ResolveConflict(cs[0], cs[0].Current); err != nil {
		t.Fatal(err)
	}
	return exchange(t, b, nil)
}

// exchange exports from's changes since its last export to a bundle and,
// when to is not nil, imports it there, trusting from; it returns the
// bundle's path.
func exchange(t *testing.T, from, to *storage.Store) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "x.fob")
	if _, err := from.ExportFile(context.Background(), path, storage.ExportOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	if to != nil {
		if _, err := to.ImportBundle(context.Background(), storage.FileSource(path), nil, storage.ImportOptions{Trust: true}, nil); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// TestConflictReadable: in Russian at 40×12 a conflict names the offices,
// the kind in the singular and the fields by their labels; the field view
// shows both values; c asks before it settles.
func TestConflictReadable(t *testing.T) {
	a := uitest.OpenStore(t, fixedNow)
	b := uitest.OpenStore(t, fixedNow.Add(time.Hour))
	conflicted(t, a, b, false)
	h := newHarnessIn(t, a, model.RU, 40, 12)
	h.keys("left")
	h.mustSee("Конфликты (1)", "человек · Данияр")
	h.mustNotSee("люди")
	h.keys("enter")
	h.mustSee("Текущая: Астана · 13.02.2026 11:00", "Другая: Алматы · 13.02.2026 10:00", "Организация: текущая", "Регион: текущая", `"КарУ"`, `"astana"`, `"almaty"`)
	h.mustNotSee("organization", "region")
	for _, l := range strings.Split(h.m.View(), "\n") {
		if w := ansi.StringWidth(l); w > 40 {
			t.Fatalf("a line %d wide: %q", w, l)
		}
	}
	h.keys("esc", "c")
	h.mustSee("Оставить текущую версию", "Астана")
	h.keys("n")
	if n := a.ConflictCount(); n != 1 {
		t.Fatalf("%d conflicts after n", n)
	}
	h.mustSee("Конфликты (1)")
	h.keys("c", "y")
	h.mustSee("Конфликт решён", "Конфликты (0)")
	// The current version (Astana's: region changed, organisation not) is
	// what the store keeps, and nothing is in conflict any more.
	var kept []*model.Person
	if err := a.List(model.KindPerson, func(r model.Record) error {
		kept = append(kept, r.(*model.Person))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(kept) != 1 || kept[0].FullName != "Данияр Абенов" {
		t.Fatalf("people after resolving: %+v", kept)
	}
	if kept[0].Region != "astana" || kept[0].Organization == "КарУ" {
		t.Errorf("kept region %q, organisation %q; want the current version (astana, not КарУ)", kept[0].Region, kept[0].Organization)
	}
	if n := a.ConflictCount(); n != 0 {
		t.Errorf("%d conflicts after resolving", n)
	}
}

// TestImportConflictsLeft: a conflict the other office settled in the same
// bundle is not reported as one.
func TestImportConflictsLeft(t *testing.T) {
	a := uitest.OpenStore(t, fixedNow)
	b := uitest.OpenStore(t, fixedNow.Add(time.Hour))
	path := conflicted(t, a, b, true)
	trusts(t, a, b)
	h := newHarness(t, a, 120, 24)
	h.keys("right", "enter")
	h.typeText(path)
	h.keys("enter")
	h.mustSee("imported", "conflicts 0")
	h.mustNotSee("conflicts 1", "Records in conflict")
	if n := a.ConflictCount(); n != 0 {
		t.Fatalf("%d conflicts", n)
	}
}

// TestImportHelpAndChecking: the help says ↑/↓ reaches the passphrase; while
// an encrypted bundle is decrypted the screen says so, not "0 merged".
func TestImportHelpAndChecking(t *testing.T) {
	bundle.ScryptWorkFactor = 10
	a := uitest.OpenStore(t, fixedNow)
	if err := a.Create(person("Айгерім")); err != nil {
		t.Fatal(err)
	}
	h := newHarnessIn(t, a, model.RU, 100, 24)
	h.keys("enter")
	var helps []string
	for _, k := range h.m.ShortHelp() {
		helps = append(helps, k.Help().Key+" "+k.Help().Desc)
	}
	if s := strings.Join(helps, ", "); !strings.Contains(s, "↑/↓ к полю пароля") || !strings.Contains(s, "ctrl+u очистить поле") {
		t.Fatalf("help while editing: %s", s)
	}
	h.keys("esc")
	path := filepath.Join(t.TempDir(), "enc.fob")
	if _, err := a.ExportFile(context.Background(), path, storage.ExportOptions{Passphrase: "қар"}, nil); err != nil {
		t.Fatal(err)
	}
	b := uitest.OpenStore(t, fixedNow)
	trusts(t, b, a)
	g := newHarnessIn(t, b, model.RU, 100, 24)
	g.keys("right", "enter")
	g.typeText(path)
	g.keys("enter")
	g.mustSee("Пароль этого пакета")
	g.mustNotSee("без шифрования")
	g.typeText("қар")
	_, cmd := g.m.Update(uitest.Key("enter"))
	g.mustSee("Расшифровка и проверка")
	g.mustNotSee("объединено записей: 0")
	g.run(cmd)
	g.mustSee("люди: новых 1")
}

// TestOutcomeStaysInViewWhenShort: on a small terminal what an import did
// stays on screen (its file and its total), the help giving way first.
func TestOutcomeStaysInViewWhenShort(t *testing.T) {
	a := uitest.OpenStore(t, fixedNow)
	if err := a.Create(person("Айгерім Сейтқали")); err != nil {
		t.Fatal(err)
	}
	if err := a.Create(person("Данияр Абенов")); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "a.fob")
	exportTo(t, a, path)
	for _, size := range [][2]int{{100, 24}, {40, 10}} {
		b := uitest.OpenStore(t, fixedNow)
		trusts(t, b, a)
		h := newHarness(t, b, size[0], size[1])
		h.keys("right", "enter")
		h.typeText(path)
		h.keys("enter")
		h.mustSee("a.fob", "total: added 2")
		if size[1] == 24 {
			h.mustSee("people: added 2", "bundles folder")
		}
		if n := len(strings.Split(h.m.View(), "\n")); n > size[1] {
			t.Errorf("%d×%d: %d lines", size[0], size[1], n)
		}
	}
}

// At 40×10 the first import from an office (the trust line, the file, each
// kind, the total) shows every kind's count that fits, instead of "…" above
// empty lines; on a smaller screen the middle scrolls (↑/↓, k/j), the total
// stays.
func TestOutcomeFillsTheRoomItHas(t *testing.T) {
	a := uitest.OpenStore(t, fixedNow)
	if err := a.Create(person("Айгерім Сейтқали")); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "a.fob")
	exportTo(t, a, path)
	for _, size := range [][2]int{{40, 10}, {40, 8}} {
		h := newHarness(t, uitest.OpenStore(t, fixedNow), size[0], size[1])
		h.keys("right")
		h.m.inPath.SetValue(path)
		h.keys("enter", "enter", "y")
		h.mustSee("trusted now", "total: added 1")
		if size[1] == 10 {
			// The temporary folder's long path takes lines of its own:
			// a key or two down, every kind's count, never "…".
			for i := 0; i < 4 && !strings.Contains(h.view(), "people: added 1"); i++ {
				h.keys("down")
			}
			h.mustSee("people: added 1", "total: added 1")
			h.mustNotSee("…")
		} else {
			// The middle scrolls, the total stays (finding 12 of s18-try:
			// "…" hid every kind's count, and j did nothing).
			h.mustSee("↓ more below")
			h.mustNotSee("people: added 1")
			for i := 0; i < 10 && strings.Contains(h.view(), "more below"); i++ {
				h.keys([]string{"down", "j"}[i%2])
			}
			h.mustSee("people: added 1", "↑ more above", "total: added 1")
			h.mustNotSee("more below")
			for i := 0; i < 10 && strings.Contains(h.view(), "more above"); i++ {
				h.keys([]string{"up", "k"}[i%2])
			}
			h.mustSee("trusted now", "↓ more below")
		}
		if n := len(strings.Split(h.m.View(), "\n")); n > size[1] {
			t.Errorf("%d×%d: %d lines", size[0], size[1], n)
		}
	}
}

// TestLongPathKeepsToOneLine: a long path shown, wide characters and all,
// keeps to one line (its end); with nothing run yet, a tiny screen still
// shows the form, not only the tabs.
func TestLongPathKeepsToOneLine(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	h := newHarness(t, s, 40, 12)
	h.keys("right")
	for _, p := range []string{
		"/media/usb/" + strings.Repeat("一二三四五六七八九十", 3) + ".fob",
		"/media/usb/" + strings.Repeat("Қарағанды-", 6) + ".fob",
	} {
		h.m.inPath.SetValue(p)
		lines := strings.Split(ansi.Strip(h.m.View()), "\n")
		for i, l := range lines {
			if w := ansi.StringWidth(l); w > 40 {
				t.Errorf("%q: line %d is %d cells wide", p, i, w)
			}
			if strings.Contains(l, "File to import") {
				if i+1 >= len(lines) || !strings.Contains(lines[i+1], "….fob") && !strings.HasSuffix(strings.TrimSpace(lines[i+1]), ".fob") {
					t.Errorf("%q: the path should follow on one line:\n%s", p, strings.Join(lines, "\n"))
				}
			}
		}
	}
	tiny := newHarness(t, s, 40, 3)
	tiny.keys("right")
	tiny.mustSee("File to import")
}

// Issue 18 item 1: an export onto an existing file asks first (no keeps it
// as it was, yes replaces it); onto the store itself or another store file
// it is refused with a sentence, whatever the answer.
func TestExportAsksBeforeReplacing(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	if err := s.Create(person("Айгерім")); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	old := filepath.Join(dir, "old.fob")
	os.WriteFile(old, []byte("kept"), 0o600)
	h := newHarness(t, s, 120, 24)
	h.keys("f", "enter", "ctrl+u")
	h.typeText(old)
	h.keys("enter")
	h.mustSee("exists already. Replace it?", "y — replace it · n/enter/esc — keep it as it is")
	h.keys("n")
	h.mustSee("Nothing was written")
	if b, _ := os.ReadFile(old); string(b) != "kept" {
		t.Fatal("the file was replaced after no")
	}
	h.keys("enter", "enter") // the same path again
	h.mustSee("Replace it?")
	h.keys("y")
	h.mustSee("Bundle written")
	if b, _ := os.ReadFile(old); string(b) == "kept" {
		t.Fatal("the file was not replaced after yes")
	}
	h.keys("enter", "ctrl+u")
	h.typeText(s.Path())
	h.keys("enter")
	h.mustSee("is the store itself")
	h.mustNotSee("Replace it?")
}

// TestExportWorkbook: a file name ending in .xlsx writes the office's
// records as one workbook (export-sheet's), not a bundle.
func TestExportWorkbook(t *testing.T) {
	a := uitest.OpenStore(t, fixedNow)
	if err := a.Create(person("Айгерім Сейтқали")); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "office.xlsx")
	h := newHarness(t, a, 100, 24)
	h.keys("f", "enter", "ctrl+u")
	h.typeText(path)
	h.keys("enter")
	h.mustSee("Written to", "office.xlsx", "people 1")
	book, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	rows, _ := book.GetRows("People")
	if len(rows) != 2 || rows[1][1] != "Айгерім Сейтқали" {
		t.Errorf("people sheet: %v", rows)
	}
}

// TestExportShowsTheFingerprintWhenSmall: at 40×12 (the app gives the
// screen 9 lines) the Export section still shows this office's key
// fingerprint, on one line, in every language: the other office compares it
// by phone before trusting this one's bundles.
func TestExportShowsTheFingerprintWhenSmall(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	fp := s.Fingerprint()
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarnessIn(t, s, lang, 40, 9)
		view := ansi.Strip(h.m.View())
		if !strings.Contains(view, fp) {
			t.Errorf("%s: no fingerprint %s at 40×9:\n%s", lang, fp, view)
		}
		for i, l := range strings.Split(view, "\n") {
			if w := ansi.StringWidth(l); w > 40 {
				t.Errorf("%s: line %d is %d cells wide", lang, i, w)
			}
		}
	}
	wide := newHarness(t, s, 100, 30)
	wide.mustSee("This office's key fingerprint: " + fp)
}

// TestPathEditorFitsTheWidth: while a path is edited, its line (indent,
// prompt, text and the cursor after it) is no wider than the screen. It was
// a cell wider: in a terminal the shown cursor wrapped the line, splitting
// the file name's date ("…-2026-12-" / "07.fob").
func TestPathEditorFitsTheWidth(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		for _, w := range []int{40, 60, 100} {
			h := newHarnessIn(t, s, lang, w, 9)
			h.keys("enter") // edit the export path
			if h.m.editing != &h.m.path {
				t.Fatalf("%s: enter should edit the path", lang)
			}
			if got := ansi.StringWidth("  " + h.m.path.View()); got > w {
				t.Errorf("%s at %d columns: the path's line is %d cells wide", lang, w, got)
			}
		}
	}
}
