package model

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// code is what every string code type offers.
type code interface {
	~string
	Valid() bool
	Label(Lang) string
}

// codeSpec describes one code type for the table-driven tests below.
type codeSpec struct {
	name  string
	want  int                         // expected number of values
	codes []string                    // every value, in display order
	valid func(string) bool           // T(s).Valid()
	label func(string, Lang) string   // T(s).Label(lang)
	parse func(string) (string, bool) // the Parse function, or the table's parse for types without one
}

func specOf[T code](name string, want int, all []T, parse func(string) (T, bool)) codeSpec {
	codes := make([]string, len(all))
	for i, c := range all {
		codes[i] = string(c)
	}
	return codeSpec{
		name:  name,
		want:  want,
		codes: codes,
		valid: func(s string) bool { return T(s).Valid() },
		label: func(s string, l Lang) string { return T(s).Label(l) },
		parse: func(s string) (string, bool) {
			c, ok := parse(s)
			return string(c), ok
		},
	}
}

func codeSpecs() []codeSpec {
	return []codeSpec{
		specOf("Direction", 8, Directions(), ParseDirection),
		specOf("Region", 20, Regions(), ParseRegion),
		specOf("IdeaStatus", 9, IdeaStatuses(), ParseIdeaStatus),
		specOf("Service", 6, Services(), ParseService),
		specOf("Purpose", 8, Purposes(), purposes.parse),
		specOf("TargetGroup", 8, TargetGroups(), ParseTargetGroup),
		specOf("ConsentMethod", 3, ConsentMethods(), consentMethods.parse),
		specOf("VisitState", 4, VisitStates(), visitStates.parse),
		specOf("HoursStatus", 3, HoursStatuses(), ParseHoursStatus),
	}
}

var codeRE = regexp.MustCompile(`^[a-z][a-z_]*[a-z]$`)

func TestCodeListsAndLabels(t *testing.T) {
	for _, sp := range codeSpecs() {
		t.Run(sp.name, func(t *testing.T) {
			if len(sp.codes) != sp.want {
				t.Fatalf("%d values, want %d: %v", len(sp.codes), sp.want, sp.codes)
			}
			seen := map[string]bool{}
			for _, c := range sp.codes {
				if !codeRE.MatchString(c) {
					t.Errorf("code %q is not lower-case snake_case", c)
				}
				if seen[c] {
					t.Errorf("code %q listed twice", c)
				}
				seen[c] = true
				if !sp.valid(c) {
					t.Errorf("listed code %q is not Valid", c)
				}
				for _, l := range Langs() {
					lab := sp.label(c, l)
					switch {
					case lab == "":
						t.Errorf("%s %q has no %s label", sp.name, c, l)
					case strings.TrimSpace(lab) != lab:
						t.Errorf("%s %q %s label %q has surrounding spaces", sp.name, c, l, lab)
					case HasControl(lab, false):
						t.Errorf("%s %q %s label %q has control characters", sp.name, c, l, lab)
					}
				}
				if sp.label(c, KK) == sp.label(c, EN) && sp.label(c, RU) == sp.label(c, EN) {
					t.Errorf("%s %q has the same label in every language: %q", sp.name, c, sp.label(c, EN))
				}
			}
			for _, bad := range []string{"", "x", "Other", sp.codes[0] + "_x", " " + sp.codes[0], strings.ToUpper(sp.codes[0])} {
				if sp.valid(bad) {
					t.Errorf("%s(%q).Valid() = true", sp.name, bad)
				}
			}
			// An unknown code shows as itself rather than as nothing.
			if got := sp.label("no_such_code", RU); got != "no_such_code" {
				t.Errorf("label of unknown code = %q, want the code itself", got)
			}
		})
	}
}

func TestCodeListsAreCopies(t *testing.T) {
	d := Directions()
	d[0] = "changed"
	if Directions()[0] == "changed" {
		t.Fatal("Directions() returns the table's own slice; callers can change it")
	}
	r := Regions()
	r[0] = "changed"
	if Regions()[0] == "changed" {
		t.Fatal("Regions() returns the table's own slice")
	}
}

