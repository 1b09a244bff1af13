package demo

import (
	"cmp"
	"slices"

	"frontoffice/model"
)

// This file makes the records that refer to people: ideas, consultations,
// visits and hours.

// ---- ideas ----

func (g *gen) genIdeas() error {
	g.ideas = make([]idea, g.o.Ideas)
	for i := range g.ideas {
		a, lo := int32(-1), g.startMs
		if len(g.people) > 0 && g.chance(90) {
			a = int32(g.r.IntN(len(g.people)))
			lo = g.people[a].created
		}
		g.ideas[i] = idea{applicant: a, created: g.at(lo, g.nowMs), seq: int32(i)}
	}
	slices.SortFunc(g.ideas, func(x, y idea) int { return cmp.Or(cmp.Compare(x.created, y.created), cmp.Compare(x.seq, y.seq)) })
	for i := range g.ideas {
		if err := g.emit(g.makeIdea(i)); err != nil {
			return err
		}
	}
	return nil
}

// early statuses are the only plausible ones for an idea younger than six weeks.
var earlyStatuses = []model.IdeaStatus{"draft", "consulting", "ready"}

func (g *gen) makeIdea(i int) *model.Idea {
	m := &g.ideas[i]
	created := m.created
	lang := g.weightedInt(lKK, 45, lRU, 35, lEN, 20)
	dir := directionTable.pick(g.r)
	status := statusTable.pick(g.r)
	if g.nowMs-created < 42*dayMs && !slices.Contains(earlyStatuses, status) {
		status = pick(g, earlyStatuses)
	}
	var updated int64
	switch status {
	case "draft":
		updated = g.at(created, min(created+14*dayMs, g.nowMs))
	case "consulting", "ready":
		if g.chance(60) {
			updated = g.at(max(created, g.nowMs-30*dayMs), g.nowMs)
		} else {
			updated = g.at(created, g.nowMs)
		}
	default:
		updated = g.at(created, g.nowMs)
	}
	m.updated, m.lang, m.status = updated, uint8(lang), status
	m.consultant = uint8(g.r.IntN(len(g.consultants)))
	m.id = g.newID(created)

	var app *person
	if m.applicant >= 0 {
		app = &g.people[m.applicant]
		app.idea = int32(i)
	}
	region := regionTable.pick(g.r)
	if app != nil && g.chance(80) {
		region = app.region
	}
	f := fill{
		city:    &cities[pick(g, citiesByRegion[region])],
		park:    g.r.IntN(len(parks)),
		village: g.r.IntN(len(villages)),
		num:     1 + g.r.IntN(150),
		team:    g.weightedInt(1, 15, 2, 25, 3, 30, 4, 18, 5, 12),
		months:  2 + g.r.IntN(11),
	}
	groups := g.reach(dir, status)
	for _, r := range groups {
		f.reach += r.Planned
	}

	t := texts[dir]
	k := g.r.IntN(len(t.titles[lang]))
	title := string(appendTmpl(g.buf[:0], t.titles[lang][k], lang, &f))
	b := appendTmpl(g.buf[:0], t.summaries[lang][k], lang, &f)
	extras := extraTexts[lang]
	first := g.r.IntN(len(extras))
	for k := range g.weightedInt(0, 35, 1, 40, 2, 25) {
		b = append(b, ' ')
		b = appendTmpl(b, extras[(first+k)%len(extras)], lang, &f)
	}
	g.buf = b

	rec := &model.Idea{
		Envelope:     g.env(model.KindIdea, m.id, updated, g.consultants[m.consultant]),
		Title:        title,
		Summary:      string(b),
		Direction:    dir,
		Region:       region,
		Status:       status,
		SDGs:         g.sdgs(dir),
		BudgetKZT:    g.budget(),
		TargetGroups: groups,
		CreatedAt:    msTime(created),
	}
	leader := model.TeamMember{Role: roles[lang][0]}
	if app != nil {
		rec.ApplicantID, rec.Organization = app.id, app.org
		leader.PersonID, leader.Name = app.id, app.name
	} else {
		rec.ApplicantName, _ = g.fullName(g.scriptFor(lang), g.r.IntN(2))
		leader.Name = rec.ApplicantName
		if g.chance(50) {
			rec.Organization = orgs[pick(g, higherOrgs)].name[lang]
		}
	}
	rec.Team = g.team(leader, f.team, lang, created)
	return rec
}

