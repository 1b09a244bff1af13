package csvio

import (
	"fmt"
	"slices"
	"strings"

	"frontoffice/model"
)

// This file turns one row of each importable file into a record.

// person reads a people.csv row. Without an id, a row whose phone or IIN
// belongs to a stored person updates that person; with an id, a phone or IIN
// of someone else is refused as a duplicate.
func (p *parser) person(rc *rowCtx) (built, error) {
	stored, id, err := p.target(rc)
	if err != nil {
		return built{}, err
	}
	c := readPersonCells(rc)
	// Who is this? The id says so; without one, the phone or the IIN may.
	target, claimCol, err := p.whoIs(rc, stored, id, c.phone, c.iin)
	if err != nil {
		return built{}, err
	}
	b, err := begin(target, model.KindPerson, id)
	if err != nil {
		return built{}, err
	}
	x := b.rec.(*model.Person)
	was := *x
	if claimCol == "phone" || claimCol == "iin" {
		// Someone stored, found by phone or IIN: their name is never
		// replaced; another spelling is kept beside it.
		rc.match = &Match{By: claimCol, PersonID: x.ID, Name: x.FullName}
		if n := rc.get("full_name"); n != "" && !sameName(n, x.FullName) {
			rc.match.OtherName = n
			if !slices.ContainsFunc(x.OtherNames, func(o string) bool { return sameName(o, n) }) {
				x.OtherNames = append(slices.Clone(x.OtherNames), n)
			}
		}
		defer func() { rc.match.Changed = changedColumns(&was, x) }()
	} else {
		rc.setText(&x.FullName, "full_name")
	}
	p.fillPerson(rc, x, c, b.before == nil)
	return b, nil
}

// personCells are a people.csv row's cells, read and checked (a wrong one
// is a problem of the row and reads as not given).
type personCells struct {
	phone, iin          string
	year                int
	hasYear             bool
	region              string
	hasRegion           bool
	consent, hasConsent bool
	consentAt           model.Date
	hasConsentAt        bool
}

func readPersonCells(rc *rowCtx) personCells {
	var c personCells
	c.phone, _ = rc.phone("phone")
	c.iin = model.NormalizeIIN(rc.get("iin"))
	if c.iin != "" && !model.ValidIIN(c.iin) {
		rc.bad("iin", model.ReasonBadIIN, rc.get("iin"))
		c.iin = ""
	}
	if cell := rc.get("birth_year"); cell != "" {
		if c.year, c.hasYear = parseYear(cell); !c.hasYear {
			rc.bad("birth_year", model.ReasonBadNumber, cell)
		}
	}
	c.region, c.hasRegion = rc.code("region", regionCodes)
	if cell := rc.get("consent"); cell != "" {
		if c.consent, c.hasConsent = parseYesNo(cell); !c.hasConsent {
			rc.bad("consent", ReasonBadConsent, cell)
		} else if !c.consent {
			rc.bad("consent", ReasonNoConsent, cell)
		}
	}
	c.consentAt, c.hasConsentAt = rc.date("consent_at")
	return c
}

// whoIs is the record a people row writes (nil: a new person) and the
// column that found it ("id", or "phone" or "iin" for a stored person found
// without an id); the phone, IIN and id the row takes are claimed, and a
// phone or IIN of someone else is a problem.
func (p *parser) whoIs(rc *rowCtx, stored model.Record, id, phone, iin string) (target model.Record, claimCol string, err error) {
	byPhone, byIIN, err := p.peopleWith(rc, phone, iin)
	if err != nil {
		return nil, "", err
	}
	target, claimCol = stored, "id"
	if id == "" && rc.get("id") == "" {
		switch {
		case byPhone != nil && byIIN != nil && byPhone.ID != byIIN.ID && !holds(byPhone, "iin", iin):
			p.takenBy(rc, "iin", byIIN)
		case byPhone != nil:
			target, claimCol = byPhone, "phone"
		case byIIN != nil:
			target, claimCol = byIIN, "iin"
		}
	} else {
		if byPhone != nil && byPhone.ID != id && !holds(stored, "phone", phone) {
			p.takenBy(rc, "phone", byPhone)
		}
		if byIIN != nil && byIIN.ID != id && !holds(stored, "iin", iin) {
			p.takenBy(rc, "iin", byIIN)
		}
	}
	if !holds(target, "phone", phone) {
		rc.once("phone", phone, p.phones)
	}
	if !holds(target, "iin", iin) {
		rc.once("iin", iin, p.iins)
	}
	if target != nil {
		rc.once(claimCol, target.Env().ID, p.ids)
	} else {
		rc.once("id", id, p.ids)
	}
	return target, claimCol, nil
}

