package csvio

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"frontoffice/model"
)

// Parse reads an ideas, people or hours file and checks every row before
// anything is written: the cells (codes, phones, IINs, numbers, dates), the
// record's own Validate, and the rules that need the store (an idea's
// applicant and an hours entry's person are found by phone among the people
// already stored; a person's phone or IIN may not belong to someone else).
//
// A row whose id names a stored record becomes that record's next revision; a
// people row without an id whose phone or IIN belongs to a stored person updates
// that person, so importing the same file twice makes no duplicates. On an
// update a filled cell replaces the stored value and an empty cell keeps it.
//
// Problems with the file or its rows are in the result; the error is only for
// a failing Lookup.
func Parse(k Kind, data []byte, o Options) (*Result, error) {
	return ParseReader(k, bytes.NewReader(data), o)
}

// ParseReader is Parse reading the file from r as it goes, in bounded memory:
// a cell over MaxCellBytes or a row over MaxRowBytes refuses the file at its
// line before more of it is read. Besides a failing Lookup, the error is for a
// file that could not be read (a *ReadError).
func ParseReader(k Kind, r io.Reader, o Options) (*Result, error) {
	o, err := prepare(k, o)
	if err != nil {
		return nil, err
	}
	res := &Result{Kind: k, streamed: o.Each != nil}
	t, err := openTable(k, r, res, o.Labels)
	return parseTable(k, t, res, o, err)
}

