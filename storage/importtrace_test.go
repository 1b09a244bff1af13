package storage

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"
)

// TestImportTraceSaysWhereTimeWent: with FRONTOFFICE_IMPORT_TRACE set, a
// bundle's merge prints once, at its end, the time of each of its steps —
// the end's too when merged into a copy — and nothing of the records;
// without it, nothing.
func TestImportTraceSaysWhereTimeWent(t *testing.T) {
	var out bytes.Buffer
	defer func(w io.Writer) { importTraceOut = w }(importTraceOut)
	importTraceOut = &out
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	a, rs, src := demoOffice(t, now, demo.Options{Ideas: 400, People: 400, Seed: 7})
	var names []string
	for _, r := range rs {
		if p, ok := r.(*model.Person); ok {
			names = append(names, p.FullName, p.Phone)
		}
	}
	b, err := OpenWith(filepath.Join(t.TempDir(), "b.db"), Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	imp := func() string {
		t.Helper()
		out.Reset()
		if _, err := b.ImportBundle(context.Background(), src, nil, ImportOptions{Trust: true}, nil); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	if got := imp(); got != "" {
		t.Fatalf("traced without FRONTOFFICE_IMPORT_TRACE:\n%s", got)
	}
	t.Setenv("FRONTOFFICE_IMPORT_TRACE", "1")
	b2, err := OpenWith(filepath.Join(t.TempDir(), "b2.db"), Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer b2.Close()
	b = b2 // a new store: the bundle merged into a copy (sync_onepass.go)
	into := imp()
	b = a // a store holding it all: merged in the store, batch by batch
	again := imp()
	for _, c := range []struct {
		name, got string
		steps     []string
	}{
		{"into a copy", into, []string{"the writer's transactions", "bbolt's commits", "the writer waiting for a batch", "the end: index entries", "all of it"}},
		{"into the store", again, []string{"the writer's transactions", "bbolt's commits", "all of it"}},
	} {
		for _, s := range c.steps {
			if strings.Count(c.got, s) != 1 {
				t.Errorf("%s: %q printed %d times, want once:\n%s", c.name, s, strings.Count(c.got, s), c.got)
			}
		}
		for _, n := range names {
			if n != "" && strings.Contains(c.got, n) {
				t.Fatalf("%s: the trace holds %q:\n%s", c.name, n, c.got)
			}
		}
	}
	if strings.Contains(again, "the end:") {
		t.Errorf("into the store: the copy's end is traced:\n%s", again)
	}
	t.Logf("into a copy:\n%s", into)
}

// import-csv's and import-sheet's way (SaveEach through a copy) is traced
// too, step by step, with no data.
func TestSaveEachTraceSaysWhereTimeWent(t *testing.T) {
	var out bytes.Buffer
	defer func(w io.Writer) { importTraceOut = w }(importTraceOut)
	importTraceOut = &out
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	var rs []model.Record
	var names []string
	demo.Generate(demo.Options{Ideas: 300, People: 300, Seed: 7, Now: now}, func(r model.Record) error {
		if p, ok := r.(*model.Person); ok {
			rs = append(rs, r)
			names = append(names, p.FullName, p.Phone)
		}
		return nil
	})
	save := func() string {
		t.Helper()
		s, err := OpenWith(filepath.Join(t.TempDir(), "s.db"), Options{Now: func() time.Time { return now }})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		out.Reset()
		created, _, err := s.SaveEachCheckedMany(context.Background(), func(yield func(model.Record) error) error {
			for _, r := range rs {
				if err := yield(r); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil || created != len(rs) {
			t.Fatalf("saved %d of %d: %v", created, len(rs), err)
		}
		return out.String()
	}
	if got := save(); got != "" {
		t.Fatalf("traced without FRONTOFFICE_IMPORT_TRACE:\n%s", got)
	}
	t.Setenv("FRONTOFFICE_IMPORT_TRACE", "1")
	got := save()
	for _, s := range []string{"the writer's transactions", "the writer waiting for its first batch",
		"the end: index entries", "the end: sync", "the end: rename", "all of it"} {
		if strings.Count(got, s) != 1 {
			t.Errorf("%q printed %d times, want once:\n%s", s, strings.Count(got, s), got)
		}
	}
	for _, n := range names {
		if n != "" && strings.Contains(got, n) {
			t.Fatalf("the trace holds %q:\n%s", n, got)
		}
	}
	t.Logf("\n%s", got)
}
