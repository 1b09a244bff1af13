package model

import (
	"fmt"
	"slices"
	"sync/atomic"
)

// Kind names a kind of record. It is stored in every record and in bundles.
type Kind string

// The record kinds of DESIGN.md §3.
const (
	KindPerson       Kind = "person"
	KindIdea         Kind = "idea"
	KindConsultation Kind = "consultation"
	KindVisit        Kind = "visit"
	KindHours        Kind = "hours"
	KindCatalogue    Kind = "catalogue"
	KindOffice       Kind = "office"
)

// KindDef is everything the program keeps per record kind. Kinds, New,
// redacted bundles (export --redact), the withdrawal of consent, the audit
// screen and the translation checks all read it from kindDefs below, so a
// new kind is one entry there (plus a storage migration that makes its
// buckets, and its names in ui/i18n: README "Layout").
type KindDef struct {
	Kind Kind
	// New makes an empty record of the kind (Kind is set by model.New).
	New func() Record
	// Kept and Personal decide every field (JSON path, "team.name"; a path
	// decides what is under it) for a redacted bundle: Kept fields stay,
	// Personal ones (names, phones, free text that may name anyone) are
	// dropped. A field in neither fails TestRedactionDecidesEveryField.
	Kept, Personal []string
	// Mentions: its records may name or reach a person (a team list, an
	// applicant's name, free text), so a withdrawal of consent looks
	// through them and erases the person from them.
	Mentions bool
	// Describe is how the audit log names one record of the kind (after
	// the kind's own word, ui/i18n "audit.kind.KIND").
	Describe func(r Record, lang Lang) string
	// Opens is the record the audit screen opens for one of the kind: the
	// idea or person itself or the one it is about ("" when none).
	Opens func(r Record) (Kind, string)
}

// kindDefs is the registry: every kind, in the order Kinds lists them.
var kindDefs = []KindDef{
	{
		Kind: KindPerson, New: func() Record { return &Person{} },
		Kept: []string{"birth_year", "organization", "region", "consent", "consent_method", "consent_at",
			"guardian_consent", "merged_into", "merge_moved", "merged_from", "apart", "consent_withdrawn", "created_at"},
		Personal: []string{"full_name", "phone", "iin", "other_names", "guardian_name", "guardian_phone", "notes"},
		Mentions: true,
		Describe: func(r Record, _ Lang) string { return r.(*Person).FullName },
		Opens:    func(r Record) (Kind, string) { return KindPerson, r.(*Person).ID },
	},
	{
		Kind: KindIdea, New: func() Record { return &Idea{} },
		// The title tells ideas apart in statistics; the rest of the text
		// (summary, letters, plans, logframe, budget items) may name anyone.
		Kept: []string{"title", "direction", "region", "locality", "status", "archived_from", "sdgs",
			"start_date", "end_date", "applicant_id", "organization", "budget_kzt", "team.person_id",
			"target_groups", "catalogue_id", "budget.category", "budget.quantity", "budget.unit_kzt",
			"budget.source", "funds_available", "programme", "created_at", "print_lang"},
		Personal: []string{"summary", "applicant_name", "team.name", "team.role", "logframe", "budget.item",
			"cover_letter", "sustainability", "partners", "monitoring_plan"},
		Mentions: true,
		Describe: func(r Record, _ Lang) string { return r.(*Idea).Title },
		Opens:    func(r Record) (Kind, string) { return KindIdea, r.(*Idea).ID },
	},
	{
		Kind: KindConsultation, New: func() Record { return &Consultation{} },
		Kept: []string{"date", "duration_min", "services", "person_id", "idea_id", "visit_id", "follow_up",
			"supersedes"},
		Personal: []string{"consultant", "notes", "next_steps"},
		Mentions: true,
		Describe: func(r Record, _ Lang) string { return r.(*Consultation).Date.Display() },
		Opens: func(r Record) (Kind, string) {
			c := r.(*Consultation)
			if c.IdeaID != "" {
				return KindIdea, c.IdeaID
			}
			return KindPerson, c.PersonID
		},
	},
	{
		Kind: KindVisit, New: func() Record { return &Visit{} },
		// An anonymous visit keeps nothing of who came: kept for statistics.
		Kept: []string{"person_id", "date", "arrived_at", "purpose", "state", "served_at", "done_at",
			"anonymous", "age_band", "service", "outcome"},
		Personal: []string{"consultant", "notes"},
		Mentions: true,
		Describe: func(r Record, _ Lang) string { return r.(*Visit).Date.Display() },
		Opens:    func(r Record) (Kind, string) { return KindPerson, r.(*Visit).PersonID },
	},
	{
		Kind: KindHours, New: func() Record { return &Hours{} },
		Kept:     []string{"person_id", "date", "hours", "idea_id", "status", "verified_at"},
		Personal: []string{"activity", "description", "verified_by", "reject_reason"},
		Mentions: true,
		Describe: func(r Record, _ Lang) string {
			h := r.(*Hours)
			return fmt.Sprintf("%s · %g · %s", h.Date.Display(), h.Hours, h.Activity)
		},
		Opens: func(r Record) (Kind, string) { return KindPerson, r.(*Hours).PersonID },
	},
	{
		Kind: KindCatalogue, New: func() Record { return &CatalogueEntry{} },
		// Built-in suggestions, the same in every office: nobody's data.
		Kept: []string{"title", "description", "steps", "direction", "sdgs", "target_groups", "team_min",
			"team_max", "duration_weeks", "budget_min", "budget_max", "regions", "logframe", "budget"},
		Describe: func(r Record, lang Lang) string { return r.(*CatalogueEntry).Title.In(lang) },
		Opens:    func(Record) (Kind, string) { return "", "" },
	},
	{
		Kind: KindOffice, New: func() Record { return &Office{} },
		Kept:     []string{"name", "region"},
		Personal: []string{"consultants"}, // people's names
		Describe: func(r Record, _ Lang) string { return r.(*Office).Name },
		Opens:    func(Record) (Kind, string) { return "", "" },
	},
}

