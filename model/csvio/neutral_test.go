package csvio

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"frontoffice/model"
)

// payloads reads testdata/csv_injection.txt: OWASP's CSV-injection payloads
// and the issue's, one Go-quoted string a line.
func payloads(t testing.TB) []string {
	t.Helper()
	f, err := os.Open("testdata/csv_injection.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p, err := strconv.Unquote(line)
		if err != nil {
			t.Fatalf("csv_injection.txt:%d: %v", n, err)
		}
		out = append(out, p)
	}
	if len(out) < 30 {
		t.Fatalf("only %d payloads", len(out))
	}
	return out
}

// evaluates is a spreadsheet's view of a cell, written apart from the code it
// checks: Excel, LibreOffice and Google Sheets evaluate a cell that begins
// with = + - @ (after spaces too; the full-width signs in some locales) and
// treat a leading tab or line break as the start of another cell.
func evaluates(cell string) bool {
	if cell != "" && strings.ContainsRune("\t\r\n", rune(cell[0])) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(cell, unicode.IsSpace))
	return strings.ContainsRune("=+-@＝＋－＠", r)
}

// safe reports whether no part of cell, split where a comma or a semicolon
// locale would split it, would be evaluated.
func safe(cell string) bool {
	for _, part := range strings.Split(cell, ";") {
		if evaluates(part) {
			return false
		}
	}
	return true
}

func TestNeutralizePayloads(t *testing.T) {
	for _, p := range payloads(t) {
		n := Neutralize(p)
		if !safe(n) {
			t.Errorf("%q is written as %q, which a spreadsheet evaluates", p, n)
		}
		if back := Unneutralize(n); back != p {
			t.Errorf("%q is written as %q and read back as %q", p, n, back)
		}
	}
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "'=1+1": "''=1+1", "'x": "'x", "Ltd;=cmd": "Ltd;'=cmd", "4;15": "4;15",
		"Мадина": "Мадина", "+77020001122": "'+77020001122", "2026-02-13": "2026-02-13",
	} {
		if got := Neutralize(in); got != want {
			t.Errorf("Neutralize(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzNeutralize: for any text, what is written is safe and reads back the same.
func FuzzNeutralize(f *testing.F) {
	for _, p := range payloads(f) {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Neutralize(s)
		if !safe(n) {
			t.Fatalf("%q is written as %q, which a spreadsheet evaluates", s, n)
		}
		if back := Unneutralize(n); back != s {
			t.Fatalf("%q is written as %q and read back as %q", s, n, back)
		}
	})
}

// TestWriterNeutralisesTextOnly: every text cell of every file is safe, the
// number columns keep their sign, and import reads the texts back.
func TestWriterNeutralisesTextOnly(t *testing.T) {
	for _, p := range payloads(t) {
		i := idea(p)
		i.Summary, i.ApplicantName, i.Organization = p, p, p
		i.BudgetKZT = -5000 // refused by Validate, but the writer must not touch it
		h := &model.Hours{Hours: -1.5, Activity: p, VerifiedBy: p}
		c := model.New(model.KindConsultation).(*model.Consultation)
		c.DurationMin, c.Consultant, c.Notes, c.NextSteps = -45, p, p, p
		for k, row := range map[Kind][]string{
			Ideas: IdeaRow(i, ""), Hours: HoursRow(h, p), Consultations: ConsultationRow(c, p),
		} {
			cells := readBack(t, writeFile(t, k, row))
			for n, col := range Header(k) {
				switch col {
				case "budget_kzt", "hours", "duration_min":
					if !strings.HasPrefix(cells[n], "-") {
						t.Errorf("%s: number column %s written as %q", k, col, cells[n])
					}
				default:
					if !safe(cells[n]) {
						t.Errorf("%s: column %s written as %q", k, col, cells[n])
					}
				}
			}
		}
		if strings.ContainsAny(p, "\t\r\n") {
			continue // the model refuses control characters in stored text
		}
		i.BudgetKZT = 5000
		res := parse(t, Ideas, writeFile(t, Ideas, IdeaRow(i, "")), nil)
		if len(res.Problems) != 0 || len(res.Rows) != 1 {
			t.Errorf("%q: problems %+v", p, res.Problems)
			continue
		}
		got := res.Rows[0].Record.(*model.Idea)
		// Import trims every cell; a neutralised one keeps the spaces inside
		// its mark, so even " =1+1" comes back as it was.
		if got.Title != p || got.Summary != p || got.ApplicantName != p || got.Organization != p {
			t.Errorf("%q read back as %q, %q, %q, %q", p, got.Title, got.Summary, got.ApplicantName, got.Organization)
		}
	}
}

// readBack reads the single row of a written file as a spreadsheet would
// split it (RFC 4180), after the byte-order mark and the header.
func readBack(t *testing.T, data string) []string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader([]byte(strings.TrimPrefix(data, "\ufeff")))).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("written file %q: %v", data, err)
	}
	return rows[1]
}

// FuzzUnneutralizeOnePart: a cell of one part (no ";") is read as the
// part-by-part reading reads it, whatever it holds.
func FuzzUnneutralizeOnePart(f *testing.F) {
	for _, s := range []string{"'+77011234567", "+77011234567", "''=1", "'abc", "=1", "'", "'' =x", "'\t1", "a;'=b"} {
		f.Add(s)
	}
	for _, p := range payloads(f) {
		f.Add(p)
		f.Add("'" + p)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Unneutralize(s), unneutralizeParts(s); got != want {
			t.Fatalf("Unneutralize(%q) = %q, part by part %q", s, got, want)
		}
	})
}
