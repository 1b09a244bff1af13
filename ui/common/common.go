// Package common is what every screen shares: the Common struct (size, styles,
// translator, store, clock), the Component shape, key helpers and messages.
package common

import (
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/storage"
	"frontoffice/ui/i18n"

	tea "github.com/charmbracelet/bubbletea"
)

// Common is shared by the root and every screen. The root owns it; screens keep
// the pointer and read from it, so a language switch reaches all of them.
type Common struct {
	Width, Height int // the body area a screen may draw in
	Styles        *Styles
	Tr            *i18n.Translator
	Store         *storage.Store
	StoreLabel    string // the store's path as shown (home folder written as ~)
	Now           func() time.Time
	Plain         bool // TERM=dumb: no colours, no alternate screen
	NoColor       bool // NO_COLOR or TERM=dumb: no colours
	// Quit asks the running program to stop from outside Update (nil in tests).
	Quit func()
	// WarmUp delays the start of the screens not shown first (0 in tests).
	WarmUp time.Duration

	rules    application.Office // the office's MCI and own templates (SetRules)
	rulesGen uint64             // SetRules calls so far
}

// Rules are the office's settings the rules depend on (its MCI and own
// grant templates), as last set (SetRules: at start and when Settings saves
// them); none: the shipped templates and the budget law's MCI. Read on the
// event loop; a command off the loop takes the value with it.
func (c *Common) Rules() application.Office { return c.rules }

// RulesGen changes whenever Rules may have (SetRules): readiness worked
// out before belongs to an older generation.
func (c *Common) RulesGen() uint64 { return c.rulesGen }

// SetRules puts o in effect for every screen (on the event loop).
func (c *Common) SetRules(o application.Office) {
	c.rules = o
	c.rulesGen++
}

// Lang is the current language.
func (c *Common) Lang() model.Lang { return c.Tr.Lang() }

// Today is the current calendar day in local time.
func (c *Common) Today() model.Date { return model.DateOf(c.Now()) }

// DataChangedMsg tells every screen that records were saved, so counts reload.
type DataChangedMsg struct{}

// LangChangedMsg tells every screen the language changed: rebuild key maps and text.
type LangChangedMsg struct{}

// StatusMsg shows a short line in the status bar (an error when Err is set).
type StatusMsg struct {
	Text string
	Err  bool
}

// PanicMsg carries a panic caught in a command back to the root, which logs it
// and stops the program cleanly.
type PanicMsg struct {
	Value any
	Stack []byte
}

// Do runs fn off the event loop (never in Update or View) and turns its result
// into a message. A panic inside becomes a PanicMsg instead of a broken terminal.
func Do(fn func() tea.Msg) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = PanicMsg{Value: r, Stack: debug.Stack()}
			}
		}()
		return fn()
	}
}

// Listen is Do for a command that waits for something outside the app to
// happen (the store meeting damage…), maybe for as long as the app runs.
// Such a command is no answer to anything, so tests do not wait for it:
// ui/uitest tells it by this function's name, as it tells a timer (hence
// noinline: an inlined closure would take its caller's name).
//
//go:noinline
func Listen(fn func() tea.Msg) tea.Cmd {
	cmd := Do(fn)
	return func() tea.Msg { return cmd() }
}

// Later is Do for background work that starts only after delay, so the
// screens a person opens first come first; tests do not wait for it either
// (ui/uitest), as for a timer.
//
//go:noinline
func Later(delay time.Duration, fn func() tea.Msg) tea.Cmd {
	cmd := Do(fn)
	return func() tea.Msg {
		time.Sleep(delay) // not an outcome: the first screens load first
		return cmd()
	}
}

// ErrorText turns an error into a sentence for a consultant: known errors are
// translated, anything else is shown briefly with a translated lead.
func (c *Common) ErrorText(err error) string { return ErrorText(c.Tr, err) }

// ErrorText is Common.ErrorText for code without a Common (the command line).
func ErrorText(tr *i18n.Translator, err error) string {
	if fe, ok := model.AsFieldErrors(err); ok {
		return tr.FieldErrors(fe)
	}
	var damaged *storage.DamagedError
	if errors.As(err, &damaged) {
		// One sentence, the way back included; never what bbolt said.
		return tr.T("err.damaged", Sanitize(damaged.Path))
	}
	if oe, ok := storage.AsOutputError(err); ok {
		return OutputErrorText(tr, oe)
	}
	switch {
	case errors.Is(err, storage.ErrInUse):
		return tr.T("err.in_use")
	case errors.Is(err, storage.ErrStale):
		return tr.T("err.stale")
	case errors.Is(err, storage.ErrNotFound):
		return tr.T("err.not_found")
	case errors.Is(err, storage.ErrNewerSchema):
		return tr.T("err.newer_schema")
	case errors.Is(err, storage.ErrReadOnly):
		return tr.T("err.read_only")
	case errors.Is(err, storage.ErrNeedsUpgrade):
		return tr.T("err.needs_upgrade")
	case NoSpace(err):
		return tr.T("err.no_space")
	}
	// The detail may name a file whose name holds escapes: sanitized.
	return fmt.Sprintf("%s (%s)", tr.T("err.generic"), Sanitize(err.Error()))
}

// OpenMsg asks the root to show a record on its own screen (an idea on
// Ideas, a person on People), from anywhere: a person's card listing their
// ideas, an idea's applicant.
type OpenMsg struct {
	Kind model.Kind
	ID   string
}
