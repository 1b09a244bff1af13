package storage

import (
	"encoding/json"
	"reflect"
	"strconv"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"
)

// TestPickFieldsMatchesDecode: the report's field picker reads every demo
// record exactly as encoding/json decodes it, and records with awkward text
// (escaped quotes, backslashes at the end of a string, nested brackets in
// strings, escapes in codes) too.
func TestPickFieldsMatchesDecode(t *testing.T) {
	var recs []model.Record
	err := demo.Generate(demo.Options{Ideas: 300, People: 300, Seed: 7, Origin: model.NewID()}, func(r model.Record) error {
		recs = append(recs, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	odd := model.New(model.KindConsultation).(*model.Consultation)
	odd.ID, odd.Date, odd.PersonID, odd.Origin = model.NewID(), "2026-02-01", model.NewID(), `of\"fice`
	odd.Notes = `he said "go\" {[` + "\\"
	odd.NextSteps = `\\\"}]},"date":"1999-01-01"`
	odd.Services = []model.Service{"methodology", `fu"nds\use`}
	recs = append(recs, odd)
	oddIdea := model.New(model.KindIdea).(*model.Idea)
	oddIdea.ID, oddIdea.Title, oddIdea.Region, oddIdea.Status = model.NewID(), `"x": "y" \`, `kara\nganda`, "draft"
	oddIdea.Deleted, oddIdea.CreatedAt = true, time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)
	oddIdea.SDGs = []model.SDG{1, 17}
	recs = append(recs, oddIdea)

	for _, r := range recs {
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var got, want any
		switch r.Env().Kind {
		case model.KindPerson:
			p, w := &reportPerson{}, r.(*model.Person)
			err, got = pickFields(data, p.keys(), p.set), p
			want = &reportPerson{reportEnvelope{ID: w.ID, Deleted: w.Deleted, Origin: w.Origin}, w.Region, w.CreatedAt, w.UpdatedAt}
		case model.KindIdea:
			x, w := &reportIdea{}, r.(*model.Idea)
			err, got = pickFields(data, x.keys(), x.set), x
			want = &reportIdea{reportEnvelope{ID: w.ID, Deleted: w.Deleted, Origin: w.Origin}, w.Direction, w.Region, w.Status, w.ArchivedFrom, w.SDGs, w.TargetGroups, w.CreatedAt, w.UpdatedAt}
		case model.KindConsultation:
			c, w := &reportConsultation{}, r.(*model.Consultation)
			err, got = pickFields(data, c.keys(), c.set), c
			want = &reportConsultation{reportEnvelope{ID: w.ID, Deleted: w.Deleted, Origin: w.Origin}, w.Date, w.Services, w.PersonID, w.IdeaID}
		case model.KindHours:
			h, w := &reportHours{}, r.(*model.Hours)
			err, got = pickFields(data, h.keys(), h.set), h
			want = &reportHours{reportEnvelope{ID: w.ID, Deleted: w.Deleted, Origin: w.Origin}, w.PersonID, w.IdeaID, w.Date, w.Hours, w.Status}
		default:
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v\n%s", r.Env().Kind, err, data)
		}
		// Times compare by instant (the decoded ones carry no monotonic reading).
		if !reflect.DeepEqual(normalise(got), normalise(want)) {
			t.Fatalf("%s:\n got %+v\nwant %+v\n%s", r.Env().Kind, got, want, data)
		}
	}
}

func normalise(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestPickFieldsRefusesBrokenJSON: what is not a JSON object is an error.
func TestPickFieldsRefusesBrokenJSON(t *testing.T) {
	set := func(int, []byte) error { return nil }
	for _, s := range []string{``, `[]`, `{`, `{"a"}`, `{"a":}`, `{"a":"x`, `{"a":1 "b":2}`, `{"a":[1,2}`, `{"a":"\"}`} {
		if err := pickFields([]byte(s), []string{"a"}, set); err == nil {
			t.Errorf("%q: no error", s)
		}
	}
	var got []string
	if err := pickFields([]byte(` { "b" : {"a":1} , "a" : [ "x" ] } `), []string{"a"}, func(_ int, raw []byte) error {
		got = append(got, string(raw))
		return nil
	}); err != nil || len(got) != 1 || got[0] != `[ "x" ]` {
		t.Errorf("spaces and a nested a: %v %q", err, got)
	}
}

// TestOriginCache: origins read through the cache are the ones encoding/json
// reads, escapes included, also once the cache is full.
func TestOriginCache(t *testing.T) {
	c := &originCache{}
	for i := range maxOrigins + 10 {
		for _, want := range []string{"0190aaaa-0000-7000-8000-000000000001", `of"fice\`, "офис", string(rune('a'+i%26)) + strconv.Itoa(i)} {
			raw, _ := json.Marshal(want)
			for range 2 { // met anew, then as the last one
				var got string
				if err := c.set(&got, raw); err != nil || got != want {
					t.Fatalf("set(%s) = %q, %v; want %q", raw, got, err, want)
				}
			}
		}
	}
	if len(c.seen) > maxOrigins {
		t.Errorf("cache grew to %d", len(c.seen))
	}
	var got string
	if err := c.set(&got, []byte(`"broken`)); err == nil {
		t.Errorf("a broken string read as %q", got)
	}
}
