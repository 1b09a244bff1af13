// Package history turns the stored revisions of one record into rows a person
// can read on a card: who changed it, when, and which fields (with old → new
// for short values). It compares records by their JSON fields, so it works for
// every kind (ideas, people …) without knowing their Go types.
package history

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"time"
	"unicode/utf8"

	"frontoffice/model"
	"frontoffice/ui/i18n"
)

// Change is one field that differs from the revision before. Old and New are
// the decoded JSON values (string, json.Number, bool, []any, map[string]any or
// nil when the field was absent).
type Change struct {
	Field    string
	Old, New any
}

// Row is one revision, with what it changed.
type Row struct {
	Rev    uint64
	By     string // the consultant who made the revision ("" when unknown)
	Origin string // the id of the office that made it (another one's came in a bundle)
	// OriginName is that office's name where this store knows it (Named).
	OriginName string
	At         time.Time // when, UTC
	Created    bool      // the first revision: nothing to compare with
	Deleted    bool      // a tombstone
	// Withdrawn: a person who withdrew consent. A withdrawal erases the
	// earlier revisions the same way, so its own shows no field changed.
	Withdrawn bool
	Changes   []Change // in the record's field order
}

// envelope fields say who and when, not what: they are never listed as changes.
var envelope = map[string]bool{
	"id": true, "kind": true, "rev": true, "base_rev": true, "base_hlc": true, "origin": true, "hlc": true,
	"updated_at": true, "updated_by": true, "deleted": true,
}

// Diff compares each revision with the one it was made from. revs run
// oldest to newest (store.History plus the current revision); the rows come
// newest first, as a card shows them. A revision that cannot be encoded is
// shown without changes.
//
// The one it was made from is the revision its base_rev and base_hlc name.
// Without base_hlc (a settlement of a conflict, an older revision) it is
// the newest by clock of the earlier revisions up to its base_rev: the one
// current when it was made. Two offices' edits of one revision each show
// their own changes, not each other's undone.
func Diff(revs []model.Record) []Row {
	rows := make([]Row, 0, len(revs))
	type decoded struct {
		keys     []string
		vals     map[string]any
		rev, hlc uint64
	}
	seen := make([]decoded, 0, len(revs))
	base := func(env *model.Envelope) int {
		at := -1
		for j, d := range seen {
			if env.BaseHLC != 0 && d.rev == env.BaseRev && d.hlc == env.BaseHLC {
				return j
			}
			if d.rev <= env.BaseRev && (at < 0 || d.hlc > seen[at].hlc) {
				at = j
			}
		}
		if at < 0 {
			at = len(seen) - 1 // the one before, when nothing says better
		}
		return at
	}
	for i, r := range revs {
		env := r.Env()
		row := Row{Rev: env.Rev, By: env.UpdatedBy, Origin: env.Origin, At: env.UpdatedAt, Created: i == 0, Deleted: env.Deleted}
		if p, ok := r.(*model.Person); ok {
			row.Withdrawn = p.ConsentWithdrawn != ""
		}
		keys, vals := fields(r)
		if j := base(env); i > 0 && vals != nil && j >= 0 && seen[j].vals != nil {
			row.Changes = compare(seen[j].keys, seen[j].vals, keys, vals)
		}
		seen = append(seen, decoded{keys, vals, env.Rev, env.HLC})
		rows = append(rows, row)
	}
	for i, j := 0, len(rows)-1; i < j; i, j = i+1, j-1 {
		rows[i], rows[j] = rows[j], rows[i]
	}
	return rows
}

// fields decodes r's JSON keeping the order of its keys.
func fields(r model.Record) ([]string, map[string]any) {
	data, err := json.Marshal(r)
	if err != nil {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, nil
	}
	var keys []string
	vals := map[string]any{}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, nil
		}
		k, _ := t.(string)
		var v any
		if err := dec.Decode(&v); err != nil {
			return nil, nil
		}
		if envelope[k] {
			continue
		}
		keys = append(keys, k)
		vals[k] = v
	}
	return keys, vals
}

func compare(oldKeys []string, old map[string]any, newKeys []string, now map[string]any) []Change {
	var out []Change
	for _, k := range mergeOrder(oldKeys, newKeys) {
		o, n := old[k], now[k]
		if !reflect.DeepEqual(norm(o), norm(n)) {
			out = append(out, Change{Field: k, Old: o, New: n})
		}
	}
	return out
}

// mergeOrder is the keys of both revisions in the record's field order: a
// field only the old one has (an omitted empty value now) goes after the
// field it followed there.
func mergeOrder(oldKeys, newKeys []string) []string {
	out := append([]string(nil), newKeys...)
	at := map[string]bool{}
	for _, k := range newKeys {
		at[k] = true
	}
	for i, k := range oldKeys {
		if at[k] {
			continue
		}
		pos := 0
		for j := i - 1; j >= 0; j-- {
			if idx := indexOf(out, oldKeys[j]); idx >= 0 {
				pos = idx + 1
				break
			}
		}
		out = append(out[:pos], append([]string{k}, out[pos:]...)...)
		at[k] = true
	}
	return out
}

