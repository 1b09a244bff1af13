package common

import (
	"errors"
	"fmt"
	"io/fs"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/storage/bundle"
	"frontoffice/ui/i18n"
)

// BundleErrorText says in the user's language why the bundle file was
// refused, and where: "FILE, line N: why. The store was not changed."
func BundleErrorText(tr *i18n.Translator, file string, err error) string {
	where := ""
	why := ""
	if be, ok := bundle.AsError(err); ok {
		if be.Reason == bundle.ReasonChanged {
			// Not refused: the batches merged before the change stay.
			return tr.T("sync.changed_midway", file)
		}
		if be.Line > 0 {
			where = tr.T("sync.at_line", be.Line)
		}
		why = tr.T("sync.why." + string(be.Reason))
		if fe, ok := model.AsFieldErrors(be.Err); ok {
			why += " " + tr.FieldErrors(fe)
		} else if be.Reason == bundle.ReasonRecord && be.Detail != "" {
			why += " (" + be.Detail + ")"
		}
	} else {
		var pe *fs.PathError
		switch {
		case errors.As(err, &pe):
			why = tr.T("sync.why.cannot_read", pe.Err)
		case errors.Is(err, storage.ErrNewerSchema):
			why = tr.T("sync.why.schema")
		default:
			why = ErrorText(tr, err)
		}
	}
	return tr.T("sync.refused", file, where, why)
}

// ImportSummaryText is the lines that tell what importing file did.
func ImportSummaryText(tr *i18n.Translator, file string, s storage.ImportSummary) []string {
	if !s.Changed() {
		return []string{tr.T("sync.nothing_new", file)}
	}
	out := []string{tr.T("sync.imported", file)}
	for _, k := range model.Kinds() {
		c := s.Kinds[k]
		if c == nil {
			continue
		}
		out = append(out, tr.T("sync.summary_kind", tr.T("sync.kind."+string(k)), c.Added, c.Updated, c.Unchanged, c.Earlier, c.Conflicts))
	}
	t := s.Total()
	out = append(out, tr.T("sync.summary_total", t.Added, t.Updated, t.Unchanged, t.Earlier, t.Conflicts))
	return out
}

// ByteSize writes n bytes for people: "3.2 MB".
func ByteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
