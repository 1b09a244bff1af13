package common

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// This file is every interface a screen has with the root (ui/app.go): the
// one each screen implements (Component) and the optional ones the root
// looks for with a type assertion, each answering one question the root
// asks before it handles a key or changes screens. A screen implements only
// those it needs; the table of screens is ui/screens.go.

// Component is the shape of every screen: a tea.Model that can be sized and can
// tell the help overlay which keys work right now.
type Component interface {
	tea.Model
	SetSize(width, height int)
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	// Capturing is true while a text field has focus: global keys are off then.
	Capturing() bool
	// Title is the screen's name in the current language, for the tab bar.
	Title() string
}

// BackHandler is a screen that uses esc itself right now, though nothing is
// capturing text: a card goes back to its list instead of the root going
// Home. The root gives esc to such a screen while HandlesBack is true; the
// other global keys (q, h, i, p, s, tab) keep working there.
type BackHandler interface {
	HandlesBack() bool
}

// KeyOwner is a screen whose own single keys win over the global ones right
// now, though it captures no text: the Desk's queue uses s (serve) and tab
// (back to its field) itself.
type KeyOwner interface {
	OwnsKey(tea.KeyMsg) bool
}

// Leaver is a screen that keeps something before the app quits: what it
// would have kept as its view closed (the application view's language).
// Leave runs on the event loop as the app quits and writes at once: no
// command runs after the quit.
type Leaver interface {
	Leave()
}

// HelpFree is a screen whose text field never takes "?", so "?" opens help
// there even while it captures the keys (the Desk's search-or-create field).
type HelpFree interface {
	HelpFree() bool
}

// HelpTitler is a screen whose help is titled by the view it shows (the
// application of an idea is not the Ideas list).
type HelpTitler interface {
	HelpTitle() string
}

// Shower is a screen that wants to know when it is shown: the Desk puts the
// cursor in its field, ready for the next visitor.
type Shower interface {
	Shown() tea.Cmd
}

// Returner is a screen that wants to know it is returned to from a card or
// a form it opened, rather than chosen afresh.
type Returner interface {
	Returned() tea.Cmd
}

// ConsultSubject is a screen that knows what a consultation would be about
// right now: the idea or person whose card is open, the visit under the
// queue's cursor. The root asks it when the consult key is pressed there, so
// one key logs a consultation from a card and opens the Consult screen
// elsewhere.
type ConsultSubject interface {
	ConsultSubject() (LogConsultationMsg, bool)
}

// HoursSubject is a screen that knows whose hours would be logged right now
// (the person whose card is open). The root asks it when the hours key is
// pressed there, as it asks a ConsultSubject for the consult key.
type HoursSubject interface {
	HoursSubject() (LogHoursMsg, bool)
}
