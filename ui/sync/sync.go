// Package sync is the Sync screen: export a bundle for other offices (with
// progress, cancellable), import bundles from them (with the summary), and
// settle the records in conflict — keep the current side, take the other, or
// pick field by field. The storage work runs in commands off the loop.
//
// An import is checked first (storage.CheckForImportInOne), then merged
// (MergeChecked). The first bundle of an office not known here, or an
// unsigned one, stops between the two: the screen shows the office's name
// and key fingerprint and asks whether to trust it (y) or not (n, esc:
// nothing changes). Into a store that holds (almost) nothing yet, the
// check itself merges the bundle into a copy of the store, saying how many
// records of how many, and the merge puts the copy in the store's place
// (storage's sync_onepass.go and handle.go); esc during the check, or n,
// deletes the copy: the store stays as it was.
package sync

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/appdoc"
	"frontoffice/ui/cli"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// Sections of the screen, switched with ←/→.
const (
	secExport = iota
	secImport
	secConflicts
	sections
)

// KeyMap is the Sync screen's keys.
type KeyMap struct {
	Left, Right key.Binding // section
	Up, Down    key.Binding
	Run         key.Binding // enter: edit the path, then run
	Full        key.Binding
	Cancel      key.Binding // esc while working or editing
	Quit        key.Binding // the root's q: the field-by-field view asks first (OwnsKey)
	Ours        key.Binding
	Theirs      key.Binding
	Fields      key.Binding
	Alike       key.Binding // settle every conflict whose versions hold the same data
	Page        key.Binding // pgup/pgdown, home/end in the list of conflicts
	Toggle      key.Binding
	Save        key.Binding
	ToPass      key.Binding // ↑/↓ while editing the export path
	Clear       key.Binding // ctrl+u while editing
	// the import's file picker
	Pick   key.Binding // enter on a file: import it
	Folder key.Binding // tab: the bundles folder ↔ Downloads
	Type   key.Binding // typing: a path instead
}

func newKeyMap(c *common.Common) KeyMap {
	tr := c.Tr
	return KeyMap{
		Left:   common.BindHelp("←/→", tr.T("sync.key_section"), "left"),
		Right:  common.Bind(tr.T("sync.key_section"), "right"),
		Up:     common.BindHelp("↑/↓", tr.T("sync.key_move"), "up"),
		Down:   common.Bind(tr.T("sync.key_move"), "down"),
		Run:    common.Bind(tr.T("sync.key_run"), "enter"),
		Full:   common.Bind(tr.T("sync.key_full"), "f"),
		Cancel: common.Bind(tr.T("sync.key_cancel"), "esc"),
		Quit:   common.Bind(tr.T("key.quit"), "q"),
		Ours:   common.Bind(tr.T("sync.key_ours"), "c"),
		Theirs: common.Bind(tr.T("sync.key_theirs"), "x"),
		Fields: common.Bind(tr.T("sync.key_fields"), "enter"),
		Alike:  common.Bind(tr.T("sync.key_alike"), "a"),
		Page:   common.BindHelp("pgup/pgdn", tr.T("sync.key_page"), "pgup", "pgdown", "home", "end"),
		Toggle: common.BindHelp("space", tr.T("sync.key_toggle"), " ", "space"),
		Save:   common.Bind(tr.T("sync.key_save"), "enter"),
		ToPass: common.BindHelp("↑/↓", tr.T("sync.key_to_pass"), "up", "down"),
		Clear:  common.Bind(tr.T("sync.key_clear"), "ctrl+u"),
		Pick:   common.Bind(tr.T("sync.key_pick"), "enter"),
		Folder: common.Bind(tr.T("sync.key_folder"), "tab"),
		Type:   common.BindHelp(tr.T("sync.key_type_keys"), tr.T("sync.key_type"), "ctrl+u"),
	}
}