// prepare checks the kind and fills in o's defaults.
func prepare(k Kind, o Options) (Options, error) {
	if k != Ideas && k != People && k != Hours {
		return o, fmt.Errorf("import %s: only ideas, people and hours can be imported", k)
	}
	if o.Lookup == nil {
		o.Lookup = emptyStore{}
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	return o, nil
}

// parseTable reads the rows of t, whose header openTable or openSource read
// (err is theirs; t is nil when the file was refused).
func parseTable(k Kind, t *table, res *Result, o Options, err error) (*Result, error) {
	if err != nil {
		return nil, err
	}
	if t == nil {
		return res, nil
	}
	p := &parser{kind: k, t: t, o: o, res: res,
		ids: newSeen(), phones: newSeen(), iins: newSeen(),
		days: map[string]float64{}}
	if err := t.each(res, p.row); err != nil {
		return nil, err
	}
	sort.SliceStable(res.Problems, func(i, j int) bool { return res.Problems[i].Line < res.Problems[j].Line })
	return res, nil
}

// parser carries what one file's rows share: the store, and what earlier rows
// of the file already claimed.
type parser struct {
	kind Kind
	t    *table
	o    Options
	res  *Result

	ids    *seen // record id → line of the row that writes it
	phones *seen // people: normalised phone → line
	iins   *seen // people: IIN → line
	// days are the hours the file's good rows so far give each person on
	// each day ("person id|date"), for the 24-hour day.
	days map[string]float64
}

// rowCtx is one row being read and the problems found in it.
type rowCtx struct {
	t        *table
	raw      rawRow
	problems []Problem
	// claims are the ids, phones and IINs this row takes for itself once it
	// turns out good; a bad row takes nothing, so it blocks no later row.
	claims []claim
	// match is set when a row without an id turned out to be a stored person.
	match *Match
	// good are what the row adds to the file's tallies once it turns out good.
	good []func()
}

// onGood runs fn once the row turns out good.
func (rc *rowCtx) onGood(fn func()) { rc.good = append(rc.good, fn) }

// claim is a value a row takes in one of the parser's maps.
type claim struct {
	seen  *seen
	value string
}

// get is the trimmed cell of column col.
func (rc *rowCtx) get(col string) string { return rc.t.cell(rc.raw, col) }

// add records a problem on this row.
func (rc *rowCtx) add(p Problem) {
	p.Line = rc.raw.line
	rc.problems = append(rc.problems, p)
}

// bad records that column col's cell value is wrong for reason r.
func (rc *rowCtx) bad(col string, r model.Reason, value string) {
	rc.add(Problem{Column: col, Reason: r, Value: value})
}

// flagged reports whether column col already has a problem.
func (rc *rowCtx) flagged(col string) bool {
	for _, p := range rc.problems {
		if p.Column == col {
			return true
		}
	}
	return false
}

// built is a row turned into a record: before holds the stored record's JSON
// when the row updates one, nil when it creates one.
type built struct {
	rec    model.Record
	before []byte
}

func (p *parser) row(raw rawRow) error {
	rc := &rowCtx{t: p.t, raw: raw}
	var b built
	var err error
	switch p.kind {
	case People:
		b, err = p.person(rc)
	case Ideas:
		b, err = p.idea(rc)
	case Hours:
		b, err = p.hours(rc)
	}
	if err != nil {
		return err
	}
	if b.rec != nil {
		if err := p.validate(rc, b.rec); err != nil {
			return err
		}
	}
	if len(rc.problems) > 0 {
		for _, pr := range rc.problems {
			pr.Value = strings.Clone(pr.Value) // not the whole row's text (scan.go)
			p.res.Problems = append(p.res.Problems, pr)
		}
		p.res.BadRows++
		return nil
	}
	for _, c := range rc.claims {
		c.seen.take(c.value, raw.line)
	}
	for _, fn := range rc.good {
		fn()
	}
	row := Row{Line: raw.line, Record: b.rec, Action: Create, Matched: rc.match, BadBefore: p.res.BadRows}
	if b.before != nil {
		row.Action = Update
		after, err := json.Marshal(b.rec)
		if err != nil {
			return fmt.Errorf("line %d: %w", raw.line, err)
		}
		if bytes.Equal(after, b.before) {
			row.Action = Unchanged
		}
	}
	if p.o.Each == nil {
		p.res.Rows = append(p.res.Rows, row)
		return nil
	}
	p.res.counts[row.Action]++
	if row.Matched != nil {
		m := *row.Matched
		m.Name, m.OtherName = strings.Clone(m.Name), strings.Clone(m.OtherName) // cells: not their row's text
		p.res.matched = append(p.res.matched, Row{Line: row.Line, Action: row.Action, Matched: &m})
	}
	return p.o.Each(row)
}

// target reads the id cell: the stored record it names (nil for a new record)
// and the id a new record gets ("" for a fresh one).
func (p *parser) target(rc *rowCtx) (stored model.Record, id string, err error) {
	cell := rc.get("id")
	if cell == "" {
		return nil, "", nil
	}
	id, ok := parseID(cell)
	if !ok {
		rc.bad("id", ReasonBadID, cell)
		return nil, "", nil
	}
	stored, err = p.o.Lookup.Record(p.kind.RecordKind(), id)
	if err != nil {
		return nil, "", fmt.Errorf("line %d: look up %s %s: %w", rc.raw.line, p.kind.RecordKind(), id, err)
	}
	if stored != nil && stored.Env().Deleted {
		rc.bad("id", ReasonDeleted, cell)
		return nil, "", nil
	}
	return stored, id, nil
}

// once refuses a value (a record id, a phone, an IIN) that an earlier good row
// of the file already took, naming that row (reported on col); otherwise this
// row takes it if it turns out good.
func (rc *rowCtx) once(col, value string, seen *seen) {
	if value == "" || rc.flagged(col) {
		return
	}
	if line, ok := seen.line(value); ok {
		rc.add(Problem{Column: col, Reason: ReasonRepeatsLine, Value: rc.get(col), OtherLine: line})
		return
	}
	rc.claims = append(rc.claims, claim{seen, value})
}

// begin returns the record a row writes: the stored one when there is one
// (with its JSON, to tell an unchanged row), else a new record of kind with id.
func begin(stored model.Record, k model.Kind, id string) (built, error) {
	if stored != nil {
		before, err := json.Marshal(stored)
		if err != nil {
			return built{}, fmt.Errorf("encode %s %s: %w", k, stored.Env().ID, err)
		}
		return built{rec: stored, before: before}, nil
	}
	r := model.New(k)
	r.Env().ID = id
	return built{rec: r}, nil
}

// validate runs the record's own checks and reports each problem on the column
// it comes from.
func (p *parser) validate(rc *rowCtx, rec model.Record) error {
	var err error
	if person, ok := rec.(*model.Person); ok {
		err = person.ValidateAt(p.o.Now)
	} else {
		err = rec.Validate()
	}
	if err == nil {
		return nil
	}
	fe, ok := model.AsFieldErrors(err)
	if !ok {
		return fmt.Errorf("line %d: validate: %w", rc.raw.line, err)
	}
	for _, e := range fe {
		col, reason := p.column(rc, e)
		if !rc.flagged(col) {
			rc.add(Problem{Column: col, Reason: reason, Value: rc.get(col)})
		}
	}
	return nil
}

// column is the file's column for a field Validate named, and the reason to
// give there.
func (p *parser) column(rc *rowCtx, e model.FieldError) (string, model.Reason) {
	switch e.Field {
	case "applicant_id":
		return "applicant_phone", e.Reason
	case "person_id":
		return "person_phone", e.Reason
	case "guardian_name", "guardian_phone", "guardian_consent":
		if rc.get("iin") != "" {
			return "iin", ReasonMinor
		}
		return "birth_year", ReasonMinor
	case "birth_year":
		if e.Reason == model.ReasonMismatch {
			return "birth_year", ReasonYearVsIIN
		}
	}
	return e.Field, e.Reason
}

// code reads column col with table c; an unknown value is reported with the
// codes that would do. ok is false when the cell is empty or wrong.
func (rc *rowCtx) code(col string, c *codes) (string, bool) {
	cell := rc.get(col)
	if cell == "" {
		return "", false
	}
	v, ok := c.parse(cell)
	if !ok {
		rc.add(Problem{Column: col, Reason: model.ReasonUnknownCode, Value: cell, Allowed: c.all})
	}
	return v, ok
}

// phone reads a phone column; ok is false when the cell is empty or wrong.
func (rc *rowCtx) phone(col string) (string, bool) {
	cell := rc.get(col)
	if cell == "" {
		return "", false
	}
	n, why := model.NormalizePhone(cell)
	if why != model.ReasonNone {
		rc.bad(col, why, cell)
		return "", false
	}
	return n, true
}

// date reads a date column; ok is false when the cell is empty or wrong.
func (rc *rowCtx) date(col string) (model.Date, bool) {
	cell := rc.get(col)
	if cell == "" {
		return "", false
	}
	d, why := model.ParseDate(cell)
	if why != model.ReasonNone {
		rc.bad(col, why, cell)
		return "", false
	}
	return d, true
}

// createdAt sets *dst from the created_at column: a new record gets the cell's
// time or now; a stored one keeps its own unless the cell says another time.
func (rc *rowCtx) createdAt(dst *time.Time, isNew bool, now time.Time) {
	cell := rc.get("created_at")
	if cell == "" {
		if isNew {
			*dst = now.UTC()
		}
		return
	}
	t, ok := parseTimestamp(cell)
	if !ok {
		rc.bad("created_at", model.ReasonBadDate, cell)
		return
	}
	if isNew || !sameTimestamp(*dst, t, cell) {
		*dst = t
	}
}

// updatedAt reads updated_at into a new record's envelope, so a record brought
// from another store keeps when it was last changed there (the store keeps it
// unless it is in the future). A stored record being updated is changed now.
func (rc *rowCtx) updatedAt(dst *time.Time, isNew bool) {
	cell := rc.get("updated_at")
	if cell == "" || !isNew {
		return
	}
	// A cell that is no time is left out (the record is then changed now):
	// updated_at is the store's bookkeeping, not something to refuse a row for.
	if t, ok := parseTimestamp(cell); ok {
		*dst = t
	}
}

// setText copies a text cell into *dst when it is filled.
func (rc *rowCtx) setText(dst *string, col string) {
	if v := rc.get(col); v != "" {
		*dst = v
	}
}

// personRef finds the live person whose phone is in column col, following a
// merged-away duplicate to the person it was merged into. A phone nobody has is
// reported with missing.
func (p *parser) personRef(rc *rowCtx, col string, missing model.Reason) (string, error) {
	phone, ok := rc.phone(col)
	if !ok {
		return "", nil
	}
	id, err := p.ref(phone)
	if err != nil {
		return "", fmt.Errorf("line %d: look up person %s: %w", rc.raw.line, phone, err)
	}
	if id == "" {
		rc.bad(col, missing, rc.get(col))
	}
	return id, nil
}

// ref is the id of the person phone names (PersonRef), "" for nobody.
func (p *parser) ref(phone string) (string, error) {
	if rl, ok := p.o.Lookup.(RefLookup); ok {
		return rl.PersonRef(phone)
	}
	person, err := p.o.Lookup.PersonByPhone(phone)
	if err != nil || person == nil {
		return "", err
	}
	if person.MergedInto != "" {
		return person.MergedInto, nil
	}
	return person.ID, nil
}
