package csvio

import (
	"io"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
)

// fakeSheet is a sheet's rows as a workbook's row iterator hands them out:
// raw values, numbered rows, blank rows left out.
type fakeSheet struct {
	rows [][]string
	nums []int // each row's number; nil: 1, 2, 3…
	i    int
}

func (s *fakeSheet) Next() (int, []string, error) {
	if s.i >= len(s.rows) {
		return 0, nil, io.EOF
	}
	s.i++
	n := s.i
	if s.nums != nil {
		n = s.nums[s.i-1]
	}
	return n, s.rows[s.i-1], nil
}

func sheetOf(lines ...string) *fakeSheet {
	s := &fakeSheet{}
	for _, l := range lines {
		s.rows = append(s.rows, strings.Split(l, "|"))
	}
	return s
}

func parseSheet(t *testing.T, k Kind, s SheetRows, o Options) *Result {
	t.Helper()
	o.Now = now
	res, err := ParseSheet(k, s, o)
	if err != nil {
		t.Fatalf("ParseSheet: %v", err)
	}
	return res
}

// Cells Excel turned into numbers are read back as what they were when the
// value proves it: the IIN's check digit holds with its leading zero, a phone
// of 11 digits, a date kept as a day number, a whole year.
func TestSheetNumbersReadBack(t *testing.T) {
	iin := "061211600012" // born 11 December 2006: Excel keeps 61211600012
	res := parseSheet(t, People, sheetOf(
		"full_name|phone|iin|birth_year|organization|region|consent|consent_at",
		"Әлия Серікқызы|77015551234|61211600012|2006|Колледж|astana|1|46083",
		"Dana|87015551235||2000.0000000000002||karaganda|yes|02.03.2026",
		"Ерлан|7.7015551236E10|||||да|2026-03-02",
	), Options{})
	if len(res.Problems) != 0 {
		t.Fatalf("problems: %+v", res.Problems)
	}
	p := res.Rows[0].Record.(*model.Person)
	if p.IIN != iin || p.Phone != "+77015551234" || p.BirthYear != 2006 || p.ConsentAt != "2026-03-02" || !p.Consent {
		t.Errorf("row 2 read as %+v", p)
	}
	p = res.Rows[1].Record.(*model.Person)
	if p.Phone != "+77015551235" || p.BirthYear != 2000 || p.ConsentAt != "2026-03-02" {
		t.Errorf("row 3 read as %+v", p)
	}
	if p := res.Rows[2].Record.(*model.Person); p.Phone != "+77015551236" || p.ConsentAt != "2026-03-02" {
		t.Errorf("row 4 read as %+v", p)
	}
}

// A number that is no IIN with its zeros back stays as it is, and is refused
// as a bad IIN: nothing is guessed.
func TestSheetIINNotGuessed(t *testing.T) {
	res := parseSheet(t, People, sheetOf(
		"full_name|phone|iin|birth_year|organization|region|consent|consent_at",
		"Dana|87015551235|61211600013||||yes|",
	), Options{})
	expectProblems(t, res, want{2, "iin", model.ReasonBadIIN})
	if got := res.Problems[0].Value; got != "61211600013" {
		t.Errorf("the cell shown is %q", got)
	}
}

// Money and hours kept as numbers: a whole budget reads, a fraction of a
// tenge does not (whole tenge); hours with a fraction read, with the float
// noise of a spreadsheet rounded away.
func TestSheetMoneyAndHours(t *testing.T) {
	vol := &model.Person{FullName: "Dana", Phone: "+77015551235", Consent: true}
	vol.Kind, vol.ID = model.KindPerson, model.NewID()
	mem := newMem(vol)
	res := parseSheet(t, Ideas, sheetOf(
		"title|summary|direction|region|status|sdgs|applicant_phone|applicant_name|organization|budget_kzt",
		"Саябақ|Ағаш отырғызу|taza_alem|astana|draft|15|77015551235|||250000",
		"Кітапхана|Кітаптар|education|astana|draft|4||Dana||1042.5",
	), Options{Lookup: mem})
	expectProblems(t, res, want{3, "budget_kzt", model.ReasonBadNumber})
	if i := res.Rows[0].Record.(*model.Idea); i.BudgetKZT != 250000 || i.ApplicantID != vol.ID {
		t.Errorf("row 2 read as %+v", i)
	}
	res = parseSheet(t, Hours, sheetOf(
		"person_phone|date|hours|activity|idea_id|status|verified_by",
		"77015551235|46083|2.4999999999999996|Ағаш||pending|",
	), Options{Lookup: mem})
	if len(res.Problems) != 0 {
		t.Fatalf("problems: %+v", res.Problems)
	}
	if h := res.Rows[0].Record.(*model.Hours); h.Hours != 2.5 || h.Date != "2026-03-02" {
		t.Errorf("hours read as %+v", h)
	}
}