// The questions before settling a conflict: keep the current version, or
// take the other one. Both name the two sides.
var (
	keepQ = common.NewQuestion("sync.keep_current", "sync.confirm_keep", "confirm.keep_current", "confirm.decide_later")
	// An office's first bundle, or an unsigned one: merge it?
	trustQ    = common.NewQuestion("sync.trust", "sync.trust_ask", "confirm.trust", "confirm.import_nothing")
	unsignedQ = common.NewQuestion("sync.unsigned", "sync.unsigned_ask", "confirm.take_unsigned", "confirm.import_nothing")
	// An export onto a file that exists already.
	replaceQ = common.NewQuestion("sync.replace", "out.exists_ask", "confirm.replace", "confirm.keep_file")
	takeQ    = common.NewQuestion("sync.take_other", "sync.confirm_take", "confirm.take_other", "confirm.decide_later")
	// enter on a conflict whose two versions hold the same data: there
	// is no field to choose, so it asks to keep the current one.
	sameQ = common.NewQuestion("sync.same", "sync.confirm_same", "confirm.keep_current", "confirm.decide_later")
	// a: settle every such conflict at once.
	alikeQ = common.NewQuestion("sync.alike", "sync.confirm_alike", "confirm.settle_alike", "confirm.decide_later")
	// esc from the field-by-field view with a field switched to the other
	// version: the choice would be forgotten.
	dropFieldsQ = common.NewQuestion("sync.drop_fields", "sync.drop_fields_q", "confirm.discard", "confirm.back_to_choice")
)

// Messages of the work done off the loop; job drops answers to older work.
type (
	progressMsg struct {
		job         int
		done, total int
	}
	exportedMsg struct {
		job    int
		exists string // the file is there already: ask before replacing it
		res    storage.ExportResult
		sheet  *cli.SheetCounts // a workbook (.xlsx) was written instead of a bundle
		size   int64            // of the file
		next   string           // the file the field offers next (written: the same folder, a name free there)
		took   time.Duration
		err    error
	}
	importedMsg struct {
		job      int
		path     string // the file imported, as found when the import began
		sum      storage.ImportSummary
		left     int // records in conflict after the import
		err      error
		signer   storage.Signer
		unsigned bool // merged though unsigned
		// erased: the withdrawals the bundle brought, taken to files,
		// freed pages and backups (appdoc.FinishAll)
		erased []appdoc.Finished
	}
	// askTrustMsg is a checked bundle waiting for a consultant's answer:
	// a new office to trust, or an unsigned bundle to take.
	askTrustMsg struct {
		job  int
		path string
		c    *storage.Checked
	}
	conflictsMsg struct {
		seq     int
		cs      []storage.Conflict
		last    time.Time         // the last successful export
		pending string            // an interrupted import's bundle
		offices map[string]string // office id → name, for the offices known
		people  map[string]string // person id → name, for the hours and visits in conflict
		alike   []bool            // of cs: the two versions hold the same data
		err     error
	}
	// resolvedMsg: one conflict settled (alike < 0), or alike conflicts
	// settled by a.
	resolvedMsg struct {
		alike int
		err   error
	}
)

// errNeedPass is an encrypted file opened with no passphrase typed yet.
var errNeedPass = errors.New("passphrase needed")

// Model is the Sync screen.
type Model struct {
	c    *common.Common
	keys KeyMap
	w, h int
	sec  int

	path    textinput.Model // export: bundle file; import: file to read
	inPath  textinput.Model
	pass    textinput.Model // optional passphrase (export), asked for (import)
	editing *textinput.Model
	full    bool

	job      int
	running  bool
	cancel   context.CancelFunc
	progress [2]int
	result   []string // what the last export or import did
	failed   bool

	seq        int
	lastExport time.Time
	pending    string
	conflicts  []storage.Conflict
	alike      []bool // of conflicts: the two versions hold the same data
	offices    map[string]string
	people     map[string]string // person id → name (conflictsMsg)
	cur        int
	asking     *model.Record  // the side c, x or enter would keep, until answered
	askAlike   bool           // a's question is asked
	ask        *common.Asking // keepQ, takeQ, sameQ, alikeQ, trustQ, unsignedQ or replaceQ while asked
	trusting   *askTrustMsg   // a bundle whose signer waits for an answer
	// replaceAsk is an existing bundle file the export would replace,
	// until answered; replaceOK is the one a yes allowed (DESIGN.md §4: an
	// existing output is replaced only when the person says so).
	replaceAsk, replaceOK string
	fields                []string // field by field: the differing fields…
	takeOther             []bool   // …and which side each takes
	fcur                  int
	inFields              bool
	askDrop               bool // dropFieldsQ asked

	pick picker // the import's file picker, while shown

	// outTop is the first line of the outcome shown when it is longer than
	// the screen (↑/↓ scroll it); outSig the outcome it belongs to.
	outTop int
	outSig string
}

