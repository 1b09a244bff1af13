package model

import (
	"bytes"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"frontoffice/model/textfold"
)

// A withdrawal of consent erases the person from the other records that name
// or reach them (issue 17): team entries and applicant names become
// initials, their phone, IIN and full name in free text become ErasedMark.
// The store (storage's eraseMentions) and the regional hub (storage/hub)
// erase with this code, so both erase the same records to the same content.

// ErasedMark replaces a withdrawn person's phone, IIN or full name where it
// stood in free text (notes, next steps, descriptions…). It is the same in
// every language on purpose: the text it sits in is in whatever language the
// consultant typed, and a record carries no language of its own.
const ErasedMark = "[erased]"

// ScrubCounts is what Scrub erased: team members turned to initials,
// applicant names turned to initials, phone, IIN or name occurrences
// replaced by ErasedMark in free text.
type ScrubCounts struct {
	TeamEntries, Applicants, FreeTexts int
}

// ErasingOf is p, as they were before withdrawing, as Erasing looks for them:
// their id, full name (none when p withdrew already: initials only), IIN and
// phone normalized.
func ErasingOf(p *Person) Erasing {
	w := Erasing{ID: p.ID, Name: p.FullName, IIN: NormalizeIIN(p.IIN)}
	if p.ConsentWithdrawn != "" {
		w.Name = "" // initials already: their full name is gone
	}
	if ph, why := NormalizePhone(p.Phone); why == ReasonNone {
		w.Phone = ph
	}
	return w
}

// Erasing is the withdrawn person as they were: what to look for.
type Erasing struct {
	ID, Name, Phone, IIN string

	// What mayMention looks for, made on first use.
	prepared  bool
	nat       string   // the phone's 10 national digits
	words     [][]byte // each word of the name, but its first letter, lower and upper case
	foldName  string
	nameField [][]byte
}

