package csvio

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"frontoffice/model"
)

// FuzzParse feeds any bytes to Parse as each importable kind. Parse must not
// panic; what it reports must hang together (a refused file has no rows and
// names a line within the file, problems are in line order); nothing may be
// dropped without being counted (every non-blank row after the header is a
// good row or a bad one); every good row must hold a valid record; a bare
// quote is pinned to a cell; and a good ideas or people row, written back the
// way export writes it, must read back as the same record.
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
	f.Add([]byte(peopleHeader + ",'=1+1,'+77020008888,,2000,\"Ltd;'=cmd|' /C calc'!A0\",karaganda,yes,,,\n"))

	f.Fuzz(func(t *testing.T, data []byte) {
		lines := 1 + bytes.Count(data, []byte("\n"))
		for _, k := range []Kind{People, Ideas, Hours} {
			res, err := Parse(k, data, Options{Now: now})
			if err != nil {
				t.Fatalf("%s: Parse failed without a store: %v", k, err)
			}
			checkResult(t, k, res, lines)
			if res.Refused {
				for _, p := range res.Problems {
					if (p.Line < 1 || p.Line > lines) && p.Reason != ReasonEmptyFile {
						t.Fatalf("%s: file refused for %s on line %d, outside its %d lines", k, p.Reason, p.Line, lines)
					}
				}
				continue
			}
			for _, p := range res.Problems {
				if p.Reason == ReasonBareQuote && p.Column == "" {
					t.Fatalf("%s: %s on line %d names no cell", k, p.Reason, p.Line)
				}
			}
			if n := dataRows(t, data); len(res.Rows)+res.BadRows != n {
				t.Fatalf("%s: %d good rows and %d bad of %d in the file", k, len(res.Rows), res.BadRows, n)
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

// dataRows counts the rows after the header that are not blank, as the
// scanner splits a file it accepts.
func dataRows(t *testing.T, data []byte) int {
	t.Helper()
	sc, err := newScanner(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("an accepted file fails to scan: %v", err)
	}
	n, header := 0, false
	for {
		rec, err := sc.next()
		if err == io.EOF {
			return n
		}
		if err != nil {
			t.Fatalf("an accepted file fails to scan: %v", err)
		}
		switch {
		case blank(rec.cells):
		case !header:
			header = true
		default:
			n++
		}
	}
}

// FuzzScan checks the scanner against encoding/csv (strict RFC 4180): a file
// the scanner reads whole, without a bare quote, is read by encoding/csv as
// the same records starting on the same lines; a file it refuses is refused
// at a line within the file. Seeds: testdata/fuzz/FuzzScan.
func FuzzScan(f *testing.F) {
	f.Add([]byte("a,b\r\n\"c\r\nd\",\"e\"\"f\"\r\n\r\n"))
	f.Fuzz(checkScan)
}

// checkScan is FuzzScan's check of one file.
func checkScan(t *testing.T, data []byte) {
	{
		lines := 1 + bytes.Count(data, []byte("\n"))
		var got [][]string
		var starts []int
		sc, err := newScanner(bytes.NewReader(data))
		bare := false
		for err == nil {
			var rec record
			rec, err = sc.next()
			if err == nil {
				got = append(got, rec.cells)
				starts = append(starts, rec.line)
				bare = bare || rec.bareQuote >= 0
				if rec.more > 0 {
					return // past the cells kept: nothing to compare
				}
			}
		}
		var b *broken
		if errors.As(err, &b) {
			if b.p.Line < 1 || b.p.Line > lines || (b.p.OtherLine != 0 && (b.p.OtherLine < b.p.Line || b.p.OtherLine > lines)) {
				t.Fatalf("refused for %s on line %d (other %d), outside the file's %d lines", b.p.Reason, b.p.Line, b.p.OtherLine, lines)
			}
			return
		}
		if err != io.EOF {
			t.Fatalf("scan: %v", err)
		}
		if bare {
			return // encoding/csv refuses the row; the scanner reports it alone
		}
		r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, bom)))
		r.FieldsPerRecord = -1
		for i := 0; ; i++ {
			want, err := r.Read()
			if err == io.EOF {
				if i != len(got) {
					t.Fatalf("scanner read %d records, encoding/csv %d", len(got), i)
				}
				return
			}
			if err != nil {
				t.Fatalf("scanner read the file, encoding/csv refuses record %d: %v", i+1, err)
			}
			if i >= len(got) {
				t.Fatalf("encoding/csv reads more than the scanner's %d records", len(got))
			}
			cells := make([]string, len(got[i]))
			for n, c := range got[i] {
				cells[n] = strings.ReplaceAll(c, "\r\n", "\n")
			}
			if !slices.Equal(cells, want) {
				t.Fatalf("record %d: scanner %q, encoding/csv %q", i+1, cells, want)
			}
			if line, _ := r.FieldPos(0); line != starts[i] {
				t.Fatalf("record %d starts on line %d, encoding/csv says %d", i+1, starts[i], line)
			}
		}
	}
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