// New makes the Sync screen.
func New(c *common.Common) *Model {
	m := &Model{c: c, keys: newKeyMap(c)}
	m.path, m.inPath, m.pass = textinput.New(), textinput.New(), textinput.New()
	m.pass.EchoMode = textinput.EchoPassword
	return m
}

// Init loads the conflicts and the default export path.
func (m *Model) Init() tea.Cmd {
	m.path.SetValue(m.c.Store.DefaultBundlePath(m.c.Now()))
	return m.loadConflicts()
}

func (m *Model) loadConflicts() tea.Cmd {
	m.seq++
	seq, store := m.seq, m.c.Store
	return common.Do(func() tea.Msg {
		cs, err := store.Conflicts()
		offices, people := map[string]string{}, map[string]string{}
		alike := make([]bool, len(cs))
		for i, c := range cs {
			alike[i] = storage.Alike(c)
			if id := personOf(c.Current); id != "" {
				if _, seen := people[id]; !seen {
					people[id] = ""
					if p, err := storage.GetAs[*model.Person](store, model.KindPerson, id); err == nil {
						people[id] = p.FullName
					}
				}
			}
			for _, r := range []model.Record{c.Current, c.Other} {
				id := r.Env().Origin
				if _, seen := offices[id]; seen || id == "" {
					continue
				}
				offices[id] = common.OfficeName(store, id)
			}
		}
		return conflictsMsg{seq: seq, cs: cs, offices: offices, people: people, alike: alike, last: store.LastExport(), pending: store.PendingImport(), err: err}
	})
}

// Capturing is true while a field is edited, work runs (esc cancels it) or
// a question waits for y or n.
func (m *Model) Capturing() bool {
	return m.editing != nil || m.running || m.questioning() || m.trusting != nil || m.pick.on
}

// OwnsKey tells the root that q is the field-by-field view's while a field
// is switched to the other version: it asks, as esc does, before the choice
// is forgotten (q quit and dropped it).
func (m *Model) OwnsKey(msg tea.KeyMsg) bool {
	return m.inFields && slices.Contains(m.takeOther, true) && key.Matches(msg, m.keys.Quit)
}

// HandlesBack is true in the field-by-field view: esc goes back to the list.
func (m *Model) HandlesBack() bool { return m.inFields }

// Title is the tab name.
func (m *Model) Title() string { return m.c.Tr.T("screen.sync") }

// SetSize sets the body area.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = w, h
	// The indent and "> " take 4 cells and the cursor one more: a text
	// input draws Width cells of text and then its cursor. At w-4 the line
	// was a cell too wide, and when the cursor showed, the terminal
	// wrapped the path ("…-2026-12-" / "07.fob").
	for _, in := range []*textinput.Model{&m.path, &m.inPath, &m.pass} {
		in.Width = max(10, w-5)
	}
}

