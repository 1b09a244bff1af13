package common

// BackHandler is a screen that uses esc itself right now, though nothing is
// capturing text: a card goes back to its list instead of the root going
// Home. The root gives esc to such a screen while HandlesBack is true; the
// other global keys (q, h, i, p, s, tab) keep working there.
type BackHandler interface {
	HandlesBack() bool
}