func indexOf(s []string, k string) int {
	for i, x := range s {
		if x == k {
			return i
		}
	}
	return -1
}

// norm makes the empty forms of a value equal: an omitted field, "", 0,
// false, [] and {} all mean "nothing there".
func norm(v any) any {
	switch x := v.(type) {
	case string:
		if x == "" {
			return nil
		}
	case json.Number:
		if f, err := x.Float64(); err == nil && f == 0 {
			return nil
		}
	case bool:
		if !x {
			return nil
		}
	case []any:
		if len(x) == 0 {
			return nil
		}
	case map[string]any:
		if len(x) == 0 {
			return nil
		}
	}
	return v
}

// MaxShort is the longest value (in characters) shown as old → new; longer
// texts, lists and objects are named only.
const MaxShort = 40

// Short returns v as one short line, or false when v is long text, a list or
// an object (then a card only names the field). Empty values are "".
func Short(v any) (string, bool) {
	switch x := v.(type) {
	case nil:
		return "", true
	case string:
		if strings.ContainsAny(x, "\n\r") || utf8.RuneCountInString(x) > MaxShort {
			return "", false
		}
		return x, true
	case json.Number:
		return x.String(), true
	case bool:
		if x {
			return "true", true
		}
		return "false", true
	}
	return "", false
}

// ValueFunc shows a short value of field the way the screen shows it (a code
// as its label, money as tenge). It returns false to leave v to the default.
type ValueFunc func(field string, v any) (string, bool)

// Describe writes what a row changed in tr's language, e.g.
// "Title: Old → New; Summary; Grant requested: 100 000 ₸ → 250 000 ₸".
// show may be nil.
func Describe(tr *i18n.Translator, r Row, show ValueFunc) string {
	switch {
	case r.Created:
		return tr.T("history.created")
	case r.Deleted:
		return tr.T("history.deleted")
	case r.Withdrawn && len(r.Changes) == 0:
		return tr.T("history.withdrawn")
	case len(r.Changes) == 0:
		return tr.T("history.no_changes")
	}
	parts := make([]string, 0, len(r.Changes))
	for _, c := range r.Changes {
		name := tr.Field(c.Field)
		o, ok1 := value(tr, c.Field, c.Old, show)
		n, ok2 := value(tr, c.Field, c.New, show)
		if ok1 && ok2 {
			parts = append(parts, name+": "+o+" → "+n)
		} else {
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, "; ")
}

func value(tr *i18n.Translator, field string, v any, show ValueFunc) (string, bool) {
	if norm(v) == nil {
		if _, isBool := v.(bool); !isBool {
			return "—", true
		}
	}
	if s, ok := v.(string); ok && model.ValidID(s) {
		return "", false // a record's id means nothing to a person: the field is named only
	}
	if s, ok := v.(string); ok && len(s) == len("2006-01-02") && model.Date(s).Valid() {
		return model.Date(s).Time().Format("02.01.2006"), true // a day, as every screen writes one
	}
	if show != nil {
		if s, ok := show(field, v); ok {
			if s == "" {
				s = "—"
			}
			return s, true
		}
	}
	if b, ok := v.(bool); ok {
		if b {
			return tr.T("key.yes"), true
		}
		return tr.T("key.no"), true
	}
	return Short(v)
}

// From says " · from office …1a2b3c4d" when the revision was made in another
// office than own (it came in a bundle), "" when it was made here.
func From(tr *i18n.Translator, r Row, own string) string {
	if r.Origin == "" || r.Origin == own {
		return ""
	}
	if name := strings.TrimSpace(r.OriginName); name != "" {
		return " · " + tr.T("history.from_named", name)
	}
	return " · " + tr.T("history.from_office", r.Origin[max(0, len(r.Origin)-8):])
}

// Named fills the rows' OriginName by name, an office's name by its id
// ("" when not known): the history names the office a revision came from.
func Named(rows []Row, name func(id string) string) []Row {
	names := map[string]string{}
	for i, r := range rows {
		if r.Origin == "" {
			continue
		}
		n, ok := names[r.Origin]
		if !ok {
			n = name(r.Origin)
			names[r.Origin] = n
		}
		rows[i].OriginName = n
	}
	return rows
}

// Who is the consultant's name, or a translated "unknown" when none was set.
func Who(tr *i18n.Translator, by string) string {
	if strings.TrimSpace(by) == "" {
		return tr.T("history.unknown_author")
	}
	return by
}
