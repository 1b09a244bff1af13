package appdoc

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
	"frontoffice/ui/settings"
)

// Certificate is a letter of gratitude for a volunteer's verified hours (the
// seeds' "best volunteers got letters of gratitude"), with the code that
// any front office with the records confirms (the check command); the
// letter tells its reader so, without a command line.
type Certificate struct {
	Tr         *i18n.Translator
	Person     *model.Person
	Office     string
	Consultant string
	Date       time.Time
	Entries    []*model.Hours    // the verified entries it covers (model.CodeEntries)
	Ideas      map[string]string // idea id → title, for entries of an idea
	Standing   model.Standing    // the credit standing in Date's year
	Code       string
}

// certCSS is one A4 page, framed, with the same fonts as applications.
const certCSS = `@page { size: A4; margin: 16mm; }
body { font-family: "PT Serif", "Noto Serif", "DejaVu Serif", "Liberation Serif", "Times New Roman", serif;
  font-size: 12pt; line-height: 1.45; color: #111; max-width: 178mm; margin: 0 auto; }
.frame { border: 3px double #555; padding: 12mm 14mm; }
.office { text-align: center; font-size: 12pt; letter-spacing: 0.05em; text-transform: uppercase; }
h1 { text-align: center; font-size: 24pt; margin: 8mm 0 6mm 0; }
.name { text-align: center; font-size: 18pt; font-weight: bold; margin: 4mm 0; }
.lead { text-align: center; }
table { border-collapse: collapse; width: 100%; margin: 6mm 0; font-size: 10.5pt; }
th, td { border: 1px solid #777; padding: 1mm 2mm; text-align: left; vertical-align: top; }
th { background: #eee; }
td.n { text-align: right; white-space: nowrap; }
tfoot td { font-weight: bold; }
tr { break-inside: avoid; page-break-inside: avoid; }
.sign { margin-top: 12mm; display: grid; grid-template-columns: auto auto; gap: 2mm 10mm; }
.code { margin-top: 10mm; font-size: 10pt; border-top: 1px solid #aaa; padding-top: 3mm; }
.code b { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 13pt; letter-spacing: 0.1em; }
@media screen { body { margin: 10mm auto; } }
`