// team makes a team of size members led by leader: registered people created
// before the idea, and names only.
func (g *gen) team(leader model.TeamMember, size, lang int, created int64) []model.TeamMember {
	team := make([]model.TeamMember, 1, size)
	team[0] = leader
	known := g.peopleBefore(created)
	for len(team) < size {
		m := model.TeamMember{Role: roles[lang][1+g.r.IntN(len(roles[lang])-1)]}
		if known > 0 && g.chance(45) {
			p := &g.people[g.r.IntN(known)]
			if !slices.ContainsFunc(team, func(t model.TeamMember) bool { return t.PersonID == p.id }) {
				m.PersonID, m.Name = p.id, p.name
			}
		}
		if m.Name == "" {
			m.Name, _ = g.fullName(g.scriptFor(lang), g.r.IntN(2))
		}
		team = append(team, m)
	}
	return team
}

// sdgs picks one to three distinct goals that fit the direction.
func (g *gen) sdgs(dir model.Direction) []model.SDG {
	fit := directionSDGs[dir]
	n := min(g.weightedInt(1, 35, 2, 45, 3, 20), len(fit))
	out := make([]model.SDG, 0, n)
	if g.chance(70) {
		out = append(out, fit[0])
	}
	for len(out) < n {
		if s := pick(g, fit); !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// budget is 0 for about one idea in eight, else up to 3 000 000 ₸ in whole thousands.
func (g *gen) budget() model.Tenge {
	if g.chance(12) {
		return 0
	}
	lo, hi := 50_000, 300_000
	switch x := g.r.IntN(100); {
	case x >= 85:
		lo, hi = 1_000_000, 3_000_000
	case x >= 50:
		lo, hi = 300_000, 1_000_000
	}
	step := 10_000
	if g.chance(30) {
		step = 1_000
	}
	return model.Tenge(lo + g.r.IntN((hi-lo)/step+1)*step)
}

// reach picks one or two target groups with planned numbers, and reached
// numbers that fit the status.
func (g *gen) reach(dir model.Direction, status model.IdeaStatus) []model.Reach {
	fit := directionGroups[dir]
	n := 1
	if g.chance(35) {
		n = 2
	}
	out := make([]model.Reach, 0, n)
	for len(out) < n {
		grp := pick(g, fit)
		if slices.ContainsFunc(out, func(r model.Reach) bool { return r.Group == grp }) {
			continue
		}
		var planned int
		switch grp {
		case "general_public":
			planned = 50 * (1 + g.r.IntN(40))
		case "animals":
			planned = 10 * (2 + g.r.IntN(19))
		case "veterans":
			planned = 3 + g.r.IntN(28)
		default:
			planned = 5 * (2 + g.r.IntN(80))
		}
		reached := 0
		switch status {
		case "completed":
			reached = planned * (60 + g.r.IntN(71)) / 100
		case "archived":
			if g.chance(50) {
				reached = planned * (40 + g.r.IntN(80)) / 100
			}
		case "in_progress":
			reached = planned * g.r.IntN(71) / 100
		}
		out = append(out, model.Reach{Group: grp, Planned: planned, Reached: reached})
	}
	return out
}

// ---- consultations ----

// consult is a planned consultation: sorted by start before it is written out.
type consult struct {
	start      int64
	seq        int32 // tie-break, so the order never depends on the sort algorithm
	idea       int32 // -1 for a visitor without an idea
	person     int32 // -1 when the idea has no registered applicant
	dur        int16
	consultant uint8
	last       bool // the idea's latest consultation
}

var durations = []int16{15, 20, 30, 30, 30, 40, 45, 45, 60, 60, 60, 75, 90, 120}

func (g *gen) genConsultations() error {
	cs := make([]consult, 0, 3*len(g.ideas)+len(g.people)/20)
	var starts [6]int64
	for i := range g.ideas {
		m := &g.ideas[i]
		var k int
		switch m.status {
		case "draft":
			k = g.weightedInt(0, 40, 1, 40, 2, 20)
		case "consulting":
			k = 1 + g.r.IntN(5)
		default:
			k = 2 + g.r.IntN(5)
		}
		for j := range k {
			starts[j] = g.at(m.created, m.updated)
		}
		if k > 0 && g.chance(70) {
			starts[0] = m.created // the idea was written down during its first consultation
		}
		slices.Sort(starts[:k])
		for j := range k {
			c := consult{start: starts[j], seq: int32(len(cs)), idea: int32(i), person: m.applicant, last: j == k-1,
				dur: pick(g, durations), consultant: m.consultant}
			if g.chance(30) {
				c.consultant = uint8(g.r.IntN(len(g.consultants)))
			}
			cs = append(cs, c)
		}
	}
	for range len(g.people) / 20 { // visitors with money or time but no idea yet
		p := int32(g.r.IntN(len(g.people)))
		cs = append(cs, consult{start: g.at(g.people[p].created, g.nowMs), seq: int32(len(cs)), idea: -1, person: p,
			dur: pick(g, durations), consultant: uint8(g.r.IntN(len(g.consultants))), last: true})
	}
	slices.SortFunc(cs, func(a, b consult) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.seq, b.seq)) })
	for i := range cs {
		if err := g.emit(g.makeConsultation(&cs[i])); err != nil {
			return err
		}
	}
	return nil
}