// holds reports whether who (a stored person) has value as its phone or
// IIN (col). A phone or IIN the record already has is no new claim, even
// when the store holds someone else with it too (duplicates not merged
// yet): a re-import of the store's own export must not fail on them.
func holds(who model.Record, col, value string) bool {
	x, ok := who.(*model.Person)
	if !ok || x == nil || value == "" {
		return false
	}
	if col == "phone" {
		return x.Phone == value
	}
	return x.IIN == value
}

// fillPerson sets the row's filled cells on x (a new person, isNew, or a
// stored one being updated).
func (p *parser) fillPerson(rc *rowCtx, x *model.Person, c personCells, isNew bool) {
	if c.phone != "" {
		x.Phone = c.phone
	}
	if c.iin != "" {
		x.IIN = c.iin
	}
	if c.hasYear {
		x.BirthYear = c.year
	}
	rc.setText(&x.Organization, "organization")
	if c.hasRegion {
		x.Region = model.Region(c.region)
	}
	if c.hasConsent {
		x.Consent = c.consent
	}
	if c.hasConsentAt {
		x.ConsentAt = c.consentAt
	}
	// For someone under 18 the consent column is their guardian's consent
	// (given on the office's form); who the guardian is, the file cannot say:
	// the card asks for it at the desk. A record already stored keeps its own.
	if x.IsMinor(p.o.Now) && x.Consent && !x.GuardianConsent {
		x.GuardianConsent = true
	}
	rc.createdAt(&x.CreatedAt, isNew, p.o.Now)
	rc.updatedAt(&x.UpdatedAt, isNew)
}

// peopleWith returns the stored people with this phone and with this IIN.
func (p *parser) peopleWith(rc *rowCtx, phone, iin string) (byPhone, byIIN *model.Person, err error) {
	if phone != "" {
		if byPhone, err = p.o.Lookup.PersonByPhone(phone); err != nil {
			return nil, nil, fmt.Errorf("line %d: look up person %s: %w", rc.raw.line, phone, err)
		}
	}
	if iin != "" {
		if byIIN, err = p.o.Lookup.PersonByIIN(iin); err != nil {
			return nil, nil, fmt.Errorf("line %d: look up person by IIN: %w", rc.raw.line, err)
		}
	}
	return byPhone, byIIN, nil
}

// takenBy reports that column col's value already belongs to another person.
func (p *parser) takenBy(rc *rowCtx, col string, other *model.Person) {
	rc.add(Problem{Column: col, Reason: ReasonTakenBy, Value: rc.get(col),
		OtherName: other.FullName, OtherID: other.ID})
}