// CertificateHTML writes the certificate as one self-contained HTML file (no
// links, no scripts) that prints on one A4 page for a usual number of entries.
func CertificateHTML(w io.Writer, c Certificate) error {
	tr := c.Tr
	b := bufio.NewWriter(w)
	title := tr.T("cert.title")
	b.WriteString("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + h(string(tr.Lang())) + "\">\n<head>\n")
	b.WriteString("<meta charset=\"utf-8\"/>\n<title>" + h(title+" — "+c.Person.FullName) + "</title>\n<style>\n" + certCSS + "</style>\n</head>\n<body>\n<div class=\"frame\">\n")
	if c.Office != "" {
		b.WriteString("<p class=\"office\">" + h(c.Office) + "</p>\n")
	}
	b.WriteString("<h1>" + h(title) + "</h1>\n")
	b.WriteString("<p class=\"lead\">" + h(tr.T("cert.awarded_to")) + "</p>\n")
	b.WriteString("<p class=\"name\">" + h(c.Person.FullName) + "</p>\n")
	var total float64
	for _, e := range c.Entries {
		total += e.Hours
	}
	b.WriteString("<p class=\"lead\">" + h(tr.Plural("cert.for_hours", total, hoursIn(tr.Lang(), total))) + "</p>\n")

	b.WriteString("<table>\n<thead>\n<tr><th>" + h(tr.T("cert.col_date")) + "</th><th>" + h(tr.T("cert.col_activity")) +
		"</th><th>" + h(tr.T("cert.col_hours")) + "</th><th>" + h(tr.T("cert.col_verified_by")) + "</th></tr>\n</thead>\n")
	b.WriteString("<tfoot>\n<tr><td></td><td>" + h(tr.T("cert.total")) + "</td><td class=\"n\">" + h(hoursIn(tr.Lang(), total)) + "</td><td></td></tr>\n</tfoot>\n<tbody>\n")
	for _, e := range c.Entries {
		what := e.Activity
		if t := c.Ideas[e.IdeaID]; t != "" {
			if what != "" {
				what += " — "
			}
			what += t
		}
		b.WriteString("<tr><td>" + h(date(e.Date)) + "</td><td>" + h(what) + "</td><td class=\"n\">" +
			h(hoursIn(tr.Lang(), e.Hours)) + "</td><td>" + h(e.VerifiedBy) + "</td></tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")

	st := c.Standing
	if st.Tier.Hours > 0 {
		b.WriteString("<p>" + h(tr.T("cert.credit", i18n.Plain(st.Year), hoursIn(tr.Lang(), st.Counted), hoursIn(tr.Lang(), st.Tier.Hours), st.Tier.Amount.String())) + "</p>\n")
	}
	b.WriteString("<div class=\"sign\">\n<div>" + h(tr.T("cert.date")) + ": " + h(c.Date.Format("02.01.2006")) + "</div>\n")
	consultant := c.Consultant
	if consultant == "" {
		consultant = "____________________"
	}
	b.WriteString("<div>" + h(tr.T("cert.consultant")) + ": " + h(consultant) + " ____________</div>\n</div>\n")
	b.WriteString("<p class=\"code\">" + h(tr.T("cert.code")) + ": <b>" + h(c.Code) + "</b><br/>" +
		h(tr.T("cert.code_how", c.Code)) + "</p>\n")
	b.WriteString("</div>\n</body>\n</html>\n")
	return b.Flush()
}

// LoadCertificate gathers what a person's certificate shows from the store:
// their verified entries, the office, the consultant at the desk, the
// credit standing in now's year and the verification code.
func LoadCertificate(store *storage.Store, tr *i18n.Translator, p *model.Person, now time.Time) (Certificate, error) {
	hs, err := store.HoursOf(p.ID)
	if err != nil {
		return Certificate{}, err
	}
	doc := Certificate{Tr: tr, Person: p, Date: now, Entries: model.CodeEntries(hs),
		Code: model.CertificateCode(store.OfficeID(), p.ID, hs)}
	if office, err := store.Office(); err == nil {
		doc.Office = office.Name
	}
	if c, err := store.Setting(settings.KeyConsultant); err == nil {
		doc.Consultant = c
	}
	doc.Ideas = map[string]string{}
	for _, h := range doc.Entries {
		if h.IdeaID != "" {
			if i, err := storage.GetAs[*model.Idea](store, model.KindIdea, h.IdeaID); err == nil {
				doc.Ideas[h.IdeaID] = i.Title
			}
		}
	}
	rules := settings.LoadCreditRules(store)
	doc.Standing = rules.Standing(hs, now.Year())
	return doc, nil
}

// CertificateFile writes person's certificate into the certificates folder
// beside the store (made when missing) and returns the file's path. The
// name holds the person's name and the day, so a second print the same day
// lands on the first: it is replaced only when replace is true; otherwise
// nothing is written and the error is a storage.OutputError (OutputExists)
// with the path, for the caller to ask.
func CertificateFile(store *storage.Store, tr *i18n.Translator, p *model.Person, now time.Time, replace bool) (path string, doc Certificate, err error) {
	doc, err = LoadCertificate(store, tr, p, now)
	if err != nil {
		return "", doc, err
	}
	if len(doc.Entries) == 0 {
		return "", doc, ErrNoVerifiedHours
	}
	dir, err := common.ExportDir(store.Path(), "certificates")
	if err != nil {
		return "", doc, err
	}
	path = filepath.Join(dir, fileName(p.FullName)+"-"+now.Format("2006-01-02")+".html")
	if err := storage.CheckOutputFile(path, replace); err != nil {
		return path, doc, err
	}
	if err := common.WriteFileAtomic(path, func(w io.Writer) error { return CertificateHTML(w, doc) }); err != nil {
		return "", doc, err
	}
	return path, doc, nil
}

// ErrNoVerifiedHours is a certificate asked for someone with no verified hours.
var ErrNoVerifiedHours = fmt.Errorf("no verified hours")

// fileName keeps letters and digits of a name (any alphabet) and joins the
// rest with underscores, so the file name works on every system.
func fileName(name string) string {
	var b strings.Builder
	under := false
	for _, r := range name {
		if r < 0x80 && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') || r == 0x7f || r < 0x20 {
			under = b.Len() > 0
			continue
		}
		if r >= 0x80 && !isLetterOrDigit(r) {
			under = b.Len() > 0
			continue
		}
		if under {
			b.WriteByte('_')
			under = false
		}
		b.WriteRune(r)
	}
	if b.Len() == 0 {
		return "certificate"
	}
	return b.String()
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// hoursIn writes hours as a printed document in lang does: a decimal comma
// in Kazakh and Russian ("21,5"), a point in English, thousands grouped
// (i18n's one formatter per language).
func hoursIn(lang model.Lang, h float64) string { return i18n.New(lang).Num(h) }