// A header labelled in any of the three languages is read through
// Options.Labels; rows shorter than the header are filled with empty cells,
// empty cells beyond it dropped, and messages name the sheet's own row.
func TestSheetLabelsAndRowNumbers(t *testing.T) {
	labels := map[string]string{}
	for label, col := range map[string]string{"Аты-жөні": "full_name", "Телефон": "phone", "ИИН": "iin",
		"Год рождения": "birth_year", "Organization": "organization", "Өңір": "region",
		"Согласие": "consent", "Consent date": "consent_at"} {
		labels[Fold(label)] = col
	}
	s := sheetOf(
		"Аты-жөні|Телефон|ИИН|Год рождения|Organization|Өңір|Согласие|Consent date||",
		"Dana|87015551235||||astana|иә",
		"Ерлан|87015551236|123||||иә||||",
	)
	s.nums = []int{1, 4, 9}
	res := parseSheet(t, People, s, Options{Labels: labels})
	expectProblems(t, res, want{9, "iin", model.ReasonBadIIN})
	if res.Count(Create) != 1 {
		t.Errorf("%d created, want 1", res.Count(Create))
	}
}

// A date with a time (created_at) kept as a number reads back to the second.
func TestSheetTimestamp(t *testing.T) {
	at := time.Date(2026, 1, 11, 8, 30, 15, 0, time.UTC)
	serial := at.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
	got := sheetCell("created_at", plainNumber(serial), false)
	if got != "2026-01-11T08:30:15Z" {
		t.Errorf("created_at %v read as %q", serial, got)
	}
	if got := sheetCell("created_at", "46083", false); got != "2026-03-02" {
		t.Errorf("a whole day read as %q", got)
	}
	if got := sheetCell("date", "44621", true); got != "2026-03-02" {
		t.Errorf("a 1904 workbook's day read as %q", got)
	}
	if got := sheetCell("title", "46083", false); got != "46083" {
		t.Errorf("a text column changed: %q", got)
	}
}

// A cell over the limit refuses the sheet at its row, as in a CSV file.
func TestSheetCellTooBig(t *testing.T) {
	res := parseSheet(t, People, sheetOf(
		"full_name|phone|iin|birth_year|organization|region|consent|consent_at",
		"Dana|87015551235|||"+strings.Repeat("я", MaxCellBytes)+"||yes|",
	), Options{})
	if !res.Refused || len(res.Problems) != 1 || res.Problems[0].Reason != ReasonCellTooBig ||
		res.Problems[0].Line != 2 || res.Problems[0].Column != "organization" {
		t.Fatalf("got %+v", res.Problems)
	}
}

// FuzzParseSheet feeds any sheet to ParseSheet as each importable kind: rows
// are the lines of the input, cells split at tabs, as a workbook's raw values
// would come. It must not panic; a refused sheet has no rows; nothing is
// dropped uncounted (every non-blank row after the header is good or bad);
// problems name rows of the sheet, in order; every good row holds a valid
// record. Corpus: testdata/fuzz/FuzzParseSheet.
func FuzzParseSheet(f *testing.F) {
	f.Add("full_name\tphone\tiin\tbirth_year\torganization\tregion\tconsent\tconsent_at\nDana\t87015551235\t61211600012\t2006\t\tastana\t1\t46083\n")
	f.Add("Аты-жөні\tТелефон\nDana\t77015551235\t\t\t\n\n\t\t\n")
	f.Add("title\tsummary\tdirection\tregion\tstatus\tsdgs\tapplicant_phone\tapplicant_name\torganization\tbudget_kzt\nA\tB\teducation\tastana\t\t4\t\tDana\t\t1042.5\n")
	f.Add("person_phone\tdate\thours\tactivity\tidea_id\tstatus\tverified_by\n87015551235\t46083.99999999\t2.4999999999999996\tx\t\t\t\n")
	labels := map[string]string{Fold("Аты-жөні"): "full_name", Fold("Телефон"): "phone"}
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Split(text, "\n")
		for _, k := range []Kind{People, Ideas, Hours} {
			s := &fakeSheet{}
			for _, l := range lines {
				s.rows = append(s.rows, strings.Split(l, "\t"))
			}
			res, err := ParseSheet(k, s, Options{Now: now, Labels: labels})
			if err != nil {
				t.Fatalf("%s: %v", k, err)
			}
			if res.Refused {
				if len(res.Rows) != 0 || len(res.Problems) == 0 {
					t.Fatalf("%s: a refused sheet has %d rows and problems %+v", k, len(res.Rows), res.Problems)
				}
				continue
			}
			nonBlank, header := 0, false
			for _, l := range lines {
				if blank(strings.Split(l, "\t")) {
					continue
				}
				if !header {
					header = true
					continue
				}
				nonBlank++
			}
			if got := res.Good() + res.BadRows; got != nonBlank {
				t.Fatalf("%s: %d good + %d bad rows, the sheet has %d", k, res.Good(), res.BadRows, nonBlank)
			}
			for i, p := range res.Problems {
				if p.Line < 1 || p.Line > len(lines) || (i > 0 && p.Line < res.Problems[i-1].Line) {
					t.Fatalf("%s: problem %+v out of place", k, p)
				}
			}
			for _, row := range res.Rows {
				if err := row.Record.Validate(); err != nil {
					t.Fatalf("%s: row %d holds an invalid record: %v", k, row.Line, err)
				}
			}
		}
	})
}
