// Package ui is the interactive app: the root model routes keys to the active
// screen, draws the tab bar, the help line and the status line, and keeps the
// terminal sane (resize, 40×12, panics).
package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
	"frontoffice/ui/settings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// MinWidth and MinHeight are the smallest terminal the app promises to work in.
const (
	MinWidth  = 40
	MinHeight = 12
)

// keyMap is the keys that work on every screen while no text field has focus.
type keyMap struct {
	Quit    key.Binding
	ForceQ  key.Binding
	Help    key.Binding
	Next    key.Binding
	Prev    key.Binding
	Back    key.Binding
	Screens []key.Binding // the key that shows each screen, by id (screens.go)
}

func newKeyMap(tr *i18n.Translator) keyMap {
	return keyMap{
		Quit:    common.Bind(tr.T("key.quit"), "q"),
		ForceQ:  common.Bind(tr.T("key.quit"), "ctrl+c"),
		Help:    common.BindHelp("?/F1", tr.T("key.help"), "?", "f1"),
		Next:    common.Bind(tr.T("key.next_screen"), "tab"),
		Prev:    common.Bind(tr.T("key.prev_screen"), "shift+tab"),
		Back:    common.Bind(tr.T("key.back"), "esc"),
		Screens: screenKeys(tr),
	}
}

// Model is the root of the app.
type Model struct {
	c       *common.Common
	keys    keyMap
	screens []common.Component
	started []bool // whose Init has run (see Init)
	active  int
	width   int
	height  int
	office  string
	status  common.StatusMsg
	// statusExtra is the lines the status takes under the help line past its
	// own: the screens are that much shorter (fitStatus).
	statusExtra int
	help        help.Model
	showHelp    bool
	helpTop     int // the first line of help shown, when it does not fit
	// back is the screens to return to: a card opened from another screen
	// (a person from the Desk's queue) goes back there on esc, a
	// consultation started on a card goes back there once saved. Choosing
	// a screen with its key forgets them.
	back []int

	damaged  error  // set when the store met damage: Run returns it (damage.go)
	crashLog string // set when a panic stopped the app
	crashDir string
	// testPanicKey, from $FRONTOFFICE_TEST_PANIC_KEY, makes that key panic in
	// Update ("f12") or in the next View ("view:f12"), for the crash tests.
	testPanicKey string
	panicInView  bool

	who         *common.Who // "who is working?", asked over the screen (who.go)
	consultants []string    // the office's, suggested there
}

// New builds the root model on an open store.
func New(c *common.Common) *Model {
	m := &Model{
		c:            c,
		keys:         newKeyMap(c.Tr),
		screens:      newScreens(c), // screens.go
		help:         help.New(),
		crashDir:     filepath.Dir(c.Store.Path()),
		testPanicKey: os.Getenv("FRONTOFFICE_TEST_PANIC_KEY"),
	}
	m.help.ShortSeparator = "  "
	return m
}

// CrashLog is the log file written when a panic stopped the app, "" otherwise.
func (m *Model) CrashLog() string { return m.crashLog }

type officeMsg struct {
	name        string
	consultants []string
}

func (m *Model) loadOffice() tea.Cmd {
	return common.LoadOffice(m.c.Store, func(o model.Office) tea.Msg { return officeMsg{name: o.Name, consultants: o.Consultants} })
}

type backupMsg struct {
	file string
	err  error
}

// autoBackup makes the daily backup after delay: the first launch of the
// day shows its first screen as fast as the others (the copy reads and
// checks the whole store: 0.8 s more to the first screen at 50,000 ideas,
// 2 s at 200,000, when it ran beside it), and the search index loads first.
// The copy runs at the lowest priority (storage.AutoBackup); closing the app
// stops it and leaves nothing half-written.
func (m *Model) autoBackup(delay time.Duration) tea.Cmd {
	store, now := m.c.Store, m.c.Now()
	return common.Later(delay, func() tea.Msg {
		f, err := store.AutoBackup(now)
		return backupMsg{file: f, err: err}
	})
}

// backupAfterWarmUps is how many warm-ups after start the daily backup
// begins (1.5 s: the first screen is drawn, the search index mostly loaded).
const backupAfterWarmUps = 3