func TestParseCodes(t *testing.T) {
	for _, sp := range codeSpecs() {
		t.Run(sp.name, func(t *testing.T) {
			for _, c := range sp.codes {
				inputs := []string{
					c,
					strings.ToUpper(c),
					"  " + c + "\t",
				}
				for _, l := range Langs() {
					lab := sp.label(c, l)
					inputs = append(inputs,
						lab,
						strings.ToUpper(lab),
						strings.ToLower(lab),
						" \t"+lab+" \n",
						"  "+strings.ToUpper(lab)+"  ",
					)
				}
				for _, in := range inputs {
					got, ok := sp.parse(in)
					if !ok || got != c {
						t.Errorf("parse(%q) = %q, %v; want %q, true", in, got, ok, c)
					}
				}
			}
			junk := []string{
				"", "   ", "junk", "\x1b[31m", sp.codes[0] + "_x", "x" + sp.codes[0],
				sp.codes[0][:1] + " " + sp.codes[0][1:], "0", "-", "*",
				sp.label(sp.codes[0], EN) + ".", dropLastRune(sp.label(sp.codes[0], RU)),
				sp.label(sp.codes[0], KK) + " " + sp.label(sp.codes[0], KK),
			}
			for _, in := range junk {
				if got, ok := sp.parse(in); ok {
					t.Errorf("parse(%q) = %q, true; want refusal", in, got)
				} else if got != "" {
					t.Errorf("parse(%q) refused but returned %q, want the zero value", in, got)
				}
			}
		})
	}
}

// TestLabelsUnambiguous: within one code type, no label (ignoring case) names
// two different values, or parsing a label could pick the wrong one.
func TestLabelsUnambiguous(t *testing.T) {
	for _, sp := range codeSpecs() {
		t.Run(sp.name, func(t *testing.T) {
			owner := map[string]string{}
			for _, c := range sp.codes {
				names := []string{c}
				for _, l := range Langs() {
					names = append(names, sp.label(c, l))
				}
				for _, n := range names {
					k := strings.ToLower(n)
					if o, ok := owner[k]; ok && o != c {
						t.Errorf("%q names both %q and %q", n, o, c)
					}
					owner[k] = c
				}
			}
		})
	}
}

