package csvio

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"frontoffice/model"
)

// The file-level problems: no row may be imported from such a file.

func TestEmptyFile(t *testing.T) {
	for name, text := range map[string]string{
		"0 bytes":     "",
		"only a BOM":  "\ufeff",
		"blank lines": "\ufeff\r\n\r\n  \n",
	} {
		res := parse(t, People, text, nil)
		if !res.Refused || len(res.Rows) != 0 {
			t.Errorf("%s: refused %v, %d rows", name, res.Refused, len(res.Rows))
		}
		expectProblems(t, res, want{0, "", ReasonEmptyFile})
	}
}

func TestHeaderOnlyIsNotAnError(t *testing.T) {
	res := parse(t, People, "\ufeff"+peopleHeader, nil)
	if res.Refused || len(res.Problems) != 0 || len(res.Rows) != 0 {
		t.Errorf("header only: %+v", res)
	}
}

func TestWrongEncoding(t *testing.T) {
	// A Windows-1251 file, as Excel saves "CSV" in a Russian locale: line 3
	// has «Ольга Петрова» and «да» in that encoding.
	cp1251 := peopleHeader + rows(
		",Fine Person,87020008888,,2000,X,karaganda,yes,,,",
		",\xce\xeb\xfc\xe3\xe0 \xcf\xe5\xf2\xf0\xee\xe2\xe0,87020006666,,1990,X,karaganda,\xe4\xe0,,,")
	res := parse(t, People, cp1251, nil)
	if !res.Refused || len(res.Rows) != 0 {
		t.Fatalf("a Windows-1251 file was read: %+v", res)
	}
	expectProblems(t, res, want{3, "", ReasonNotUTF8})
}

func TestMissingColumn(t *testing.T) {
	// No region column; the optional id, created_at and updated_at may be left out.
	res := parse(t, Ideas, rows(
		"title,summary,direction,status,sdgs,applicant_phone,applicant_name,organization,budget_kzt",
		"Good idea,Fine,bilim,draft,4,,,,1000"), nil)
	if !res.Refused {
		t.Fatal("a file without the region column was read")
	}
	expectProblems(t, res, want{1, "region", ReasonMissingColumn})
}

func TestUnknownAndRepeatedColumns(t *testing.T) {
	res := parse(t, People, rows(
		"\ufeffFull_Name, phone ,iin,birth_year,organization,region,consent,consent_at,colour,phone,",
		"A,87020008888,,2000,X,karaganda,yes,,red,,"), nil)
	if !res.Refused {
		t.Fatal("a header with unknown columns was read")
	}
	expectProblems(t, res,
		want{1, "colour", ReasonUnknownColumn},
		want{1, "phone", ReasonRepeatedColumn},
		want{1, "", ReasonEmptyColumnName})
	if p := res.Problems[0]; !slices.Contains(p.Allowed, "full_name") {
		t.Errorf("unknown column should list the real ones: %v", p.Allowed)
	}
	if p := res.Problems[2]; p.Got != 11 {
		t.Errorf("empty column name at position %d, want 11", p.Got)
	}
}

func TestColumnsInAnyOrder(t *testing.T) {
	res := parse(t, People, rows(
		"consent_at,consent,region,organization,birth_year,iin,phone,full_name",
		",yes,karaganda,X,2000,,87020008888,Reordered Person"), nil)
	if len(res.Problems) != 0 || len(res.Rows) != 1 {
		t.Fatalf("problems %+v", res.Problems)
	}
	if p := res.Rows[0].Record.(*model.Person); p.FullName != "Reordered Person" || p.Phone != "+77020008888" {
		t.Errorf("read %+v", p)
	}
}

func TestSemicolonSeparated(t *testing.T) {
	res := parse(t, People, "id;full_name;phone;iin;birth_year;organization;region;consent;consent_at\n;A;87020008888;;2000;X;karaganda;yes;\n", nil)
	if !res.Refused {
		t.Fatal("a semicolon-separated file was read")
	}
	expectProblems(t, res, want{1, "", ReasonSemicolons})
}

