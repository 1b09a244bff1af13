package cli

import (
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
)

// Offices lists this office with its key fingerprint (what another office
// compares before trusting its bundles), then the offices this store trusts:
// id, name, key fingerprint, since when, and their last bundle (when it was
// made, and imported here). Times are in loc.
func Offices(store *storage.Store, tr *i18n.Translator, loc *time.Location, out io.Writer) error {
	name := ""
	if o, err := store.Office(); err == nil {
		name = o.Name
	}
	fmt.Fprintln(out, tr.T("offices.this", common.OfficeLabel(tr, name, ""), store.OfficeID(), store.Fingerprint()))
	known, err := store.KnownOffices()
	if err != nil {
		return err
	}
	if len(known) == 0 {
		fmt.Fprintln(out, tr.T("offices.none"))
		return nil
	}
	fmt.Fprintln(out, tr.T("offices.known", len(known)))
	tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, tr.T("offices.header"))
	day := func(t time.Time) string {
		if t.IsZero() {
			return "—"
		}
		return t.In(loc).Format("2006-01-02 15:04")
	}
	for _, o := range known {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", common.Sanitize(o.ID), common.OfficeLabel(tr, o.Name, ""),
			o.Fingerprint(), day(o.TrustedAt), day(o.LastBundle), day(o.LastImport))
	}
	return tw.Flush()
}
