package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/model/report"
	"frontoffice/storage"
	"frontoffice/storage/hub"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
	"frontoffice/ui/reports"
)

// HubOptions are the hub command's flags (DESIGN.md §4, docs/hub.md).
type HubOptions struct {
	PG    string // --pg URL, else $FRONTOFFICE_PG
	Trust bool   // import: trust a new office's key
	// AllowUnsigned (import --allow-unsigned) loads unsigned bundles too,
	// their verified hours pending, as import's flag does.
	AllowUnsigned bool
	Report        ReportOptions
	Out           string // export: the bundle to write
	Since         string // export: a day or RFC 3339 time
	Redact        bool
	Ctx           context.Context
}

// HubURL is --pg, else $FRONTOFFICE_PG.
func HubURL(o HubOptions) string {
	if o.PG != "" {
		return o.PG
	}
	return os.Getenv("FRONTOFFICE_PG")
}

// OpenHub connects to the hub; the error, when any, is a sentence that says
// what to check, with no password in it.
func OpenHub(tr *i18n.Translator, o HubOptions) (*hub.Hub, error) {
	h, err := hub.Open(orBackground(o.Ctx), HubURL(o), hub.Options{})
	if err != nil {
		return nil, errors.New(HubErrorText(tr, err))
	}
	return h, nil
}

// HubErrorText is what a person reads when the hub cannot be reached.
func HubErrorText(tr *i18n.Translator, err error) string {
	ce, ok := hub.AsConnError(err)
	if !ok {
		return common.ErrorText(tr, err)
	}
	s := tr.T("hub.conn."+string(ce.Reason), ce.Where)
	if ce.Detail != "" && ce.Reason != hub.ReasonUnreachable {
		s += " (" + ce.Detail + ")"
	}
	return s
}

// HubImport loads every bundle file into the hub, one transaction each, and
// prints what each did; it stops at the first refused file (that file
// changed nothing; those before it stay loaded). Several files are read
// and copied side by side; they are merged in the order given.
func HubImport(h *hub.Hub, tr *i18n.Translator, o HubOptions, files []string, out, errw io.Writer) (ok bool, err error) {
	ctx := orBackground(o.Ctx)
	srcs := make([]storage.Source, len(files))
	for i, f := range files {
		srcs[i] = storage.FileSource(f)
	}
	ok = true
	h.ImportAll(ctx, srcs, hub.ImportOptions{Trust: o.Trust, AllowUnsigned: o.AllowUnsigned}, min(3, runtime.GOMAXPROCS(0)),
		func(i int, res hub.Imported, e error) bool {
			f := files[i]
			if e != nil {
				ok = false
				if ctx.Err() != nil {
					fmt.Fprintln(errw, tr.T("sync.cancelled"))
					err = ErrStopped
					return false
				}
				fmt.Fprintln(errw, HubRefusalText(tr, f, e))
				return false
			}
			if res.Signer.State == storage.SignerUnsigned {
				fmt.Fprintln(out, tr.T("hub.unverified_note"))
			}
			if res.Signer.State == storage.SignerNew {
				fmt.Fprintln(out, tr.T("sync.trusted_new", common.OfficeLabel(tr, res.Signer.Name, res.Signer.OfficeID), res.Signer.Fingerprint))
			}
			if res.Again {
				fmt.Fprintln(out, tr.T("hub.again", f))
				return true
			}
			for _, l := range common.ImportSummaryText(tr, f, res.Summary, h.OfficeID()) {
				fmt.Fprintln(out, l)
			}
			return true
		})
	return ok, err
}

// HubRefusalText is why a bundle was not loaded, as import says it, and
// that the hub (not a store) was not changed.
func HubRefusalText(tr *i18n.Translator, file string, err error) string {
	s := common.ImportErrorText(tr, file, err)
	if t, ok := strings.CutSuffix(s, tr.T("hub.store_unchanged")); ok {
		return t + tr.T("hub.unchanged")
	}
	return s + " " + tr.T("hub.unchanged")
}

// HubReport prints the hub's report as report prints a store's. bad, when
// not "", is a usage mistake (exit 2).
func HubReport(h *hub.Hub, tr *i18n.Translator, o HubOptions, out io.Writer) (bad string, err error) {
	format, ok := ParseReportFormat(o.Report.Format)
	if !ok {
		return tr.T("report.bad_format", o.Report.Format), nil
	}
	f, bad := ParseReportFilter(tr, o.Report)
	if bad != "" {
		return bad, nil
	}
	ctx := orBackground(o.Ctx)
	if strings.TrimSpace(o.Report.Office) != "" {
		offices, err := h.Offices(ctx)
		if err != nil {
			return "", err
		}
		found := report.FindOffice(offices, o.Report.Office)
		if len(found) != 1 {
			var b strings.Builder
			if len(found) == 0 {
				b.WriteString(tr.T("report.bad_office", o.Report.Office))
			} else {
				b.WriteString(tr.T("report.ambiguous_office", o.Report.Office))
			}
			for _, x := range offices {
				b.WriteString("\n  " + reports.OfficeLabel(tr, x.ID, x.Name, false) + "  " + x.ID)
			}
			return b.String(), nil
		}
		f.Office, f.OfficeName = found[0].ID, found[0].Name
	}
	r, err := h.Report(ctx, f, time.Local)
	if err != nil {
		return "", err
	}
	switch format {
	case "csv":
		return "", reports.WriteCSV(out, r, tr)
	case "json":
		return "", reports.WriteJSON(out, r)
	}
	return "", reports.WriteText(out, r, tr)
}

// HubCredits prints every person's credit standing across the hub, as
// credits prints a store's, under the default rules (docs/credit.md).
func HubCredits(h *hub.Hub, tr *i18n.Translator, format string, now time.Time, out io.Writer) error {
	lines, err := h.Credits(context.Background(), model.DefaultCreditRules(), now.Year(), model.DateOf(now.Local()))
	if err != nil {
		return err
	}
	return WriteCredits(lines, tr, format, now, out)
}

// ParseSince reads --since: a day (2026-11-01, 01.11.2026; its start in
// local time) or an RFC 3339 time.
func ParseSince(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, true
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, true
	}
	if d, r := model.ParseDate(s); r == model.ReasonNone {
		t, err := time.ParseInLocation(model.DateLayout, string(d), time.Local)
		return t, err == nil
	}
	return time.Time{}, false
}

// HubExport writes a bundle signed by the hub. bad, when not "", is a usage
// mistake (exit 2).
func HubExport(h *hub.Hub, tr *i18n.Translator, o HubOptions, out io.Writer) (bad string, err error) {
	since, ok := ParseSince(o.Since)
	if !ok {
		return tr.T("hub.bad_since", o.Since), nil
	}
	var region model.Region
	if strings.TrimSpace(o.Report.Region) != "" {
		r, ok := model.ParseRegion(o.Report.Region)
		if !ok {
			return tr.T("report.bad_region", o.Report.Region), nil
		}
		region = r
	}
	res, err := h.Export(orBackground(o.Ctx), o.Out, hub.ExportOptions{Region: region, Since: since, Redact: o.Redact})
	if err != nil {
		return "", err
	}
	fmt.Fprintln(out, tr.T("hub.exported", o.Out, res.Records, h.OfficeID(), storage.FingerprintOf(res.Manifest.Origin.Key)))
	return "", nil
}
