package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"

	"frontoffice/model"
	"frontoffice/model/textfold"

	bolt "go.etcd.io/bbolt"
)

// ErasedMark replaces a withdrawn person's phone, IIN or full name where it
// stood in free text (notes, next steps, descriptions…). It is the same in
// every language on purpose: the text it sits in is in whatever language the
// consultant typed, and a record carries no language of its own.
const ErasedMark = "[erased]"

// Erasure is what a withdrawal erased, in counts and record ids only (no
// personal data), for the command line to report and a log to keep.
type Erasure struct {
	PersonID string
	// Records are the other records a new revision was written for
	// ("idea:ID", "consultation:ID"…), sorted.
	Records []string
	// TeamEntries are team members turned to initials; Applicants are idea
	// applicant names turned to initials; FreeTexts are phone, IIN or name
	// occurrences replaced by ErasedMark in free text.
	TeamEntries, Applicants, FreeTexts int
	// History is how many earlier revisions (of the person and of the other
	// records) were erased in place.
	History int
	// ApplicantIdeas are the ideas whose applicant the person is (their
	// application files beside the store are theirs too).
	ApplicantIdeas []string
	// PersonIDs are all the person records withdrawn (the identity rules
	// join one person's records from several desks and offices).
	PersonIDs []string

	// traces are the phones, IINs and full names the withdrawal erased, as
	// they were, kept in memory only to look for them in the raw bytes of
	// files and backups afterwards (erase_backups.go); never stored.
	traces traces
}

// Withdraw withdraws the person's consent (WithdrawConsent) and returns what
// it erased. The same transaction records the withdrawal as pending
// (pending_erasure.go) until appdoc.Finish has taken it to the files,
// backups and freed pages.
func (s *Store) Withdraw(personID string) (Erasure, error) {
	return s.withdraw(personID, true)
}

// withdraw is Withdraw; pending false records nothing pending (a backup's
// copy, whose erasure the live store finishes).
func (s *Store) withdraw(personID string, pending bool) (Erasure, error) {
	var e Erasure
	err := s.db.Update(func(tx *bolt.Tx) error {
		e = Erasure{PersonID: personID}
		// One person across offices: every record of theirs, joined by
		// the identity rules, is theirs to withdraw (identity.go). The
		// group is taken before the first withdrawal dissolves it.
		for _, id := range groupIDs(tx, personID) {
			if err := s.withdrawOne(tx, id, &e); err != nil {
				return err
			}
			e.PersonIDs = append(e.PersonIDs, id)
		}
		if err := rememberFingerprints(tx, &e.traces); err != nil {
			return err
		}
		slices.Sort(e.Records)
		e.Records = slices.Compact(e.Records)
		if pending {
			return notePendingLocal(tx, e)
		}
		return dropPendingIn(tx, e.PersonIDs)
	})
	if err != nil {
		return Erasure{PersonID: personID}, err
	}
	return e, nil
}

// withdrawOne withdraws the consent of the person record personID inside tx,
// adding what it erased to e.
func (s *Store) withdrawOne(tx *bolt.Tx, personID string, e *Erasure) error {
	{
		r, key, err := getRecord(tx, model.KindPerson, personID)
		if err != nil {
			return err
		}
		p := r.(*model.Person)
		if p.Deleted {
			return fmt.Errorf("withdraw consent of %s: %w", personID, ErrNotFound)
		}
		e.traces.add(p)
		who := erasing{id: p.ID, name: p.FullName, iin: model.NormalizeIIN(p.IIN)}
		if p.ConsentWithdrawn != "" {
			who.name = "" // initials already: their full name is gone
		}
		if ph, why := model.NormalizePhone(p.Phone); why == model.ReasonNone {
			who.phone = ph
		}
		today := model.DateOf(s.now())
		p.WithdrawConsent(today)
		if err := s.update(tx, p, false); err != nil { // the revision before goes to history…
			return err
		}
		// …and every revision in history is erased the same way, each under
		// its own key, so offices that receive the withdrawal erase the same
		// revisions to the same content (sync_consent.go).
		n, err := countErasable(tx, key, &e.traces)
		if err != nil {
			return err
		}
		if err := eraseHistory(tx, key, today); err != nil {
			return err
		}
		e.History += n
		return s.eraseMentions(tx, key, &who, e)
	}
}

// countErasable counts the revisions of person key in history that still
// hold personal data.
func countErasable(tx *bolt.Tx, key []byte, tr *traces) (int, error) {
	h, err := kindBucket(tx, bucketHistory, model.KindPerson)
	if err != nil {
		return 0, err
	}
	n := 0
	c := h.Cursor()
	for hk, v := c.Seek(key); hk != nil && strings.HasPrefix(string(hk), string(key)); hk, v = c.Next() {
		if len(hk) != histKeyLen {
			continue
		}
		r, err := decode(model.KindPerson, v)
		if err != nil {
			return 0, err
		}
		if p := r.(*model.Person); p.ConsentWithdrawn == "" {
			tr.add(p)
			n++
		}
	}
	return n, nil
}