// idea reads an ideas.csv row. The applicant is found by phone among the
// people already stored; status is draft when a new idea gives none.
func (p *parser) idea(rc *rowCtx) (built, error) {
	stored, id, err := p.target(rc)
	if err != nil {
		return built{}, err
	}
	direction, hasDirection := rc.code("direction", directionCodes)
	region, hasRegion := rc.code("region", regionCodes)
	status, hasStatus := rc.code("status", ideaStatusCodes)
	var sdgs []model.SDG
	if cell := rc.get("sdgs"); cell != "" {
		var ok bool
		if sdgs, ok = parseSDGs(cell); !ok {
			rc.bad("sdgs", ReasonBadSDGs, cell)
		}
	}
	applicant, err := p.personRef(rc, "applicant_phone", ReasonUnknownApplicant)
	if err != nil {
		return built{}, err
	}
	var budget model.Tenge
	hasBudget := false
	if cell := rc.get("budget_kzt"); cell != "" {
		var why model.Reason
		if budget, why = model.ParseTenge(cell); why != model.ReasonNone {
			rc.bad("budget_kzt", why, cell)
		} else {
			hasBudget = true
		}
	}
	rc.once("id", id, p.ids)

	b, err := begin(stored, model.KindIdea, id)
	if err != nil {
		return built{}, err
	}
	x := b.rec.(*model.Idea)
	isNew := b.before == nil
	rc.setText(&x.Title, "title")
	rc.setText(&x.Summary, "summary")
	if hasDirection {
		x.Direction = model.Direction(direction)
	}
	if hasRegion {
		x.Region = model.Region(region)
	}
	switch {
	case hasStatus:
		x.Status = model.IdeaStatus(status)
	case isNew && rc.get("status") == "":
		x.Status = "draft"
	}
	if sdgs != nil {
		x.SDGs = sdgs
	}
	if applicant != "" {
		if err := p.setPersonRef(rc, &x.ApplicantID, applicant); err != nil {
			return built{}, err
		}
	}
	if applicant != "" && x.ApplicantID != "" {
		x.ApplicantName = "" // registered: the name column is the person's, for readers
	} else {
		rc.setText(&x.ApplicantName, "applicant_name")
	}
	rc.setText(&x.Organization, "organization")
	if hasBudget {
		x.BudgetKZT = budget
	}
	rc.createdAt(&x.CreatedAt, isNew, p.o.Now)
	rc.updatedAt(&x.UpdatedAt, isNew)
	return b, nil
}

// hours reads an hours.csv row. The person is found by phone among the people
// already stored; status is pending when a new entry gives none, and an entry
// that becomes verified is stamped as verified now.
func (p *parser) hours(rc *rowCtx) (built, error) {
	stored, id, err := p.target(rc)
	if err != nil {
		return built{}, err
	}
	person, err := p.personRef(rc, "person_phone", ReasonUnknownPerson)
	if err != nil {
		return built{}, err
	}
	date, hasDate := rc.date("date")
	var amount float64
	hasAmount := false
	if cell := rc.get("hours"); cell != "" {
		var why model.Reason
		if amount, why = parseHours(cell); why != model.ReasonNone {
			rc.bad("hours", why, cell)
		} else {
			hasAmount = true
		}
	}
	idea, err := p.ideaRef(rc)
	if err != nil {
		return built{}, err
	}
	status, hasStatus := rc.code("status", hoursStatusCodes)
	rc.once("id", id, p.ids)

	b, err := begin(stored, model.KindHours, id)
	if err != nil {
		return built{}, err
	}
	x := b.rec.(*model.Hours)
	isNew := b.before == nil
	wasVerified := x.Status == "verified"
	if person != "" {
		if err := p.setPersonRef(rc, &x.PersonID, person); err != nil {
			return built{}, err
		}
	}
	if hasDate {
		x.Date = date
	}
	if hasAmount {
		x.Hours = amount
	}
	rc.setText(&x.Activity, "activity")
	if idea != "" {
		x.IdeaID = idea
	}
	switch {
	case hasStatus:
		x.Status = model.HoursStatus(status)
	case isNew && rc.get("status") == "":
		x.Status = "pending"
	}
	rc.setText(&x.VerifiedBy, "verified_by")
	if x.Status == "verified" && !wasVerified {
		x.VerifiedAt = p.o.Now.UTC()
	}
	if err := p.dayHolds(rc, x, b.before == nil || hasDate || hasAmount || person != ""); err != nil {
		return built{}, err
	}
	return b, nil
}

