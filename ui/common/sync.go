package common

import (
	"errors"
	"io/fs"
	"strings"
	"syscall"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/storage/bundle"
	"frontoffice/ui/i18n"
)

// BundleErrorText says in the user's language why the bundle file was
// refused, and where: "FILE, line N: why. The store was not changed."
func BundleErrorText(tr *i18n.Translator, file string, err error) string {
	if errors.Is(err, storage.ErrDamaged) {
		return ErrorText(tr, err)
	}
	where := ""
	why := ""
	if te, ok := storage.AsTrustError(err); ok {
		why = TrustWhy(tr, te)
	} else if be, ok := bundle.AsError(err); ok {
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

// TrustWhy says why a bundle was refused for who signed it, and what to do.
func TrustWhy(tr *i18n.Translator, e *storage.TrustError) string {
	sg := e.Signer
	switch e.Reason {
	case storage.TrustUnknown:
		return tr.T("sync.trust.unknown_office", OfficeLabel(tr, sg.Name, sg.OfficeID), sg.Fingerprint)
	case storage.TrustKeyChanged:
		return tr.T("sync.trust.key_changed", OfficeLabel(tr, sg.Name, sg.OfficeID), e.KnownFingerprint, sg.Fingerprint)
	case storage.TrustOwnOffice:
		return tr.T("sync.trust.own_office", e.KnownFingerprint)
	}
	return tr.T("sync.trust.unsigned")
}

// OfficeLabel names an office for people: its name as a bundle or this
// store gives it (control characters made spaces: it may come from a
// bundle nobody trusts yet), else "(no name)" and its id.
func OfficeLabel(tr *i18n.Translator, name, id string) string {
	if name = strings.TrimSpace(Sanitize(name)); name != "" {
		return name
	}
	if id == "" {
		return tr.T("offices.unnamed")
	}
	return tr.T("offices.unnamed") + " " + Sanitize(id)
}

// ImportSummaryText is the lines that tell what importing file did into
// the store (or hub) of office own.
func ImportSummaryText(tr *i18n.Translator, file string, s storage.ImportSummary, own string) []string {
	if !s.Changed() {
		if own != "" && s.Manifest.Origin.ID == own { // made here: it can bring nothing
			return []string{tr.T("sync.own_nothing_new", file)}
		}
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

// FileWhy is why a file could not be read or written, in the user's
// language, for the usual reasons; ok is false for any other error.
func FileWhy(tr *i18n.Translator, err error) (why string, ok bool) {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return tr.T("csv.why.not_exist"), true
	case errors.Is(err, fs.ErrPermission):
		return tr.T("csv.why.permission"), true
	case errors.Is(err, syscall.EISDIR):
		return tr.T("csv.why.is_dir"), true
	case errors.Is(err, syscall.ENOTDIR):
		return tr.T("csv.why.not_dir"), true
	case NoSpace(err):
		return tr.T("csv.why.no_space"), true
	}
	return "", false
}

// FileErrorText says that path could not be read or written (key, a message
// taking the path and why) and why: the usual reasons in the user's words,
// any other as the system says it.
func FileErrorText(tr *i18n.Translator, key, path string, err error) string {
	if errors.Is(err, storage.ErrDamaged) {
		return ErrorText(tr, err)
	}
	why, ok := FileWhy(tr, err)
	if !ok {
		why = err.Error()
		var pe *fs.PathError
		if errors.As(err, &pe) {
			why = pe.Err.Error()
		}
	}
	return tr.T(key, path, why)
}

// ImportErrorText says why importing file failed: a file that cannot be
// opened in the user's words, a refused bundle as BundleErrorText does.
func ImportErrorText(tr *i18n.Translator, file string, err error) string {
	if errors.Is(err, storage.ErrDamaged) {
		return ErrorText(tr, err)
	}
	var pe *fs.PathError
	if _, isBundle := bundle.AsError(err); !isBundle && errors.As(err, &pe) {
		return FileErrorText(tr, "sync.refused_file", file, err)
	}
	return BundleErrorText(tr, file, err)
}

// ExportErrorText says why the bundle could not be written to file.
func ExportErrorText(tr *i18n.Translator, file string, err error) string {
	if errors.Is(err, storage.ErrDamaged) {
		return ErrorText(tr, err)
	}
	if oe, ok := storage.AsOutputError(err); ok {
		return OutputErrorText(tr, oe)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) || NoSpace(err) {
		return FileErrorText(tr, "sync.export_failed", file, err)
	}
	return tr.T("sync.export_failed", file, ErrorText(tr, errors.Unwrap(err)))
}

// OfficeName is the name of office id as this store knows it (its office
// record, from the bundles), "" when it does not.
func OfficeName(s *storage.Store, id string) string {
	if o, err := storage.GetAs[*model.Office](s, model.KindOffice, id); err == nil {
		return o.Name
	}
	return ""
}
