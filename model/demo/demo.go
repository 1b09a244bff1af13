// Package demo generates realistic, deterministic sample data for
// `frontoffice demo`: the people, social-project ideas, consultations, walk-in
// visits and volunteer hours of a Kazakh volunteer front office, with names and
// texts in Kazakh, Russian and English.
//
// The same Options always give byte-identical records: all randomness comes from
// a PCG generator seeded with Options.Seed, and ids are UUIDv7-shaped values
// built from each record's time and that generator, never from the clock.
package demo

import (
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"time"

	"frontoffice/model"

	"github.com/google/uuid"
)

// Options says how much to make. Consultations, visits and hours scale with the counts.
type Options struct {
	Ideas, People int
	Seed          int64
	Now           time.Time // "today"; dates are spread over the 18 months before it
	Origin        string    // office id put in every envelope's Origin
	Consultants   []string  // names used as consultant / updated_by; if empty, use a built-in list of 4
}

// defaultNow stands in for a zero Options.Now, so output never depends on the clock.
var defaultNow = time.Date(2026, time.March, 2, 12, 0, 0, 0, time.UTC)

// defaultOrigin stands in for an empty Options.Origin.
const defaultOrigin = "demo"

const (
	minuteMs   = int64(60_000)
	hourMs     = 60 * minuteMs
	dayMs      = 24 * hourMs
	kzOffsetMs = 5 * hourMs // Kazakhstan time is UTC+5; office hours are 09:00–18:00 there
)

