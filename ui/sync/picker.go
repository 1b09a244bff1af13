package sync

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// The import's file picker: enter on Import lists the .fob files of the
// bundles folder, newest first, with size and date; tab shows the Downloads
// folder instead (where bundles sent by e-mail or messenger arrive) and
// back; enter imports the file under the cursor. Typing still works: any
// character (or ctrl+u) starts the path field with it, as before.
//
// bubbles' filepicker was the first choice, but it lists by name only and
// shows no dates; a bundle picker is about the newest file, so this one is
// a small list of its own, read off the loop like every other disk access.

// pickFile is one .fob file found.
type pickFile struct {
	name string
	size int64
	mod  time.Time
}

// picker is the list shown while choosing a bundle. Its first row is the
// file imported (or typed) last when that is not in the folder shown, so
// enter, enter imports it again.
type picker struct {
	on       bool
	last     string // the path of the first row, "" for none
	downl    bool   // the Downloads folder is shown, not the bundles one
	dir      string // the folder listed
	files    []pickFile
	cur, top int
	loaded   bool
	err      error
	seq      int
}

// pickedMsg brings a folder's .fob files.
type pickedMsg struct {
	seq   int
	dir   string
	files []pickFile
	err   error
}

// downloadsDir is the user's Downloads folder (the same name on Windows,
// macOS and Linux desktops); "" when there is no home folder.
func downloadsDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, "Downloads")
}

