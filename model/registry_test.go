package model

import (
	"slices"
	"testing"
)

// TestRegistryDecidesEveryKind: every kind of the registry has what the
// program derives from it (a constructor of its own type, the audit log's
// words and target), and RegisterKind adds a kind until it is removed.
func TestRegistryDecidesEveryKind(t *testing.T) {
	for _, d := range KindDefs() {
		r := New(d.Kind)
		if r == nil || r.Env().Kind != d.Kind {
			t.Errorf("New(%q) = %v", d.Kind, r)
			continue
		}
		if d.Describe == nil || d.Opens == nil {
			t.Errorf("%s: no Describe or Opens", d.Kind)
			continue
		}
		d.Describe(r, RU) // an empty record is described without a panic
		d.Opens(r)
		if len(d.Kept)+len(d.Personal) == 0 {
			t.Errorf("%s: no field decided for redaction", d.Kind)
		}
	}
	const k Kind = "test_note"
	remove := RegisterKind(KindDef{Kind: k, New: func() Record { return &Office{} },
		Describe: func(Record, Lang) string { return "" }, Opens: func(Record) (Kind, string) { return "", "" }})
	if !k.Valid() || !slices.Contains(Kinds(), k) || New(k) == nil {
		t.Errorf("registered kind not known: %v", Kinds())
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("a kind registered twice was taken")
			}
		}()
		RegisterKind(KindDef{Kind: k, New: func() Record { return &Office{} },
			Describe: func(Record, Lang) string { return "" }, Opens: func(Record) (Kind, string) { return "", "" }})
	}()
	remove()
	if k.Valid() || len(Kinds()) != 7 {
		t.Errorf("kind still known after removal: %v", Kinds())
	}
}

// TestAuditDescribesAndOpens: the audit log names a record and opens the
// idea or person it is about.
func TestAuditDescribesAndOpens(t *testing.T) {
	c := &Consultation{Date: "2026-02-13", PersonID: "p", IdeaID: "i"}
	c.Kind = KindConsultation
	d, _ := DefOf(KindConsultation)
	if got := d.Describe(c, EN); got != "13.02.2026" {
		t.Errorf("consultation described as %q", got)
	}
	if k, id := d.Opens(c); k != KindIdea || id != "i" {
		t.Errorf("consultation opens %s %s, want the idea", k, id)
	}
	c.IdeaID = ""
	if k, id := d.Opens(c); k != KindPerson || id != "p" {
		t.Errorf("consultation without an idea opens %s %s, want the person", k, id)
	}
	h := &Hours{Date: "2026-02-12", Hours: 2.5, Activity: "Уборка"}
	d, _ = DefOf(KindHours)
	if got := d.Describe(h, RU); got != "12.02.2026 · 2.5 · Уборка" {
		t.Errorf("hours described as %q", got)
	}
	if d, _ := DefOf(KindCatalogue); d.Mentions {
		t.Error("catalogue entries hold nobody's data: a withdrawal need not look through them")
	}
}
