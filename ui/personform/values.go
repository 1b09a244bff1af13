// Package personform is what the People screen's form and the Desk's
// registration form share: what was typed (Values), turning it into a Person
// with every problem on its field, the checks each field makes as it is left,
// the guardian page, and the duplicate guard (the same phone or IIN is the
// same person; the same folded name in the same organisation is a question).
//
// Both forms keep their own layout; what a person is, and when two records are
// one person, is decided here once.
package personform

import (
	"strconv"
	"strings"
	"time"

	"frontoffice/model"
)

// Values are what a person form edits, as typed, kept apart from the record
// so a failed save reopens the form with everything as it was, and "changed?"
// is a comparison.
type Values struct {
	Name, Phone, IIN, BirthYear, Org string
	Region                           model.Region
	Consent                          bool
	Method                           model.ConsentMethod
	ConsentAt                        string // as typed: 13.02.2026 or 2026-02-13; "" is today
	GuardianName, GuardianPhone      string
	GuardianConsent                  bool
	Notes                            string
}

// Of is p as a form shows it: phones readable, dates the local way.
func Of(p *model.Person) Values {
	v := Values{
		Name: p.FullName, Phone: model.FormatPhone(p.Phone), IIN: p.IIN, Org: p.Organization,
		Region: p.Region, Consent: p.Consent, Method: p.ConsentMethod, ConsentAt: ShowDate(p.ConsentAt),
		GuardianName: p.GuardianName, GuardianPhone: model.FormatPhone(p.GuardianPhone),
		GuardianConsent: p.GuardianConsent, Notes: p.Notes,
	}
	if p.BirthYear > 0 {
		v.BirthYear = strconv.Itoa(p.BirthYear)
	}
	if v.Method == "" {
		v.Method = model.ConsentMethods()[0]
	}
	return v
}

// Fresh is an empty form for a new person, with what was typed in a search
// box put in the field it looks like: a phone (or the start of one), an IIN,
// or else a name. The region is the office's, consent dated today.
func Fresh(typed string, region model.Region, today model.Date) Values {
	v := Values{Region: region, Method: model.ConsentMethods()[0], ConsentAt: ShowDate(today)}
	v.Name, v.Phone, v.IIN = Split(typed)
	return v
}

// Split tells what typed is: a phone (whole or begun), a valid IIN, or a
// name; the other two come back empty.
func Split(typed string) (name, phone, iin string) {
	switch typed = strings.TrimSpace(typed); {
	case typed == "":
	case model.PhoneDigitsKey(typed) != "":
		phone = typed
	case model.ValidIIN(model.NormalizeIIN(typed)), twelveDigits(model.NormalizeIIN(typed)):
		// Twelve digits are an IIN, a mistyped one too: its field then
		// says the check digit is wrong, instead of a phone field saying
		// it is no phone.
		iin = model.NormalizeIIN(typed)
	case PhoneLike(typed):
		phone = typed // part of a number: the consultant finishes it there
	case !model.HasControl(typed, false):
		name = typed
	}
	return name, phone, iin
}