// Update handles the screen's messages.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.c)
	case common.DataChangedMsg:
		return m, m.loadConflicts()
	case pickedMsg:
		m.takePicked(msg)
	case conflictsMsg:
		if msg.seq == m.seq && msg.err == nil {
			m.conflicts, m.lastExport, m.pending, m.offices = msg.cs, msg.last, msg.pending, msg.offices
			m.people, m.alike = msg.people, msg.alike
			m.cur = min(m.cur, max(0, len(m.conflicts)-1))
		}
	case progressBatch:
		if msg.job == m.job {
			m.progress = [2]int{msg.done, msg.total}
		}
		return m, msg.next
	case exportedMsg:
		if msg.job != m.job {
			return m, nil
		}
		m.running = false
		m.exported(msg)
		if msg.err == nil {
			return m, func() tea.Msg { return common.DataChangedMsg{} }
		}
	case importedMsg:
		if msg.job != m.job {
			return m, nil
		}
		m.running = false
		return m, m.imported(msg)
	case askTrustMsg:
		if msg.job != m.job {
			return m, nil
		}
		m.running, m.trusting = false, &msg
		if msg.c.Signer.State == storage.SignerUnsigned {
			m.ask = m.c.Ask(unsignedQ)
		} else {
			m.ask = m.c.Ask(trustQ)
		}
	case resolvedMsg:
		m.inFields = false
		if msg.err != nil {
			m.result, m.failed = []string{m.c.ErrorText(msg.err)}, true
			return m, m.loadConflicts()
		}
		m.result, m.failed = []string{m.c.Tr.T("sync.resolved")}, false
		if msg.alike >= 0 {
			m.result = []string{m.c.Tr.T("sync.alike_settled", msg.alike)}
		}
		return m, func() tea.Msg { return common.DataChangedMsg{} }
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	if m.editing != nil {
		var cmd tea.Cmd
		*m.editing, cmd = m.editing.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	if m.running {
		if key.Matches(msg, k.Cancel) && m.cancel != nil {
			m.cancel()
		}
		return nil
	}
	if m.editing != nil {
		switch {
		case key.Matches(msg, k.Cancel):
			m.editing.Blur()
			m.editing = nil
			return nil
		case msg.Type == tea.KeyEnter:
			m.editing.Blur()
			m.editing = nil
			if m.sec == secExport {
				return m.startExport()
			}
			return m.startImport()
		case m.sec == secExport && (msg.Type == tea.KeyDown || msg.Type == tea.KeyUp):
			other := &m.pass
			if m.editing == &m.pass {
				other = &m.path
			}
			m.editing.Blur()
			return m.edit(other)
		case msg.Type == tea.KeyCtrlU:
			// The whole field, wherever the cursor is.
			m.editing.SetValue("")
			return nil
		}
		var cmd tea.Cmd
		*m.editing, cmd = m.editing.Update(msg)
		return cmd
	}
	if m.replaceAsk != "" {
		return m.answerReplace(msg)
	}
	if m.questioning() {
		return m.answer(msg)
	}
	if m.trusting != nil {
		return m.answerTrust(msg)
	}
	if m.inFields {
		return m.fieldKey(msg)
	}
	if m.pick.on {
		return m.pickKey(msg)
	}
	switch {
	case key.Matches(msg, k.Left):
		m.sec = (m.sec + sections - 1) % sections
		m.result = nil
	case key.Matches(msg, k.Right):
		m.sec = (m.sec + 1) % sections
		m.result = nil
	case m.sec != secConflicts && len(m.result) > 0 && (key.Matches(msg, k.Up) || msg.String() == "k" || msg.String() == "л"):
		m.outTop = max(0, m.outTop-1)
	case m.sec != secConflicts && len(m.result) > 0 && (key.Matches(msg, k.Down) || msg.String() == "j" || msg.String() == "о"):
		m.outTop++ // the view keeps it in the outcome
	case m.sec == secExport && key.Matches(msg, k.Full):
		m.full = !m.full
	case m.sec == secExport && key.Matches(msg, k.Run):
		return m.edit(&m.path)
	case m.sec == secImport && key.Matches(msg, k.Run):
		return m.openPicker(false)
	case m.sec == secConflicts:
		return m.conflictKey(msg)
	}
	return nil
}

// edit puts the cursor at the end of in: every edit starts there, whatever
// an earlier edit left (ctrl+u then clears it all).
func (m *Model) edit(in *textinput.Model) tea.Cmd {
	m.editing = in
	in.CursorEnd()
	return in.Focus()
}

// importPath is the file to import, typed as p: a name alone is looked
// for in bundleDir, any other path taken as typed (as Export takes it, so
// the path an export showed imports as shown). Where that file is not, the
// other place is tried; where neither is, the first is named in the error.
// It looks at the disk: call it off the loop.
func importPath(p, bundleDir string) string {
	p = strings.TrimSpace(p)
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	inBundles := filepath.Join(bundleDir, p)
	try := []string{p, inBundles}
	if filepath.Base(p) == p {
		try = []string{inBundles, p}
	}
	for _, f := range try {
		if _, err := os.Stat(f); err == nil {
			return f
		}
	}
	return try[0]
}