// Init starts every screen and, once they are loaded, the daily backup.
//
// The screens not shown first start a little later (Common.WarmUp): loading
// the search index for Ideas and People takes both cores for a moment, and
// the first screen should not wait for it.
func (m *Model) Init() tea.Cmd {
	m.started = make([]bool, len(m.screens))
	cmds := []tea.Cmd{m.loadOffice(), m.autoBackup(backupAfterWarmUps * m.c.WarmUp), watchDamage(m.c.Store)}
	if m.c.WarmUp > 0 {
		cmds = append(cmds, m.start(m.active),
			tea.Tick(m.c.WarmUp, func(time.Time) tea.Msg { return warmUpMsg{} }))
	} else {
		for i := range m.screens {
			cmds = append(cmds, m.start(i))
		}
	}
	return tea.Batch(cmds...)
}

// warmUpMsg starts the screens not started yet, once the first is drawn.
type warmUpMsg struct{}

// start runs screen i's Init the first time it is asked for: at warm-up, or
// as soon as the screen is shown, whichever comes first.
func (m *Model) start(i int) tea.Cmd {
	if m.started == nil || m.started[i] {
		return nil
	}
	m.started[i] = true
	return m.screens[i].Init()
}

// Update routes messages. A panic here is logged and ends the program cleanly.
func (m *Model) Update(msg tea.Msg) (_ tea.Model, cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			cmd = m.crash(r, debug.Stack())
			return
		}
		m.fitStatus()
	}()
	if _, ok := msg.(warmUpMsg); ok {
		var cmds []tea.Cmd
		for i := range m.screens {
			cmds = append(cmds, m.start(i))
		}
		return m, tea.Batch(cmds...)
	}
	_, cmd = m.update(msg)
	if c := m.start(m.active); c != nil { // a screen shown before the warm-up
		cmd = tea.Batch(cmd, c)
	}
	return m, cmd
}

