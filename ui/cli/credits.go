package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"frontoffice/model"
	"frontoffice/model/csvio"
	"frontoffice/model/sheetio"
	"frontoffice/storage"
	"frontoffice/ui/appdoc"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
	"frontoffice/ui/settings"
)

// ParseCreditsFormat reads credits' --format: text (default), csv, json or
// xlsx (a workbook, written to a file: --out).
func ParseCreditsFormat(s string) (string, bool) {
	switch f := strings.ToLower(strings.TrimSpace(s)); f {
	case "", "text", "txt":
		return "text", true
	case "csv", "json", "xlsx":
		return f, true
	}
	return "", false
}

// creditRow is one person in credits' csv and json output (DESIGN.md §4).
type creditRow struct {
	PersonID      string  `json:"person_id"`
	FullName      string  `json:"full_name"`
	Phone         string  `json:"phone"`
	VerifiedHours float64 `json:"verified_hours"`
	PendingHours  float64 `json:"pending_hours"`
	CountedHours  float64 `json:"counted_hours"`
	TierHours     float64 `json:"tier_hours"`
	AmountKZT     int64   `json:"amount_kzt"`
}

var creditHeader = []string{"person_id", "full_name", "phone", "verified_hours", "pending_hours", "counted_hours", "tier_hours", "amount_kzt"}

// Credits prints every person with verified or pending hours and their
// social-student-credit standing in now's year, under the office's rules.
// verified_hours and pending_hours are over all years; counted_hours, the
// tier and the amount are this year's (docs/credit.md).
func Credits(store *storage.Store, tr *i18n.Translator, format string, now time.Time, out io.Writer) error {
	lines, err := store.Credits(settings.LoadCreditRules(store), now.Year())
	if err != nil {
		return err
	}
	return WriteCredits(lines, tr, format, now, out)
}

// WriteCredits writes credit lines (a store's or the hub's) in format.
func WriteCredits(lines []storage.CreditLine, tr *i18n.Translator, format string, now time.Time, out io.Writer) error {
	// Buffered: the text form wrote each line by a system call of its own
	// (5 of 6 CPU seconds for the hub's 160 000 people).
	bw := bufio.NewWriterSize(out, 1<<16)
	if err := writeCredits(lines, tr, format, now, bw); err != nil {
		return err
	}
	return bw.Flush()
}

func writeCredits(lines []storage.CreditLine, tr *i18n.Translator, format string, now time.Time, out io.Writer) error {
	rows := make([]creditRow, len(lines))
	for i, l := range lines {
		st := l.Standing
		rows[i] = creditRow{l.Person.ID, l.Person.FullName, l.Person.Phone,
			st.TotalVerified, st.TotalPending, st.Counted, st.Tier.Hours, int64(st.Tier.Amount)}
	}
	switch format {
	case "json":
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	case "xlsx":
		return creditsXLSX(tr, rows, out)
	case "csv":
		// Names and phones are neutralised against formula injection; the
		// hours and the amount are numbers and stay numbers.
		w, err := csvio.NewSheetWriter(out, creditHeader, creditHeader[3:]...)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if err := w.Write([]string{r.PersonID, r.FullName, r.Phone, model.FormatHours(r.VerifiedHours),
				model.FormatHours(r.PendingHours), model.FormatHours(r.CountedHours), model.FormatHours(r.TierHours),
				strconv.FormatInt(r.AmountKZT, 10)}); err != nil {
				return err
			}
		}
		return w.Flush()
	}
	if len(rows) == 0 {
		fmt.Fprintln(out, tr.T("credits.none"))
		return nil
	}
	fmt.Fprintln(out, tr.T("credits.title", i18n.Plain(now.Year())))
	tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", tr.T("credits.col_name"), tr.T("credits.col_phone"),
		tr.T("credits.col_verified"), tr.T("credits.col_pending"), tr.T("credits.col_counted"),
		tr.T("credits.col_tier"), tr.T("credits.col_amount"))
	// People read hours with the decimal comma of their language and phones
	// as the app shows them; csv and json above keep the machine forms.
	show := tr.Num
	var total int64
	for _, r := range rows {
		total += r.AmountKZT
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", common.Sanitize(r.FullName), model.FormatPhone(r.Phone),
			show(r.VerifiedHours), show(r.PendingHours), show(r.CountedHours), show(r.TierHours), model.GroupDigits(r.AmountKZT)) // tenge: grouped by spaces in every language, as model.Tenge
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(out, tr.Plural("credits.total", float64(len(rows)), len(rows), model.Tenge(total).String()))
	return nil
}

