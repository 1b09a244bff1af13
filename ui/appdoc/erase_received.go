package appdoc

import (
	"path/filepath"

	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

// FinishReceived takes each withdrawal a bundle brought (sum.Erasures,
// already erased from this store's records) to the files beside the store,
// its freed pages and its backups, and logs it (Finish), as the office that
// made it did. It returns a line for each, and for each part that failed.
func FinishReceived(s *storage.Store, tr *i18n.Translator, sum storage.ImportSummary) (lines []string, failed bool) {
	return ReceivedText(tr, sum, FinishAll(s, sum))
}

// FinishAll is Finish for each withdrawal a bundle brought.
func FinishAll(s *storage.Store, sum storage.ImportSummary) []Finished {
	var out []Finished
	for _, e := range sum.Erasures {
		out = append(out, Finish(s, e, sum.Manifest.Origin.ID, nil))
	}
	return out
}

// FinishPending finishes every withdrawal whose steps a stop left undone
// (storage.PendingErasures: the records are erased; the files, backups,
// freed pages or log may not be), as Finish would have. It returns a line
// for each it finished and for each part that failed; nothing, at once,
// when nothing is pending (one bucket lookup) or the store is read-only.
func FinishPending(s *storage.Store, tr *i18n.Translator) (lines []string, failed bool) {
	if s.ReadOnly() || !s.HasPendingErasures() {
		return nil, false
	}
	pending, err := s.PendingErasures()
	if err != nil {
		return []string{tr.T("withdraw.pending_failed", err)}, true
	}
	for _, p := range pending {
		f := finish(s, p, true, nil)
		lines = append(lines, tr.T("withdraw.pending_finished", f.Entry.Person, f.Entry.Files, f.Entry.Backups, f.Entry.FreedPages))
		lines = append(lines, failureLines(tr, f)...)
		failed = failed || f.Failed()
	}
	return lines, failed
}

// failureLines say each part of f that failed.
func failureLines(tr *i18n.Translator, f Finished) (lines []string) {
	if f.FileErr != nil {
		lines = append(lines, tr.T("withdraw.file_failed", f.FileErr))
	}
	if f.WipeErr != nil {
		lines = append(lines, tr.T("withdraw.wipe_failed", f.WipeErr))
	}
	for _, b := range f.Backups {
		if b.Err != nil {
			lines = append(lines, tr.T("withdraw.backup_failed", filepath.Base(b.File), b.Err))
		}
	}
	if f.LogErr != nil {
		lines = append(lines, tr.T("withdraw.log_failed", f.LogErr))
	}
	return lines
}

// ReceivedText is FinishReceived's lines for what FinishAll did.
func ReceivedText(tr *i18n.Translator, sum storage.ImportSummary, done []Finished) (lines []string, failed bool) {
	for i, f := range done {
		e := sum.Erasures[i]
		lines = append(lines, tr.T("sync.erasure_received", e.PersonID, f.Entry.Records, f.Entry.Revisions, f.Entry.Files, f.Entry.Backups))
		lines = append(lines, failureLines(tr, f)...)
		failed = failed || f.Failed()
	}
	return lines, failed
}
