package model

import (
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Limits on text fields, generous for people and tight enough to stop a paste
// of a whole document into a name.
const (
	maxName  = 200
	maxTitle = 200
	maxText  = 20000
)

// Person is a visitor, volunteer or applicant. Personal data is stored only with
// consent; a minor also needs a guardian's consent and contact.
type Person struct {
	Envelope
	FullName        string        `json:"full_name"`
	Phone           string        `json:"phone,omitempty"` // +77XXXXXXXXX
	IIN             string        `json:"iin,omitempty"`
	BirthYear       int           `json:"birth_year,omitempty"`
	Organization    string        `json:"organization,omitempty"` // college, university, school
	Region          Region        `json:"region,omitempty"`
	Consent         bool          `json:"consent"`
	ConsentMethod   ConsentMethod `json:"consent_method,omitempty"`
	ConsentAt       Date          `json:"consent_at,omitempty"`
	GuardianName    string        `json:"guardian_name,omitempty"`
	GuardianPhone   string        `json:"guardian_phone,omitempty"`
	GuardianConsent bool          `json:"guardian_consent,omitempty"`
	Notes           string        `json:"notes,omitempty"`
	MergedInto      string        `json:"merged_into,omitempty"` // set on a merged-away duplicate
	// MergeMoved lists what a merge moved from this person to MergedInto
	// ("visit:ID", "idea:ID:applicant", "idea:ID:team"…), so it can be undone.
	MergeMoved []string `json:"merge_moved,omitempty"`
	// MergedFrom lists the records merged into this person (newest last):
	// their history shows the merge, and the last can be undone from here.
	MergedFrom []string `json:"merged_from,omitempty"`
	// OtherNames are other spellings of the person's name that reached
	// this record (a file or another office wrote "Aigerim Sarsenbayeva"
	// for «Айгерім Сәрсенбаева»): kept, shown and searched, never replacing
	// FullName.
	OtherNames []string `json:"other_names,omitempty"`
	// Apart lists the person records a consultant said are not this person
	// (an undone join between offices' records): the identity rules never
	// join this record with them (model/identity.go).
	Apart []string `json:"apart,omitempty"`
	// ConsentWithdrawn is the day the person withdrew consent: their personal
	// fields are erased, their anonymous counts stay.
	ConsentWithdrawn Date      `json:"consent_withdrawn,omitempty"`
	CreatedAt        time.Time `json:"created_at"`
}

// WithdrawConsent erases what identifies the person, keeping their name as
// initials and what reports count (birth year, region, organisation).
func (p *Person) WithdrawConsent(today Date) {
	p.FullName = Initials(p.FullName)
	p.Phone, p.IIN, p.Notes, p.OtherNames = "", "", "", nil
	p.GuardianName, p.GuardianPhone, p.GuardianConsent = "", "", false
	p.Consent, p.ConsentMethod, p.ConsentAt = false, "", ""
	p.ConsentWithdrawn = today
}

// Initials turns "Айгерім Сейтқали" into "А. С.".
func Initials(name string) string {
	var out []string
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		for len(r) > 0 && !unicode.IsLetter(r[0]) {
			r = r[1:]
		}
		if len(r) > 0 {
			out = append(out, string(unicode.ToUpper(r[0]))+".")
		}
	}
	if len(out) == 0 {
		return "—"
	}
	return strings.Join(out, " ")
}

// AdultAge is the age from which a person consents for themselves.
const AdultAge = 18

// IsMinor reports whether the person is under 18 on now, judged by the IIN's birth
// date when there is one, else by birth year (a person born this year minus 18 counts as adult).
func (p *Person) IsMinor(now time.Time) bool {
	if born, ok := IINBirthDate(p.IIN); ok {
		return born.AddDate(AdultAge, 0, 0).After(now)
	}
	return p.BirthYear > 0 && now.Year()-p.BirthYear < AdultAge
}

// Validate checks the person as of today.
func (p *Person) Validate() error { return p.ValidateAt(time.Now()) }