// startExport runs the export off the loop, reporting progress.
func (m *Model) startExport() tea.Cmd {
	m.job++
	m.running, m.result, m.progress = true, nil, [2]int{}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	job, store, path, tr, now := m.job, m.c.Store, strings.TrimSpace(m.path.Value()), m.c.Tr, m.c.Now()
	replace := path != "" && path == m.replaceOK
	m.replaceOK = ""
	// Nothing changed: no empty file for the consultant to carry.
	o := storage.ExportOptions{Full: m.full, Passphrase: m.pass.Value(), SkipEmpty: true}
	return work(func(ch chan<- tea.Msg) tea.Msg {
		defer cancel()
		start := time.Now()
		if fi, err := os.Stat(path); err == nil && fi.IsDir() {
			// A folder (a USB stick's): today's name in it. It was
			// refused as "a folder, not a file".
			path = store.DefaultBundlePathIn(path, now)
		}
		if err := store.CheckOutput(path, replace); err != nil {
			if oe, ok := storage.AsOutputError(err); ok && oe.Reason == storage.OutputExists {
				return exportedMsg{job: job, exists: path}
			}
			return exportedMsg{job: job, err: err} // the store, a backup, a store file: never
		}
		if strings.EqualFold(filepath.Ext(path), ".xlsx") {
			// A name ending in .xlsx asks for the office's records as one
			// workbook (export-sheet), not a bundle.
			n, err := cli.WriteWorkbook(ctx, store, tr, path)
			return exportedMsg{job: job, sheet: &n, res: storage.ExportResult{Path: path}, err: err, took: time.Since(start),
				next: store.DefaultBundlePath(now)}
		}
		res, err := store.ExportFile(ctx, path, o, func(done, total int) {
			select {
			case ch <- progressMsg{job, done, total}:
			default:
			}
		})
		msg := exportedMsg{job: job, res: res, err: err, took: time.Since(start)}
		if fi, err := os.Stat(path); err == nil {
			msg.size = fi.Size()
		}
		if err == nil && res.Path != "" {
			// What the field offers next: today's name, free in the folder
			// written to (a USB stick's, say, stays chosen). Looked for
			// here, not on the event loop: the folder may be slow to read.
			msg.next = store.DefaultBundlePathIn(filepath.Dir(res.Path), now)
		}
		return msg
	})
}

func (m *Model) exported(msg exportedMsg) {
	tr := m.c.Tr
	switch {
	case msg.exists != "":
		m.replaceAsk = msg.exists
		m.ask = m.c.Ask(replaceQ, common.Sanitize(msg.exists))
		m.result, m.failed = nil, false
	case errors.Is(msg.err, context.Canceled):
		m.result, m.failed = []string{tr.T("sync.cancelled")}, false
	case msg.err != nil:
		m.result, m.failed = []string{common.ExportErrorText(tr, m.path.Value(), msg.err)}, true
	case msg.sheet != nil:
		n := msg.sheet
		m.result, m.failed = []string{tr.T("sheet.exported", msg.res.Path, n.People, n.Ideas, n.Consultations, n.Hours)}, false
		m.path.SetValue(msg.next)
	case msg.res.Records == 0:
		m.result, m.failed = []string{tr.T("sync.export_nothing")}, false
	default:
		m.result, m.failed = []string{tr.T("sync.exported", msg.res.Path, msg.res.Records, tr.Size(msg.size), msg.took.Seconds())}, false
		m.path.SetValue(msg.next)
	}
}

// answerReplace takes the answer to "replace the existing file?": yes
// exports over it, no leaves it as it was.
func (m *Model) answerReplace(msg tea.KeyMsg) tea.Cmd {
	path := m.replaceAsk
	switch m.ask.Answer(msg) {
	case common.Yes:
		m.replaceAsk, m.replaceOK, m.ask = "", path, nil
		return m.startExport()
	case common.No:
		m.replaceAsk, m.ask = "", nil
		m.result, m.failed = []string{m.c.Tr.T("out.kept", common.Sanitize(path))}, false
	}
	return nil
}