func TestColumnCount(t *testing.T) {
	res := parse(t, People, peopleHeader+rows(
		",Fine Person,87020008888,,2000,X,karaganda,yes,,,",
		",Short,87020007777,,2000",
		",Long,87020006666,,2000,X,karaganda,yes,,,,extra"), nil)
	expectProblems(t, res, want{3, "", ReasonColumnCount}, want{4, "", ReasonColumnCount})
	if p := res.Problems[0]; p.Got != 5 || p.Want != 11 {
		t.Errorf("line 3 has %d columns, header %d; want 5 and 11", p.Got, p.Want)
	}
	if len(res.Rows) != 1 || res.BadRows != 2 {
		t.Errorf("%d good rows, %d bad; want 1 and 2", len(res.Rows), res.BadRows)
	}
}

// A quote inside an unquoted cell moves no row's bounds: that row alone is
// refused, naming the cell, and the others are read.
func TestBareQuoteRefusesTheRow(t *testing.T) {
	text := ideasHeader + rows(
		`,Good idea,"Two lines`,
		`of summary",bilim,astana,draft,4,,,,1000,,`,
		`,The "best" idea,Fine,bilim,astana,draft,4,,,,1000,,`,
		`,Fine again,"Quoted ""inside"", fine",bilim,astana,draft,4,,,,1000,,`,
		`,Fine,"Two",bilim,astana,draft,4,,,Школа "Алтын",1000,,`,
		`,Last,Fine,bilim,astana,draft,4,,,,1000,,`)
	res := parse(t, Ideas, text, nil)
	expectProblems(t, res,
		want{4, "title", ReasonBareQuote},
		want{6, "organization", ReasonBareQuote})
	var lines []int
	for _, r := range res.Rows {
		lines = append(lines, r.Line)
	}
	if !slices.Equal(lines, []int{2, 5, 7}) || res.BadRows != 2 {
		t.Errorf("good rows on lines %v, %d bad; want [2 5 7] and 2", lines, res.BadRows)
	}
	if s := res.Rows[1].Record.(*model.Idea).Summary; s != `Quoted "inside", fine` {
		t.Errorf("doubled quotes read as %q", s)
	}
}

// A quoted cell never closed, or closed and followed by text, leaves no row
// after it that can be trusted: the whole file is refused at the line where
// the cell opened, and no row is read, whatever came before.
func TestBrokenQuotingRefusesTheFile(t *testing.T) {
	good := `,Fine,Fine,bilim,astana,draft,4,,,,1000,,`
	for name, tc := range map[string]struct {
		text      string
		want      want
		otherLine int
	}{
		"never closed": {rows(good, `,"Never closed,Fine,bilim,astana,draft,4,,,,1000,,`, good, good),
			want{3, "title", ReasonUnclosedQuote}, 0},
		"text after the closing quote": {rows(good, good, `,Fine,"Two ""quoted"" words"x,bilim,astana,draft,4,,,,1000,,`, good),
			want{4, "summary", ReasonBadQuote}, 4},
		"closed by a later row's quote": {rows(good, `,"Open,Fine,bilim,astana,draft,4,,,,1000,,`, good, `,"Quoted",x,bilim,astana,draft,4,,,,1000,,`, good),
			want{3, "title", ReasonBadQuote}, 5},
		"after a bad row": {rows(`,Bad,Fine,nope,astana,draft,4,,,,1000,,`, `,"Never closed`),
			want{3, "title", ReasonUnclosedQuote}, 0},
		"in the header": {"\"id,title\n" + good + "\n", want{1, "", ReasonUnclosedQuote}, 0},
	} {
		text := tc.text
		if name != "in the header" {
			text = ideasHeader + text
		}
		res := parse(t, Ideas, text, nil)
		if !res.Refused || len(res.Rows) != 0 || res.BadRows != 0 {
			t.Errorf("%s: refused %v, %d rows, %d bad", name, res.Refused, len(res.Rows), res.BadRows)
		}
		expectProblems(t, res, tc.want)
		if p := res.Problems[0]; p.OtherLine != tc.otherLine {
			t.Errorf("%s: closing quote on line %d, want %d", name, p.OtherLine, tc.otherLine)
		}
	}
}