// ValidateRegistration is ValidateAt plus what the desk asks of a minor: the
// guardian's name and phone. The People and Desk forms check with it.
func (p *Person) ValidateRegistration(now time.Time) error {
	err := p.ValidateAt(now)
	es, _ := AsFieldErrors(err)
	if err != nil && es == nil {
		return err
	}
	if p.IsMinor(now) {
		if p.GuardianName == "" {
			es.add("guardian_name", ReasonGuardian)
		}
		if p.GuardianPhone == "" {
			es.add("guardian_phone", ReasonGuardian)
		}
	}
	return es.Err()
}

// ValidateAt checks the person with now as today (for minors and birth years).
func (p *Person) ValidateAt(now time.Time) error {
	var es FieldErrors
	es.checkText("full_name", p.FullName, true, maxName)
	if p.Phone != "" {
		if n, r := NormalizePhone(p.Phone); r != ReasonNone || n != p.Phone {
			es.add("phone", ReasonBadPhone)
		}
	}
	if p.IIN != "" {
		if born, ok := IINBirthDate(p.IIN); !ok || !ValidIIN(p.IIN) || born.After(now) {
			es.add("iin", ReasonBadIIN)
		}
	}
	if p.BirthYear != 0 && (p.BirthYear < now.Year()-120 || p.BirthYear > now.Year()) {
		es.add("birth_year", ReasonBadYear)
	} else if born, ok := IINBirthDate(p.IIN); ok && p.BirthYear != 0 && born.Year() != p.BirthYear {
		es.add("birth_year", ReasonMismatch)
	}
	es.checkText("organization", p.Organization, false, maxName)
	if p.Region != "" && !p.Region.Valid() {
		es.add("region", ReasonUnknownCode)
	}
	if !p.Consent && p.MergedInto == "" && p.ConsentWithdrawn == "" {
		es.add("consent", ReasonConsentNeeded)
	}
	es.checkDate("consent_withdrawn", p.ConsentWithdrawn, false)
	if p.ConsentWithdrawn != "" && (p.Phone != "" || p.IIN != "" || p.GuardianName != "" || p.GuardianPhone != "") {
		es.add("consent_withdrawn", ReasonMismatch) // withdrawn, yet personal data kept
	}
	for _, m := range p.MergeMoved {
		if HasControl(m, false) {
			es.add("merge_moved", ReasonControlChars)
			break
		}
	}
	for _, id := range p.MergedFrom {
		es.checkRef("merged_from", id, true)
	}
	for _, n := range p.OtherNames {
		es.checkText("other_names", n, true, maxName)
	}
	for _, id := range p.Apart {
		es.checkRef("apart", id, true)
	}
	if p.ConsentMethod != "" && !p.ConsentMethod.Valid() {
		es.add("consent_method", ReasonUnknownCode)
	}
	es.checkDate("consent_at", p.ConsentAt, false)
	// A minor's data is kept only with their guardian's consent. Who the
	// guardian is (name, phone) the desk asks for (ValidateRegistration); a
	// spreadsheet has no column for it, so a record may arrive without it.
	// A withdrawn person keeps nothing that needs consent (WithdrawConsent
	// clears the guardian's), as the consent rule above.
	if p.IsMinor(now) && !p.GuardianConsent && p.ConsentWithdrawn == "" {
		es.add("guardian_consent", ReasonGuardian)
	}
	es.checkText("guardian_name", p.GuardianName, false, maxName)
	if p.GuardianPhone != "" {
		if n, r := NormalizePhone(p.GuardianPhone); r != ReasonNone || n != p.GuardianPhone {
			es.add("guardian_phone", ReasonBadPhone)
		}
	}
	es.checkMultiline("notes", p.Notes)
	es.checkRef("merged_into", p.MergedInto, false)
	return es.Err()
}

// TeamMember is someone working on an idea, registered or not.
type TeamMember struct {
	PersonID string `json:"person_id,omitempty"`
	Name     string `json:"name"`
	Role     string `json:"role,omitempty"`
}

// Reach is how many of a target group a project plans to reach and has reached.
type Reach struct {
	Group   TargetGroup `json:"group"`
	Planned int         `json:"planned"`
	Reached int         `json:"reached"`
}