// startImport checks and merges the bundle off the loop. esc cancels while
// the bundle is being checked (nothing has changed yet).
func (m *Model) startImport() tea.Cmd {
	m.job++
	m.running, m.result, m.progress = true, nil, [2]int{}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	job, store, typed, phrase := m.job, m.c.Store, m.inPath.Value(), m.pass.Value()
	pass := func() (string, error) {
		if phrase == "" {
			return "", errNeedPass
		}
		return phrase, nil
	}
	return work(func(ch chan<- tea.Msg) tea.Msg {
		defer cancel()
		path := importPath(typed, store.BundleDir())
		c, err := store.CheckForImportInOne(ctx, storage.FileSource(path), pass, func(lines, of int) {
			select {
			case ch <- progressMsg{job, lines, of}:
			default:
			}
			if checkReported != nil {
				checkReported()
			}
		})
		if err != nil {
			return importedMsg{job: job, path: path, err: err}
		}
		if c.Permitted() != nil {
			return askTrustMsg{job: job, path: path, c: c}
		}
		return merge(store, job, path, c, ch)
	})
}

// checkReported, when set (tests), is called by the check after each
// progress report it hands to the screen, before it reads on.
var checkReported func()

// answerTrust takes y (trust the new office, or take the unsigned bundle,
// and merge) or n/esc (nothing is imported).
func (m *Model) answerTrust(msg tea.KeyMsg) tea.Cmd {
	ask := m.trusting
	switch m.ask.Answer(msg) {
	case common.Yes:
		m.trusting, m.ask = nil, nil
		if ask.c.Signer.State == storage.SignerUnsigned {
			ask.c.AllowUnsigned = true
		} else {
			ask.c.TrustNew = true
		}
		m.job++
		m.running, m.result, m.progress, m.cancel = true, nil, [2]int{}, nil
		job, store := m.job, m.c.Store
		return work(func(ch chan<- tea.Msg) tea.Msg { return merge(store, job, ask.path, ask.c, ch) })
	case common.No:
		m.trusting, m.ask = nil, nil
		ask.c.Drop() // a copy the check merged into goes: nothing changes
		m.result, m.failed = []string{m.c.Tr.T("sync.trust_declined")}, false
	}
	return nil
}

// merge merges a checked bundle, reporting progress on ch; it runs off the loop.
func merge(store *storage.Store, job int, path string, c *storage.Checked, ch chan<- tea.Msg) tea.Msg {
	sum, err := store.MergeChecked(c, func(lines int) {
		select {
		case ch <- progressMsg{job, lines, 0}:
		default:
		}
	})
	if err != nil {
		return importedMsg{job: job, path: path, err: err}
	}
	// Withdrawals the bundle brought reach files, freed pages and backups
	// here too.
	erased := appdoc.FinishAll(store, sum)
	return importedMsg{job: job, path: path, sum: sum, left: store.ConflictCount(), signer: c.Signer, unsigned: c.AllowUnsigned, erased: erased}
}

func (m *Model) imported(msg importedMsg) tea.Cmd {
	tr, path := m.c.Tr, msg.path
	switch {
	case errors.Is(msg.err, errNeedPass):
		m.result, m.failed = []string{tr.T("sync.need_pass")}, false
		return m.edit(&m.pass)
	case errors.Is(msg.err, context.Canceled):
		m.result, m.failed = []string{tr.T("sync.cancelled")}, false
		return nil
	case msg.err != nil:
		total := 0
		for _, n := range msg.sum.Manifest.Counts {
			total += n
		}
		if text, ok := common.ImportStoppedText(tr, path, msg.sum, total, msg.err, false); ok {
			// Part of it was merged (a full disk): say what and how to finish.
			m.result, m.failed = []string{text}, true
			return func() tea.Msg { return common.DataChangedMsg{} }
		}
		m.result, m.failed = []string{common.ImportErrorText(tr, path, msg.err)}, true
		return nil
	}
	m.pass.SetValue("")
	m.result, m.failed = common.ImportSummaryText(tr, path, msg.sum, m.c.Store.OfficeID()), false
	erased, failed := appdoc.ReceivedText(tr, msg.sum, msg.erased)
	m.result, m.failed = append(m.result, erased...), failed
	if msg.signer.State == storage.SignerNew {
		m.result = append([]string{tr.T("sync.trusted_new", common.OfficeLabel(tr, msg.signer.Name, msg.signer.OfficeID), msg.signer.Fingerprint)}, m.result...)
	}
	if msg.sum.Total().Conflicts > 0 {
		m.result = append(m.result, tr.T("sync.conflicts_tab", msg.left)) // not "In the app: …": this is the app
	}
	if msg.unsigned && msg.sum.Changed() {
		m.result = append(m.result, tr.T("sync.unverified_note"))
	}
	return func() tea.Msg { return common.DataChangedMsg{} }
}