func (m *Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.crashLog != "" { // a panic in View: stop at the first chance
		return m, tea.Quit
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		return m, nil
	case common.PanicMsg:
		return m, m.crash(msg.Value, msg.Stack)
	case common.StatusMsg:
		m.status = msg
		return m, nil
	case officeMsg:
		m.office, m.consultants = msg.name, msg.consultants
		return m, nil
	case common.AskWhoMsg:
		return m, m.askWho(msg)
	case whoKnownMsg:
		return m, m.whoKnown(msg)
	case damagedMsg:
		m.damaged = msg.err
		return m, tea.Quit
	case backupMsg:
		if msg.err == nil && msg.file == "" {
			// No copy was made and checked today: the store itself is
			// looked over, once the screens have loaded.
			return m, quickCheck(m.c.Store, 2*m.c.WarmUp)
		}
		if msg.err != nil && !errors.Is(msg.err, storage.ErrDamaged) {
			m.status = common.StatusMsg{Text: m.c.Tr.T("status.backup_failed", m.c.ErrorText(msg.err)), Err: true}
		}
		if msg.file == "" {
			return m, nil // today's backup was there already: nothing changed
		}
		// Home shows the new backup's date; no other screen shows it or has
		// anything new to read (all of them reloading after the backup held
		// 200 MB more of the store's pages for a few seconds at 100,000 ideas).
		return m, m.updateScreen(screenHome, common.DataChangedMsg{})
	case settings.SetLangMsg:
		m.c.Tr = i18n.New(msg.Lang)
		m.keys = newKeyMap(m.c.Tr)
		return m, m.broadcast(common.LangChangedMsg{})
	case common.DataChangedMsg:
		return m, tea.Batch(m.loadOffice(), m.broadcast(msg))
	case common.OpenMsg:
		to := m.active
		switch msg.Kind {
		case model.KindIdea:
			to = screenIdeas
		case model.KindPerson:
			to = screenPeople
		default:
			return m, nil
		}
		m.pushBack(to)
		return m, m.updateScreen(m.active, msg)
	case common.LogConsultationMsg:
		m.pushBack(screenConsult)
		return m, m.updateScreen(screenConsult, msg)
	case common.ReturnMsg:
		if m.active == screenConsult || m.active == screenSettings {
			return m, m.popBack()
		}
		return m, nil
	case common.SetupMsg:
		m.pushBack(screenSettings) // saved, it comes back here
		return m, m.updateScreen(screenSettings, msg)
	case common.LogHoursMsg:
		m.active = screenHours
		return m, m.updateScreen(screenHours, msg)
	case tea.KeyMsg:
		if m.who != nil && msg.Type != tea.KeyCtrlC {
			return m, m.whoUpdate(msg)
		}
		return m, m.handleKey(msg)
	}
	// huh's own messages (next field, next group) carry no form id: they
	// belong to the form on the screen shown, never to one left open on
	// another screen.
	if msg != nil && reflect.TypeOf(msg).PkgPath() == huhPkg {
		if m.who != nil {
			return m, m.whoUpdate(msg)
		}
		return m, m.updateScreen(m.active, msg)
	}
	// Anything else belongs to a screen's own work: give it to every screen
	// (each drops what is not its own).
	return m, m.broadcast(msg)
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	switch m.testPanicKey {
	case "":
	case msg.String():
		panic("test panic requested by FRONTOFFICE_TEST_PANIC_KEY")
	case "view:" + msg.String():
		m.panicInView = true
	}
	if key.Matches(msg, m.keys.ForceQ) {
		return m.quit()
	}
	if m.showHelp {
		switch {
		case key.Matches(msg, m.keys.Help, m.keys.Back, m.keys.Quit):
			m.showHelp = false
		case msg.String() == "down" || msg.String() == "j" || msg.String() == "о":
			m.helpTop++
		case msg.String() == "up" || msg.String() == "k" || msg.String() == "л":
			m.helpTop--
		case msg.String() == "pgdown" || msg.String() == " ":
			m.helpTop += max(1, m.c.Height-2)
		case msg.String() == "pgup":
			m.helpTop -= max(1, m.c.Height-2)
		}
		return nil
	}
	if msg.Type == tea.KeyF1 { // F1 never types text, so it opens help even in a form
		m.showHelp, m.helpTop = true, 0
		return nil
	}
	if hf, ok := m.screens[m.active].(common.HelpFree); ok && hf.HelpFree() && msg.String() == "?" {
		m.showHelp, m.helpTop = true, 0 // the Desk's field holds no "?"
		return nil
	}
	if m.screens[m.active].Capturing() {
		return m.updateScreen(m.active, msg)
	}
	m.status = common.StatusMsg{}
	if b, ok := m.screens[m.active].(common.BackHandler); ok && b.HandlesBack() && key.Matches(msg, m.keys.Back) {
		cmd := m.updateScreen(m.active, msg) // a card goes back to its list, not Home
		if !b.HandlesBack() && len(m.back) > 0 {
			return tea.Batch(cmd, m.popBack()) // or where it was opened from
		}
		return cmd
	}
	if o, ok := m.screens[m.active].(common.KeyOwner); ok && o.OwnsKey(msg) {
		return m.updateScreen(m.active, msg) // the Desk's queue: s serves, tab goes to its field
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m.quit()
	case key.Matches(msg, m.keys.Help):
		m.showHelp, m.helpTop = true, 0
		return nil
	case key.Matches(msg, m.keys.Next):
		return m.show((m.active + 1) % len(m.screens))
	case key.Matches(msg, m.keys.Prev):
		return m.show((m.active + len(m.screens) - 1) % len(m.screens))
	case key.Matches(msg, m.keys.Back) && m.active != screenHome:
		return m.show(screenHome)
	}
	if cmd, ok := m.showByKey(msg); ok { // screens.go
		return cmd
	}
	return m.updateScreen(m.active, msg)
}

// pushBack makes screen to the active one, remembering the one shown so far
// to go back to.
func (m *Model) pushBack(to int) {
	if to != m.active {
		m.back = append(m.back, m.active)
	}
	m.active = to
}

// popBack goes back to the screen remembered last; one that wants to know
// it is returned to (the Desk keeps its queue in focus) is told so.
func (m *Model) popBack() tea.Cmd {
	if len(m.back) == 0 {
		return nil
	}
	m.active, m.back = m.back[len(m.back)-1], m.back[:len(m.back)-1]
	if r, ok := m.screens[m.active].(common.Returner); ok {
		return r.Returned()
	}
	return nil
}