// MayMention reports whether the JSON data of a record of kind k may name or
// reach the person, read as bytes, without decoding it: it holds their id,
// a number that reads as their phone or IIN (numberTokens), every word of
// their full name (for free text; in lower or upper case), or, in an idea, a
// team member's or applicant's name that folds to theirs. False means
// Scrub would change nothing; a withdrawal decodes only the records it is
// true for (at 100 000 ideas and people, decoding every one took most of
// the time).
func (w *Erasing) MayMention(k Kind, data []byte) bool {
	if !w.prepared {
		w.prepared = true
		w.nat = National(w.Phone)
		if fields := strings.Fields(w.Name); len(fields) >= 2 {
			for _, f := range fields {
				_, size := utf8.DecodeRuneInString(f)
				rest := f[size:]
				w.words = append(w.words, []byte(strings.ToLower(rest)), []byte(strings.ToUpper(rest)))
			}
		}
		w.foldName = textfold.Fold(w.Name)
		w.nameField = [][]byte{[]byte(`"name":"`), []byte(`"applicant_name":"`)}
	}
	if w.ID != "" && bytes.Contains(data, []byte(w.ID)) {
		return true
	}
	if w.nat != "" || w.IIN != "" {
		found := false
		NumberTokens(data, func(_ int, phone bool, digits []byte) {
			if phone && w.nat != "" && string(digits) == w.nat || !phone && string(digits) == w.IIN {
				found = true
			}
		})
		if found {
			return true
		}
	}
	if len(w.words) > 0 {
		all := true
		for i := 0; i < len(w.words); i += 2 {
			if !bytes.Contains(data, w.words[i]) && !bytes.Contains(data, w.words[i+1]) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	if k == KindIdea && w.foldName != "" {
		for _, field := range w.nameField {
			rest := data
			for {
				at := bytes.Index(rest, field)
				if at < 0 {
					break
				}
				rest = rest[at+len(field):]
				end := bytes.IndexByte(rest, '"')
				if end < 0 {
					return true
				}
				v := rest[:end]
				if bytes.IndexByte(v, '\\') >= 0 || textfold.Fold(string(v)) == w.foldName {
					return true // an escape: decoded to be sure
				}
			}
		}
	}
	return false
}

// Scrub erases w from r in place and reports whether it changed anything,
// counting into e.
func (w *Erasing) Scrub(r Record, e *ScrubCounts) bool { return scrubWith(w, r, e) }

// whom is what a scrub looks for: one person as they were (Erasing), or
// the fingerprints of everyone withdrawn at an office (Prints), which finds
// them in records that arrive after the withdrawal.
type whom interface {
	isID(id string) bool
	isName(name string) bool // a team member's or applicant's name
	hasNumbers() bool
	isPhone(normalized string) bool
	isIIN(digits string) bool
	nameShapes() [][]int      // byte lengths of each full name's lowercased words
	isText(lower string) bool // lowercased words joined by one space
}

func scrubWith(w whom, r Record, e *ScrubCounts) bool {
	changed := false
	if i, ok := r.(*Idea); ok {
		for t := range i.Team {
			m := &i.Team[t]
			if m.PersonID != "" && w.isID(m.PersonID) || m.PersonID == "" && w.isName(m.Name) {
				if in := Initials(m.Name); in != m.Name && m.Name != "" {
					m.Name = in
					e.TeamEntries++
					changed = true
				}
			}
		}
		if i.ApplicantName != "" && (w.isName(i.ApplicantName) || i.ApplicantID != "" && w.isID(i.ApplicantID)) {
			if in := Initials(i.ApplicantName); in != i.ApplicantName {
				i.ApplicantName = in
				e.Applicants++
				changed = true
			}
		}
	}
	for _, f := range freeTextFields(r) {
		if out, n := eraseText(w, *f); n > 0 {
			*f = out
			e.FreeTexts += n
			changed = true
		}
	}
	return changed
}

func (w *Erasing) isID(id string) bool { return w.ID != "" && id == w.ID }

// isName reports whether name is the person's full name, as search
// compares names (case, script variants and spacing aside).
func (w *Erasing) isName(name string) bool {
	f := textfold.Fold(name)
	return f != "" && f == textfold.Fold(w.Name)
}

func (w *Erasing) hasNumbers() bool         { return w.Phone != "" || w.IIN != "" }
func (w *Erasing) isPhone(p string) bool    { return w.Phone != "" && p == w.Phone }
func (w *Erasing) isIIN(d string) bool      { return w.IIN != "" && d == w.IIN }
func (w *Erasing) isText(lower string) bool { return lower == textName(w.Name) }
func (w *Erasing) nameShapes() [][]int {
	if s := shapeOf(w.Name); s != nil {
		return [][]int{s}
	}
	return nil
}

// textName is a full name as eraseNames compares it in free text: its
// words lowercased, joined by one space.
func textName(name string) string { return strings.Join(strings.Fields(strings.ToLower(name)), " ") }

// shapeOf is the byte length of each lowercased word of a full name of two
// words at least (one word may well be somebody else's first name); nil
// otherwise.
func shapeOf(name string) []int {
	words := strings.Fields(strings.ToLower(name))
	if len(words) < 2 {
		return nil
	}
	out := make([]int, len(words))
	for i, w := range words {
		out[i] = len(w)
	}
	return out
}

// eraseText replaces every occurrence of the person's phone (in any usual
// typed form), IIN and full name in s by ErasedMark; n counts them.
func eraseText(w whom, s string) (out string, n int) {
	if s == "" {
		return s, 0
	}
	if w.hasNumbers() {
		s, n = eraseNumbers(w, s)
	}
	if shapes := w.nameShapes(); len(shapes) > 0 {
		var m int
		s, m = eraseNames(w, s, shapes)
		n += m
	}
	return s, n
}

// eraseNumbers replaces the phone and IIN in s wherever a run of digits and
// the separators people type ("8 (701) 234-56-78") spells one.
func eraseNumbers(w whom, s string) (string, int) {
	var b strings.Builder
	n, last := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isDigit(c) || c == '+' || c == '(') || i > 0 && isDigit(s[i-1]) {
			continue
		}
		// The longest run from i that spells the phone or IIN.
		end, digits := -1, 0
		for j := i; j < len(s) && digits <= 12; j++ {
			d := s[j]
			switch {
			case isDigit(d):
				digits++
				if j+1 < len(s) && isDigit(s[j+1]) {
					continue
				}
				span := s[i : j+1]
				if digits == 10 || digits == 11 {
					if p, why := NormalizePhone(span); why == ReasonNone && w.isPhone(p) {
						end = j + 1
					}
				}
				if digits == 12 && w.isIIN(onlyDigits(span)) {
					end = j + 1
				}
				continue
			case d == '+' && j == i, d == ' ', d == '-', d == '(', d == ')', d == '.':
				continue
			case d == 0xc2 && j+1 < len(s) && s[j+1] == 0xa0: // no-break space
				j++
				continue
			}
			break
		}
		if end < 0 {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(ErasedMark)
		n++
		last, i = end, end-1
	}
	if n == 0 {
		return s, 0
	}
	b.WriteString(s[last:])
	return b.String(), n
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func onlyDigits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// eraseNames replaces every occurrence of a full name in s by ErasedMark:
// its words in any case, from the start of a word, separated by any run of
// spaces, the last one maybe followed by more letters (a declined surname:
// «Нурлановой» for Нурланова). shapes are the names' word lengths: only a
// run of words of one of those lengths is compared at all.
func eraseNames(w whom, s string, shapes [][]int) (string, int) {
	lower := strings.ToLower(s)
	if len(lower) != len(s) { // byte offsets hold only when lengths do
		return s, 0
	}
	var b strings.Builder
	var buf []byte
	n, last := 0, 0
	for i := 0; i < len(lower); {
		r, size := utf8.DecodeRuneInString(lower[i:])
		if !isLetterOrDigit(r) || i > 0 && isLetterOrDigit(lastRune(lower[:i])) {
			i += size
			continue
		}
		end := -1
		for _, shape := range shapes {
			if e, ok := nameAt(lower, i, shape, &buf); ok && w.isText(string(buf)) {
				end = e
				break
			}
		}
		if end < 0 {
			i += size
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(ErasedMark)
		n++
		last, i = end, end
	}
	if n == 0 {
		return s, 0
	}
	b.WriteString(s[last:])
	return b.String(), n
}

// nameAt reads at i of lower a run of words of the given byte lengths, each
// but the last ending where spaces begin, into buf (joined by one space); it
// returns where the run ends.
func nameAt(lower string, i int, shape []int, buf *[]byte) (int, bool) {
	*buf = (*buf)[:0]
	for k, l := range shape {
		if i+l > len(lower) || !utf8.RuneStart(lower[i]) || i+l < len(lower) && !utf8.RuneStart(lower[i+l]) {
			return 0, false
		}
		word := lower[i : i+l]
		if strings.ContainsAny(word, " \t\n") {
			return 0, false
		}
		if k > 0 {
			*buf = append(*buf, ' ')
		}
		*buf = append(*buf, word...)
		i += l
		if k == len(shape)-1 {
			break
		}
		sp := i
		for sp < len(lower) && (lower[sp] == ' ' || lower[sp] == '\t' || lower[sp] == '\n') {
			sp++
		}
		if sp == i {
			return 0, false
		}
		i = sp
	}
	return i, true
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// notFreeText are the string fields that are ids, codes, the person's own
// identity fields or a consultant's name, not text typed about somebody:
// freeTextFields leaves them alone (a UUID's digits must never be taken for
// a phone).
var notFreeText = map[string]bool{
	"ID": true, "Origin": true, "UpdatedBy": true, "PersonID": true, "IdeaID": true,
	"VisitID": true, "ApplicantID": true, "CatalogueID": true, "Supersedes": true,
	"MergedInto": true, "MergeMoved": true, "MergedFrom": true, "Apart": true,
	"Programme": true, "Consultant": true, "VerifiedBy": true, "Consultants": true,
	"FullName": true, "Phone": true, "IIN": true, "GuardianPhone": true, "GuardianName": true,
	"ApplicantName": true,
}

var stringType = reflect.TypeFor[string]()

// freeTextFields are pointers to every free-text string of r (notes, next
// steps, descriptions, logframe and budget text, team roles and names…),
// found by walking its fields, so a text field added later is covered too.
func freeTextFields(r Record) []*string {
	var out []*string
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			if v.Type() == reflect.TypeFor[Envelope]() {
				return
			}
			for i := 0; i < v.NumField(); i++ {
				f := v.Type().Field(i)
				if !f.IsExported() || notFreeText[f.Name] {
					continue
				}
				walk(v.Field(i))
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.String:
			if v.Type() == stringType && v.CanAddr() {
				out = append(out, v.Addr().Interface().(*string))
			}
		}
	}
	walk(reflect.ValueOf(r))
	return out
}

// National is the last 10 digits of a normalized phone (+7XXXXXXXXXX).
func National(phone string) string {
	d := onlyDigits(phone)
	if len(d) < 10 {
		return ""
	}
	return d[len(d)-10:]
}

// NumberTokens calls fn with every number in data that reads as a phone
// (phone true; its 10 national digits: 10 digits, or the last 10 of 11) or
// an IIN (12 digits): groups of digits separated by spaces, no-break
// spaces, '-', '.', '(' or ')' as people type them, read from the start of
// a group to the end of one. It finds at least every number
// Erasing.eraseNumbers erases.
func NumberTokens(data []byte, fn func(at int, phone bool, digits []byte)) {
	var digits [12]byte
	for i := 0; i < len(data); i++ {
		if !isDigit(data[i]) || i > 0 && isDigit(data[i-1]) {
			continue
		}
		n := 0
	scan:
		for j := i; j < len(data); j++ {
			c := data[j]
			switch {
			case isDigit(c):
				if n == 12 {
					break scan
				}
				digits[n] = c
				n++
				if j+1 < len(data) && isDigit(data[j+1]) {
					continue
				}
				switch { // a group ends here
				case n == 10:
					fn(i, true, digits[:10])
				case n == 11:
					fn(i, true, digits[1:11])
				case n == 12:
					fn(i, false, digits[:12])
				}
			case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')':
			case c == 0xc2 && j+1 < len(data) && data[j+1] == 0xa0: // no-break space
				j++
			default:
				break scan
			}
		}
	}
}