// listBundles reads dir's .fob files, newest first (by name when two are
// as new). A folder that does not exist is empty: nothing has arrived yet.
func listBundles(dir string) ([]pickFile, error) {
	es, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []pickFile
	for _, e := range es {
		if e.IsDir() || !strings.EqualFold(filepath.Ext(e.Name()), ".fob") {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			continue // gone since the folder was read
		}
		out = append(out, pickFile{name: e.Name(), size: fi.Size(), mod: fi.ModTime()})
	}
	slices.SortFunc(out, func(a, b pickFile) int {
		if c := b.mod.Compare(a.mod); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	return out, nil
}

// openPicker shows the picker on the bundles folder (or Downloads).
func (m *Model) openPicker(downloads bool) tea.Cmd {
	p := &m.pick
	p.on, p.downl, p.loaded, p.err, p.files, p.cur, p.top = true, downloads, false, nil, nil, 0, 0
	p.dir = m.c.Store.BundleDir()
	if downloads {
		p.dir = downloadsDir()
	}
	p.last = strings.TrimSpace(m.inPath.Value())
	p.seq++
	seq, dir := p.seq, p.dir
	return common.Do(func() tea.Msg {
		fs, err := listBundles(dir)
		return pickedMsg{seq: seq, dir: dir, files: fs, err: err}
	})
}

func (m *Model) takePicked(msg pickedMsg) {
	if msg.seq != m.pick.seq {
		return
	}
	m.pick.files, m.pick.err, m.pick.loaded = msg.files, msg.err, true
	if last := m.pick.last; last != "" {
		for _, f := range msg.files { // listed already: no row of its own
			if filepath.Join(msg.dir, f.name) == last || f.name == last {
				m.pick.last = ""
			}
		}
	}
}

// rows is how many rows the picker lists: the last path, then the files.
func (p *picker) rows() int {
	n := len(p.files)
	if p.last != "" {
		n++
	}
	return n
}

// pathAt is the path of row i.
func (p *picker) pathAt(i int) string {
	if p.last != "" {
		if i == 0 {
			return p.last
		}
		i--
	}
	return filepath.Join(p.dir, p.files[i].name)
}

// pickKey handles a key while the picker is shown.
func (m *Model) pickKey(msg tea.KeyMsg) tea.Cmd {
	k, p := m.keys, &m.pick
	switch {
	case key.Matches(msg, k.Cancel):
		p.on = false
	case key.Matches(msg, k.Folder):
		return m.openPicker(!p.downl)
	case msg.Type == tea.KeyUp:
		p.cur = max(0, p.cur-1)
	case msg.Type == tea.KeyDown:
		p.cur = max(0, min(p.rows()-1, p.cur+1))
	case msg.Type == tea.KeyPgUp:
		p.cur = max(0, p.cur-m.pickRows())
	case msg.Type == tea.KeyPgDown:
		p.cur = max(0, min(p.rows()-1, p.cur+m.pickRows()))
	case msg.Type == tea.KeyHome:
		p.cur = 0
	case msg.Type == tea.KeyEnd:
		p.cur = max(0, p.rows()-1)
	case msg.Type == tea.KeyEnter:
		if p.cur < p.rows() {
			p.on = false
			m.inPath.SetValue(p.pathAt(p.cur))
			return m.startImport()
		}
		p.on = false // nothing to pick: type the path
		return m.edit(&m.inPath)
	case msg.Type == tea.KeyCtrlU:
		p.on = false
		m.inPath.SetValue("")
		return m.edit(&m.inPath)
	case msg.Type == tea.KeyRunes || msg.Type == tea.KeySpace:
		// A path typed: the field takes it from its first character.
		p.on = false
		m.inPath.SetValue("")
		cmd := m.edit(&m.inPath)
		var c2 tea.Cmd
		m.inPath, c2 = m.inPath.Update(msg)
		return tea.Batch(cmd, c2)
	}
	return nil
}

// pickRows is how many files the picker shows at once.
func (m *Model) pickRows() int { return max(1, m.h-9) }

// pickerView draws the folder, its .fob files (newest first) and the keys.
func (m *Model) pickerView() (lines []string, hints int) {
	tr, st, p := m.c.Tr, m.c.Styles, &m.pick
	w := max(10, m.w)
	folder := tr.T("sync.pick_bundles")
	other := tr.T("sync.pick_to_downloads")
	if p.downl {
		folder, other = tr.T("sync.pick_downloads"), tr.T("sync.pick_to_bundles")
	}
	lines = append(lines, st.Label.Render(ansi.Truncate(common.Sanitize(folder+": "+p.dir), w, "…")))
	rows := m.pickRows()
	p.top = max(0, min(p.top, p.cur))
	if p.cur >= p.top+rows {
		p.top = p.cur - rows + 1
	}
	if p.top > 0 {
		lines = append(lines, st.Muted.Render(tr.T("desk.more_above", p.top)))
	}
	end := min(p.rows(), p.top+rows)
	for i := p.top; i < end; i++ {
		var line, meta string
		if p.last != "" && i == 0 {
			line = tr.T("sync.pick_last", common.Sanitize(p.last))
		} else {
			f := p.files[i-min(1, len(p.last))]
			meta = common.Stamp(f.mod.Local()) + "  " + m.c.Tr.Size(f.size)
			line = common.Sanitize(f.name)
		}
		if meta != "" && m.w >= 50 {
			nameW := max(8, w-2-ansi.StringWidth(meta)-2)
			if ansi.StringWidth(line) > nameW {
				line = ansi.Truncate(line, nameW, "…")
			}
			line += strings.Repeat(" ", max(1, nameW-ansi.StringWidth(line)+2)) + meta
		}
		line = ansi.Truncate(line, w-2, "…")
		if i != p.cur {
			lines = append(lines, "  "+line)
			continue
		}
		lines = append(lines, st.Selected.Render("▸ "+line))
		if meta != "" && m.w < 50 { // narrow: the file's date and size under it
			f := p.files[i-min(1, len(p.last))]
			lines = append(lines, st.Muted.Render("  "+common.Stamp(f.mod.Local())+" · "+m.c.Tr.Size(f.size)))
		}
	}
	if end < p.rows() {
		lines = append(lines, st.Muted.Render(tr.T("desk.more_below", p.rows()-end)))
	}
	switch {
	case !p.loaded:
		lines = append(lines, st.Muted.Render(tr.T("sync.pick_loading")))
	case p.err != nil:
		lines = append(lines, st.Error.Render(ansi.Wrap(m.c.ErrorText(p.err), w, "")))
	case len(p.files) == 0:
		lines = append(lines, st.Muted.Render(ansi.Wrap(tr.T("sync.pick_none"), w, "")))
	}
	lines = append(lines, st.Muted.Render(ansi.Wrap(tr.T("sync.pick_keys", other), w, "")))
	return lines, 1
}
