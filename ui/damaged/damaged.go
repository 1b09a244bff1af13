// Package damaged is the app's first screen when the store is damaged: it
// says so in plain words, lists the backups beside the store (date, counts,
// check) and, on a confirmed key, puts the chosen good one (the newest, unless
// another is picked) in the store's place, the damaged file kept beside it.
// It runs with no store open: the store cannot be trusted, and the restore
// must hold the store's lock itself (storage.Restore).
package damaged

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

type keyMap struct {
	Restore, Up, Down, Open, Quit, ForceQ key.Binding
}

// restoreQ asks before a backup takes the store's place; it is answered with
// the keys of every question in the app (ui/common/confirm.go).
var restoreQ = common.NewQuestion("damaged.restore", "damaged.confirm", "confirm.restore_backup", "confirm.cancel")

func newKeyMap(tr *i18n.Translator) keyMap {
	return keyMap{
		Restore: common.Bind(tr.T("damaged.key_restore"), "r"),
		Up:      common.BindHelp("↑/↓", tr.T("damaged.key_choose"), "up", "k"),
		Down:    common.Bind(tr.T("damaged.key_choose"), "down", "j"),
		Open:    common.Bind(tr.T("damaged.key_open"), "enter"),
		Quit:    common.Bind(tr.T("key.quit"), "q"),
		ForceQ:  common.Bind(tr.T("key.quit"), "ctrl+c"),
	}
}

// Model is the screen.
type Model struct {
	c     *common.Common // the translator and styles, for the question
	ask   *common.Asking // the question while confirming
	tr    *i18n.Translator
	st    *common.Styles
	keys  keyMap
	help  help.Model
	path  string
	now   func() time.Time
	w, h  int
	state state

	list    []storage.BackupFile
	cursor  int // the backup marked for restore (a good one), -1: none
	listErr error
	res     storage.Restored
	failed  string
}

type state int

const (
	loading state = iota
	choosing
	confirming
	restoring
	restored
)

// New makes the screen for the damaged store at path.
func New(path string, tr *i18n.Translator, st *common.Styles, now func() time.Time) *Model {
	if now == nil {
		now = time.Now
	}
	m := &Model{c: &common.Common{Tr: tr, Styles: st}, tr: tr, st: st, keys: newKeyMap(tr), help: help.New(), path: path, now: now, cursor: -1}
	m.help.ShortSeparator = "  "
	return m
}

// Restored reports whether a backup was put in the store's place.
func (m *Model) Restored() bool { return m.state == restored }

type listMsg struct {
	list []storage.BackupFile
	err  error
}

type restoreMsg struct {
	res storage.Restored
	err error
}

// Init looks at the backups (off the event loop: each is checked).
func (m *Model) Init() tea.Cmd {
	path := m.path
	return common.Do(func() tea.Msg {
		list, err := storage.ListBackups(path)
		return listMsg{list, err}
	})
}

// Update handles the list, the restore's outcome and the keys.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		m.help.Width = msg.Width
	case listMsg:
		m.list, m.listErr, m.state = msg.list, msg.err, choosing
		m.cursor = m.nextGood(-1, 1)
	case restoreMsg:
		if msg.err != nil {
			m.state, m.failed = choosing, m.tr.T("damaged.failed", m.errorText(msg.err))
			return m, nil
		}
		m.res, m.state = msg.res, restored
	case common.PanicMsg:
		m.state, m.failed = choosing, m.tr.T("damaged.failed", fmt.Sprint(msg.Value))
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	return m, nil
}

func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	if key.Matches(msg, k.ForceQ) {
		return tea.Quit
	}
	switch m.state {
	case choosing:
		switch {
		case key.Matches(msg, k.Quit):
			return tea.Quit
		case key.Matches(msg, k.Up):
			if c := m.nextGood(m.cursor, -1); c >= 0 {
				m.cursor = c
			}
		case key.Matches(msg, k.Down):
			if c := m.nextGood(m.cursor, 1); c >= 0 {
				m.cursor = c
			}
		case key.Matches(msg, k.Restore) && m.cursor >= 0:
			m.state, m.failed = confirming, ""
			f := m.list[m.cursor]
			m.ask = m.c.Ask(restoreQ, filepath.Base(f.Path), common.BackupDate(f))
		}
	case confirming:
		if key.Matches(msg, k.ForceQ) {
			return tea.Quit
		}
		switch m.ask.Answer(msg) {
		case common.Yes:
			m.state, m.ask = restoring, nil
			path, from, now := m.path, m.list[m.cursor].Path, m.now()
			return common.Do(func() tea.Msg {
				res, err := storage.Restore(path, from, now)
				return restoreMsg{res, err}
			})
		case common.No:
			m.state, m.ask = choosing, nil // enter and esc are the safe answer: no
		}
	case restored:
		if key.Matches(msg, k.Open, k.Quit) {
			return tea.Quit
		}
	case loading:
		if key.Matches(msg, k.Quit) {
			return tea.Quit
		}
	}
	return nil
}