// closedStatuses are ideas nobody follows up any more.
var closedStatuses = []model.IdeaStatus{"rejected", "completed", "archived"}

var noIdeaServices = []model.Service{"funds_use", "funds_use", "project_design", "implementation"}

func (g *gen) makeConsultation(c *consult) *model.Consultation {
	var lang int
	var bias []model.Service
	if c.idea >= 0 {
		m := &g.ideas[c.idea]
		lang, bias = int(m.lang), serviceBias[m.status]
	} else {
		lang, bias = int(g.people[c.person].lang), noIdeaServices
	}
	all := model.Services()
	svc := make([]model.Service, 1, 3)
	svc[0] = pick(g, bias)
	for n := g.weightedInt(1, 50, 2, 35, 3, 15); len(svc) < n; {
		if s := pick(g, all); !slices.Contains(svc, s) {
			svc = append(svc, s)
		}
	}
	b := append(g.buf[:0], pick(g, serviceNotes[svc[0]][lang])...)
	if len(svc) > 1 && g.chance(50) {
		b = append(b, ' ')
		b = append(b, pick(g, serviceNotes[svc[1]][lang])...)
	}
	g.buf = b

	name := g.consultants[c.consultant]
	end := min(c.start+int64(c.dur)*minuteMs, g.nowMs)
	rec := &model.Consultation{
		Envelope:    g.env(model.KindConsultation, g.newID(c.start), end, name),
		Date:        g.date(c.start),
		DurationMin: int(c.dur),
		Consultant:  name,
		Services:    svc,
		Notes:       string(b),
	}
	if c.idea >= 0 {
		rec.IdeaID = g.ideas[c.idea].id
	}
	if c.person >= 0 {
		rec.PersonID = g.people[c.person].id
	}
	if g.chance(80) {
		rec.NextSteps = pick(g, nextSteps[lang])
	}
	// Follow-ups: mostly after an open idea's latest consultation, and more
	// often when it was recent, so some are due soon and a few are overdue.
	switch {
	case c.last && (c.idea < 0 || !slices.Contains(closedStatuses, g.ideas[c.idea].status)):
		pct := 10
		if g.nowMs-c.start < 30*dayMs {
			pct = 60
		}
		if g.chance(pct) {
			rec.FollowUp = g.dateAfter(c.start, 3+g.r.IntN(12))
		}
	case !c.last && g.chance(10):
		rec.FollowUp = g.dateAfter(c.start, 7+g.r.IntN(15))
	}
	return rec
}

