package sync

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/ui/uitest"
)

// TestImportPicker (issue 20 item 12): enter on Import lists the bundles
// folder's .fob files newest first with size and date (other files left
// out); tab shows Downloads; enter imports the file under the cursor; a
// path typed still works.
func TestImportPicker(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	a := uitest.OpenStore(t, fixedNow)
	if err := a.Create(person("Айгерім Сейтқали")); err != nil {
		t.Fatal(err)
	}
	b := uitest.OpenStore(t, fixedNow)
	trusts(t, b, a)
	bundles := b.BundleDir()
	if err := os.MkdirAll(bundles, 0o700); err != nil {
		t.Fatal(err)
	}
	old, newer := filepath.Join(bundles, "old.fob"), filepath.Join(bundles, "newer.fob")
	exportTo(t, a, old)
	exportTo(t, a, newer)
	os.WriteFile(filepath.Join(bundles, "notes.txt"), []byte("x"), 0o600)
	day := time.Date(2026, 2, 10, 9, 30, 0, 0, time.Local)
	os.Chtimes(old, day, day)
	os.Chtimes(newer, day.Add(48*time.Hour), day.Add(48*time.Hour))
	downloads := filepath.Join(home, "Downloads")
	os.MkdirAll(downloads, 0o700)
	exportTo(t, a, filepath.Join(downloads, "from-mail.fob"))

	h := newHarness(t, b, 100, 24)
	h.keys("right", "enter")
	v := h.view()
	i, j := strings.Index(v, "newer.fob"), strings.Index(v, "old.fob")
	if i < 0 || j < 0 || i > j || strings.Contains(v, "notes.txt") {
		t.Fatalf("not the .fob files newest first:\n%s", v)
	}
	h.mustSee("▸ newer.fob", "12.02.2026 09:30", "10.02.2026 09:30", " B\n", "Bundles folder: "+bundles)
	h.keys("tab")
	h.mustSee("Downloads: "+downloads, "▸ from-mail.fob")
	h.mustNotSee("old.fob")
	h.keys("tab", "down", "enter") // back to the bundles folder, the older one
	h.mustSee("old.fob", "people: added 1")
	if n, _ := b.Count(model.KindPerson); n != 1 {
		t.Fatalf("%d people after the import", n)
	}
	// Next time the newest comes first again; a path typed works too.
	h.keys("enter")
	h.mustSee("▸ newer.fob")
	h.typeText(filepath.Join(downloads, "from-mail.fob"))
	h.mustSee("File to import", "from-mail.fob")
	h.keys("enter")
	h.mustSee("from-mail.fob", "nothing new")
}

// TestNarrowPickerDateUnderItsFile: at 40×12 the file under the cursor has
// its date and size on the next line, before the "more below" mark (the
// mark came between them).
func TestNarrowPickerDateUnderItsFile(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	a := uitest.OpenStore(t, fixedNow)
	b := uitest.OpenStore(t, fixedNow)
	bundles := b.BundleDir()
	if err := os.MkdirAll(bundles, 0o700); err != nil {
		t.Fatal(err)
	}
	for i := range 6 {
		f := filepath.Join(bundles, "b"+string(rune('1'+i))+".fob")
		exportTo(t, a, f)
		day := time.Date(2026, 2, 10+i, 9, 30, 0, 0, time.Local)
		os.Chtimes(f, day, day)
	}
	h := newHarness(t, b, 40, 12)
	h.keys("right", "enter")
	lines := strings.Split(h.view(), "\n")
	for i, l := range lines {
		if strings.Contains(l, "▸ b6.fob") {
			if i+1 >= len(lines) || !strings.Contains(lines[i+1], "15.02.2026 09:30") {
				t.Fatalf("the date is not under the file:\n%s", h.view())
			}
			return
		}
	}
	t.Fatalf("no file under the cursor:\n%s", h.view())
}
