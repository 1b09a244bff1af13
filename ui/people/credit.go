package people

import (
	"errors"

	"frontoffice/storage"
	"frontoffice/ui/appdoc"
	"frontoffice/ui/common"

	tea "github.com/charmbracelet/bubbletea"
)

// The card's social student credit: the standing this year from the
// person's hours in the timeline, the hours key (w, handled by the root
// through HoursSubject) and the certificate key.

// HoursSubject is the person whose card is open, so the hours key logs
// hours for them. A merged-away card has nobody to log for.
func (m *Model) HoursSubject() (common.LogHoursMsg, bool) {
	if m.mode != viewing || m.person == nil || m.person.MergedInto != "" || m.person.Deleted {
		return common.LogHoursMsg{}, false
	}
	return common.LogHoursMsg{PersonID: m.person.ID, Name: m.person.FullName}, true
}

// creditLines are the card's lines about the credit; none when the person
// has no hours at all.
func (m *Model) creditLines() []string {
	hs := m.hours
	if len(hs) == 0 {
		return nil
	}
	st := m.c.Styles
	standing, more := common.CreditStanding(m.c.Tr, m.credit, hs, m.c.Now())
	out := []string{st.Label.Render(standing)}
	for _, l := range more {
		out = append(out, "  "+l)
	}
	return out
}

// certificate writes the person's letter of gratitude beside the store and
// says where, or why not. Today's certificate of the same person exists
// already: the card asks before replacing it (certExistsMsg).
func (m *Model) certificate(replace bool) tea.Cmd {
	p := m.person
	if p == nil || p.MergedInto != "" || p.Deleted {
		return nil
	}
	store, tr, now := m.c.Store, m.c.Tr, m.c.Now()
	return common.Do(func() tea.Msg {
		path, doc, err := appdoc.CertificateFile(store, tr, p, now, replace)
		if oe, ok := storage.AsOutputError(err); ok && oe.Reason == storage.OutputExists {
			return certExistsMsg{id: p.ID, path: path}
		}
		switch {
		case errors.Is(err, appdoc.ErrNoVerifiedHours):
			return common.StatusMsg{Text: tr.T("people.cert_no_hours"), Err: true}
		case err != nil:
			return common.StatusMsg{Text: common.ErrorText(tr, err), Err: true}
		}
		return common.StatusMsg{Text: tr.T("people.cert_written", path, doc.Code)}
	})
}

// certExistsMsg says the certificate's file is there already and nothing
// was written.
type certExistsMsg struct{ id, path string }

// takeCertExists asks whether to replace the file, if the card is still
// the person's and nothing else is asked meanwhile.
func (m *Model) takeCertExists(msg certExistsMsg) tea.Cmd {
	if m.mode != viewing || m.person == nil || m.person.ID != msg.id {
		return nil
	}
	m.mode, m.certPath = confirmReplace, msg.path
	m.ask = m.c.Ask(certQ, common.Sanitize(msg.path))
	return nil
}

// answerCertReplace takes the answer to "replace the existing file?": yes
// writes over it, no leaves it byte for byte as it was.
func (m *Model) answerCertReplace(msg tea.KeyMsg) tea.Cmd {
	switch m.ask.Answer(msg) {
	case common.Yes:
		m.mode, m.ask, m.certPath = viewing, nil, ""
		return m.certificate(true)
	case common.No:
		text := m.c.Tr.T("out.kept", common.Sanitize(m.certPath))
		m.mode, m.ask, m.certPath = viewing, nil, ""
		return func() tea.Msg { return common.StatusMsg{Text: text} }
	}
	return nil
}
