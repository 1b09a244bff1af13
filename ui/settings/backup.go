package settings

import (
	"context"
	"errors"
	"path/filepath"
	"strings"

	"frontoffice/ui/common"

	tea "github.com/charmbracelet/bubbletea"
)

// Backing up by hand (b on Settings): a copy of the whole store into the
// backups folder, with a progress bar; esc stops it and leaves nothing.

type backupProgressMsg struct {
	done, total int64
	next        <-chan tea.Msg
}

type backupDoneMsg struct {
	file string
	err  error
}

// backupJob is a backup under way.
type backupJob struct {
	cancel      context.CancelFunc
	done, total int64
}

func (m *Model) startBackup() tea.Cmd {
	ctx, cancel := context.WithCancel(context.Background())
	m.backup = &backupJob{cancel: cancel}
	ch := make(chan tea.Msg, 8)
	store, now := m.c.Store, m.c.Now()
	go func() {
		file, err := store.BackupNow(ctx, now, func(done, total int64) {
			select {
			case ch <- backupProgressMsg{done: done, total: total, next: ch}:
			default: // the screen is behind: it will get a later figure
			}
		})
		ch <- backupDoneMsg{file: file, err: err}
		close(ch)
	}()
	return waitFor(ch)
}

// waitFor is the next message from a job's channel.
func waitFor(ch <-chan tea.Msg) tea.Cmd {
	return func() tea.Msg { return <-ch }
}

func (m *Model) takeBackup(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case backupProgressMsg:
		if m.backup != nil {
			m.backup.done, m.backup.total = msg.done, msg.total
		}
		return waitFor(msg.next)
	case backupDoneMsg:
		m.backup = nil
		tr := m.c.Tr
		switch {
		case errors.Is(msg.err, context.Canceled):
			return common.Status(tr.T("settings.backup_cancelled"), false)
		case msg.err != nil:
			return common.Status(tr.T("settings.backup_failed", m.c.ErrorText(msg.err)), true)
		}
		shown := msg.file
		if m.c.StoreLabel != "" {
			shown = filepath.Join(filepath.Dir(m.c.StoreLabel), "backups", filepath.Base(msg.file))
		}
		return common.Status(tr.T("settings.backup_done", shown), false)
	}
	return nil
}

// backupView is the progress bar while a backup runs.
func (m *Model) backupView() string {
	tr, st := m.c.Tr, m.c.Styles
	j := m.backup
	var b strings.Builder
	b.WriteString(st.Title.Render(tr.T("settings.backing_up")) + "\n\n")
	b.WriteString(common.ProgressBar(j.done, j.total, max(10, m.w-8)) + "\n\n")
	b.WriteString(st.Muted.Render(tr.T("settings.backup_esc")))
	return common.Fit(b.String(), m.w, m.h)
}