// registry is kindDefs with each kind's redaction decisions as a map; it is
// swapped whole (RegisterKind), so readers need no lock.
type registry struct {
	defs []KindDef
	keep map[Kind]map[string]bool
}

var current atomic.Pointer[registry]

func init() { current.Store(newRegistry(kindDefs)) }

func newRegistry(defs []KindDef) *registry {
	r := &registry{defs: defs, keep: map[Kind]map[string]bool{}}
	for _, d := range defs {
		m := map[string]bool{}
		for _, f := range d.Kept {
			m[f] = true
		}
		for _, f := range d.Personal {
			m[f] = false
		}
		r.keep[d.Kind] = m
	}
	return r
}

// Kinds lists every record kind (a new slice: the caller may sort it).
func Kinds() []Kind {
	defs := current.Load().defs
	out := make([]Kind, len(defs))
	for i, d := range defs {
		out[i] = d.Kind
	}
	return out
}

// KindDefs lists every kind's definition.
func KindDefs() []KindDef { return slices.Clone(current.Load().defs) }

// DefOf is kind k's definition; ok is false for an unknown kind.
func DefOf(k Kind) (d KindDef, ok bool) {
	for _, d := range current.Load().defs {
		if d.Kind == k {
			return d, true
		}
	}
	return KindDef{}, false
}

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool {
	_, ok := DefOf(k)
	return ok
}

// New returns an empty record of kind k (with Kind set), or nil for an unknown kind.
func New(k Kind) Record {
	d, ok := DefOf(k)
	if !ok {
		return nil
	}
	r := d.New()
	r.Env().Kind = k
	return r
}

// RedactionKeeps is whether a redacted bundle keeps field path (a JSON path,
// "team.name") of kind k; decided is false when the kind's definition names
// no such path itself.
func RedactionKeeps(k Kind, path string) (keep, decided bool) {
	keep, decided = current.Load().keep[k][path]
	return keep, decided
}

// MentionKinds are the kinds whose records may name or reach a person
// (KindDef.Mentions): a withdrawal of consent looks through them.
func MentionKinds() []Kind {
	var out []Kind
	for _, d := range current.Load().defs {
		if d.Mentions {
			out = append(out, d.Kind)
		}
	}
	return out
}

// RegisterKind adds kind d to the registry until the returned function takes
// it out again. It is for tests that prove a new kind works everywhere (a
// store of every released schema upgrades with it); the program's own kinds
// are kindDefs. It panics on a kind already known or a definition without
// New, Describe or Opens.
func RegisterKind(d KindDef) (remove func()) {
	if _, ok := DefOf(d.Kind); ok || d.Kind == "" || d.New == nil || d.Describe == nil || d.Opens == nil {
		panic(fmt.Sprintf("model.RegisterKind: %q is known already or incomplete", d.Kind))
	}
	before := current.Load()
	current.Store(newRegistry(append(slices.Clip(before.defs), d)))
	return func() { current.Store(before) }
}