// TestRegionsMatchDomain checks the regions against DOMAIN.md §4, row by row.
func TestRegionsMatchDomain(t *testing.T) {
	want := []struct{ code, en, kk, ru string }{
		{"abai", "Abai", "Абай облысы", "область Абай"},
		{"akmola", "Akmola", "Ақмола облысы", "Акмолинская область"},
		{"aktobe", "Aktobe", "Ақтөбе облысы", "Актюбинская область"},
		{"almaty_region", "Almaty Region", "Алматы облысы", "Алматинская область"},
		{"atyrau", "Atyrau", "Атырау облысы", "Атырауская область"},
		{"east_kazakhstan", "East Kazakhstan", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область"},
		{"jambyl", "Jambyl", "Жамбыл облысы", "Жамбылская область"},
		{"jetisu", "Jetisu", "Жетісу облысы", "область Жетісу"},
		{"karaganda", "Karaganda", "Қарағанды облысы", "Карагандинская область"},
		{"kostanay", "Kostanay", "Қостанай облысы", "Костанайская область"},
		{"kyzylorda", "Kyzylorda", "Қызылорда облысы", "Кызылординская область"},
		{"mangystau", "Mangystau", "Маңғыстау облысы", "Мангистауская область"},
		{"north_kazakhstan", "North Kazakhstan", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область"},
		{"pavlodar", "Pavlodar", "Павлодар облысы", "Павлодарская область"},
		{"turkistan", "Turkistan", "Түркістан облысы", "Туркестанская область"},
		{"ulytau", "Ulytau", "Ұлытау облысы", "область Ұлытау"},
		{"west_kazakhstan", "West Kazakhstan", "Батыс Қазақстан облысы", "Западно-Казахстанская область"},
		{"astana", "Astana (city)", "Астана қаласы", "город Астана"},
		{"almaty", "Almaty (city)", "Алматы қаласы", "город Алматы"},
		{"shymkent", "Shymkent (city)", "Шымкент қаласы", "город Шымкент"},
	}
	got := Regions()
	if len(got) != len(want) {
		t.Fatalf("%d regions, want %d", len(got), len(want))
	}
	for i, w := range want {
		r := got[i]
		if string(r) != w.code {
			t.Errorf("region %d = %q, want %q", i, r, w.code)
			continue
		}
		if r.Label(EN) != w.en || r.Label(KK) != w.kk || r.Label(RU) != w.ru {
			t.Errorf("%s labels = %q/%q/%q, want %q/%q/%q", r,
				r.Label(EN), r.Label(KK), r.Label(RU), w.en, w.kk, w.ru)
		}
	}
	// The two Almatys are different places and must not be confused.
	if r, ok := ParseRegion("Алматы облысы"); !ok || r != "almaty_region" {
		t.Errorf(`ParseRegion("Алматы облысы") = %q, %v`, r, ok)
	}
	if r, ok := ParseRegion("город алматы"); !ok || r != "almaty" {
		t.Errorf(`ParseRegion("город алматы") = %q, %v`, r, ok)
	}
	// "Almaty" is the city's code, read case-insensitively like every code.
	if r, ok := ParseRegion("Almaty"); !ok || r != "almaty" {
		t.Errorf(`ParseRegion("Almaty") = %q, %v; want the city`, r, ok)
	}
}

func TestDirections(t *testing.T) {
	want := []Direction{"bilim", "qamqor", "umit", "sabaqtastyq", "taza_alem", "saulyq", "asyl_mura", "other"}
	if got := Directions(); !slices.Equal(got, want) {
		t.Fatalf("Directions() = %v, want %v", got, want)
	}
	if d, ok := ParseDirection("ТАЗА ӘЛЕМ"); !ok || d != "taza_alem" {
		t.Errorf(`ParseDirection("ТАЗА ӘЛЕМ") = %q, %v`, d, ok)
	}
	if d, ok := ParseDirection("другое"); !ok || d != "other" {
		t.Errorf(`ParseDirection("другое") = %q, %v`, d, ok)
	}
}

func TestPurposesExtendServices(t *testing.T) {
	ps := Purposes()
	ss := Services()
	if len(ps) != len(ss)+2 {
		t.Fatalf("%d purposes, want the %d services plus 2", len(ps), len(ss))
	}
	for i, s := range ss {
		p := ps[i]
		if string(p) != string(s) {
			t.Errorf("purpose %d = %q, want service %q", i, p, s)
		}
		for _, l := range Langs() {
			if p.Label(l) != s.Label(l) {
				t.Errorf("purpose %q %s label %q differs from the service's %q", p, l, p.Label(l), s.Label(l))
			}
		}
	}
	if ps[len(ps)-2] != PurposeVolunteer || ps[len(ps)-1] != PurposeOther {
		t.Errorf("last purposes = %v, want volunteer_registration, other", ps[len(ps)-2:])
	}
}

func TestSDGs(t *testing.T) {
	en := []string{"", "No Poverty", "Zero Hunger", "Good Health and Well-being", "Quality Education",
		"Gender Equality", "Clean Water and Sanitation", "Affordable and Clean Energy",
		"Decent Work and Economic Growth", "Industry, Innovation and Infrastructure",
		"Reduced Inequalities", "Sustainable Cities and Communities",
		"Responsible Consumption and Production", "Climate Action", "Life Below Water",
		"Life on Land", "Peace, Justice and Strong Institutions", "Partnerships for the Goals"}
	ru := []string{"", "Ликвидация нищеты", "Ликвидация голода", "Хорошее здоровье и благополучие",
		"Качественное образование", "Гендерное равенство", "Чистая вода и санитария",
		"Недорогостоящая и чистая энергия", "Достойная работа и экономический рост",
		"Индустриализация, инновации и инфраструктура", "Уменьшение неравенства",
		"Устойчивые города и населенные пункты", "Ответственное потребление и производство",
		"Борьба с изменением климата", "Сохранение морских экосистем", "Сохранение экосистем суши",
		"Мир, правосудие и эффективные институты", "Партнерство в интересах устойчивого развития"}
	gs := SDGs()
	if len(gs) != 17 {
		t.Fatalf("%d SDGs, want 17", len(gs))
	}
	kk := map[string]bool{}
	for i, g := range gs {
		if int(g) != i+1 {
			t.Errorf("SDGs()[%d] = %d, want %d", i, g, i+1)
		}
		if !g.Valid() {
			t.Errorf("SDG %d not Valid", g)
		}
		for _, l := range Langs() {
			if g.Label(l) == "" {
				t.Errorf("SDG %d has no %s label", g, l)
			}
		}
		if g.Label(EN) != en[g] {
			t.Errorf("SDG %d en = %q, want %q", g, g.Label(EN), en[g])
		}
		if g.Label(RU) != ru[g] {
			t.Errorf("SDG %d ru = %q, want %q", g, g.Label(RU), ru[g])
		}
		if kk[g.Label(KK)] {
			t.Errorf("SDG %d kk label %q used twice", g, g.Label(KK))
		}
		kk[g.Label(KK)] = true
	}
	for _, g := range []SDG{0, 18, -1, 100} {
		if g.Valid() {
			t.Errorf("SDG(%d).Valid() = true", g)
		}
		for _, l := range Langs() {
			if got := g.Label(l); got != "" {
				t.Errorf("SDG(%d).Label(%s) = %q, want empty", g, l, got)
			}
		}
	}
}

func TestParseLang(t *testing.T) {
	tests := []struct {
		in   string
		want Lang
		ok   bool
	}{
		{"ru_RU.UTF-8", RU, true},
		{"ru", RU, true},
		{"RU", RU, true},
		{"kk_KZ", KK, true},
		{"kk_KZ.UTF-8", KK, true},
		{"kk", KK, true},
		{"en", EN, true},
		{"en_US.UTF-8", EN, true},
		{"en_GB", EN, true},
		{" ru_RU ", RU, true},
		{"", EN, false},
		{"   ", EN, false},
		{"C", EN, false},
		{"C.UTF-8", EN, false},
		{"POSIX", EN, false},
		{"de_DE.UTF-8", EN, false},
		{"k", EN, false},
		{"қаз", EN, false},
	}
	for _, tt := range tests {
		got, ok := ParseLang(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseLang(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLangsAndLabelFallback(t *testing.T) {
	if got := Langs(); !slices.Equal(got, []Lang{KK, RU, EN}) {
		t.Errorf("Langs() = %v", got)
	}
	full := Label{KK: "қаз", RU: "рус", EN: "eng"}
	enOnly := Label{EN: "eng"}
	tests := []struct {
		l    Label
		lang Lang
		want string
	}{
		{full, KK, "қаз"},
		{full, RU, "рус"},
		{full, EN, "eng"},
		{full, "de", "eng"},
		{enOnly, KK, "eng"},
		{enOnly, RU, "eng"},
		{enOnly, EN, "eng"},
		{Label{}, KK, ""},
	}
	for _, tt := range tests {
		if got := tt.l.In(tt.lang); got != tt.want {
			t.Errorf("%+v.In(%q) = %q, want %q", tt.l, tt.lang, got, tt.want)
		}
	}
}

func dropLastRune(s string) string {
	r := []rune(s)
	return string(r[:len(r)-1])
}