// The case: an unclosed quote in row 2 of a 1 000-row file used to
// swallow the other 998 rows, and --skip-invalid then reported "1 skipped".
func TestUnclosedQuoteInABigFile(t *testing.T) {
	var b strings.Builder
	b.WriteString(peopleHeader)
	for i := range 1000 {
		name := fmt.Sprintf("Person %d", i)
		if i == 1 {
			name = `"Person 1`
		}
		fmt.Fprintf(&b, ",%s,8702%07d,,2000,X,karaganda,yes,,,\n", name, i)
	}
	res := parse(t, People, b.String(), nil)
	if !res.Refused || len(res.Rows) != 0 {
		t.Fatalf("refused %v with %d rows", res.Refused, len(res.Rows))
	}
	expectProblems(t, res, want{3, "full_name", ReasonUnclosedQuote})
}

// Files in another separator or encoding are refused at once, saying which.
func TestWrongSeparatorOrEncoding(t *testing.T) {
	tabbed := strings.ReplaceAll(peopleHeader+",A,87020008888,,2000,X,karaganda,yes,,,\n", ",", "\t")
	utf16 := func(s string, bigEndian, mark bool) string {
		var b []byte
		if mark {
			if bigEndian {
				b = append(b, 0xfe, 0xff)
			} else {
				b = append(b, 0xff, 0xfe)
			}
		}
		for _, r := range s { // the text is ASCII
			if bigEndian {
				b = append(b, 0, byte(r))
			} else {
				b = append(b, byte(r), 0)
			}
		}
		return string(b)
	}
	body := peopleHeader + ",A,87020008888,,2000,X,karaganda,yes,,,\n"
	for name, tc := range map[string]struct {
		text string
		want want
	}{
		"tabs":                {tabbed, want{1, "", ReasonTabs}},
		"tabs after a BOM":    {"\ufeff" + tabbed, want{1, "", ReasonTabs}},
		"semicolons":          {strings.ReplaceAll(body, ",", ";"), want{1, "", ReasonSemicolons}},
		"UTF-16 LE with BOM":  {utf16(body, false, true), want{1, "", ReasonUTF16}},
		"UTF-16 BE with BOM":  {utf16(body, true, true), want{1, "", ReasonUTF16}},
		"UTF-16 LE, no BOM":   {utf16(body, false, false), want{1, "", ReasonUTF16}},
		"a NUL byte on row 3": {body + ",B\x00,87020007777,,2000,X,karaganda,yes,,,\n", want{3, "", ReasonNULByte}},
		"not UTF-8 in a multi-line cell": {body + ",\"B\n\n\xce\xeb\",87020007777,,2000,X,karaganda,yes,,,\n",
			want{5, "", ReasonNotUTF8}},
	} {
		res := parse(t, People, tc.text, nil)
		if !res.Refused || len(res.Rows) != 0 {
			t.Errorf("%s: refused %v with %d rows", name, res.Refused, len(res.Rows))
		}
		expectProblems(t, res, tc.want)
	}
}

func TestBlankRowsAreSkipped(t *testing.T) {
	res := parse(t, People, peopleHeader+rows(
		",Fine Person,87020008888,,2000,X,karaganda,yes,,,",
		",,,,,,,,,,",
		"",
		",Second,87020007777,,2000,X,karaganda,yes,,,"), nil)
	if len(res.Problems) != 0 || len(res.Rows) != 2 || res.Rows[1].Line != 5 {
		t.Errorf("problems %+v, rows %+v", res.Problems, res.Rows)
	}
}