// ---- visits ----

type visit struct {
	arrived int64
	seq     int32
	person  int32
	reg     bool // came to register, on the day the person was created
}

func (g *gen) genVisits() error {
	n := (len(g.people) + 1) / 2
	today := min(max(n/40, 3), 25, n)
	vs := make([]visit, 0, n)
	for range n - today {
		p := int32(g.r.IntN(len(g.people)))
		created := g.people[p].created
		v := visit{person: p, arrived: created, reg: true, seq: int32(len(vs))}
		if created < g.todayMs && g.chance(65) {
			v.arrived, v.reg = g.at(created, g.todayMs-1), false
		}
		vs = append(vs, v)
	}
	window := max(min(g.nowMs-g.todayMs, 5*hourMs), minuteMs)
	for range today {
		arrived := g.nowMs - g.r.Int64N(window)
		k := g.peopleBefore(arrived)
		if k == 0 {
			k = 1
		}
		p := int32(g.r.IntN(k))
		vs = append(vs, visit{person: p, arrived: max(arrived, g.people[p].created), seq: int32(len(vs))})
	}
	slices.SortFunc(vs, func(a, b visit) int { return cmp.Or(cmp.Compare(a.arrived, b.arrived), cmp.Compare(a.seq, b.seq)) })

	first := len(vs)
	for first > 0 && vs[first-1].arrived >= g.todayMs {
		first--
	}
	inQueue := len(vs) - first
	waiting := (inQueue*3 + 9) / 10
	serving := min(len(g.consultants), max(1, inQueue/6), inQueue-waiting)
	// Nobody is in the queue twice (storage.StartVisit's rule): a person
	// drawn twice today is waiting or with a consultant only at their last
	// visit; the one before is done (they came back).
	cameBack := map[int]bool{}
	open := map[int32]bool{}
	for i := len(vs) - 1; i >= first && i-first >= inQueue-waiting-serving; i-- {
		if open[vs[i].person] {
			cameBack[i] = true
		}
		open[vs[i].person] = true
	}
	for i := range vs {
		var state model.VisitState
		switch q := i - first; {
		case cameBack[i]:
			state = "done"
		case q < 0:
			state = "done"
			if g.chance(10) {
				state = "left"
			}
		case q >= inQueue-waiting:
			state = "waiting"
		case q >= inQueue-waiting-serving:
			state = "with_consultant"
		default:
			state = "done"
			if g.chance(15) {
				state = "left"
			}
		}
		if err := g.emit(g.makeVisit(&vs[i], state, i-first)); err != nil {
			return err
		}
	}
	return nil
}

func (g *gen) makeVisit(v *visit, state model.VisitState, q int) *model.Visit {
	p := &g.people[v.person]
	purpose := purposeTable.pick(g.r)
	if v.reg && g.chance(70) {
		purpose = model.PurposeVolunteer
	}
	rec := &model.Visit{
		PersonID:  p.id,
		Date:      g.date(v.arrived),
		ArrivedAt: msTime(v.arrived),
		Purpose:   purpose,
		State:     state,
	}
	updated := v.arrived
	switch state {
	case "done":
		rec.Consultant = g.consultant()
		served := min(v.arrived+g.r.Int64N(25*minuteMs), g.nowMs)
		done := min(served+15*minuteMs+g.r.Int64N(45*minuteMs), g.nowMs)
		rec.ServedAt, rec.DoneAt = msTime(served), msTime(done)
		updated = done
	case "with_consultant":
		rec.Consultant = g.consultants[q%len(g.consultants)]
		served := min(v.arrived+g.r.Int64N(20*minuteMs), g.nowMs)
		rec.ServedAt = msTime(served)
		updated = served
	case "left":
		updated = min(v.arrived+10*minuteMs+g.r.Int64N(30*minuteMs), g.nowMs)
	}
	if g.chance(15) {
		rec.Notes = pick(g, visitNotes[p.lang])
	}
	by := rec.Consultant
	if by == "" {
		by = g.consultant()
	}
	rec.Envelope = g.env(model.KindVisit, g.newID(v.arrived), updated, by)
	return rec
}

