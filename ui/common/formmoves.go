package common

import (
	"reflect"
	"runtime"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// Moves between a form's fields, made at once.
//
// huh moves to the next field by a command: tab returns NextField, whose
// message comes back through the event loop. Keys that arrive with the tab
// (typed fast, pasted, or sent together over SSH) are in the loop before it
// and went into the field being left: "Иван Тестов87015551111" in the name,
// the phone in the year. UpdateForm gives the form huh's own moves (next
// or previous field or group) as soon as it asks for them, so the next key
// finds the next field focused. Every other command runs as before.

// UpdateForm is f.Update(msg) with the moves between fields (and groups)
// f asks for made at once.
func UpdateForm(f *huh.Form, msg tea.Msg) (*huh.Form, tea.Cmd) {
	m, cmd := f.Update(msg)
	f = m.(*huh.Form)
	for range 8 { // a move may ask for another: the next group after the last field
		move, rest := takeMove(cmd)
		if move == nil {
			return f, rest
		}
		m, more := f.Update(move)
		f = m.(*huh.Form)
		cmd = tea.Batch(rest, more)
	}
	return f, cmd
}

// huhMoves are the names of huh's commands that move between fields and
// groups (two of them unexported).
var huhMoves = map[string]bool{}

func init() {
	pkg := reflect.TypeOf(huh.NextField()).PkgPath()
	for _, n := range []string{"NextField", "PrevField", "nextGroup", "prevGroup"} {
		huhMoves[pkg+"."+n] = true
	}
}

// batchCmd is the name prefix of the commands tea.Batch (and tea.Sequence)
// make of several.
var batchCmd = reflect.TypeOf(tea.BatchMsg(nil)).PkgPath() + ".compactCmds["

func cmdName(cmd tea.Cmd) string { return runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name() }

// takeMove takes huh's move out of cmd (itself, or one of a batch): its
// message, and what is left to run.
func takeMove(cmd tea.Cmd) (tea.Msg, tea.Cmd) {
	if cmd == nil {
		return nil, nil
	}
	name := cmdName(cmd)
	if huhMoves[name] {
		return cmd(), nil
	}
	if !strings.HasPrefix(name, batchCmd) {
		return nil, cmd
	}
	msg := cmd() // a batch's command only lists its commands
	batch, ok := msg.(tea.BatchMsg)
	if !ok { // a sequence: left as it is, in its order
		return nil, func() tea.Msg { return msg }
	}
	for i, c := range batch {
		if move, rest := takeMove(c); move != nil {
			others := append(append([]tea.Cmd{}, batch[:i]...), rest)
			return move, tea.Batch(append(others, batch[i+1:]...)...)
		}
	}
	return nil, func() tea.Msg { return batch }
}
