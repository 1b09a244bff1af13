package settings

import (
	"path/filepath"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/uitest"
)

// TestSetupAskedBeforeLoaded: Home's enter (the set-up) can reach Settings
// before its office is loaded on a busy machine; the set-up then starts
// when the office arrives instead of being dropped (the tmux first-run test
// saw the plain Settings screen).
func TestSetupAskedBeforeLoaded(t *testing.T) {
	s, err := storage.Open(filepath.Join(t.TempDir(), "fo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	h := &harness{t: t, m: New(uitest.Common(s, model.RU, now))}
	h.run = uitest.Runner{T: t, Send: h.send}
	h.m.SetSize(100, 30)
	load := h.m.Init() // not run yet: the office is still on its way
	h.send(common.SetupMsg{})
	if h.m.setup {
		t.Fatal("the set-up started with no office loaded")
	}
	h.run.Run(load)
	if !h.m.setup || h.m.mode == viewing {
		t.Fatalf("the set-up did not start once loaded (setup %v, mode %v)", h.m.setup, h.m.mode)
	}
	h.mustSee("Настройка, 1 из 4")
}