// dayHolds refuses an entry for a day no one can have worked (model/
// hoursday.go): before 2000, after today, or a day on which the person
// would have more than 24 hours with the store's entries and the file's
// rows before this one. changed is false when the row leaves the stored
// entry's day and hours as they were.
func (p *parser) dayHolds(rc *rowCtx, x *model.Hours, changed bool) error {
	if x.Status == "rejected" || x.PersonID == "" || x.Date == "" || !changed {
		return nil
	}
	if why := model.HoursDayReason(x.Date, model.DateOf(p.o.Now)); why != model.ReasonNone {
		rc.bad("date", why, rc.get("date"))
		return nil
	}
	stored, err := p.o.Lookup.DayHours(x.PersonID, x.Date, x.ID)
	if err != nil {
		return fmt.Errorf("line %d: hours of the day: %w", rc.raw.line, err)
	}
	key := x.PersonID + "|" + string(x.Date)
	if stored+p.days[key]+x.Hours > model.MaxDayHours {
		rc.bad("hours", model.ReasonDayOver24, rc.get("hours"))
		return nil
	}
	rc.onGood(func() { p.days[key] += x.Hours })
	return nil
}

// ideaRef reads an hours row's idea_id: the id of an idea in the store, or empty.
func (p *parser) ideaRef(rc *rowCtx) (string, error) {
	cell := rc.get("idea_id")
	if cell == "" {
		return "", nil
	}
	id, ok := parseID(cell)
	if !ok {
		rc.bad("idea_id", model.ReasonBadRef, cell)
		return "", nil
	}
	live, err := p.live(model.KindIdea, id)
	if err != nil {
		return "", fmt.Errorf("line %d: look up idea %s: %w", rc.raw.line, id, err)
	}
	if !live {
		rc.bad("idea_id", ReasonUnknownIdea, cell)
		return "", nil
	}
	return id, nil
}

// live reports whether the store holds a record of kind k with this id,
// not deleted.
func (p *parser) live(k model.Kind, id string) (bool, error) {
	if l, ok := p.o.Lookup.(LiveLookup); ok {
		return l.Live(k, id)
	}
	r, err := p.o.Lookup.Record(k, id)
	return err == nil && r != nil && !r.Env().Deleted, err
}

// setPersonRef points *dst at the live person id, unless it already points at
// a merged-away duplicate of that person: export names such a record by the
// phone of the person it was merged into, and reading it back is no change.
func (p *parser) setPersonRef(rc *rowCtx, dst *string, id string) error {
	cur := *dst
	for range 10 { // a merge chain is short; the bound guards against a loop
		if cur == "" || cur == id {
			break
		}
		r, err := p.o.Lookup.Record(model.KindPerson, cur)
		if err != nil {
			return fmt.Errorf("line %d: look up person %s: %w", rc.raw.line, cur, err)
		}
		dup, ok := r.(*model.Person)
		if !ok || dup.MergedInto == "" {
			break
		}
		cur = dup.MergedInto
	}
	if cur != id {
		*dst = id
	}
	return nil
}

// sameName reports whether two spellings are the same name as typed, but for
// case and surrounding spaces.
func sameName(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// changedColumns lists the people.csv columns whose values differ between a
// stored person and the same person after a row.
func changedColumns(was, now *model.Person) []string {
	var out []string
	for _, c := range []struct {
		col     string
		changed bool
	}{
		{"phone", was.Phone != now.Phone},
		{"iin", was.IIN != now.IIN},
		{"birth_year", was.BirthYear != now.BirthYear},
		{"organization", was.Organization != now.Organization},
		{"region", was.Region != now.Region},
		{"consent", was.Consent != now.Consent},
		{"consent_at", was.ConsentAt != now.ConsentAt},
	} {
		if c.changed {
			out = append(out, c.col)
		}
	}
	return out
}
