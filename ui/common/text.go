package common

import (
	"fmt"
	"strings"
	"unicode"

	"frontoffice/model"

	"github.com/charmbracelet/x/ansi"
)

// Fit cuts every line of s to width cells and keeps at most height lines, so a
// screen never spills out of its area at 40×12. A cut line ends with "…".
func Fit(s string, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		lines[i] = Truncate(l, width)
	}
	return strings.Join(lines, "\n")
}

// TruncateLeft keeps the end of s within width cells ("…/data/frontoffice.db").
func TruncateLeft(s string, width int) string {
	if ansi.StringWidth(s) <= width {
		return s
	}
	if width <= 1 {
		return "…"
	}
	return "…" + ansi.TruncateLeft(s, ansi.StringWidth(s)-width+1, "")
}

// Sanitize removes control characters from text read from records before it is
// drawn, so an imported title cannot move the cursor or change colours.
func Sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return ' '
		}
		return r
	}, s)
}

// ProgressBar draws "████░░░░  42 %" in width columns for done of total
// (an empty bar while the total is not known yet).
func ProgressBar(done, total int64, width int) string {
	pct := 0
	if total > 0 {
		pct = int(min(100, done*100/total))
	}
	label := fmt.Sprintf(" %3d %%", pct)
	cells := max(1, width-len(label))
	full := cells * pct / 100
	return strings.Repeat("█", full) + strings.Repeat("░", cells-full) + label
}

// FormErrors are the lines saying why a form refuses a field (the field's
// name and why), wrapped to width, at most limit lines: the screens draw
// them above the form, where huh's own footer would be cut off.
func FormErrors(errs []error, width, limit int) []string {
	var out []string
	for _, e := range errs {
		for _, l := range strings.Split(ansi.Wrap(e.Error(), max(10, width), ""), "\n") {
			if len(out) < max(1, limit) {
				out = append(out, l)
			}
		}
	}
	return out
}

// KeepTogether makes the spaces of a short phrase non-breaking, so wrapping
// never leaves a number on one line and its unit on the next ("40 / мин").
func KeepTogether(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }

// KeepNumbersWhole joins the groups of a number written with spaces
// ("200 000 ₸") with non-breaking spaces, so wrapping a sentence never
// splits the number ("200 / 000 ₸"): a space between a digit and a digit,
// or between a digit and the tenge sign, does not break. Nor does one
// between a number and a unit of up to three letters ("0,1 с.", "5,7 КБ",
// "570 B"): "0,1" / "с." read as two things.
func KeepNumbersWhole(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	rs := []rune(s)
	digit := func(r rune) bool { return r >= '0' && r <= '9' }
	unit := func(i int) bool { // a word of 1 to 3 letters starts at i
		j := i
		for j < len(rs) && unicode.IsLetter(rs[j]) {
			j++
		}
		return j > i && j-i <= 3
	}
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == ' ' && digit(rs[i-1]) && (digit(rs[i+1]) || rs[i+1] == '₸' || unit(i+1)) {
			rs[i] = '\u00a0'
		}
	}
	return string(rs)
}

// FitParts is as many of the " · "-joined parts of s, from the first, as
// fit whole in width (a hint whose keys the help line lists too): "enter —
// выбрать · ctrl+n — без идеи", not "… · e…". The first alone is cut when
// even it does not fit.
func FitParts(s string, width int) string {
	parts := strings.Split(s, " · ")
	out := parts[0]
	if ansi.StringWidth(out) > width {
		return ansi.Truncate(out, width, "…")
	}
	for _, p := range parts[1:] {
		next := out + " · " + p
		if ansi.StringWidth(next) > width {
			break
		}
		out = next
	}
	return out
}

// WrapSpaces wraps plain text s to width w at its spaces only: a file's
// path or a date keeps its hyphens whole ("…-2026-" / "12-07.fob" is hard
// to read out or copy). A word wider than w is cut where the width ends.
func WrapSpaces(s string, w int) string {
	w = max(1, w)
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Split(para, " ") {
			switch {
			case line == "":
				line = word
			case ansi.StringWidth(line)+1+ansi.StringWidth(word) <= w:
				line += " " + word
			default:
				out = append(out, line)
				line = word
			}
			for ansi.StringWidth(line) > w { // a word wider than the line
				head := ansi.Truncate(line, w, "")
				// A path breaks after a folder's slash, else after a
				// hyphen, where it can: "bundles/" "demo-…-07-2.fob", not
				// "…-2026-12-0" "7-2.fob".
				if i := strings.LastIndex(head, "/"); i > 0 {
					head = head[:i+1]
				} else if i := strings.LastIndex(head, "-"); i > 0 {
					head = head[:i+1]
				}
				out = append(out, head)
				line = line[len(head):]
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// MarkedWindow is the rows [first, last) of n a list shows in room lines,
// placed by place (which keeps the cursor's row in), then placed again in
// what is left by a line for each mark of rows hidden above (first > 0)
// or below (last < n): a mark takes a row's line only where rows are
// hidden. Twice at most: a mark may bring another.
func MarkedWindow(room, n int, place func(rows int) (first, last int)) (first, last int) {
	first, last = place(room)
	for range 2 {
		marks := 0
		if first > 0 {
			marks++
		}
		if last < n {
			marks++
		}
		if marks == 0 || room-marks < 1 {
			break
		}
		first, last = place(room - marks)
	}
	return first, last
}

// Nested is text that goes inside «…» in a Kazakh or Russian sentence: its
// own «…» become „…“, as those languages nest quotes (««Кітапты…» кітап»
// read as a stray quote). English sentences quote with “…”: s as it is.
func (c *Common) Nested(s string) string {
	if c.Lang() == model.EN {
		return s
	}
	return strings.NewReplacer("«", "„", "»", "“").Replace(s)
}