func (m *Model) conflictKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	if len(m.conflicts) == 0 {
		return nil
	}
	c := m.conflicts[m.cur]
	page := max(1, m.listRows()-1)
	switch {
	case key.Matches(msg, k.Up):
		m.cur = max(0, m.cur-1)
	case key.Matches(msg, k.Down):
		m.cur = min(len(m.conflicts)-1, m.cur+1)
	case msg.Type == tea.KeyPgUp:
		m.cur = max(0, m.cur-page)
	case msg.Type == tea.KeyPgDown:
		m.cur = min(len(m.conflicts)-1, m.cur+page)
	case msg.Type == tea.KeyHome:
		m.cur = 0
	case msg.Type == tea.KeyEnd:
		m.cur = len(m.conflicts) - 1
	case key.Matches(msg, k.Alike):
		m.result = nil
		if n := m.alikeCount(); n > 0 {
			m.askAlike, m.ask = true, m.c.AskN(alikeQ, float64(n), n)
		} else {
			m.result, m.failed = []string{m.c.Tr.T("sync.no_alike")}, false
		}
	case key.Matches(msg, k.Ours):
		m.asking, m.ask = &c.Current, m.c.Ask(keepQ, m.side(c.Current), m.side(c.Other))
	case key.Matches(msg, k.Theirs):
		m.asking, m.ask = &c.Other, m.c.Ask(takeQ, m.side(c.Other), m.side(c.Current))
	case key.Matches(msg, k.Fields):
		fields, err := storage.DiffFields(c.Current, c.Other)
		if err != nil {
			m.result, m.failed = []string{m.c.ErrorText(err)}, true
			return nil
		}
		if len(fields) == 0 { // nothing to choose: only keeping one is left
			m.asking, m.ask = &c.Current, m.c.Ask(sameQ, m.side(c.Current), m.side(c.Other))
			return nil
		}
		m.fields, m.takeOther, m.fcur, m.inFields = fields, make([]bool, len(fields)), 0, true
	}
	return nil
}

// questioning is true while a conflict's question waits for its answer.
func (m *Model) questioning() bool { return m.asking != nil || m.askAlike || m.askDrop }

// answer takes yes (settle keeping the side asked about, or every alike
// conflict) or no (nothing).
func (m *Model) answer(msg tea.KeyMsg) tea.Cmd {
	switch m.ask.Answer(msg) {
	case common.Yes:
		if m.askDrop { // the field-by-field choice is left
			m.askDrop, m.inFields, m.ask = false, false, nil
			return nil
		}
		if m.askAlike {
			m.askAlike, m.ask = false, nil
			return m.resolveAlike()
		}
		chosen := *m.asking
		m.asking, m.ask = nil, nil
		return m.resolve(m.conflicts[m.cur], chosen)
	case common.No:
		m.asking, m.askAlike, m.askDrop, m.ask = nil, false, false, nil
	}
	return nil
}

// alikeCount is how many of the conflicts listed hold the same data in
// both versions.
func (m *Model) alikeCount() int {
	n := 0
	for _, a := range m.alike {
		if a {
			n++
		}
	}
	return n
}

// resolveAlike settles every alike conflict listed, off the loop; the
// screen says it works meanwhile.
func (m *Model) resolveAlike() tea.Cmd {
	if m.c.Nobody() { // the settlements are revisions made here: by whom
		return m.c.WhoFirst(m.resolveAlike, nil)
	}
	store, cs := m.c.Store, m.conflicts
	m.result, m.failed = []string{m.c.Tr.T("sync.settling_alike")}, false
	return common.Do(func() tea.Msg {
		n, err := store.ResolveAlike(cs, nil)
		return resolvedMsg{alike: n, err: err}
	})
}

