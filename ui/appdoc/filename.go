package appdoc

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// translit spells Kazakh and Russian letters in plain Latin for a file name.
var translit = map[rune]string{
	'а': "a", 'ә': "a", 'б': "b", 'в': "v", 'г': "g", 'ғ': "gh", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "i", 'к': "k", 'қ': "q", 'л': "l", 'м': "m", 'н': "n", 'ң': "ng", 'о': "o",
	'ө': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ұ': "u", 'ү': "u", 'ф': "f", 'х': "kh",
	'һ': "h", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'і': "i", 'ь': "", 'э': "e",
	'ю': "yu", 'я': "ya",
}

// maxNameLen bounds the title part of a file name, in bytes (all ASCII):
// the whole name stays far below Windows' 255 and its 260-character paths.
const maxNameLen = 60

// windowsReserved are the device names Windows refuses as a file name,
// with any extension.
var windowsReserved = map[string]bool{"CON": true, "PRN": true, "AUX": true, "NUL": true}

func init() {
	for n := 1; n <= 9; n++ {
		windowsReserved["COM"+strconv.Itoa(n)] = true
		windowsReserved["LPT"+strconv.Itoa(n)] = true
	}
}

// Latin writes s in plain ASCII for a file name: Kazakh and Russian letters
// transliterated (case kept), accents dropped, every run of anything else
// (spaces, punctuation, the characters Windows forbids: <>:"/\|?*) one
// hyphen; at most maxNameLen bytes, cut between words when it can be.
func Latin(s string) string {
	var b strings.Builder
	sep := false
	for _, r := range norm.NFC.String(s) {
		var out string
		lower := unicode.ToLower(r)
		switch t, ok := translit[lower]; {
		case ok:
			out = t
			if r != lower && t != "" { // Қ → Q, Ш → Sh
				out = strings.ToUpper(t[:1]) + t[1:]
			}
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			out = string(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			for _, d := range norm.NFD.String(string(r)) { // á → a; letters of other scripts are dropped
				if d < 0x80 && (unicode.IsLetter(d) || unicode.IsDigit(d)) {
					out += string(d)
				}
			}
		default:
			sep = b.Len() > 0
			continue
		}
		if out == "" {
			continue
		}
		if sep {
			b.WriteByte('-')
			sep = false
		}
		b.WriteString(out)
	}
	name := b.String()
	if len(name) > maxNameLen {
		cut := name[:maxNameLen]
		if at := strings.LastIndexByte(cut, '-'); at >= maxNameLen/2 {
			cut = cut[:at]
		}
		name = strings.TrimRight(cut, "-")
	}
	return name
}

// ApplicationFileName is an application's file name: its title in Latin
// letters and the day, "Taza-aula_2026-12-06.html"; safe on Windows (no
// reserved name or character, no trailing dot or space, bounded length).
// An idea with no title in Latin letters is "application".
func ApplicationFileName(title string, day time.Time, format string) string {
	base := Latin(title)
	if base == "" {
		base = "application"
	}
	if windowsReserved[strings.ToUpper(base)] {
		base += "-"
	}
	return base + "_" + day.Format("2006-01-02") + "." + format
}

// ideaMarkPrefix opens the line inside an application's file that names its
// idea (an HTML comment, unseen when printed or shown), so the file is found
// again by idea (a withdrawal erases it, a second idea of the same title on
// the same day gets a name of its own).
const ideaMarkPrefix = "<!-- frontoffice idea "

// ideaMark is the comment naming the idea.
func ideaMark(id string) string { return ideaMarkPrefix + clean(id) + " -->" }

// FileIdea is the idea a file written by this program names; "" when none.
func FileIdea(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	head, _ := io.ReadAll(io.LimitReader(f, 4<<20)) // applications are a few kilobytes
	at := bytes.LastIndex(head, []byte(ideaMarkPrefix))
	if at < 0 {
		return ""
	}
	rest := head[at+len(ideaMarkPrefix):]
	end := bytes.Index(rest, []byte(" -->"))
	if end < 0 {
		return ""
	}
	return string(rest[:end])
}

// ApplicationPath is where idea id's application goes in dir: its own file
// name, or with -2, -3 … when a file of that name names another idea inside
// (two ideas of one title on one day). A file of the idea's own, or one that
// names none (edited by hand), keeps its name, for the caller to replace or
// not (never without asking, DESIGN.md §4).
func ApplicationPath(dir, id, title string, day time.Time, format string) string {
	name := ApplicationFileName(title, day, format)
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	for n := 1; ; n++ {
		p := filepath.Join(dir, name)
		if _, err := os.Lstat(p); err != nil || n > 999 {
			return p
		}
		if other := FileIdea(p); other == "" || other == id {
			return p
		}
		name = stem + "-" + strconv.Itoa(n+1) + ext
	}
}
