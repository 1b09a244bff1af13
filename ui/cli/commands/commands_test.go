package commands

import (
	"bytes"
	"errors"
	"flag"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/i18n"
)

// TestEveryCommandHasUsageInEveryLanguage walks the table: every command has
// its synopsis and summary, and every flag its text naming its value, in
// each language's own catalogue (not the English fallback).
func TestEveryCommandHasUsageInEveryLanguage(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range All() {
		if seen[c.Name] {
			t.Errorf("command %q is in the table twice", c.Name)
		}
		seen[c.Name] = true
		if c.Flags == nil {
			t.Errorf("%q: no Flags (nothing to run)", c.Name)
			continue
		}
		for _, lang := range model.Langs() {
			tr := i18n.New(lang)
			for _, part := range []string{"synopsis", "summary"} {
				if !i18n.HasIn(lang, c.key(part)) {
					t.Errorf("%s: %q has no %s (%s)", lang, c.Name, part, c.key(part))
				}
			}
			if syn := tr.T(c.key("synopsis")); c.Name != "" && !strings.HasPrefix(syn, c.Name) {
				t.Errorf("%s: %q's synopsis %q does not start with its name", lang, c.Name, syn)
			}
			c.FlagSet().VisitAll(func(f *flag.Flag) {
				if !i18n.HasIn(lang, f.Usage) {
					t.Errorf("%s: %s --%s: no text %q", lang, c.Name, f.Name, f.Usage)
					return
				}
				value, _ := FlagText(tr, f)
				_, isBool := f.Value.(interface{ IsBoolFlag() bool })
				if !isBool && !strings.Contains(tr.T(f.Usage), "`") {
					t.Errorf("%s: %s --%s: its text names no `value` (got %q)", lang, c.Name, f.Name, value)
				}
			})
		}
	}
	for _, want := range []string{"", "demo", "search", "import", "export", "check", "version", "hub", "help"} {
		if !seen[want] {
			t.Errorf("%q is missing from the table", want)
		}
	}
}

// TestHelpCommandInEveryLanguage: help COMMAND prints that command's usage
// (its synopsis, summary and every flag) for every command, in kk, ru, en.
func TestHelpCommandInEveryLanguage(t *testing.T) {
	help := Help().Flags(flag.NewFlagSet("help", flag.ContinueOnError))
	for _, lang := range model.Langs() {
		tr := i18n.New(lang)
		for _, c := range All() {
			var out bytes.Buffer
			if err := help(&Env{Tr: tr, Out: &out, Args: []string{c.Name}}); err != nil {
				t.Errorf("%s: help %q: %v", lang, c.Name, err)
				continue
			}
			got := out.String()
			for _, want := range []string{"frontoffice " + tr.T(c.key("synopsis")), strings.Split(tr.T(c.key("summary")), "\n")[0], tr.T("cli.usage.foot")} {
				if !strings.Contains(got, want) {
					t.Errorf("%s: help %q lacks %q:\n%s", lang, c.Name, want, got)
				}
			}
			c.FlagSet().VisitAll(func(f *flag.Flag) {
				_, text := FlagText(tr, f)
				if !strings.Contains(got, "--"+f.Name) || !strings.Contains(got, text) {
					t.Errorf("%s: help %q lacks --%s %q:\n%s", lang, c.Name, f.Name, text, got)
				}
			})
		}
	}
}

// TestHelpOverview: help alone lists every command in the table's order.
func TestHelpOverview(t *testing.T) {
	help := Help().Flags(flag.NewFlagSet("help", flag.ContinueOnError))
	for _, lang := range model.Langs() {
		tr := i18n.New(lang)
		var out bytes.Buffer
		if err := help(&Env{Tr: tr, Out: &out}); err != nil {
			t.Fatal(err)
		}
		at := 0
		for _, c := range All() {
			line := "  frontoffice " + tr.T(c.key("synopsis")) + "\n"
			i := strings.Index(out.String()[at:], line)
			if i < 0 {
				t.Errorf("%s: overview lacks %q in its place", lang, line)
				continue
			}
			at += i + len(line)
		}
	}
	var out bytes.Buffer
	var ue UsageError
	if err := help(&Env{Tr: i18n.New(model.EN), Out: &out, Args: []string{"serch"}}); !errors.As(err, &ue) || !strings.Contains(string(ue), `"search"`) {
		t.Errorf("help serch: %v, want a usage error suggesting search", err)
	}
	if err := help(&Env{Tr: i18n.New(model.EN), Out: &out, Args: []string{"demo", "search"}}); !errors.As(err, &ue) {
		t.Errorf("help with two commands: %v, want a usage error", err)
	}
}

func TestSuggest(t *testing.T) {
	for name, want := range map[string]string{
		"serch": "search", "SEARCH": "search", "imprt": "import", "exprot-csv": "export-csv",
		"improt-sheet": "import-sheet", "chek": "check", "verison": "version", "hlep": "help",
		"backups": "backup", "no-such-command": "", "frobnicate": "", "x": "", "": "",
	} {
		if got := Suggest(name); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", name, got, want)
		}
	}
	for _, lang := range model.Langs() {
		tr := i18n.New(lang)
		if got := Unknown(tr, "serch"); !strings.Contains(got, `"serch"`) || !strings.Contains(got, `"search"`) {
			t.Errorf("%s: %q names neither the typo nor the command", lang, got)
		}
		if got := Unknown(tr, "frobnicate"); strings.Contains(got, tr.T("cli.did_you_mean", "")[:4]) {
			t.Errorf("%s: %q suggests something far off", lang, got)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"abc", "", 3}, {"kitten", "sitting", 3}, {"серч", "сёрч", 1}, {"search", "search", 0}} {
		if got := distance(c.a, c.b); got != c.d {
			t.Errorf("distance(%q, %q) = %d, want %d", c.a, c.b, got, c.d)
		}
	}
}
