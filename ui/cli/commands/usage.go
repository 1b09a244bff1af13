package commands

import (
	"flag"
	"io"
	"strings"
	"text/tabwriter"

	"frontoffice/ui/i18n"
)

// key is the i18n key of a command's text: "cmd.NAME.synopsis" (what to
// type after frontoffice) or "cmd.NAME.summary" (what it does); the app is
// "cmd.app".
func (c Command) key(part string) string {
	name := c.Name
	if name == "" {
		name = "app"
	}
	return "cmd." + name + "." + part
}

// FlagSet is a fresh set of the command's own flags (values unused).
func (c Command) FlagSet() *flag.FlagSet {
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if c.Flags != nil {
		c.Flags(fs)
	}
	return fs
}

// Overview is the usage of every command, in tr's language.
func Overview(tr *i18n.Translator) string {
	var b strings.Builder
	b.WriteString(tr.T("cli.usage.head"))
	b.WriteString("\n")
	for _, c := range All() {
		b.WriteString("  frontoffice " + tr.T(c.key("synopsis")) + "\n")
		for _, l := range strings.Split(tr.T(c.key("summary")), "\n") {
			b.WriteString("      " + l + "\n")
		}
	}
	b.WriteString("\n" + tr.T("cli.usage.foot"))
	return b.String()
}

// Usage is one command's usage: how to call it, what it does, and each of
// its flags with its default, in tr's language.
func Usage(tr *i18n.Translator, c Command) string {
	var b strings.Builder
	b.WriteString("frontoffice " + tr.T(c.key("synopsis")) + "\n")
	for _, l := range strings.Split(tr.T(c.key("summary")), "\n") {
		b.WriteString("    " + l + "\n")
	}
	if fs := c.FlagSet(); flagCount(fs) > 0 {
		b.WriteString("\n" + tr.T("cli.options") + "\n")
		tw := tabwriter.NewWriter(&b, 0, 0, 3, ' ', 0)
		fs.VisitAll(func(f *flag.Flag) {
			name, text := FlagText(tr, f)
			line := "  --" + f.Name
			if name != "" {
				line += " " + name
			}
			if d := f.DefValue; d != "" && d != "0" && d != "false" {
				text += " (" + tr.T("cli.flag_default", d) + ")"
			}
			io.WriteString(tw, line+"\t"+text+"\n")
		})
		tw.Flush()
	}
	b.WriteString("\n" + tr.T("cli.usage.foot"))
	return b.String()
}

func flagCount(fs *flag.FlagSet) int {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n
}

// FlagText is flag f's translated usage without its backquotes, and the
// name of its value: the word in backquotes ("" for a switch).
func FlagText(tr *i18n.Translator, f *flag.Flag) (value, text string) {
	return flag.UnquoteUsage(&flag.Flag{Name: f.Name, Usage: tr.T(f.Usage), Value: f.Value})
}

// Unknown says there is no command name, and names the nearest one when
// one is near enough to be a slip of the keyboard.
func Unknown(tr *i18n.Translator, name string) string {
	msg := tr.T("cli.unknown_command", name)
	if s := Suggest(name); s != "" {
		msg += " " + tr.T("cli.did_you_mean", s)
	}
	return msg
}

// Suggest is the command nearest to name in edit distance, "" when none is
// within a third of its length (at least 2 edits), or when name is empty.
func Suggest(name string) string {
	if name == "" {
		return ""
	}
	best, bestD := "", -1
	for _, c := range All() {
		if c.Name == "" {
			continue
		}
		if d := distance(strings.ToLower(name), c.Name); bestD < 0 || d < bestD {
			best, bestD = c.Name, d
		}
	}
	if bestD > max(2, len([]rune(name))/3) {
		return ""
	}
	return best
}

// distance is the Levenshtein edit distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
