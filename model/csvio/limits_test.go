package csvio

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
)

// endless is a file that begins with head and then repeats fill for ever
// (up to max bytes, so a failing test cannot run away), counting what was
// read from it: a huge file without a byte of it on disk.
type endless struct {
	head     string
	fill     string
	read     int64
	max      int64
	fillFrom int
}

func (e *endless) Read(p []byte) (int, error) {
	if e.read >= e.max {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && e.read < e.max {
		var src string
		if e.read < int64(len(e.head)) {
			src = e.head[e.read:]
		} else {
			off := (e.read - int64(len(e.head))) % int64(len(e.fill))
			src = e.fill[off:]
		}
		if rest := e.max - e.read; int64(len(src)) > rest {
			src = src[:rest]
		}
		c := copy(p[n:], src)
		n += c
		e.read += int64(c)
	}
	return n, nil
}

// TestHugeCellStopsEarly: a 400 MB cell (the case took 3 GB) is
// refused at its line after reading little more than the 64 KiB limit, and
// memory stays flat.
func TestHugeCellStopsEarly(t *testing.T) {
	for name, tc := range map[string]struct {
		head, fill string
		want       want
	}{
		"unquoted":                 {peopleHeader + ",Fine,87020008888,,2000,X,karaganda,yes,,,\n,", "a", want{3, "full_name", ReasonCellTooBig}},
		"quoted, on one line":      {peopleHeader + `,"`, "ab", want{2, "full_name", ReasonCellTooBig}},
		"quoted, over many lines":  {peopleHeader + `,x,"`, "line\r\n", want{2, "phone", ReasonQuotedTooBig}},
		"many cells in one row":    {peopleHeader + ",", strings.Repeat("b", 60<<10) + ",", want{2, "", ReasonRowTooBig}},
		"in the header":            {"id,", "c", want{1, "", ReasonCellTooBig}},
		"blank lines for ever":     {peopleHeader, "\r\n", want{}},
		"empty cells on one line":  {peopleHeader + ",A", ",", want{2, "", ReasonRowTooBig}},
		"short rows for ever":      {peopleHeader, ",\n", want{}},
		"spaces above the header":  {"", " ", want{1, "", ReasonCellTooBig}},
		"after a UTF-8 BOM":        {"\ufeff" + ideasHeader + `,"`, "ж", want{2, "title", ReasonCellTooBig}},
		"rows of quotes in a cell": {hoursHeader + `"`, `""`, want{2, "id", ReasonCellTooBig}},
	} {
		size := int64(400 << 20)
		if name == "blank lines for ever" || name == "short rows for ever" {
			size = 1 << 20 // read to the end: small for the test's time under -race
		}
		src := &endless{head: tc.head, fill: tc.fill, max: size}
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		res, err := ParseReader(People, src, Options{Now: now})
		if name == "after a UTF-8 BOM" {
			src = &endless{head: tc.head, fill: tc.fill, max: size}
			res, err = ParseReader(Ideas, src, Options{Now: now})
		} else if name == "rows of quotes in a cell" {
			src = &endless{head: tc.head, fill: tc.fill, max: size}
			res, err = ParseReader(Hours, src, Options{Now: now})
		}
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if name == "blank lines for ever" {
			// Nothing to hold: the whole file is read, in constant memory.
			if res.Refused || len(res.Rows) != 0 || src.read != size {
				t.Errorf("%s: %+v after %d bytes", name, res.Problems, src.read)
			}
		} else if name == "short rows for ever" {
			// Every row is blank (two empty cells): read to the end, none kept.
			if res.Refused || len(res.Problems) != 0 || src.read != size {
				t.Errorf("%s: %d problems after %d bytes", name, len(res.Problems), src.read)
			}
		} else {
			if !res.Refused || len(res.Rows) != 0 {
				t.Errorf("%s: refused %v with %d rows", name, res.Refused, len(res.Rows))
			}
			expectProblems(t, res, tc.want)
			if src.read > 2*MaxRowBytes {
				t.Errorf("%s: read %d bytes of the file before refusing it", name, src.read)
			}
		}
		// A refused file: what was allocated in all (not just what is live),
		// with a generous bound of 16 times the row limit, against the
		// issue's 3 GB. A file read to the end: what is still held.
		got := after.TotalAlloc - before.TotalAlloc
		if !res.Refused {
			runtime.GC()
			runtime.ReadMemStats(&after)
			got = uint64(max(0, int64(after.HeapAlloc)-int64(before.HeapAlloc)))
			runtime.KeepAlive(res)
		}
		if got > 16*MaxRowBytes {
			t.Errorf("%s: %d MB allocated", name, got>>20)
		}
	}
}

// TestLimitsAreInclusive: a cell of exactly 64 KiB is read.
func TestLimitsAreInclusive(t *testing.T) {
	long := strings.Repeat("ж", MaxCellBytes/2) // 2 bytes each
	res := parse(t, Ideas, ideasHeader+`,"`+long+`",x,bilim,astana,draft,4,,,,1000,,`+"\n", nil)
	if res.Refused {
		t.Fatalf("a 64 KiB cell was refused: %+v", res.Problems)
	}
	res = parse(t, Ideas, ideasHeader+`,"`+long+`x",x,bilim,astana,draft,4,,,,1000,,`+"\n", nil)
	expectProblems(t, res, want{2, "title", ReasonCellTooBig})
}

// TestReadErrorIsNotAProblemOfTheFile: a failing disk is an error, not a
// refusal that would blame the file's content.
func TestReadErrorIsNotAProblemOfTheFile(t *testing.T) {
	broken := io.MultiReader(strings.NewReader(peopleHeader), iotestErr{})
	_, err := ParseReader(People, broken, Options{Now: now})
	var re *ReadError
	if !errors.As(err, &re) || re.Err.Error() != "input/output error" {
		t.Errorf("err %v, want a *ReadError", err)
	}
}

type iotestErr struct{}

func (iotestErr) Read([]byte) (int, error) { return 0, errors.New("input/output error") }

// BenchmarkParsePeople: reading a 20 000-row people.csv (no store: every row
// is new). DESIGN.md §7 asks 50 000 records/s of an import.
func BenchmarkParsePeople(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("\ufeff" + peopleHeader)
	for i := range 20000 {
		fmt.Fprintf(&sb, ",\"Салпенова Мадина %d\",+7702%07d,,1990,\"Колледж \"\"Болашақ\"\", Қарағанды\",karaganda,yes,2026-02-01,2026-01-10T08:15:30Z,\r\n", i, i)
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		res, err := Parse(People, data, Options{Now: now})
		if err != nil || len(res.Rows) != 20000 {
			b.Fatalf("%v, %d rows, %+v", err, len(res.Rows), res.Problems[:min(3, len(res.Problems))])
		}
	}
	b.ReportMetric(float64(20000*b.N)/b.Elapsed().Seconds(), "rows/s")
}
