package ui

import (
	"os"
	"os/signal"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
)

// quitOnHangup makes the program quit as q does when its terminal goes away
// (SIGHUP: the consultant closed the window instead of pressing q), so the
// store is closed properly and the next start does not check all of it.
// Bubble Tea itself takes SIGINT and SIGTERM (on Windows, closing the
// console window arrives as SIGTERM). stop ends the watch.
func quitOnHangup(p *tea.Program) (stop func()) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case <-hup:
			p.Send(tea.QuitMsg{})
		case <-done:
		}
	}()
	return func() {
		signal.Stop(hup)
		close(done)
	}
}
