package main

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/cli/commands"
	"frontoffice/ui/i18n"
)

// TestHelpCommandLine: help, help COMMAND and COMMAND --help print usage on
// standard output with exit 0, for every command of the table in every
// language; nothing is opened (no --db, no store made).
func TestHelpCommandLine(t *testing.T) {
	t.Setenv("FRONTOFFICE_DB", "/nonexistent/never-made.db")
	for _, lang := range model.Langs() {
		tr := i18n.New(lang)
		code, out, errs := runCLI(t, "help", "--lang", string(lang))
		if code != 0 || errs != "" || !strings.Contains(out, commands.Overview(tr)) {
			t.Errorf("%s: help: exit %d, stderr %q, overview missing", lang, code, errs)
		}
		for _, c := range commands.All() {
			if c.Name == "" {
				continue
			}
			want := commands.Usage(tr, c)
			for _, args := range [][]string{{"help", c.Name, "--lang", string(lang)}, {c.Name, "--help", "--lang", string(lang)}, {"--lang", string(lang), c.Name, "-h"}} {
				code, out, errs := runCLI(t, args...)
				if code != 0 || errs != "" || out != want+"\n" {
					t.Errorf("%v: exit %d, stderr %q, stdout:\n%s\nwant:\n%s", args, code, errs, out, want)
				}
			}
		}
	}
}

// TestUnknownCommandSuggests: a slip of the keyboard is named with the
// nearest command (exit 2), in the person's language; far-off names are not.
func TestUnknownCommandSuggests(t *testing.T) {
	for lang, want := range map[string]string{"en": `Did you mean "search"?`, "ru": `Может быть, "search"?`, "kk": `Мүмкін, "search"?`} {
		code, out, errs := runCLI(t, "--lang", lang, "serch", "taza")
		if code != 2 || out != "" || !strings.Contains(errs, `"serch"`) || !strings.Contains(errs, want) {
			t.Errorf("%s: serch: exit %d, stdout %q, stderr %q", lang, code, out, errs)
		}
	}
	if code, _, errs := runCLI(t, "help", "exprot"); code != 2 || !strings.Contains(errs, `"export"`) {
		t.Errorf("help exprot: exit %d, %q", code, errs)
	}
	if code, _, errs := runCLI(t, "frobnicate"); code != 2 || strings.Contains(errs, "Did you mean") {
		t.Errorf("frobnicate: exit %d, %q", code, errs)
	}
}

// TestUsageErrorShowsTheCommandsUsage: a mistake in calling a command is
// followed by that command's usage, not the whole overview (exit 2).
func TestUsageErrorShowsTheCommandsUsage(t *testing.T) {
	db := newEmptyStore(t)
	tr := i18n.New(model.EN)
	backup, _ := commands.Lookup("backup")
	code, _, errs := runCLI(t, "backup", "--db", db, "--lang", "en")
	if code != 2 || !strings.Contains(errs, tr.T("cli.need_out")) || !strings.Contains(errs, commands.Usage(tr, backup)) {
		t.Errorf("backup without --out: exit %d, %q", code, errs)
	}
}
