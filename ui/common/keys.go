package common

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
)

// layoutTwin maps a key on the English layout to the letter the same physical
// key types in the Russian/Kazakh ЙЦУКЕН layout (DOMAIN.md §9), so every letter
// hotkey works whichever layout the consultant has on.
var layoutTwin = map[string]string{
	"q": "й", "w": "ц", "e": "у", "r": "к", "t": "е", "y": "н", "u": "г", "i": "ш",
	"o": "щ", "p": "з", "[": "х", "]": "ъ", "a": "ф", "s": "ы", "d": "в", "f": "а",
	"g": "п", "h": "р", "j": "о", "k": "л", "l": "д", ";": "ж", "'": "э", "z": "я",
	"x": "ч", "c": "с", "v": "м", "b": "и", "n": "т", "m": "ь", ",": "б", ".": "ю",
}

// Twin returns the ЙЦУКЕН letter on the same key as k, "" when there is none.
func Twin(k string) string { return layoutTwin[k] }

// Bind makes a binding for keys, adding each letter's ЙЦУКЕН twin (upper case
// too), with help text shown as the first key and desc.
func Bind(desc string, keys ...string) key.Binding {
	all := append([]string(nil), keys...)
	for _, k := range keys {
		if t, ok := layoutTwin[k]; ok {
			all = append(all, t)
		} else if t, ok := layoutTwin[strings.ToLower(k)]; ok && len(k) == 1 {
			all = append(all, strings.ToUpper(t)) // K (move up) and Л
		}
	}
	return key.NewBinding(key.WithKeys(all...), key.WithHelp(keys[0], desc))
}

// BindHelp is Bind with the key shown in help given separately (e.g. "?/F1").
func BindHelp(shown, desc string, keys ...string) key.Binding {
	b := Bind(desc, keys...)
	b.SetHelp(shown, desc)
	return b
}

// The answers to a yes/no question are not made with Bind: «н», the twin of
// y, would answer yes. confirm.go holds the answer keys of every question.