// show makes screen i the active one, chosen with its key: where the
// screens shown before were opened from no longer matters.
func (m *Model) show(i int) tea.Cmd {
	m.back = nil
	m.active = i
	if s, ok := m.screens[i].(common.Shower); ok {
		return s.Shown()
	}
	return nil
}

func (m *Model) updateScreen(i int, msg tea.Msg) tea.Cmd {
	s, cmd := m.screens[i].Update(msg)
	m.screens[i] = s.(common.Component)
	return cmd
}

func (m *Model) broadcast(msg tea.Msg) tea.Cmd {
	cmds := make([]tea.Cmd, len(m.screens))
	for i := range m.screens {
		cmds[i] = m.updateScreen(i, msg)
	}
	return tea.Batch(cmds...)
}

// huhPkg is the package of the form library's internal messages.
var huhPkg = reflect.TypeOf(huh.NextField()).PkgPath()

// chrome is the lines the root draws around a screen: tabs, help, status.
const chrome = 3

// resize gives every screen (hidden ones too) the area left by the chrome
// and a status message longer than its line.
func (m *Model) resize() {
	m.c.Width = max(0, m.width)
	m.c.Height = max(0, m.height-chrome)
	m.help.Width = m.width
	m.statusExtra = max(0, len(m.statusLines())-1)
	for _, s := range m.screens {
		s.SetSize(m.c.Width, max(1, m.c.Height-m.statusExtra))
	}
	if m.who != nil {
		m.who.SetSize(m.c.Width, m.c.Height)
	}
}

// quit lets the screens keep what they keep as a view closes (Leaver),
// then quits.
func (m *Model) quit() tea.Cmd {
	for _, s := range m.screens {
		if l, ok := s.(common.Leaver); ok {
			l.Leave()
		}
	}
	return tea.Quit
}

// fitStatus gives the screens the lines a status message wrapped under the
// help line leaves them, when that changed: the screen's bottom rows were
// cut under a long one, the Desk's visitor "under the cursor" with them.
func (m *Model) fitStatus() {
	if m.width == 0 {
		return
	}
	if extra := max(0, len(m.statusLines())-1); extra != m.statusExtra {
		m.resize()
	}
}

// crash writes the panic and its stack to a log beside the store (no record
// contents: only the panic value and the code's stack) and quits, so Bubble Tea
// restores the terminal.
func (m *Model) crash(value any, stack []byte) tea.Cmd {
	name := filepath.Join(m.crashDir, "frontoffice-crash.log")
	text := fmt.Sprintf("%s frontoffice stopped: %v\n\n%s\n", time.Now().UTC().Format(time.RFC3339), value, stack)
	if f, err := os.OpenFile(name, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600); err == nil {
		f.WriteString(text)
		f.Close()
		m.crashLog = name
	} else {
		m.crashLog = "-"
	}
	return tea.Quit
}

// View draws the tab bar, the active screen (or the help overlay), the help
// line and the status line, each cut to the terminal's width.
func (m *Model) View() (out string) {
	defer func() {
		if r := recover(); r != nil {
			m.crash(r, debug.Stack())
			if m.c.Quit != nil {
				m.c.Quit() // View cannot return a command; ask the program to stop
			}
			out = m.c.Tr.T("app.crashed")
		}
	}()
	if m.crashLog != "" {
		return ""
	}
	if m.panicInView {
		panic("test panic in View requested by FRONTOFFICE_TEST_PANIC_KEY")
	}
	if m.width == 0 {
		return ""
	}
	tr, st := m.c.Tr, m.c.Styles
	if m.width < MinWidth || m.height < MinHeight {
		msg := lipgloss.NewStyle().Width(m.width).Render(tr.T("app.too_small", MinWidth, MinHeight, m.width, m.height))
		return common.Fit(msg, m.width, m.height)
	}
	titles := make([]string, len(m.screens))
	for i, s := range m.screens {
		titles[i] = s.Title()
	}
	header := tabBar(st, titles, m.active, m.width)

	var body string
	if m.who != nil {
		body = m.who.View(m.c.Width, m.c.Height)
	} else if m.showHelp {
		body = m.helpView()
	} else {
		body = m.screens[m.active].View()
	}
	status := m.statusLines()
	body = padLines(body, m.c.Height-(len(status)-1))

	helpLine := common.Fit(m.help.ShortHelpView(m.shortHelp()), m.width, 1)
	return header + "\n" + body + "\n" + helpLine + "\n" + strings.Join(status, "\n")
}