func twelveDigits(s string) bool {
	if len(s) != 12 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Minor reports whether what is typed now makes the person a minor.
func (v Values) Minor(now time.Time) bool {
	p := model.Person{IIN: model.NormalizeIIN(v.IIN)}
	if y, err := strconv.Atoi(strings.TrimSpace(v.BirthYear)); err == nil {
		p.BirthYear = y
	}
	return p.IsMinor(now)
}

// Person makes the record to save from what was typed, with every problem
// found on its field: the form's own checks, then the model's rules
// (Person.ValidateRegistration, which asks a minor's guardian's name and
// phone). base is the person being edited (nil for a new one); orgs are the
// organisations already used, so one college keeps one spelling.
func (v Values) Person(base *model.Person, orgs []string, now time.Time) (*model.Person, model.FieldErrors) {
	p := model.New(model.KindPerson).(*model.Person)
	if base != nil {
		cp := *base
		p = &cp
	} else {
		p.CreatedAt = now.UTC()
	}
	var fe model.FieldErrors
	bad := func(field string, r model.Reason) { fe = append(fe, model.FieldError{Field: field, Reason: r}) }

	p.FullName = strings.Join(strings.Fields(v.Name), " ")
	p.Phone = ""
	if strings.TrimSpace(v.Phone) != "" {
		if n, r := model.NormalizePhone(v.Phone); r != model.ReasonNone {
			bad("phone", model.ReasonBadPhone)
		} else {
			p.Phone = n
		}
	}
	p.IIN = model.NormalizeIIN(v.IIN)
	if y, r := ParseYear(v.BirthYear, now); r != model.ReasonNone {
		bad("birth_year", r)
		p.BirthYear = 0
	} else {
		p.BirthYear = y
	}
	if born, ok := model.IINBirthDate(p.IIN); ok && p.BirthYear == 0 && model.ValidIIN(p.IIN) {
		p.BirthYear = born.Year() // the IIN says it; no need to type it
	}
	p.Organization = strings.Join(strings.Fields(v.Org), " ")
	for _, o := range orgs { // "alt university" is "ALT University"
		if strings.EqualFold(o, p.Organization) {
			p.Organization = o
			break
		}
	}
	p.Region = v.Region
	p.Consent = v.Consent
	p.ConsentMethod, p.ConsentAt = "", ""
	if v.Consent {
		p.ConsentMethod = v.Method
		p.ConsentAt = model.Date(strings.TrimSpace(v.ConsentAt))
		if p.ConsentAt == "" {
			p.ConsentAt = model.DateOf(now)
		} else if d, r := model.ParseDate(string(p.ConsentAt)); r != model.ReasonNone {
			bad("consent_at", r)
			p.ConsentAt = ""
		} else {
			p.ConsentAt = d
		}
	}
	if p.IsMinor(now) {
		p.GuardianName = strings.TrimSpace(v.GuardianName)
		p.GuardianConsent = v.GuardianConsent
		p.GuardianPhone = ""
		if strings.TrimSpace(v.GuardianPhone) != "" {
			if n, r := model.NormalizePhone(v.GuardianPhone); r != model.ReasonNone {
				bad("guardian_phone", model.ReasonBadPhone)
			} else {
				p.GuardianPhone = n
			}
		}
	} else if base == nil {
		// An adult registers alone: guardian fields typed before the birth
		// year was corrected are not kept. An existing record keeps its own.
		p.GuardianName, p.GuardianPhone, p.GuardianConsent = "", "", false
	}
	p.Notes = strings.TrimRight(v.Notes, " \t\n")

	if err := p.ValidateRegistration(now); err != nil {
		got, _ := model.AsFieldErrors(err)
		for _, e := range got {
			if fe.For(e.Field) == "" {
				fe = append(fe, e)
			}
		}
	}
	return p, fe
}

// ParseYear reads a birth year ("" is none).
func ParseYear(s string, now time.Time) (int, model.Reason) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, model.ReasonNone
	}
	y, err := strconv.Atoi(s)
	if err != nil {
		return 0, model.ReasonBadNumber
	}
	if y < now.Year()-120 || y > now.Year() {
		return 0, model.ReasonBadYear
	}
	return y, model.ReasonNone
}

// ShowDate writes a stored day the way it is read in Kazakhstan: 13.02.2026
// (also what the forms accept). Anything not a day comes back as it is.
func ShowDate(d model.Date) string {
	if !d.Valid() {
		return string(d)
	}
	return d.Time().Format("02.01.2006")
}

// PhoneLike reports whether s is only digits and the signs people write
// phones with ("8 705", "+7 (701)").
func PhoneLike(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(" +-().", r):
		default:
			return false
		}
	}
	return digits > 0
}
