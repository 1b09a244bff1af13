package settings

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/uitest"

	tea "github.com/charmbracelet/bubbletea"
)

func TestBackupNowFromSettings(t *testing.T) {
	s := uitest.OpenStore(t, now)
	h := newHarness(t, s, model.EN)
	if hs := h.m.ShortHelp(); len(hs) < 3 || hs[2].Help().Desc != "back up now" {
		t.Fatalf("help does not offer the backup: %v", hs)
	}

	// b starts it: the bar shows at once, and keys other than esc do nothing.
	_, cmd := h.m.Update(uitest.Key("b"))
	h.mustSee("Making a backup…", "%", "esc stops it")
	if !h.m.Capturing() {
		t.Error("while the backup runs, the other screens' keys must not leave it")
	}
	h.m.Update(uitest.Key("e"))
	h.mustSee("Making a backup…")
	h.run.Run(cmd) // to the end
	if len(h.status) == 0 || !strings.HasPrefix(h.status[len(h.status)-1], "Backup made: ") {
		t.Fatalf("status: %v", h.status)
	}
	files, _ := os.ReadDir(s.BackupDir())
	if len(files) != 1 || !strings.HasPrefix(files[0].Name(), "fo-2026-03-02-") {
		t.Fatalf("backups folder: %v", files)
	}
	if !strings.Contains(h.status[len(h.status)-1], filepath.Join("backups", files[0].Name())) {
		t.Errorf("the status does not say where: %q", h.status[len(h.status)-1])
	}
	h.mustSee("Office name") // back on the settings

	// esc stops one: nothing more in the folder, and it says so.
	h.status = nil
	_, cmd = h.m.Update(uitest.Key("b"))
	h.m.Update(tea.KeyMsg{Type: tea.KeyEsc})
	h.run.Run(cmd)
	last := h.status[len(h.status)-1]
	after, _ := os.ReadDir(s.BackupDir())
	switch {
	case last == "Backup stopped; nothing was written.":
		if len(after) != 1 {
			t.Errorf("a stopped backup left a file: %v", after)
		}
	case strings.HasPrefix(last, "Backup made: "): // it finished before esc came
	default:
		t.Errorf("status after esc: %q", last)
	}
}
