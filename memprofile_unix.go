//go:build !windows

package main

import (
	"os"
	"os/signal"
	"syscall"
)

// onSignal writes a numbered profile at each SIGUSR1 until unlisten.
func (p *memProfiler) onSignal() (unlisten func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGUSR1)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ch:
				p.next()
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