// Generate calls emit for every record, people first, then ideas, then consultations, visits and hours,
// so that references always point to records already emitted. It stops and returns the first error emit returns.
//
// Negative counts count as zero, a zero Now as 2026-03-02 12:00 UTC, an empty
// Origin as "demo". Every record is freshly allocated, so emit may keep it.
func Generate(o Options, emit func(model.Record) error) error {
	g := newGen(o, emit)
	for _, step := range []func() error{g.genPeople, g.genIdeas, g.genConsultations, g.genVisits, g.genHours} {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// person is what later records need to know about an emitted person.
type person struct {
	id, name, org string
	created       int64
	region        model.Region
	lang          uint8
	idea          int32 // index of the latest idea this person applied for, or -1
}

// idea is what consultations and hours need to know about an emitted idea.
type idea struct {
	id               string
	created, updated int64
	applicant        int32 // index into people, or -1
	seq              int32 // tie-break for sorting by created
	lang             uint8
	consultant       uint8
	status           model.IdeaStatus
}

// gen holds the state of one Generate call.
type gen struct {
	o           Options
	r           *rand.Rand
	emit        func(model.Record) error
	now         time.Time
	loc         *time.Location
	nowMs       int64
	startMs     int64 // 18 months before now
	todayMs     int64 // midnight of now's day in now's location
	consultants []string
	people      []person
	ideas       []idea
	phones      map[uint32]struct{}
	iins        map[string]struct{} // one IIN, one person (the desk's rule)
	dayHalves   map[personDay]int   // half hours of each person's day so far (at most 24 hours)
	buf         []byte
}

func newGen(o Options, emit func(model.Record) error) *gen {
	if o.Now.IsZero() {
		o.Now = defaultNow
	}
	if o.Origin == "" {
		o.Origin = defaultOrigin
	}
	o.Ideas, o.People = max(o.Ideas, 0), max(o.People, 0)
	var cs []string
	for _, c := range o.Consultants {
		if c = strings.TrimSpace(c); c != "" && !model.HasControl(c, false) {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		cs = defaultConsultants
	}
	now := o.Now
	y, m, d := now.Date()
	return &gen{
		o:           o,
		r:           rand.New(rand.NewPCG(uint64(o.Seed), 0x9e3779b97f4a7c15)),
		emit:        emit,
		now:         now,
		loc:         now.Location(),
		nowMs:       now.UnixMilli(),
		startMs:     now.AddDate(0, -18, 0).UnixMilli(),
		todayMs:     time.Date(y, m, d, 0, 0, 0, 0, now.Location()).UnixMilli(),
		consultants: cs,
		phones:      make(map[uint32]struct{}, o.People+o.People/4),
		iins:        make(map[string]struct{}, o.People),
		buf:         make([]byte, 0, 512),
	}
}

// ---- randomness helpers ----

// chance reports true with probability pct percent.
func (g *gen) chance(pct int) bool { return g.r.IntN(100) < pct }

func pick[T any](g *gen, xs []T) T { return xs[g.r.IntN(len(xs))] }

// table picks items by integer weight.
type table[T comparable] struct {
	items []T
	cum   []int
}

func newTable[T comparable](items []T, weight map[T]int) table[T] {
	t := table[T]{items: items, cum: make([]int, len(items))}
	sum := 0
	for i, it := range items {
		sum += weight[it]
		t.cum[i] = sum
	}
	return t
}

func (t *table[T]) pick(r *rand.Rand) T {
	x := r.IntN(t.cum[len(t.cum)-1])
	for i, c := range t.cum {
		if x < c {
			return t.items[i]
		}
	}
	return t.items[len(t.items)-1]
}

// weightedInt picks from small integer distributions written as value:weight pairs.
func (g *gen) weightedInt(pairs ...int) int {
	sum := 0
	for i := 1; i < len(pairs); i += 2 {
		sum += pairs[i]
	}
	x := g.r.IntN(sum)
	for i := 0; i+1 < len(pairs); i += 2 {
		if x < pairs[i+1] {
			return pairs[i]
		}
		x -= pairs[i+1]
	}
	return pairs[len(pairs)-2]
}

// ---- time helpers ----

// at returns a moment in [a, b], usually during office hours (09–18 Kazakhstan
// time, Monday to Saturday), otherwise uniform.
func (g *gen) at(a, b int64) int64 {
	if b <= a {
		return a
	}
	t := a + g.r.Int64N(b-a+1)
	day := (t + kzOffsetMs) / dayMs
	if (day+4)%7 == 0 { // 1970-01-01 was a Thursday; 0 is Sunday
		day--
	}
	x := day*dayMs - kzOffsetMs + 9*hourMs + g.r.Int64N(9*hourMs)
	if x < a || x > b {
		return t
	}
	return x
}

func msTime(ms int64) time.Time { return time.UnixMilli(ms).UTC() }

// date is the calendar day of ms in now's location.
func (g *gen) date(ms int64) model.Date { return model.DateOf(time.UnixMilli(ms).In(g.loc)) }

// dateAfter is the calendar day days after the day of ms.
func (g *gen) dateAfter(ms int64, days int) model.Date {
	return model.DateOf(time.UnixMilli(ms).In(g.loc).AddDate(0, 0, days))
}

// peopleBefore is how many people were created at or before t.
func (g *gen) peopleBefore(t int64) int {
	return sort.Search(len(g.people), func(i int) bool { return g.people[i].created > t })
}

// ideasBefore is how many ideas were created at or before t.
func (g *gen) ideasBefore(t int64) int {
	return sort.Search(len(g.ideas), func(i int) bool { return g.ideas[i].created > t })
}

// ---- ids and envelopes ----

// newID makes a UUIDv7 whose timestamp is ms and whose 74 random bits come from
// the seeded generator.
func (g *gen) newID(ms int64) string {
	var u uuid.UUID
	binary.BigEndian.PutUint64(u[8:], g.r.Uint64())
	binary.BigEndian.PutUint64(u[0:], uint64(ms)<<16|g.r.Uint64()&0xffff)
	u[6] = 0x70 | u[6]&0x0f // version 7
	u[8] = 0x80 | u[8]&0x3f // RFC 4122 variant
	return u.String()
}

func (g *gen) env(k model.Kind, id string, updated int64, by string) model.Envelope {
	return model.Envelope{
		ID: id, Kind: k, Rev: 1, BaseRev: 0, Origin: g.o.Origin,
		HLC: uint64(updated) << 16, UpdatedAt: msTime(updated), UpdatedBy: by,
	}
}

func (g *gen) consultant() string { return pick(g, g.consultants) }

// ---- tables built once ----

var (
	regionTable    = newTable(model.Regions(), regionWeight)
	directionTable = newTable(model.Directions(), directionWeight)
	statusTable    = newTable(model.IdeaStatuses(), statusWeight)
	purposeTable   = newTable(model.Purposes(), purposeWeight)
	texts          = buildTexts()
	extraTexts     = [3][]tmpl{parseAll(summaryExtra[0]), parseAll(summaryExtra[1]), parseAll(summaryExtra[2])}
	citiesByRegion = func() map[model.Region][]int {
		m := map[model.Region][]int{}
		for i, c := range cities {
			m[c.region] = append(m[c.region], i)
		}
		return m
	}()
	higherOrgs, schoolOrgs = func() (h, s []int) {
		for i, o := range orgs {
			if o.school {
				s = append(s, i)
			} else {
				h = append(h, i)
			}
		}
		return h, s
	}()
	// surnames[script][sex] are surname forms: 0 masculine, 1 feminine.
	surnames = func() (out [3][2][]string) {
		for s, list := range surnameStems {
			for _, m := range list {
				out[s][0] = append(out[s][0], m)
				out[s][1] = append(out[s][1], feminine(m))
			}
		}
		return out
	}()
)

// feminine is the female form of a masculine surname: Әбенов → Әбенова,
// Серікұлы → Серікқызы, Высоцкий → Высоцкая, Abenov → Abenova; others stay.
func feminine(s string) string {
	switch {
	case strings.HasSuffix(s, "ұлы"):
		return strings.TrimSuffix(s, "ұлы") + "қызы"
	case strings.HasSuffix(s, "uly"):
		return strings.TrimSuffix(s, "uly") + "kyzy"
	case strings.HasSuffix(s, "ий"):
		return strings.TrimSuffix(s, "ий") + "ая"
	}
	for _, suf := range []string{"ов", "ев", "ёв", "ин"} {
		if strings.HasSuffix(s, suf) {
			return s + "а"
		}
	}
	for _, suf := range []string{"ov", "ev", "in"} {
		if strings.HasSuffix(s, suf) {
			return s + "a"
		}
	}
	return s
}

func isPatronymic(s string) bool {
	return strings.HasSuffix(s, "ұлы") || strings.HasSuffix(s, "uly")
}

// ---- people ----

// scriptFor picks a name script for a text language, for names typed into ideas.
func (g *gen) scriptFor(l int) int {
	switch l {
	case lKK:
		return scriptKK
	case lRU:
		if g.chance(70) {
			return scriptRU
		}
		return scriptKK
	}
	return scriptLat
}

// fullName makes "First Last" in script for sex (0 male, 1 female), and
// returns the surname's index too.
func (g *gen) fullName(script, sex int) (string, int) {
	first := pick(g, firstNames[script][sex])
	k := g.r.IntN(len(surnames[script][sex]))
	return first + " " + surnames[script][sex][k], k
}

// phone returns a mobile number never handed out before in this run.
func (g *gen) phone() string {
	for {
		pre := pick(g, mobilePrefixes)
		n := g.r.IntN(10_000_000)
		key := uint32(pre[1]-'0')*100_000_000 + uint32(pre[2]-'0')*10_000_000 + uint32(n)
		if _, dup := g.phones[key]; dup {
			continue
		}
		g.phones[key] = struct{}{}
		var b [12]byte
		b[0], b[1] = '+', '7'
		copy(b[2:5], pre)
		for i := 11; i >= 5; i-- {
			b[i] = byte('0' + n%10)
			n /= 10
		}
		return string(b[:])
	}
}

// iin makes a valid IIN for a birth date and sex, drawing serials until the
// check digit exists (DOMAIN.md §7).
func (g *gen) iin(y, m, d int, female bool) string {
	var b [12]byte
	put2 := func(i, v int) { b[i], b[i+1] = byte('0'+v/10), byte('0'+v%10) }
	put2(0, y%100)
	put2(2, m)
	put2(4, d)
	century := byte('3')
	switch {
	case y < 1900:
		century = '1'
	case y >= 2000:
		century = '5'
	}
	if female {
		century++
	}
	b[6] = century
	for range 100_000 {
		s := g.r.IntN(10_000)
		put2(7, s/100)
		put2(9, s%100)
		if c := iinCheck(b[:11]); c >= 0 {
			b[11] = byte('0' + c)
			if _, dup := g.iins[string(b[:])]; dup {
				continue // someone has it: the same IIN is the same person
			}
			g.iins[string(b[:])] = struct{}{}
			return string(b[:])
		}
	}
	return "" // every serial of that day taken: no IIN (the field is optional)
}

var iinWeights2 = [11]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}

// iinCheck is the IIN check digit of the first 11 digits, or -1 when none exists.
func iinCheck(d []byte) int {
	c := 0
	for i := range 11 {
		c += int(d[i]-'0') * (i + 1)
	}
	if c %= 11; c != 10 {
		return c
	}
	c = 0
	for i := range 11 {
		c += int(d[i]-'0') * iinWeights2[i]
	}
	if c %= 11; c == 10 {
		return -1
	}
	return c
}

func (g *gen) genPeople() error {
	n := g.o.People
	times := make([]int64, n)
	for i := range times {
		times[i] = g.at(g.startMs, g.nowMs)
	}
	slices.Sort(times)
	g.people = make([]person, 0, n)
	for _, t := range times {
		if err := g.emit(g.makePerson(t)); err != nil {
			return err
		}
	}
	return nil
}

var consentMethods = [3]model.ConsentMethod{"paper", "electronic", "verbal"}

func (g *gen) makePerson(created int64) *model.Person {
	script := g.weightedInt(scriptKK, 60, scriptRU, 25, scriptLat, 15)
	sex := g.r.IntN(2)
	name, surname := g.fullName(script, sex)
	var lang int
	switch script {
	case scriptKK:
		lang = g.weightedInt(lKK, 75, lRU, 25)
	case scriptRU:
		lang = g.weightedInt(lRU, 95, lKK, 5)
	default:
		lang = g.weightedInt(lEN, 50, lKK, 25, lRU, 25)
	}

	year := g.now.Year()
	orgIdx := -1
	switch x := g.r.IntN(100); {
	case x < 75: // college or university student
		year -= 18 + g.r.IntN(11)
		if g.chance(95) {
			orgIdx = pick(g, higherOrgs)
		}
	case x < 83: // school pupil
		year -= 14 + g.r.IntN(4)
		if g.chance(90) {
			orgIdx = pick(g, schoolOrgs)
		}
	default: // teacher, parent, consultant
		year -= 30 + g.r.IntN(31)
		if g.chance(50) {
			orgIdx = g.r.IntN(len(orgs))
		}
	}
	region := regionTable.pick(g.r)
	orgName := ""
	if orgIdx >= 0 {
		orgName = orgs[orgIdx].name[lang]
		if g.chance(85) {
			region = orgs[orgIdx].region
		}
	}

	by := g.consultant()
	p := &model.Person{
		Envelope:      g.env(model.KindPerson, g.newID(created), created, by),
		FullName:      name,
		Phone:         g.phone(),
		BirthYear:     year,
		Organization:  orgName,
		Region:        region,
		Consent:       true,
		ConsentMethod: consentMethods[g.weightedInt(0, 50, 1, 35, 2, 15)],
		ConsentAt:     g.date(created),
		CreatedAt:     msTime(created),
	}
	if g.chance(40) {
		month := 1 + g.r.IntN(12)
		day := 1 + g.r.IntN(time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day())
		p.IIN = g.iin(year, month, day, sex == 1)
	}
	if p.IsMinor(g.now) {
		psex := g.r.IntN(2)
		first := pick(g, firstNames[script][psex])
		k := surname
		if isPatronymic(surnames[script][0][k]) {
			k = g.r.IntN(len(surnames[script][psex]))
		}
		p.GuardianName = first + " " + surnames[script][psex][k]
		p.GuardianPhone = g.phone()
		p.GuardianConsent = true
	}
	if g.chance(8) {
		p.Notes = pick(g, personNotes[lang])
	}
	g.people = append(g.people, person{
		id: p.ID, name: name, org: orgName, created: created, region: region, lang: uint8(lang), idea: -1,
	})
	return p
}