// CertificateOptions are the certificate command's flags.
type CertificateOptions struct {
	Out string // file to write; "" for stdout
}

// ErrUnknownPerson is a certificate asked for someone the store does not have.
var ErrUnknownPerson = errors.New("unknown person")

// Certificate writes a letter of gratitude for the person (an id, or a phone)
// with their verified hours and a verification code, as one printable HTML
// file in tr's language. A person without verified hours gets none.
func Certificate(store *storage.Store, tr *i18n.Translator, o CertificateOptions, who string, now time.Time, out, errw io.Writer) error {
	p, err := findPerson(store, who)
	if err != nil {
		if errors.Is(err, storage.ErrNotFound) {
			fmt.Fprintln(errw, tr.T("cert.unknown_person", who))
			return ErrUnknownPerson
		}
		return err
	}
	doc, err := appdoc.LoadCertificate(store, tr, p, now)
	if err != nil {
		return err
	}
	if len(doc.Entries) == 0 {
		fmt.Fprintln(errw, tr.T("cert.no_hours", p.FullName))
		return ErrUnknownPerson
	}
	if o.Out == "" {
		return appdoc.CertificateHTML(out, doc)
	}
	if err := common.WriteFileAtomic(o.Out, func(w io.Writer) error { return appdoc.CertificateHTML(w, doc) }); err != nil {
		return err
	}
	fmt.Fprintln(errw, tr.T("cert.written", o.Out, doc.Code))
	return nil
}

// findPerson finds a live person by id, else by phone.
func findPerson(store *storage.Store, who string) (*model.Person, error) {
	if p, err := storage.GetAs[*model.Person](store, model.KindPerson, who); err == nil && !p.Deleted {
		return p, nil
	}
	if phone, why := model.NormalizePhone(who); why == model.ReasonNone {
		return store.PersonByPhone(phone)
	}
	return nil, storage.ErrNotFound
}

// CheckCode says whether a certificate's verification code belongs to this
// store's records; ok is false when it does not (or cannot be a code).
func CheckCode(store *storage.Store, tr *i18n.Translator, code string, out io.Writer) (ok bool, err error) {
	norm, valid := model.NormalizeCode(code)
	if !valid {
		fmt.Fprintln(out, tr.T("cert.bad_code", code))
		return false, nil
	}
	m, found, err := store.FindCertificate(norm)
	if err != nil {
		return false, err
	}
	if !found {
		fmt.Fprintln(out, tr.T("cert.code_unknown", norm))
		return false, nil
	}
	var total float64
	last := ""
	for _, h := range m.Entries {
		total += h.Hours
		if d := string(h.Date); d > last {
			last = d
		}
	}
	n := len(m.Entries)
	fmt.Fprintln(out, tr.Plural("cert.code_ok", float64(n), norm, common.Sanitize(m.Person.FullName),
		tr.Num(total), n, model.Date(last).Time().Format("02.01.2006")))
	return true, nil
}

// creditsXLSX writes the rows of credits' CSV as a workbook of one sheet:
// phones as text, hours and the amount as numbers with a format, the header
// labelled in tr's language.
func creditsXLSX(tr *i18n.Translator, rows []creditRow, out io.Writer) error {
	book, err := sheetio.NewBook()
	if err != nil {
		return err
	}
	defer book.Close()
	cols := make([]sheetio.Column, len(creditHeader))
	for i, name := range creditHeader {
		cols[i] = sheetio.Column{Name: name, Label: tr.T("sheet.col." + name), Type: sheetio.ColumnType(name)}
	}
	sheet, err := book.AddSheet(tr.T("sheet.name.credits"), cols)
	if err != nil {
		return err
	}
	for _, r := range rows {
		if err := sheet.Write([]string{r.PersonID, r.FullName, r.Phone, model.FormatHours(r.VerifiedHours),
			model.FormatHours(r.PendingHours), model.FormatHours(r.CountedHours), model.FormatHours(r.TierHours),
			strconv.FormatInt(r.AmountKZT, 10)}); err != nil {
			return err
		}
	}
	if err := sheet.Close(); err != nil {
		return err
	}
	_, err = book.WriteTo(out)
	return err
}
