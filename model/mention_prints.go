package model

import "bytes"

// A withdrawal erases the person from the records an office holds when it
// happens; a record that names them may still arrive later (an older
// revision, from an office that had not heard of the withdrawal). Withdrawn
// finds them in such a record with what an office keeps after a withdrawal
// — the person's id, and fingerprints of their phone and IIN (storage's
// erased_fp) — never their name or numbers themselves:
//
//   - a team entry or an idea's applicant with their id becomes initials, as
//     Scrub does, and the full name that entry carried is erased from the
//     record's free text;
//   - a phone or IIN in free text whose fingerprint is a withdrawn person's
//     becomes ErasedMark.
//
// What it cannot find is a name typed in free text with nothing else of the
// person in the record: the office no longer knows the name, which is the
// point of erasing it.

// Withdrawn is the people an office has on file as withdrawn, as a
// late-arriving record is scrubbed of them.
type Withdrawn struct {
	// IDs are the withdrawn people's ids.
	IDs map[string]bool
	// Phone and IIN report whether a normalized phone or an IIN is a
	// withdrawn person's, by fingerprint; nil: none kept.
	Phone, IIN func(string) bool
}

// MayMention reports whether the JSON data of a record may name or reach
// anyone withdrawn, read as bytes: false means Scrub would change nothing.
// It looks at every quoted id in data once (a map look-up each), so its
// cost does not grow with the number of people withdrawn.
func (w *Withdrawn) MayMention(data []byte) bool {
	for i := bytes.IndexByte(data, '"'); i >= 0 && i+37 < len(data); {
		if v := data[i+1 : i+37]; data[i+37] == '"' && v[8] == '-' && v[13] == '-' && v[18] == '-' && v[23] == '-' && w.IDs[string(v)] {
			return true
		}
		next := bytes.IndexByte(data[i+1:], '"')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	found := false
	if w.Phone != nil || w.IIN != nil {
		NumberTokens(data, func(_ int, phone bool, digits []byte) {
			if !found && (phone && w.isPhone("+7"+string(digits)) || !phone && w.isIIN(string(digits))) {
				found = true
			}
		})
	}
	return found
}

// Scrub erases everyone withdrawn from r in place (see above) and reports
// whether it changed anything, counting into e.
func (w *Withdrawn) Scrub(r Record, e *ScrubCounts) bool {
	l := &linked{w: w}
	if i, ok := r.(*Idea); ok {
		for _, m := range i.Team {
			if w.IDs[m.PersonID] {
				l.note(m.Name)
			}
		}
		if w.IDs[i.ApplicantID] {
			l.note(i.ApplicantName)
		}
	}
	return scrubWith(l, r, e)
}

func (w *Withdrawn) isPhone(p string) bool { return w.Phone != nil && w.Phone(p) }
func (w *Withdrawn) isIIN(d string) bool   { return w.IIN != nil && w.IIN(d) }

// linked is Withdrawn for one record, with the full names its entries of
// withdrawn people carried.
type linked struct {
	w      *Withdrawn
	names  []string // textName of each
	shapes [][]int
}

func (l *linked) note(name string) {
	if Initials(name) == name {
		return // initials already: nothing of the name left to look for
	}
	if shape := shapeOf(name); shape != nil {
		l.names = append(l.names, textName(name))
		l.shapes = append(l.shapes, shape)
	}
}

func (l *linked) isID(id string) bool   { _, ok := l.w.IDs[id]; return ok }
func (l *linked) isName(string) bool    { return false }
func (l *linked) hasNumbers() bool      { return l.w.Phone != nil || l.w.IIN != nil }
func (l *linked) isPhone(p string) bool { return l.w.isPhone(p) }
func (l *linked) isIIN(d string) bool   { return l.w.isIIN(d) }
func (l *linked) nameShapes() [][]int   { return l.shapes }
func (l *linked) isText(lower string) bool {
	for _, n := range l.names {
		if n == lower {
			return true
		}
	}
	return false
}
