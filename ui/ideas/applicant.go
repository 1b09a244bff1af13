package ideas

import (
	"context"
	"strings"
	"sync/atomic"
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// The applicant is chosen in the form with a text field and a list under it:
// typing a name or a phone fills the list with matching people from the
// search index; enter picks the one under the cursor. The list also offers
// "register a new person" (a page asking name, phone and consent follows),
// "no applicant", and on an edit "keep" the current one.
const (
	pickNone = ""     // no applicant
	pickNew  = "new"  // register a new person with the idea
	pickKeep = "keep" // leave the applicant as it was (edit)
)

// pickState is what the list is computed from. huh computes options in a
// command (off the event loop), so it reads this snapshot, taken in Update,
// instead of the form's live values.
type pickState struct {
	query     string
	pick      string // the current choice: kept under the cursor if still offered
	pickLabel string // how to show pick when it is a person id not found by query
	keepLabel string // the current applicant, for pickKeep ("" when none)
	tr        *i18n.Translator
}

// applicantPicker computes the applicant list for the form.
type applicantPicker struct {
	c     *common.Common
	state atomic.Pointer[pickState]
}

func newApplicantPicker(c *common.Common) *applicantPicker {
	p := &applicantPicker{c: c}
	p.state.Store(&pickState{tr: c.Tr})
	return p
}

// snapshot records the form's current applicant values (called from Update).
func (p *applicantPicker) snapshot(v *values) {
	p.state.Store(&pickState{query: v.applicantQuery, pick: v.pick, pickLabel: v.pickLabel,
		keepLabel: v.keepLabel, tr: p.c.Tr})
}

func (p *applicantPicker) relabel() {
	s := *p.state.Load()
	s.tr = p.c.Tr
	p.state.Store(&s)
}

// maxPeople is how many matching people the list shows.
const maxPeople = 6

// options runs in a command: it may search.
func (p *applicantPicker) options() []huh.Option[string] {
	s := p.state.Load()
	tr := s.tr
	q := strings.TrimSpace(s.query)
	var opts []huh.Option[string]
	keep := func() {
		if s.keepLabel != "" {
			opts = append(opts, huh.NewOption(tr.T("ideas.applicant.keep", s.keepLabel), pickKeep))
		}
	}
	if q == "" {
		keep()
		if model.ValidID(s.pick) && s.pickLabel != "" {
			opts = append(opts, huh.NewOption(s.pickLabel, s.pick))
		}
		opts = append(opts, huh.NewOption(tr.T("ideas.applicant.new"), pickNew))
	} else {
		found := false
		for _, h := range p.find(q) {
			opts = append(opts, huh.NewOption(personLabel(h), h.ID))
			found = found || h.ID == s.pick
		}
		if !found && model.ValidID(s.pick) && s.pickLabel != "" {
			opts = append([]huh.Option[string]{huh.NewOption(s.pickLabel, s.pick)}, opts...)
		}
		opts = append(opts, huh.NewOption(tr.T("ideas.applicant.new_named", oneLine(q)), pickNew))
		keep()
	}
	opts = append(opts, huh.NewOption(tr.T("ideas.applicant.none"), pickNone))
	// The cursor stays on the current choice when it is still offered, else
	// it goes to the first line (after typing: the best match).
	offered := false
	for _, o := range opts {
		offered = offered || o.Value == s.pick
	}
	if !offered || (q != "" && (s.pick == pickNone || s.pick == pickKeep)) {
		opts[0] = opts[0].Selected(true)
	}
	return opts
}

// find asks the search index for people matching q.
func (p *applicantPicker) find(q string) []search.Hit {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	x, err := p.c.Store.Search(ctx)
	if err != nil {
		return nil
	}
	res, err := x.Search(ctx, search.Query{Text: q, Filter: search.Filter{Kind: model.KindPerson}, Limit: maxPeople})
	if err != nil {
		return nil
	}
	return res.Hits
}

// personLabel is a person in the list: name · phone · organisation.
func personLabel(h search.Hit) string {
	parts := []string{oneLine(h.Title)}
	if h.Phone != "" {
		parts = append(parts, showPhone(h.Phone))
	}
	if s := oneLine(h.Sub); s != "" {
		parts = append(parts, ansi.Truncate(s, 24, "…")) // one line per person
	}
	return strings.Join(parts, " · ")
}
