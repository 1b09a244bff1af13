package reports

import (
	"context"

	"frontoffice/model/report"
	"frontoffice/storage"
	"frontoffice/ui/common"

	tea "github.com/charmbracelet/bubbletea"
)

// progress is how far a report's walk has got.
type progress struct{ done, total int }

// progressMsg reports progress and carries the channels to wait on next.
type progressMsg struct {
	seq  int
	p    progress
	prog <-chan progress
	res  <-chan resultMsg
}

// resultMsg is a finished (or failed, or stopped) report; seq drops the
// answer to a question asked before the last one.
type resultMsg struct {
	seq int
	r   report.Report
	err error
}

// computeCmd counts the report off the event loop. The walk runs in its own
// goroutine and reports progress through a channel of one place (a newer
// figure replaces one not read yet), so it never waits for the screen; the
// screen asks for the next message with waitCmd after each.
func computeCmd(ctx context.Context, seq int, store *storage.Store, f report.Filter) tea.Cmd {
	return common.Do(func() tea.Msg {
		prog := make(chan progress, 1)
		res := make(chan resultMsg, 1)
		go func() {
			r, err := store.Report(ctx, f, storage.ReportOptions{Progress: func(done, total int) {
				select {
				case <-prog: // drop the figure nobody read yet
				default:
				}
				select {
				case prog <- progress{done, total}:
				default:
				}
			}})
			res <- resultMsg{seq: seq, r: r, err: err}
		}()
		return wait(seq, prog, res)
	})
}

func wait(seq int, prog <-chan progress, res <-chan resultMsg) tea.Msg {
	select {
	case r := <-res:
		return r
	case p := <-prog:
		return progressMsg{seq: seq, p: p, prog: prog, res: res}
	}
}

// waitCmd waits for the next progress figure or the result.
func waitCmd(m progressMsg) tea.Cmd {
	return common.Do(func() tea.Msg { return wait(m.seq, m.prog, m.res) })
}