func (m *Model) fieldKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch {
	case (key.Matches(msg, k.Cancel) || key.Matches(msg, k.Quit)) && slices.Contains(m.takeOther, true):
		n := 0
		for _, t := range m.takeOther {
			if t {
				n++
			}
		}
		m.askDrop, m.ask = true, m.c.AskN(dropFieldsQ, float64(n), n)
	case key.Matches(msg, k.Cancel):
		m.inFields = false
	case key.Matches(msg, k.Up):
		m.fcur = max(0, m.fcur-1)
	case key.Matches(msg, k.Down):
		m.fcur = min(len(m.fields)-1, m.fcur+1)
	case key.Matches(msg, k.Toggle):
		m.takeOther[m.fcur] = !m.takeOther[m.fcur]
	case key.Matches(msg, k.Save):
		c := m.conflicts[m.cur]
		var from []string
		for i, f := range m.fields {
			if m.takeOther[i] {
				from = append(from, f)
			}
		}
		merged, err := storage.MergeFields(c.Current, c.Other, from)
		if err != nil {
			m.result, m.failed = []string{m.c.ErrorText(err)}, true
			return nil
		}
		return m.resolve(c, merged)
	}
	return nil
}

func (m *Model) resolve(c storage.Conflict, chosen model.Record) tea.Cmd {
	if m.c.Nobody() { // the settlement is a revision made here: by whom
		return m.c.WhoFirst(func() tea.Cmd { return m.resolve(c, chosen) }, nil)
	}
	store := m.c.Store
	return common.Do(func() tea.Msg { return resolvedMsg{alike: -1, err: store.ResolveConflict(c, chosen)} })
}

// work runs fn off the loop; fn may send progress on ch (dropped when the
// screen has not taken the last one yet) and returns the final message.
func work(fn func(ch chan<- tea.Msg) tea.Msg) tea.Cmd {
	ch := make(chan tea.Msg, 1)
	go func() {
		msg := fn(ch)
		for {
			select {
			case <-ch: // an untaken progress report: the result replaces it
			default:
				ch <- msg
				return
			}
		}
	}()
	return waitFor(ch)
}

// waitFor is the command that takes the next message from ch; progress
// messages ask for it again.
func waitFor(ch chan tea.Msg) tea.Cmd {
	return common.Do(func() tea.Msg {
		msg := <-ch
		if p, ok := msg.(progressMsg); ok {
			return progressBatch{p, waitFor(ch)}
		}
		return msg
	})
}

// progressBatch is a progress report plus the command waiting for the next.
type progressBatch struct {
	progressMsg
	next tea.Cmd
}

// ShortHelp lists the keys that work now.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.questioning() || m.trusting != nil || m.replaceAsk != "":
		return m.ask.Keys()
	case m.running:
		return []key.Binding{k.Cancel}
	case m.pick.on:
		return []key.Binding{k.Pick, k.Folder, k.Type, k.Cancel}
	case m.editing != nil && m.sec == secExport:
		return []key.Binding{k.Run, k.ToPass, k.Clear, k.Cancel}
	case m.editing != nil:
		return []key.Binding{k.Run, k.Clear, k.Cancel}
	case m.inFields:
		return []key.Binding{k.Up, k.Toggle, k.Save, k.Cancel}
	case m.sec == secExport:
		return []key.Binding{k.Left, k.Run, k.Full}
	case m.sec == secImport:
		return []key.Binding{k.Left, k.Run}
	case len(m.conflicts) > 0 && m.alikeCount() > 0:
		return []key.Binding{k.Left, k.Up, k.Ours, k.Theirs, k.Fields, k.Alike}
	case len(m.conflicts) > 0:
		return []key.Binding{k.Left, k.Up, k.Ours, k.Theirs, k.Fields}
	}
	return []key.Binding{k.Left}
}

// FullHelp is the help overlay's keys.
func (m *Model) FullHelp() [][]key.Binding {
	// Each part of the screen lists its own keys, so one key (enter, ↑)
	// is listed for one thing.
	k := m.keys
	switch {
	case m.editing != nil || m.inFields || m.running || m.questioning() || m.trusting != nil || m.replaceAsk != "" || m.pick.on:
		return [][]key.Binding{m.ShortHelp()}
	case m.sec == secConflicts && len(m.conflicts) > 0:
		return [][]key.Binding{append(m.ShortHelp(), k.Page)}
	case m.sec == secConflicts:
		return [][]key.Binding{{k.Left}}
	}
	return [][]key.Binding{{k.Left, k.Run, k.Full}}
}