func (m *Model) shortHelp() []key.Binding {
	if m.who != nil {
		return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", m.c.Tr.T("who.key_keep"))), m.keys.Back}
	}
	if m.screens[m.active].Capturing() {
		return m.screens[m.active].ShortHelp()
	}
	// Help and quit first: on a narrow terminal the end of the line is cut.
	// A key the screen uses itself is listed for what it does there.
	own := m.screens[m.active].ShortHelp()
	taken := map[string]bool{}
	for _, k := range own {
		for _, s := range k.Keys() {
			taken[s] = true
		}
	}
	var keys []key.Binding
	for _, k := range []key.Binding{m.keys.Help, m.keys.Quit} {
		if !slices.ContainsFunc(k.Keys(), func(s string) bool { return taken[s] }) {
			keys = append(keys, k)
		}
	}
	keys = append(keys, own...)
	if !slices.ContainsFunc(m.keys.Next.Keys(), func(s string) bool { return taken[s] }) {
		keys = append(keys, m.keys.Next)
	}
	return keys
}

// helpBindings are the keys the help overlay lists: the screen's own, then
// the root's that still mean the same there. A key the screen uses itself
// (tab on the Desk's queue, p for the programme on an application, s to
// serve) is listed once, for what it does on that screen: the root's
// binding for it is left out.
func (m *Model) helpBindings() []key.Binding {
	var out []key.Binding
	taken := map[string]bool{}
	for _, g := range m.screens[m.active].FullHelp() {
		for _, k := range g {
			if !k.Enabled() {
				continue
			}
			out = append(out, k)
			for _, s := range k.Keys() {
				taken[s] = true
			}
		}
	}
	root := append([]key.Binding{m.keys.Next, m.keys.Prev}, m.keys.Screens...)
	root = append(root, m.keys.Help, m.keys.Back, m.keys.Quit, m.keys.ForceQ)
	if m.screens[m.active].Capturing() {
		// A form or an editor takes every key but ctrl+c (and F1, which
		// opened this): tab, the screens' letters and q are its own, or
		// typed. Listed, they read as working ("shift+tab previous screen"
		// in a form, where it goes back a field).
		root = []key.Binding{m.keys.ForceQ}
	}
	for _, k := range root {
		if k.Enabled() && !slices.ContainsFunc(k.Keys(), func(s string) bool { return taken[s] }) {
			out = append(out, k)
		}
	}
	return out
}

// helpTitle names the help overlay: the screen's, or the view's on it (the
// application of an idea is not the Ideas list).
func (m *Model) helpTitle() string {
	if t, ok := m.screens[m.active].(common.HelpTitler); ok {
		if s := t.HelpTitle(); s != "" {
			return s
		}
	}
	return m.c.Tr.T("help.title", m.screens[m.active].Title())
}

func (m *Model) helpView() string {
	tr, st := m.c.Tr, m.c.Styles
	var b strings.Builder
	b.WriteString(st.HelpHeader.Render(m.helpTitle()) + "\n")
	// What does not fit the width goes on to the next line (under its
	// description) rather than being cut: at 40 columns the help is the
	// one place a key's whole meaning is said.
	wrap := func(s string, w int) string { return ansi.Wrap(s, max(10, w), "") }
	for _, k := range m.helpBindings() {
		h := k.Help()
		shown := h.Key
		if t := common.Twin(h.Key); t != "" {
			shown += "/" + t // the same key on the Russian/Kazakh layout
		}
		col := max(10, ansi.StringWidth(shown)) + 1
		desc := wrap(h.Desc, m.c.Width-col)
		desc = strings.ReplaceAll(desc, "\n", "\n"+strings.Repeat(" ", col))
		b.WriteString(st.Key.Render(fmt.Sprintf("%-10s", shown)) + " " + desc + "\n")
	}
	b.WriteString(st.Muted.Render(wrap(tr.T("help.layouts"), m.c.Width)) + "\n")
	b.WriteString(st.Muted.Render(wrap(tr.T("help.close"), m.c.Width)))
	// A small terminal shows a window of the list: ↑/↓ (or space and
	// pgup/pgdown) move it, and a last line says there is more.
	lines := strings.Split(b.String(), "\n")
	h := max(1, m.c.Height)
	if len(lines) <= h {
		m.helpTop = 0
		return common.Fit(b.String(), m.c.Width, h)
	}
	m.helpTop = max(0, min(m.helpTop, len(lines)-(h-1)))
	shown := append([]string(nil), lines[m.helpTop:min(len(lines), m.helpTop+h-1)]...)
	more := tr.T("help.more_below")
	if m.helpTop+h-1 >= len(lines) {
		more = tr.T("help.more_above")
	}
	shown = append(shown, st.Muted.Render(more))
	return common.Fit(strings.Join(shown, "\n"), m.c.Width, h)
}

