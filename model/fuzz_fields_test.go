package model

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
)

// The forms' and imports' other field parsers: dates, coded fields, and a
// whole record's validation on arbitrary JSON (bundles and CSV end there).

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-02-13", "13.02.2026", "1.2.2026", "2026-02-30", "31.04.2026", "", "2026-13-01",
		"0000-01-01", "9999-12-31", " 2026-02-13 ", "13/02/2026", "2026-2-3", "١٣.٠٢.٢٠٢٦"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, why := ParseDate(s)
		if why != ReasonNone {
			if d != "" || (why != ReasonRequired && why != ReasonBadDate && why != ReasonNoSuchDay) {
				t.Fatalf("ParseDate(%q) = %q, %q", s, d, why)
			}
			return
		}
		if !d.Valid() {
			t.Fatalf("ParseDate(%q) = %q, not a valid date", s, d)
		}
		if back, why := ParseDate(string(d)); back != d || why != ReasonNone {
			t.Fatalf("ParseDate(%q) = %q; again: %q %q", s, d, back, why)
		}
	})
}

func FuzzParseCodes(f *testing.F) {
	for _, s := range []string{"taza_alem", "Таза әлем", "Taza alem", "almaty", "Алматы", "Almaty qalasy", "draft",
		"черновик", "youth", "Жастар", "verified", "materials", "", " ", "ТАЗА ӘЛЕМ", "t\x00aza"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(what string, code string, ok bool, again func(string) (string, bool)) {
			if !ok {
				return
			}
			if back, ok2 := again(code); !ok2 || back != code {
				t.Fatalf("%s(%q) = %q, but %q parses as %q %v", what, s, code, code, back, ok2)
			}
		}
		d, ok := ParseDirection(s)
		check("ParseDirection", string(d), ok, func(c string) (string, bool) { x, ok := ParseDirection(c); return string(x), ok })
		r, ok := ParseRegion(s)
		check("ParseRegion", string(r), ok, func(c string) (string, bool) { x, ok := ParseRegion(c); return string(x), ok })
		st, ok := ParseIdeaStatus(s)
		check("ParseIdeaStatus", string(st), ok, func(c string) (string, bool) { x, ok := ParseIdeaStatus(c); return string(x), ok })
		sv, ok := ParseService(s)
		check("ParseService", string(sv), ok, func(c string) (string, bool) { x, ok := ParseService(c); return string(x), ok })
		g, ok := ParseTargetGroup(s)
		check("ParseTargetGroup", string(g), ok, func(c string) (string, bool) { x, ok := ParseTargetGroup(c); return string(x), ok })
		h, ok := ParseHoursStatus(s)
		check("ParseHoursStatus", string(h), ok, func(c string) (string, bool) { x, ok := ParseHoursStatus(c); return string(x), ok })
		b, ok := ParseBudgetCategory(s)
		check("ParseBudgetCategory", string(b), ok, func(c string) (string, bool) { x, ok := ParseBudgetCategory(c); return string(x), ok })
	})
}

