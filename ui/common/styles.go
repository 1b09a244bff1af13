package common

import (
	"github.com/charmbracelet/lipgloss"
)

// Styles is built once and shared; View only assembles strings with it.
type Styles struct {
	Header     lipgloss.Style
	Tab        lipgloss.Style
	ActiveTab  lipgloss.Style
	Status     lipgloss.Style
	StatusErr  lipgloss.Style
	Title      lipgloss.Style
	Label      lipgloss.Style
	Value      lipgloss.Style
	Muted      lipgloss.Style
	Key        lipgloss.Style
	Error      lipgloss.Style
	Box        lipgloss.Style
	HelpHeader lipgloss.Style
	Selected   lipgloss.Style // the row under the cursor
}

// NewStyles builds the styles. With plain set (TERM=dumb or NO_COLOR) nothing
// is coloured and emphasis is by text alone: the active tab is [in brackets].
func NewStyles(plain bool) *Styles {
	if plain {
		p := lipgloss.NewStyle()
		return &Styles{
			Header: p, Tab: p, ActiveTab: p.Transform(func(s string) string { return "[" + s + "]" }), Status: p, StatusErr: p,
			Title: p, Label: p, Value: p, Muted: p, Key: p, Error: p, Box: p, HelpHeader: p, Selected: p,
		}
	}
	accent := lipgloss.AdaptiveColor{Light: "#1A5FB4", Dark: "#62A0EA"}
	muted := lipgloss.AdaptiveColor{Light: "#6A6A6A", Dark: "#9A9A9A"}
	bad := lipgloss.AdaptiveColor{Light: "#C01C28", Dark: "#FF7B72"}
	return &Styles{
		Header:     lipgloss.NewStyle().Bold(true),
		Tab:        lipgloss.NewStyle().Foreground(muted),
		ActiveTab:  lipgloss.NewStyle().Bold(true).Foreground(accent).Underline(true),
		Status:     lipgloss.NewStyle().Foreground(muted),
		StatusErr:  lipgloss.NewStyle().Foreground(bad).Bold(true),
		Title:      lipgloss.NewStyle().Bold(true).Foreground(accent),
		Label:      lipgloss.NewStyle().Foreground(muted),
		Value:      lipgloss.NewStyle().Bold(true),
		Muted:      lipgloss.NewStyle().Foreground(muted),
		Key:        lipgloss.NewStyle().Bold(true).Foreground(accent),
		Error:      lipgloss.NewStyle().Foreground(bad),
		Box:        lipgloss.NewStyle(),
		HelpHeader: lipgloss.NewStyle().Bold(true),
		Selected:   lipgloss.NewStyle().Bold(true).Foreground(accent),
	}
}
