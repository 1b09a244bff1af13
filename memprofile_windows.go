package main

// onSignal: Windows has no SIGUSR1; only the profile at the end is written.
func (p *memProfiler) onSignal() (unlisten func()) { return func() {} }
