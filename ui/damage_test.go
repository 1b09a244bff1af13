package ui

import (
	"errors"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"

	tea "github.com/charmbracelet/bubbletea"
)

// Damage met while the app runs stops it (Run then returns the damage, and
// RunRestoring shows the restore screen with the store closed).
func TestDamageStopsTheApp(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 100, 30)
	damage := &storage.DamagedError{Path: s.Path(), Detail: "test"}
	_, cmd := h.m.Update(damagedMsg{damage})
	if cmd == nil {
		t.Fatal("no command: the app goes on over a damaged store")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("the app does not quit on damage")
	}
	if !errors.Is(h.m.damaged, storage.ErrDamaged) {
		t.Errorf("damage not kept for Run: %v", h.m.damaged)
	}
	// A failed daily backup of a damaged store puts nothing in the status
	// line: the restore screen says it all.
	h.m.status.Text = ""
	h.m.Update(backupMsg{err: damage})
	if h.m.status.Text != "" {
		t.Errorf("status %q", h.m.status.Text)
	}
}