// eraseMentions erases the person (key; who as they were before the
// withdrawal) from every other record: team entries and applicant names
// become initials, their phone, IIN and full name in free text become
// ErasedMark. A changed current record gets a new revision (so the change
// travels in bundles); earlier revisions in history are erased in place
// under their own keys, as eraseHistory does for the person.
func (s *Store) eraseMentions(tx *bolt.Tx, key []byte, who *erasing, e *Erasure) error {
	for _, k := range model.MentionKinds() { // who may name a person (model/registry.go)
		b, err := kindBucket(tx, bucketRecords, k)
		if err != nil {
			return err
		}
		var changed []model.Record
		err = b.ForEach(func(rk, v []byte) error {
			if k == model.KindPerson && string(rk) == string(key) || !who.mayMention(k, v) {
				return nil
			}
			r, err := decode(k, v)
			if err != nil {
				return err
			}
			if i, ok := r.(*model.Idea); ok && i.ApplicantID == who.id && !i.Deleted {
				e.ApplicantIdeas = append(e.ApplicantIdeas, i.ID)
			}
			if who.scrub(r, e) {
				changed = append(changed, r)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, r := range changed { // written after the walk: a bucket is not changed under its cursor
			if err := s.update(tx, r, r.Env().Deleted); err != nil {
				return err
			}
			e.Records = append(e.Records, string(k)+":"+r.Env().ID)
		}
		n, err := eraseMentionsInHistory(tx, k, key, who)
		if err != nil {
			return err
		}
		e.History += n
	}
	slices.Sort(e.Records)
	slices.Sort(e.ApplicantIdeas)
	return nil
}

// eraseMentionsInHistory erases who from every earlier revision of kind k in
// history, in place; it returns how many revisions it changed. The person's
// own history (key) is eraseHistory's.
func eraseMentionsInHistory(tx *bolt.Tx, k model.Kind, key []byte, who *erasing) (int, error) {
	h, err := kindBucket(tx, bucketHistory, k)
	if err != nil {
		return 0, err
	}
	var keys, vals [][]byte
	err = h.ForEach(func(hk, v []byte) error {
		if len(hk) != histKeyLen || k == model.KindPerson && string(hk[:16]) == string(key) || !who.mayMention(k, v) {
			return nil
		}
		r, err := decode(k, v)
		if err != nil {
			return err
		}
		var ignored Erasure
		if !who.scrub(r, &ignored) {
			return nil
		}
		data, err := json.Marshal(r)
		if err != nil {
			return err
		}
		keys, vals = append(keys, slices.Clone(hk)), append(vals, data)
		return nil
	})
	if err != nil {
		return 0, err
	}
	if len(keys) == 0 {
		return 0, nil
	}
	marks, err := tx.CreateBucketIfNotExists(bucketErased)
	if err != nil {
		return 0, err
	}
	for i := range keys {
		if err := h.Put(keys[i], vals[i]); err != nil {
			return 0, err
		}
		if err := marks.Put(erasedKey(k, keys[i]), []byte{1}); err != nil {
			return 0, err
		}
	}
	return len(keys), nil
}

// erasedKey is the key in bucket erased of the revision of kind k whose
// history key is hk. An erased revision keeps the key its first content
// hashed to, so the same revision arriving again in a bundle from an office
// that has not heard of the withdrawal finds its key taken and brings
// nothing back; check knows from there why key and content differ.
func erasedKey(k model.Kind, hk []byte) []byte {
	out := make([]byte, 0, len(k)+1+len(hk))
	out = append(out, k...)
	out = append(out, 0)
	return append(out, hk...)
}

// erasedInPlace reports whether history key hk of kind k holds a revision a
// withdrawal erased in place.
func erasedInPlace(tx *bolt.Tx, k model.Kind, hk []byte) bool {
	b := tx.Bucket(bucketErased)
	return b != nil && b.Get(erasedKey(k, hk)) != nil
}

// erasing is the withdrawn person as they were: what to look for.
type erasing struct {
	id, name, phone, iin string
	before               *model.Person // as they were (received withdrawals)

	// What mayMention looks for, made on first use.
	prepared  bool
	nat       string   // the phone's 10 national digits
	words     [][]byte // each word of the name, but its first letter, lower and upper case
	foldName  string
	nameField [][]byte
}

// mayMention reports whether the JSON data of a record of kind k may name or
// reach the person, read as bytes, without decoding it: it holds their id,
// a number that reads as their phone or IIN (numberTokens), every word of
// their full name (for free text; in lower or upper case), or, in an idea, a
// team member's or applicant's name that folds to theirs. False means
// scrub would change nothing; a withdrawal decodes only the records it is
// true for (at 100 000 ideas and people, decoding every one took most of
// the time).
func (w *erasing) mayMention(k model.Kind, data []byte) bool {
	if !w.prepared {
		w.prepared = true
		w.nat = national(w.phone)
		if fields := strings.Fields(w.name); len(fields) >= 2 {
			for _, f := range fields {
				_, size := utf8.DecodeRuneInString(f)
				rest := f[size:]
				w.words = append(w.words, []byte(strings.ToLower(rest)), []byte(strings.ToUpper(rest)))
			}
		}
		w.foldName = textfold.Fold(w.name)
		w.nameField = [][]byte{[]byte(`"name":"`), []byte(`"applicant_name":"`)}
	}
	if w.id != "" && bytes.Contains(data, []byte(w.id)) {
		return true
	}
	if w.nat != "" || w.iin != "" {
		found := false
		numberTokens(data, func(_ int, phone bool, digits []byte) {
			if phone && w.nat != "" && string(digits) == w.nat || !phone && string(digits) == w.iin {
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
	if k == model.KindIdea && w.foldName != "" {
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

// scrub erases who from r in place and reports whether it changed anything,
// counting into e.
func (w *erasing) scrub(r model.Record, e *Erasure) bool {
	changed := false
	if i, ok := r.(*model.Idea); ok {
		for t := range i.Team {
			m := &i.Team[t]
			if m.PersonID == w.id || m.PersonID == "" && w.sameName(m.Name) {
				if in := model.Initials(m.Name); in != m.Name && m.Name != "" {
					m.Name = in
					e.TeamEntries++
					changed = true
				}
			}
		}
		if i.ApplicantName != "" && (w.sameName(i.ApplicantName) || i.ApplicantID == w.id) {
			if in := model.Initials(i.ApplicantName); in != i.ApplicantName {
				i.ApplicantName = in
				e.Applicants++
				changed = true
			}
		}
	}
	for _, f := range freeTextFields(r) {
		if out, n := w.eraseText(*f); n > 0 {
			*f = out
			e.FreeTexts += n
			changed = true
		}
	}
	return changed
}

// sameName reports whether name is the person's full name, as search
// compares names (case, script variants and spacing aside).
func (w *erasing) sameName(name string) bool {
	f := textfold.Fold(name)
	return f != "" && f == textfold.Fold(w.name)
}

// eraseText replaces every occurrence of the person's phone (in any usual
// typed form), IIN and full name in s by ErasedMark; n counts them.
func (w *erasing) eraseText(s string) (out string, n int) {
	if s == "" {
		return s, 0
	}
	if w.phone != "" || w.iin != "" {
		s, n = w.eraseNumbers(s)
	}
	// The full name, when it has two words at least (one word may well be
	// somebody else's first name).
	if len(strings.Fields(w.name)) >= 2 {
		var m int
		s, m = replaceFold(s, w.name)
		n += m
	}
	return s, n
}

// eraseNumbers replaces the phone and IIN in s wherever a run of digits and
// the separators people type ("8 (701) 234-56-78") spells one.
func (w *erasing) eraseNumbers(s string) (string, int) {
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
				if w.phone != "" && (digits == 10 || digits == 11) {
					if p, why := model.NormalizePhone(span); why == model.ReasonNone && p == w.phone {
						end = j + 1
					}
				}
				if w.iin != "" && digits == 12 && onlyDigits(span) == w.iin {
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

// replaceFold replaces every case-insensitive occurrence of name in s (its
// words separated by any run of spaces) by ErasedMark.
func replaceFold(s, name string) (string, int) {
	words := strings.Fields(name)
	if len(words) == 0 {
		return s, 0
	}
	lower := strings.ToLower(s)
	first := strings.ToLower(words[0])
	var b strings.Builder
	n, last := 0, 0
	for i := 0; i < len(s); {
		at := strings.Index(lower[i:], first)
		if at < 0 {
			break
		}
		start := i + at
		end, ok := start+len(first), true
		for _, w := range words[1:] {
			sp := end
			for sp < len(lower) && (lower[sp] == ' ' || lower[sp] == '\t' || lower[sp] == '\n') {
				sp++
			}
			lw := strings.ToLower(w)
			if sp == end || !strings.HasPrefix(lower[sp:], lw) {
				ok = false
				break
			}
			end = sp + len(lw)
		}
		// ToLower keeps byte offsets only when it keeps lengths: check.
		if ok && len(lower) == len(s) {
			b.WriteString(s[last:start])
			b.WriteString(ErasedMark)
			n++
			last = end
			i = end
			continue
		}
		i = start + len(first)
	}
	if n == 0 {
		return s, 0
	}
	b.WriteString(s[last:])
	return b.String(), n
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
func freeTextFields(r model.Record) []*string {
	var out []*string
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			if v.Type() == reflect.TypeFor[model.Envelope]() {
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