// maxStatusLines is the most lines a message in the status line takes.
const maxStatusLines = 3

// nbHyphen is U+2011, a hyphen no line is broken after (one cell wide).
const nbHyphen = "\u2011"

// statusLines is the status line; a message longer than the width goes on
// to a second and third line (the last one cut), which cover the bottom of
// the screen until the next key: at 40 columns "Report written: …" cut the
// three file names it had just written to one.
func (m *Model) statusLines() []string {
	if m.status.Text == "" || ansi.StringWidth(m.status.Text) <= m.width {
		return []string{m.statusLine()}
	}
	text := common.Sanitize(strings.ReplaceAll(m.status.Text, "\n", "; "))
	most := max(1, min(maxStatusLines, m.c.Height))
	// Words whole, a file name too: ansi.Wrap also breaks after a hyphen
	// ("report-" / "20261207-….csv"), so hyphens go in as non-breaking ones.
	kept := strings.ReplaceAll(text, "-", nbHyphen)
	lines := strings.Split(strings.ReplaceAll(ansi.Wrap(kept, max(1, m.width), ""), nbHyphen, "-"), "\n")
	if len(lines) > most { // words kept whole take too many: cut at the width
		lines = strings.Split(ansi.Hardwrap(text, max(1, m.width), true), "\n")
	}
	if len(lines) > most {
		lines = append(lines[:most-1], strings.Join(lines[most-1:], " "))
	}
	style := m.c.Styles.Status
	if m.status.Err {
		style = m.c.Styles.StatusErr
	}
	for i, l := range lines {
		lines[i] = style.Render(common.Fit(l, m.width, 1))
	}
	return lines
}

// statusLine shows a message when there is one, else office · language · store.
func (m *Model) statusLine() string {
	tr, st := m.c.Tr, m.c.Styles
	if m.status.Text != "" {
		// Sanitized: a status may name a file whose name holds escapes.
		s := common.Fit(common.Sanitize(strings.ReplaceAll(m.status.Text, "\n", "; ")), m.width, 1)
		if m.status.Err {
			return st.StatusErr.Render(s)
		}
		return st.Status.Render(s)
	}
	office := m.office
	if office == "" {
		office = tr.T("status.no_office")
	}
	left := common.Sanitize(office) + " · " + strings.ToUpper(string(m.c.Lang())) + " · "
	if m.c.Store.ReadOnly() {
		// A store that can only be read says so first, always: edits are
		// refused with a sentence (err.read_only) when tried.
		left = tr.T("app.read_only") + " · " + left
		room := m.width - len([]rune(left))
		if room < 8 {
			return st.StatusErr.Render(common.Fit(left, m.width, 1))
		}
		return st.StatusErr.Render(left + common.TruncateLeft(m.c.StoreLabel, room))
	}
	room := m.width - len([]rune(left))
	if room < 8 {
		return st.Status.Render(common.Fit(left, m.width, 1))
	}
	return st.Status.Render(left + common.TruncateLeft(m.c.StoreLabel, room))
}

// padLines makes s exactly n lines high, so the chrome below never jumps.
func padLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[:n]
	}
	for len(lines) < n {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// Lang is the app's current language (tests and main read it).
func (m *Model) Lang() model.Lang { return m.c.Lang() }