// FuzzRecordValidate: no JSON makes Validate panic, and a record that
// passes still passes after a round trip through JSON (what a bundle does).
func FuzzRecordValidate(f *testing.F) {
	for _, s := range []string{
		`{"full_name":"Айгерім","phone":"+77011234567","consent":true}`,
		`{"title":"Таза аула","direction":"taza_alem","region":"almaty","status":"draft","budget":[{"item":"Қап","quantity":2,"unit_kzt":100}]}`,
		`{"person_id":"0190d7c0-0000-7000-8000-000000000000","date":"2026-02-01","hours":1.5,"status":"pending"}`,
		`{"title":"x\u001b[2J"}`, `{"hours":1e308}`, `{"budget":[{"quantity":-1}]}`, `null`, `[]`, `{"logframe":{"objectives":[{}]}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, k := range Kinds() {
			r := New(k)
			if json.Unmarshal(data, r) != nil {
				continue
			}
			r.Env().Kind = k
			if r.Validate() != nil {
				continue
			}
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatalf("%s: a valid record does not marshal: %v", k, err)
			}
			again := New(k)
			if err := json.Unmarshal(b, again); err != nil {
				t.Fatalf("%s: %v", k, err)
			}
			if err := again.Validate(); err != nil {
				t.Fatalf("%s: valid before a JSON round trip, not after: %v\n%s", k, err, b)
			}
		}
	})
}

// TestDateValidAsTime: Date.Valid says what time.Parse and Format say of
// every day from year 0 to 2400 and of malformed strings around them.
func TestDateValidAsTime(t *testing.T) {
	ref := func(s string) bool {
		tm, err := time.Parse(DateLayout, s)
		return err == nil && tm.Format(DateLayout) == s
	}
	check := func(s string) {
		if got, want := Date(s).Valid(), ref(s); got != want {
			t.Fatalf("Date(%q).Valid() = %v, time says %v", s, got, want)
		}
	}
	for _, y := range []int{0, 1, 99, 100, 400, 1900, 1999, 2000, 2024, 2026, 2100, 2400, 9999} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				check(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	for _, s := range []string{"", "2026-2-13", "2026-02-3", "26-02-13", "2026/02/13", "2026-02-13 ", " 2026-02-13",
		"2026-02-1x", "+026-02-13", "-026-02-13", "2026-0a-13", "20260-2-13", "2026-02-130", "２０２６-02-13"} {
		check(s)
	}
}

// TestValidIDAsUUID: ValidID says what uuid.Parse and String say.
func TestValidIDAsUUID(t *testing.T) {
	ref := func(s string) bool {
		u, err := uuid.Parse(s)
		return err == nil && u.String() == s
	}
	base := "019bef61-12a9-7778-9e01-9df6bee60c04"
	cases := []string{base, strings.ToUpper(base), "{" + base + "}", "urn:uuid:" + base, strings.ReplaceAll(base, "-", ""), "", base[:35], base + "0"}
	for i := range base {
		for _, c := range []byte{'-', 'g', 'F', '0', 'a', ' ', 0} {
			cases = append(cases, base[:i]+string(c)+base[i+1:])
		}
	}
	for _, s := range cases {
		if got, want := ValidID(s), ref(s); got != want {
			t.Fatalf("ValidID(%q) = %v, uuid says %v", s, got, want)
		}
	}
}

// BenchmarkValidID checks a bundle's worth of ids (every record's own and
// its references): go test -run '^$' -bench ValidID ./model/
func BenchmarkValidID(b *testing.B) {
	ids := []string{"019bef61-12a9-7778-9e01-9df6bee60c04", "019bef61-12a9-7778-9e01-9df6bee60c0g", "019bef6112a97778-9e01-9df6bee60c04"}
	for b.Loop() {
		for _, id := range ids {
			ValidID(id)
		}
	}
}

// FuzzValidID holds ValidID to what uuid.Parse reads and writes back alike.
func FuzzValidID(f *testing.F) {
	f.Add("019bef61-12a9-7778-9e01-9df6bee60c04")
	f.Add("019BEF61-12a9-7778-9e01-9df6bee60c04")
	f.Add("019bef61-12a9-7778-9e01-9df6bee60c0")
	f.Fuzz(func(t *testing.T, s string) {
		u, err := uuid.Parse(s)
		if want := err == nil && u.String() == s; ValidID(s) != want {
			t.Fatalf("ValidID(%q) = %v, uuid says %v", s, !want, want)
		}
	})
}

// BenchmarkNewID: a new record's id (an import of rows without ids makes
// one a row).
//
//	go test -run XXX -bench NewID ./model/
func BenchmarkNewID(b *testing.B) {
	for b.Loop() {
		NewID()
	}
}

// TestNewIDsDistinctAndOrdered: ids made in a row are valid, all distinct,
// and sort as they were made (UUIDv7), with the randomness pool on.
func TestNewIDsDistinctAndOrdered(t *testing.T) {
	seen := map[string]bool{}
	prev := ""
	for range 10000 {
		id := NewID()
		if !ValidID(id) || seen[id] || id <= prev {
			t.Fatalf("id %q after %q: valid %v, seen %v", id, prev, ValidID(id), seen[id])
		}
		seen[id], prev = true, id
	}
}