// Idea is a social-project idea on its way from a draft to a finished project.
type Idea struct {
	Envelope
	Title         string       `json:"title"`
	Summary       string       `json:"summary,omitempty"`
	Direction     Direction    `json:"direction"`
	Region        Region       `json:"region"`
	Locality      string       `json:"locality,omitempty"` // town, village or district
	Status        IdeaStatus   `json:"status"`
	ArchivedFrom  IdeaStatus   `json:"archived_from,omitempty"` // the status to restore an archived idea to
	SDGs          []SDG        `json:"sdgs,omitempty"`
	StartDate     Date         `json:"start_date,omitempty"` // planned
	EndDate       Date         `json:"end_date,omitempty"`   // planned
	ApplicantID   string       `json:"applicant_id,omitempty"`
	ApplicantName string       `json:"applicant_name,omitempty"` // when the applicant is not registered
	Organization  string       `json:"organization,omitempty"`
	BudgetKZT     Tenge        `json:"budget_kzt"`
	Team          []TeamMember `json:"team,omitempty"`
	TargetGroups  []Reach      `json:"target_groups,omitempty"`
	CatalogueID   string       `json:"catalogue_id,omitempty"` // the catalogue entry it started from
	Logframe      Logframe     `json:"logframe,omitzero"`
	Budget        []BudgetLine `json:"budget,omitempty"`
	// FundsAvailable is the money the applicant has for it (co-funding or
	// all of it when there is no grant).
	FundsAvailable Tenge  `json:"funds_available,omitempty"`
	Programme      string `json:"programme,omitempty"` // the grant programme it aims at (code)
	// The texts only a grant application needs (model/application).
	CoverLetter    string `json:"cover_letter,omitempty"`
	Sustainability string `json:"sustainability,omitempty"`  // what stays after the grant
	Partners       string `json:"partners,omitempty"`        // who helps
	MonitoringPlan string `json:"monitoring_plan,omitempty"` // how progress is followed
	// PrintLang is the language its application prints in, chosen on the
	// application view; empty: the language its texts are in.
	PrintLang Lang      `json:"print_lang,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

// Archive puts the idea away without deleting it; Restore brings it back to
// the status it had.
func (i *Idea) Archive() {
	if i.Status == StatusArchived {
		return
	}
	i.ArchivedFrom, i.Status = i.Status, StatusArchived
}

// Restore undoes Archive.
func (i *Idea) Restore() {
	if i.Status != StatusArchived {
		return
	}
	i.Status, i.ArchivedFrom = i.ArchivedFrom, ""
	if i.Status == "" || i.Status == StatusArchived {
		i.Status = StatusDraft
	}
}

// Validate checks the idea's fields.
func (i *Idea) Validate() error {
	var es FieldErrors
	es.checkText("title", i.Title, true, maxTitle)
	es.checkMultiline("summary", i.Summary)
	if i.Direction == "" {
		es.add("direction", ReasonRequired)
	} else if !i.Direction.Valid() {
		es.add("direction", ReasonUnknownCode)
	}
	if i.Region == "" {
		es.add("region", ReasonRequired)
	} else if !i.Region.Valid() {
		es.add("region", ReasonUnknownCode)
	}
	if i.Status == "" {
		es.add("status", ReasonRequired)
	} else if !i.Status.Valid() {
		es.add("status", ReasonUnknownCode)
	}
	es.checkText("locality", i.Locality, false, maxName)
	if i.ArchivedFrom != "" && !i.ArchivedFrom.Valid() {
		es.add("archived_from", ReasonUnknownCode)
	}
	es.checkDate("start_date", i.StartDate, false)
	es.checkDate("end_date", i.EndDate, false)
	if i.StartDate.Valid() && i.EndDate.Valid() && i.EndDate < i.StartDate {
		es.add("end_date", ReasonMismatch)
	}
	seen := map[SDG]bool{}
	for _, g := range i.SDGs {
		if !g.Valid() {
			es.add("sdgs", ReasonUnknownCode)
			break
		}
		if seen[g] {
			es.add("sdgs", ReasonDuplicate)
			break
		}
		seen[g] = true
	}
	es.checkRef("applicant_id", i.ApplicantID, false)
	es.checkText("applicant_name", i.ApplicantName, false, maxName)
	es.checkText("organization", i.Organization, false, maxName)
	switch {
	case i.BudgetKZT < 0:
		es.add("budget_kzt", ReasonNegative)
	case i.BudgetKZT > MaxTenge:
		es.add("budget_kzt", ReasonTooLarge)
	}
	switch {
	case i.FundsAvailable < 0:
		es.add("funds_available", ReasonNegative)
	case i.FundsAvailable > MaxTenge:
		es.add("funds_available", ReasonTooLarge)
	}
	es.checkText("programme", i.Programme, false, maxName)
	es.checkMultiline("cover_letter", i.CoverLetter)
	es.checkMultiline("sustainability", i.Sustainability)
	es.checkMultiline("partners", i.Partners)
	es.checkMultiline("monitoring_plan", i.MonitoringPlan)
	if i.PrintLang != "" && i.PrintLang != KK && i.PrintLang != RU && i.PrintLang != EN {
		es.add("print_lang", ReasonUnknownCode)
	}
	es.checkLogframe(&i.Logframe)
	es.checkBudget(i.Budget)
	for _, m := range i.Team {
		if m.PersonID == "" && m.Name == "" {
			es.add("team", ReasonRequired)
			break
		}
		if HasControl(m.Name, false) || HasControl(m.Role, false) {
			es.add("team", ReasonControlChars)
			break
		}
	}
	groups := map[TargetGroup]bool{}
	for _, r := range i.TargetGroups {
		switch {
		case !r.Group.Valid():
			es.add("target_groups", ReasonUnknownCode)
		case groups[r.Group]:
			es.add("target_groups", ReasonDuplicate)
		case r.Planned < 0 || r.Reached < 0:
			es.add("target_groups", ReasonNegative)
		default:
			groups[r.Group] = true
			continue
		}
		break
	}
	return es.Err()
}

// Consultation is one consultation given by the office. Consultations are
// append-only: a correction is a new consultation that supersedes the old one.
type Consultation struct {
	Envelope
	Date        Date      `json:"date"`
	DurationMin int       `json:"duration_min"`
	Consultant  string    `json:"consultant"`
	Services    []Service `json:"services"`
	PersonID    string    `json:"person_id,omitempty"`
	IdeaID      string    `json:"idea_id,omitempty"`
	VisitID     string    `json:"visit_id,omitempty"`
	Notes       string    `json:"notes,omitempty"`
	NextSteps   string    `json:"next_steps,omitempty"`
	FollowUp    Date      `json:"follow_up,omitempty"`
	Supersedes  string    `json:"supersedes,omitempty"` // id of the consultation this one corrects
}

// Validate checks the consultation's fields.
func (c *Consultation) Validate() error {
	var es FieldErrors
	es.checkDate("date", c.Date, true)
	if c.DurationMin < 0 {
		es.add("duration_min", ReasonNegative)
	} else if c.DurationMin > 24*60 {
		es.add("duration_min", ReasonTooLarge)
	}
	es.checkText("consultant", c.Consultant, true, maxName)
	if len(c.Services) == 0 {
		es.add("services", ReasonRequired)
	}
	for _, s := range c.Services {
		if !s.Valid() {
			es.add("services", ReasonUnknownCode)
			break
		}
	}
	if c.PersonID == "" && c.IdeaID == "" {
		es.add("person_id", ReasonRequired)
	}
	es.checkRef("person_id", c.PersonID, false)
	es.checkRef("idea_id", c.IdeaID, false)
	es.checkRef("visit_id", c.VisitID, false)
	es.checkRef("supersedes", c.Supersedes, false)
	es.checkMultiline("notes", c.Notes)
	es.checkMultiline("next_steps", c.NextSteps)
	es.checkDate("follow_up", c.FollowUp, false)
	return es.Err()
}

// Visit is one walk-in visit at the desk, moving through today's queue.
type Visit struct {
	Envelope
	PersonID   string     `json:"person_id"`
	Date       Date       `json:"date"`
	ArrivedAt  time.Time  `json:"arrived_at"`
	Purpose    Purpose    `json:"purpose"`
	State      VisitState `json:"state"`
	Consultant string     `json:"consultant,omitempty"`
	ServedAt   time.Time  `json:"served_at,omitzero"`
	DoneAt     time.Time  `json:"done_at,omitzero"`
	Notes      string     `json:"notes,omitempty"`

	// Anonymous is a visit of someone who kept no personal data here: no
	// person, only the age band, the service and the outcome (anonymous.go).
	Anonymous bool    `json:"anonymous,omitempty"`
	AgeBand   AgeBand `json:"age_band,omitempty"`
	Service   Service `json:"service,omitempty"`
	Outcome   Outcome `json:"outcome,omitempty"`
}

// Validate checks the visit's fields.
func (v *Visit) Validate() error {
	var es FieldErrors
	if v.Anonymous {
		if v.PersonID != "" {
			es.add("person_id", ReasonMismatch)
		}
	} else {
		es.checkRef("person_id", v.PersonID, true)
	}
	if v.AgeBand != "" && !v.AgeBand.Valid() {
		es.add("age_band", ReasonUnknownCode)
	}
	if v.Service != "" && !v.Service.Valid() {
		es.add("service", ReasonUnknownCode)
	}
	if v.Outcome != "" && !v.Outcome.Valid() {
		es.add("outcome", ReasonUnknownCode)
	}
	es.checkDate("date", v.Date, true)
	if !v.Purpose.Valid() {
		es.add("purpose", ReasonUnknownCode)
	}
	if !v.State.Valid() {
		es.add("state", ReasonUnknownCode)
	}
	es.checkText("consultant", v.Consultant, false, maxName)
	es.checkMultiline("notes", v.Notes)
	return es.Err()
}

// Hours is one entry of volunteer hours for the social student credit. Only
// verified hours count; editing a verified entry sends it back to pending.
type Hours struct {
	Envelope
	PersonID     string      `json:"person_id"`
	Date         Date        `json:"date"`
	Hours        float64     `json:"hours"` // in half-hour steps
	Activity     string      `json:"activity,omitempty"`
	IdeaID       string      `json:"idea_id,omitempty"`
	Description  string      `json:"description,omitempty"`
	Status       HoursStatus `json:"status"`
	VerifiedBy   string      `json:"verified_by,omitempty"`
	VerifiedAt   time.Time   `json:"verified_at,omitzero"`
	RejectReason string      `json:"reject_reason,omitempty"`
}

// ValidHours reports whether h is a positive number of half hours, at most a day.
func ValidHours(h float64) bool {
	return h > 0 && h <= 24 && math.Mod(h*2, 1) == 0
}

// Validate checks the entry's fields.
func (h *Hours) Validate() error {
	var es FieldErrors
	es.checkRef("person_id", h.PersonID, true)
	es.checkDate("date", h.Date, true)
	if !ValidHours(h.Hours) {
		es.add("hours", ReasonBadHours)
	}
	es.checkText("activity", h.Activity, false, maxTitle)
	es.checkRef("idea_id", h.IdeaID, false)
	es.checkMultiline("description", h.Description)
	if !h.Status.Valid() {
		es.add("status", ReasonUnknownCode)
	}
	if h.Status == "verified" && h.VerifiedBy == "" {
		es.add("verified_by", ReasonRequired)
	}
	es.checkText("verified_by", h.VerifiedBy, false, maxName)
	return es.Err()
}

// Office is the front office itself: its name, region and consultants. Its id is
// the origin written on every revision this office makes.
type Office struct {
	Envelope
	Name        string   `json:"name"`
	Region      Region   `json:"region,omitempty"`
	Consultants []string `json:"consultants,omitempty"`
}

// Validate checks the office's fields.
func (o *Office) Validate() error {
	var es FieldErrors
	es.checkText("name", o.Name, true, maxName)
	if o.Region != "" && !o.Region.Valid() {
		es.add("region", ReasonUnknownCode)
	}
	seen := map[string]bool{}
	for _, c := range o.Consultants {
		switch {
		case strings.TrimSpace(c) == "":
			es.add("consultants", ReasonRequired)
		case utf8.RuneCountInString(c) > maxName:
			es.add("consultants", ReasonTooLong)
		case HasControl(c, false):
			es.add("consultants", ReasonControlChars)
		case seen[c]:
			es.add("consultants", ReasonDuplicate)
		default:
			seen[c] = true
			continue
		}
		break
	}
	return es.Err()
}

// CatalogueEntry is a ready project idea for a visitor with money or time but no
// idea of their own. Shipped entries have fixed ids; an office's own additions
// are stored as records of kind catalogue.
type CatalogueEntry struct {
	Envelope
	Title         Label         `json:"title"`
	Description   Label         `json:"description"`
	Steps         []Label       `json:"steps,omitempty"`
	Direction     Direction     `json:"direction"`
	SDGs          []SDG         `json:"sdgs,omitempty"`
	TargetGroups  []TargetGroup `json:"target_groups,omitempty"`
	TeamMin       int           `json:"team_min"`
	TeamMax       int           `json:"team_max"`
	DurationWeeks int           `json:"duration_weeks"`
	BudgetMin     Tenge         `json:"budget_min"`
	BudgetMax     Tenge         `json:"budget_max"`
	// Regions, when set, are the only regions the entry suits (a Caspian
	// shore clean-up); empty means anywhere.
	Regions []Region `json:"regions,omitempty"`
	// Logframe and Budget are what a draft idea made from the entry starts
	// with (see ToIdea).
	Logframe CatalogueLogframe `json:"logframe,omitzero"`
	Budget   []CatalogueLine   `json:"budget,omitempty"`
}

// Validate checks the entry's fields.
func (c *CatalogueEntry) Validate() error {
	var es FieldErrors
	if c.Title.KK == "" && c.Title.RU == "" && c.Title.EN == "" {
		es.add("title", ReasonRequired)
	}
	// Office-made entries arrive in bundles from other offices: their text is
	// checked like any other title or description before it reaches a terminal.
	es.checkLabel("title", c.Title, false)
	es.checkLabel("description", c.Description, true)
	for _, st := range c.Steps {
		if es.checkLabel("steps", st, true) {
			break
		}
	}
	if !c.Direction.Valid() {
		es.add("direction", ReasonUnknownCode)
	}
	for _, g := range c.SDGs {
		if !g.Valid() {
			es.add("sdgs", ReasonUnknownCode)
			break
		}
	}
	for _, g := range c.TargetGroups {
		if !g.Valid() {
			es.add("target_groups", ReasonUnknownCode)
			break
		}
	}
	if c.TeamMin < 0 || c.TeamMax < c.TeamMin {
		es.add("team_max", ReasonMismatch)
	}
	if c.DurationWeeks < 0 {
		es.add("duration_weeks", ReasonNegative)
	}
	if c.BudgetMin < 0 || c.BudgetMax < c.BudgetMin || c.BudgetMax > MaxTenge {
		es.add("budget_max", ReasonMismatch)
	}
	for _, r := range c.Regions {
		if !r.Valid() {
			es.add("regions", ReasonUnknownCode)
			break
		}
	}
	es.checkCatalogueLogframe(&c.Logframe)
	es.checkCatalogueBudget(c.Budget)
	return es.Err()
}

// checkLabel checks each language of a label as a title (one line) or as a
// multiline text, reporting at most one problem for field; it reports whether it found one.
func (es *FieldErrors) checkLabel(field string, l Label, multiline bool) bool {
	n := len(*es)
	for _, s := range []string{l.KK, l.RU, l.EN} {
		if multiline {
			es.checkMultiline(field, s)
		} else {
			es.checkText(field, s, false, maxTitle)
		}
		if len(*es) > n {
			return true
		}
	}
	return false
}
