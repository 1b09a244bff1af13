package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"
)

// TestWithBodyIsEncodeRecord: a record whose body a big import's reading
// encoded ahead (preBody) is stored as json.Marshal's bytes once the
// writer has stamped its envelope (withBody): demo records of every kind,
// empty ones, and envelopes and bodies with text encoding/json escapes.
func TestWithBodyIsEncodeRecord(t *testing.T) {
	n := 0
	check := func(r model.Record) {
		t.Helper()
		n++
		body := preBody(r)
		if body == nil {
			t.Fatalf("%s: no body made ahead", r.Env().Kind)
		}
		for _, stamp := range []func(*model.Envelope){
			func(*model.Envelope) {},
			func(e *model.Envelope) {
				e.ID, e.Rev, e.BaseRev, e.Origin, e.HLC = model.NewID(), 1, 0, model.NewID(), 1<<62+7
				e.UpdatedAt, e.UpdatedBy = time.Date(2026, 12, 7, 5, 0, 0, 123456789, time.UTC), "Әлия <\"&\">\u2028"
			},
			func(e *model.Envelope) { e.Deleted, e.UpdatedBy = true, "" },
		} {
			stamp(r.Env())
			want, werr := json.Marshal(r)
			got, err := withBody(r, body)
			if werr != nil || err != nil || !bytes.Equal(got, want) {
				t.Fatalf("%s: withBody = %s, %v\nwant %s, %v", r.Env().Kind, got, err, want, werr)
			}
		}
	}
	forEachSample(t, 11, check)
	check(&model.Person{Envelope: model.Envelope{Kind: model.KindPerson}, FullName: "<Ә & \"Б\">\u2028", Phone: "+77011234567"})
	check(&model.Idea{Envelope: model.Envelope{Kind: model.KindIdea, Deleted: true}, Title: "a\tb", SDGs: []model.SDG{4, 5}})
	if n < 60 {
		t.Fatalf("only %d records checked", n)
	}
}

// TestBigSaveStoresMarshalBytes: records saved through a copy of the store
// (SaveEach of more than SaveInOne) are stored as json.Marshal of the
// record they hold, with the bodies they were given: made ahead by the
// reading (the writer puts the body after the envelope it stamps) or by
// the writer alone.
func TestBigSaveStoresMarshalBytes(t *testing.T) {
	for _, all := range []bool{false, true} {
		t.Run(fmt.Sprint("prepareAll=", all), func(t *testing.T) {
			defer func(was bool) { prepareAll = was }(prepareAll)
			prepareAll = all
			bigSaveStoresMarshalBytes(t)
		})
	}
}

func bigSaveStoresMarshalBytes(t *testing.T) {
	defer SmallBatchesForTest(20, 16)()
	var given []model.Record
	err := demo.Generate(demo.Options{Ideas: 60, People: 60, Seed: 5, Now: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)}, func(r model.Record) error {
		switch r.(type) {
		case *model.Person, *model.Idea:
			r.Env().Rev, r.Env().HLC = 0, 0 // new here, as an import's rows
			given = append(given, r)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	bodies := map[string][]byte{} // id → the body as given
	for _, r := range given {
		bodies[r.Env().ID] = bodyOf(t, r)
	}
	path := filepath.Join(t.TempDir(), "store.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	created, _, err := s.SaveEach(context.Background(), func(yield func(model.Record) error) error {
		for _, r := range given {
			if err := yield(r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil || created != len(given) || created <= SaveInOne {
		t.Fatalf("created %d of %d: %v", created, len(given), err)
	}
	s.Close()
	raw := rawRecords(t, path)
	n := 0
	for key, v := range raw {
		var env model.Envelope
		if err := json.Unmarshal(v, &env); err != nil {
			t.Fatal(err)
		}
		want, ok := bodies[env.ID]
		if !ok {
			continue
		}
		n++
		r := model.New(env.Kind)
		if err := json.Unmarshal(v, r); err != nil {
			t.Fatal(err)
		}
		if again, _ := json.Marshal(r); !bytes.Equal(again, v) {
			t.Errorf("%s stored as %s\nnot json.Marshal's %s", key, v, again)
		}
		if got := bodyOf(t, r); !bytes.Equal(got, want) {
			t.Errorf("%s: body %s\nwant %s", key, got, want)
		}
	}
	if n != len(given) {
		t.Errorf("%d of the %d records found stored", n, len(given))
	}
}

// bodyOf is r's JSON with an empty envelope.
func bodyOf(t *testing.T, r model.Record) []byte {
	t.Helper()
	c := model.New(r.Env().Kind)
	b, err := json.Marshal(r)
	if err == nil {
		err = json.Unmarshal(b, c)
	}
	if err != nil {
		t.Fatal(err)
	}
	*c.Env() = model.Envelope{}
	out, _ := json.Marshal(c)
	return out
}
