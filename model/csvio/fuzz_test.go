package csvio

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"frontoffice/model"
)

// FuzzParse feeds any bytes to Parse as each importable kind. Parse must not
// panic; what it reports must hang together (a refused file has no rows,
// problems are in line order and name lines of the file); every good row must
// hold a valid record; a quoting problem must be pinned to a cell; and a good ideas or people row, written back the way
// export writes it, must read back as the same record.
//
// Seeds: every file of testdata/csv (the fixtures of the CLI tests) and the
// corpus in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "csv", "*.csv"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no seed files in testdata/csv: %v", err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(peopleHeader + ",A,87020008888,,2000,X,karaganda,yes,,,\n"))
	f.Add([]byte(ideasHeader + `,"multi` + "\r\n" + `line",x,bilim,astana,,,,,,,,` + "\n"))
	f.Add([]byte(hoursHeader + ",87020001122,2026-02-20,1.5,x,,,\n"))

	f.Fuzz(func(t *testing.T, data []byte) {
		lines := 1 + bytes.Count(data, []byte("\n"))
		for _, k := range []Kind{People, Ideas, Hours} {
			res, err := Parse(k, data, Options{Now: now})
			if err != nil {
				t.Fatalf("%s: Parse failed without a store: %v", k, err)
			}
			checkResult(t, k, res, lines)
			if !res.Refused {
				for _, p := range res.Problems {
					if p.Reason == ReasonBareQuote && p.Column == "" {
						t.Fatalf("%s: %s on line %d names no cell", k, p.Reason, p.Line)
					}
				}
			}
			if k == Hours {
				continue // every hours row needs a person, and the store is empty
			}
			for _, row := range res.Rows {
				roundTrip(t, k, row)
			}
		}
	})
}

// checkResult checks what must hold of any result.
func checkResult(t *testing.T, k Kind, res *Result, lines int) {
	t.Helper()
	if res.Refused && (len(res.Rows) != 0 || len(res.Problems) == 0) {
		t.Fatalf("%s: refused with %d rows and %d problems", k, len(res.Rows), len(res.Problems))
	}
	if res.BadRows > 0 && len(res.Problems) == 0 {
		t.Fatalf("%s: %d bad rows and no problem reported", k, res.BadRows)
	}
	last := 0
	for _, p := range res.Problems {
		if p.Reason == "" || p.Line < 0 || p.Line > lines || p.Line < last {
			t.Fatalf("%s: problem %+v (file of %d lines, previous line %d)", k, p, lines, last)
		}
		last = p.Line
	}
	last = 0
	for _, row := range res.Rows {
		if row.Line <= last || row.Line > lines {
			t.Fatalf("%s: good row on line %d after %d (file of %d lines)", k, row.Line, last, lines)
		}
		last = row.Line
		if row.Action != Create {
			t.Fatalf("%s: line %d: action %d in an empty store", k, row.Line, row.Action)
		}
		var err error
		if p, ok := row.Record.(*model.Person); ok {
			err = p.ValidateAt(now)
		} else {
			err = row.Record.Validate()
		}
		if err != nil {
			t.Fatalf("%s: line %d: good row holds an invalid record: %v", k, row.Line, err)
		}
	}
}

// roundTrip writes a good row as export would and reads it back.
func roundTrip(t *testing.T, k Kind, row Row) {
	t.Helper()
	var cells []string
	switch x := row.Record.(type) {
	case *model.Person:
		cells = PersonRow(x)
	case *model.Idea:
		cells = IdeaRow(x, "") // no applicant: the store is empty
	}
	var b bytes.Buffer
	w, err := NewWriter(&b, k)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(cells); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	again, err := Parse(k, b.Bytes(), Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Problems) != 0 || len(again.Rows) != 1 {
		t.Fatalf("%s: line %d written as %q reads back with problems %+v", k, row.Line, b.String(), again.Problems)
	}
	want, _ := json.Marshal(row.Record)
	got, _ := json.Marshal(again.Rows[0].Record)
	if !bytes.Equal(got, want) {
		t.Fatalf("%s: line %d does not read back the same:\n got %s\nwant %s\nfile %q", k, row.Line, got, want, b.String())
	}
}
