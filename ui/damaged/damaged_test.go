package damaged

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
	"frontoffice/ui/uitest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// fixture makes a store file that cannot be read and, beside it, two good
// daily backups and one that is not a store at all.
func fixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "fo.db")
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	// Daily backups as the app leaves them (an output may not name the
	// backups folder: made beside it, then moved in).
	os.MkdirAll(filepath.Join(dir, "backups"), 0o700)
	for d := 1; d <= 2; d++ {
		name := "fo-2026-03-0" + string(rune('0'+d)) + ".db"
		if err := s.BackupFile(context.Background(), filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(filepath.Join(dir, name), filepath.Join(dir, "backups", name)); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	os.WriteFile(filepath.Join(dir, "backups", "fo-2026-03-03.db"), []byte(strings.Repeat("x", 20000)), 0o600)
	os.WriteFile(path, []byte(strings.Repeat("x", 20000)), 0o600)
	return path
}

func drive(t *testing.T, m *Model) func(msgs ...tea.Msg) {
	var r uitest.Runner
	r = uitest.Runner{T: t, Send: func(msg tea.Msg) {
		_, cmd := m.Update(msg)
		r.Run(cmd)
	}}
	r.Run(m.Init())
	return func(msgs ...tea.Msg) {
		for _, msg := range msgs {
			r.Send(msg)
		}
	}
}

// fits fails unless the frame is exactly w×h, no line wider.
func fits(t *testing.T, what, frame string, w, h int) {
	t.Helper()
	lines := strings.Split(frame, "\n")
	if len(lines) != h {
		t.Errorf("%s: %d lines, want %d:\n%s", what, len(lines), h, frame)
	}
	for _, l := range lines {
		if ansi.StringWidth(l) > w {
			t.Errorf("%s: line wider than %d: %q", what, w, l)
		}
	}
}

func TestRestoreScreenInEveryLanguage(t *testing.T) {
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		t.Run(string(lang), func(t *testing.T) {
			path := fixture(t)
			tr := i18n.New(lang)
			m := New(path, tr, common.NewStyles(true), func() time.Time { return time.Date(2026, 3, 4, 10, 0, 0, 0, time.Local) })
			send := drive(t, m)
			for _, size := range [][2]int{{40, 12}, {80, 24}, {200, 60}} {
				send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				fits(t, "list", m.View(), size[0], size[1])
			}
			v := m.View()
			if !strings.Contains(v, tr.T("damaged.title")) || !strings.Contains(v, "› 02.03.2026") || !strings.Contains(v, tr.T("restore.check_ok")) {
				t.Errorf("the screen lacks its title or the newest good backup marked:\n%s", v)
			}
			// r asks, with the keys of every question in the app: «н»
			// answers nothing; n, т, ж, N, esc and enter answer no; y, д
			// and и restore (ui/common/confirm.go).
			send(uitest.Key("r"), uitest.Key("н"))
			if m.state != confirming || !strings.Contains(m.View(), tr.T("confirm.not_an_answer")) {
				t.Fatalf("«н» answered, or said nothing:\n%s", m.View())
			}
			send(uitest.Key("esc"))
			for _, no := range []string{"n", "т", "ж", "N", "esc", "enter"} {
				send(uitest.Key("r"))
				if !strings.Contains(m.View(), "fo-2026-03-02.db") || m.state != confirming {
					t.Fatalf("r does not ask:\n%s", m.View())
				}
				send(uitest.Key(no))
				if m.state != choosing {
					t.Errorf("%q does not answer no", no)
				}
			}
			if _, err := os.Stat(path + ".damaged-20260304-100000"); !os.IsNotExist(err) {
				t.Fatal("restored without a yes")
			}
			send(uitest.Key("down"), uitest.Key("up"), uitest.Key("r"))
			fits(t, "confirm", m.View(), 200, 60)
			yes := map[model.Lang]string{model.KK: "и", model.RU: "д", model.EN: "y"}[lang]
			send(uitest.Key(yes))
			if !m.Restored() {
				t.Fatalf("%q did not restore:\n%s", yes, m.View())
			}
			fits(t, "restored", m.View(), 200, 60)
			if !strings.Contains(m.View(), path+".damaged-20260304-100000") {
				t.Errorf("the screen does not say where the damaged file is:\n%s", m.View())
			}
			if _, err := os.Stat(path + ".damaged-20260304-100000"); err != nil {
				t.Error("the damaged file is not kept")
			}
			if info := storage.CheckFile(path); info.Problem != nil {
				t.Errorf("the restored store: %v", info.Problem)
			}
		})
	}
}

func TestRestoreScreenWithoutAGoodBackup(t *testing.T) {
	path := fixture(t)
	os.RemoveAll(filepath.Join(filepath.Dir(path), "backups", "fo-2026-03-01.db"))
	os.RemoveAll(filepath.Join(filepath.Dir(path), "backups", "fo-2026-03-02.db"))
	tr := i18n.New(model.EN)
	m := New(path, tr, common.NewStyles(true), nil)
	send := drive(t, m)
	send(tea.WindowSizeMsg{Width: 80, Height: 24})
	send(uitest.Key("r"), uitest.Key("y"))
	if m.Restored() || !strings.Contains(m.View(), "salvage") {
		t.Errorf("with no good backup the screen must point to salvage and restore nothing:\n%s", m.View())
	}
}