// ---- hours ----

type hoursEntry struct {
	worked, entered int64
	person, seq     int32
}

// halfHours are entry lengths in half hours: mostly two to four hours.
// personDay is one person's calendar day, for their day's total of hours.
type personDay struct {
	person int32
	date   model.Date
}

var halfHours = []int{1, 2, 3, 4, 4, 4, 5, 6, 6, 8, 8, 8, 10, 12, 16}

func (g *gen) genHours() error {
	n := len(g.people) * 2 / 3
	hs := make([]hoursEntry, n)
	for i := range hs {
		p := int32(g.r.IntN(len(g.people)))
		worked := g.at(g.people[p].created, g.nowMs)
		hs[i] = hoursEntry{worked: worked, person: p, seq: int32(i),
			entered: min(worked+g.r.Int64N(3*dayMs), g.nowMs)}
	}
	slices.SortFunc(hs, func(a, b hoursEntry) int { return cmp.Or(cmp.Compare(a.entered, b.entered), cmp.Compare(a.seq, b.seq)) })
	g.dayHalves = make(map[personDay]int, n)
	for i := range hs {
		if err := g.emit(g.makeHours(&hs[i])); err != nil {
			return err
		}
	}
	return nil
}

var hoursStatuses = [3]model.HoursStatus{"verified", "pending", "rejected"}

func (g *gen) makeHours(h *hoursEntry) *model.Hours {
	p := &g.people[h.person]
	lang := int(p.lang)
	rec := &model.Hours{
		PersonID: p.id,
		Date:     g.date(h.worked),
		Hours:    float64(pick(g, halfHours)) / 2,
		Activity: pick(g, activities[lang]),
	}
	if g.chance(25) {
		rec.Description = pick(g, hoursNotes[lang])
	}
	if p.idea >= 0 && g.ideas[p.idea].created <= h.worked && g.chance(60) {
		rec.IdeaID = g.ideas[p.idea].id
	} else if g.chance(10) {
		if k := g.ideasBefore(h.worked); k > 0 {
			rec.IdeaID = g.ideas[g.r.IntN(k)].id
		}
	}
	if g.nowMs-h.entered < 3*dayMs { // too fresh to be checked, mostly
		rec.Status = hoursStatuses[g.weightedInt(0, 20, 1, 80)]
	} else {
		rec.Status = hoursStatuses[g.weightedInt(0, 78, 1, 12, 2, 10)]
	}
	// The desk refuses more than 24 hours for one person on one day
	// (model.MaxDayHours); rejected entries do not count.
	if rec.Status != "rejected" {
		day := personDay{h.person, rec.Date}
		halves := min(int(rec.Hours*2), 2*int(model.MaxDayHours)-g.dayHalves[day])
		if halves <= 0 {
			rec.Status = "rejected"
		} else {
			rec.Hours = float64(halves) / 2
			g.dayHalves[day] += halves
		}
	}
	updated, by := h.entered, g.consultant()
	switch rec.Status {
	case "verified":
		updated = g.at(h.entered, min(h.entered+10*dayMs, g.nowMs))
		rec.VerifiedBy, rec.VerifiedAt = by, msTime(updated)
	case "rejected":
		updated = g.at(h.entered, min(h.entered+10*dayMs, g.nowMs))
		rec.RejectReason = pick(g, rejectReasons[lang])
	}
	rec.Envelope = g.env(model.KindHours, g.newID(h.entered), updated, by)
	return rec
}
