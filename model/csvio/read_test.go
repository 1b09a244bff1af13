package csvio

import (
	"slices"
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

func TestBrokenQuoting(t *testing.T) {
	text := ideasHeader + rows(
		`,Good idea,"Two lines`,
		`of summary",bilim,astana,draft,4,,,,1000,,`,
		`,The "best" idea,Fine,bilim,astana,draft,4,,,,1000,,`,
		`,"Closed" badly,Fine,bilim,astana,draft,4,,,,1000,,`,
		`,Fine again,"Quoted ""inside"", fine",bilim,astana,draft,4,,,,1000,,`,
		`,Fine,"Two",bilim,astana,draft,4,,,Школа "Алтын",1000,,`,
		`,Fine,"Two ""quoted"" words"x,bilim,astana,draft,4,,,,1000,,`,
		`,"Never closed,Fine,bilim,astana,draft,4,,,,1000,,`,
		`,Swallowed by the open quote,,bilim,astana,draft,,,,,,,`)
	res := parse(t, Ideas, text, nil)
	// Each quoting problem names the line where its record starts and the cell.
	expectProblems(t, res,
		want{4, "title", ReasonBareQuote},
		want{5, "title", ReasonBadQuote},
		want{7, "organization", ReasonBareQuote},
		want{8, "summary", ReasonBadQuote},
		want{9, "title", ReasonBadQuote})
	var lines []int
	for _, r := range res.Rows {
		lines = append(lines, r.Line)
	}
	if !slices.Equal(lines, []int{2, 6}) {
		t.Errorf("good rows on lines %v, want [2 6]", lines)
	}
	if s := res.Rows[1].Record.(*model.Idea).Summary; s != `Quoted "inside", fine` {
		t.Errorf("doubled quotes read as %q", s)
	}
}

func TestQuoteField(t *testing.T) {
	for _, tc := range []struct {
		data  string
		start int
		want  int
	}{
		{"a,b\nx,y\"z,w\n", 2, 1},
		{"a,b\n\"x\ny\",\"z\"q\n", 2, 1},
		{"a,b\n\"x\ny\",\"z\"\r\n", 2, -1},
		{"a,b\nx,\"never", 2, 1},
		{"a,b\nx,y\n", 2, -1},
		{"a,b\n", 5, -1},
		{"\"a\"\"b\",c\"", 1, 1},
	} {
		if got := quoteField([]byte(tc.data), tc.start); got != tc.want {
			t.Errorf("quoteField(%q, %d) = %d, want %d", tc.data, tc.start, got, tc.want)
		}
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