// nextGood is the next backup that passes the check from i in direction d
// (-1 when there is none).
func (m *Model) nextGood(i, d int) int {
	for j := i + d; j >= 0 && j < len(m.list); j += d {
		if m.list[j].Problem == nil {
			return j
		}
	}
	return -1
}

func (m *Model) errorText(err error) string {
	if errors.Is(err, storage.ErrInUse) {
		return m.tr.T("err.in_use_path", m.path)
	}
	return common.ErrorText(m.tr, err)
}

// View draws the screen, cut to the terminal: the explanation on top, what
// a key does now at the bottom above the help line, and as much of the list
// of backups as fits between (the marked one always shown).
func (m *Model) View() string {
	if m.w == 0 {
		return ""
	}
	tr, st := m.tr, m.st
	wrap := lipgloss.NewStyle().Width(m.w)
	head := st.Title.Render(tr.T("damaged.title")) + "\n" + wrap.Render(tr.T("damaged.explain", common.Sanitize(m.path)))

	var list []string
	switch {
	case m.state == loading:
		list = []string{st.Muted.Render(tr.T("damaged.loading"))}
	case m.listErr != nil:
		list = []string{st.Error.Render(wrap.Render(common.ErrorText(tr, m.listErr)))}
	case len(m.list) == 0:
		list = []string{tr.T("damaged.no_backups")}
	default:
		list = append(list, tr.T("damaged.backups"))
		for i, f := range m.list {
			mark := "  "
			line := fmt.Sprintf("%s  %s — %s", common.BackupDate(f), common.BackupCheck(tr, f.Problem), common.BackupCounts(tr, f.Counts))
			if i == m.cursor {
				mark = "› "
				line = st.Selected.Render(line)
			} else if f.Problem != nil {
				line = st.Error.Render(line)
			}
			list = append(list, common.Fit(mark+line, m.w, 1))
		}
	}

	var foot []string
	switch m.state {
	case choosing:
		if m.failed != "" {
			foot = append(foot, st.Error.Render(wrap.Render(m.failed)))
		}
		if m.cursor >= 0 {
			foot = append(foot, wrap.Render(tr.T("damaged.offer", filepath.Base(m.list[m.cursor].Path))))
		} else if m.listErr == nil {
			foot = append(foot, wrap.Render(tr.T("damaged.no_good")))
		}
	case confirming:
		foot = append(foot, m.ask.View(max(10, m.w)))
	case restoring:
		foot = append(foot, tr.T("damaged.restoring"))
	case restored:
		foot = append(foot, st.Value.Render(wrap.Render(tr.T("damaged.restored", filepath.Base(m.res.From.Path), common.Sanitize(m.res.MovedTo)))))
	}
	footText := strings.Join(foot, "\n")

	room := m.h - 1 - lipgloss.Height(footText) - 1 // help line, a blank line
	headLines := strings.Split(head, "\n")
	if len(headLines)+1+len(list) > room && len(headLines) > 1 {
		// Short of room: the explanation gives way to the list first.
		headLines = headLines[:max(1, room-1-len(list))]
	}
	room -= len(headLines) + 1
	if len(list) > room && room > 0 {
		first := 0
		if m.cursor >= 0 && m.cursor+1 >= room { // list[0] is the title
			first = m.cursor + 2 - room
		}
		list = list[first:min(len(list), first+room)]
	}
	body := strings.Join(headLines, "\n") + "\n\n" + strings.Join(list, "\n")
	if footText != "" {
		body += "\n\n" + footText
	}
	helpLine := common.Fit(m.help.ShortHelpView(m.shortHelp()), m.w, 1)
	body = common.Fit(body, m.w, max(1, m.h-1))
	if n := strings.Count(body, "\n") + 1; n < m.h-1 {
		body += strings.Repeat("\n", m.h-1-n) // the help line at the bottom
	}
	return body + "\n" + helpLine
}

func (m *Model) shortHelp() []key.Binding {
	k := m.keys
	switch m.state {
	case choosing:
		if m.cursor >= 0 {
			return []key.Binding{k.Restore, k.Up, k.Quit}
		}
		return []key.Binding{k.Quit}
	case confirming:
		return m.ask.Keys()
	case restored:
		return []key.Binding{k.Open}
	}
	return []key.Binding{k.Quit}
}
