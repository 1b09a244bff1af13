package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// stopSignal is the cause of a context ended by a signal.
type stopSignal struct{ sig os.Signal }

func (s stopSignal) Error() string { return "stopped by " + s.sig.String() }

// commandContext is the context a command's work runs under: for an
// interruptible command (commands.Command.Interruptible: it stops at a
// transaction boundary on Ctrl+C or SIGTERM, closes the store cleanly and
// says what was done and how to finish, exit 130 or 143), it ends at the first SIGINT or SIGTERM; a second
// one ends the program at once, as usual. release stops listening.
func commandContext(interruptible bool) (ctx context.Context, release func()) {
	if !interruptible {
		return context.Background(), func() {}
	}
	ctx, cancel := context.WithCancelCause(context.Background())
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			signal.Stop(ch) // the next one is the system's again
			cancel(stopSignal{sig})
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		close(done)
		cancel(nil)
	}
}

// Exit codes of work stopped by a signal: 128 + its number, as shells do.
const (
	exitInterrupted = 130 // SIGINT, Ctrl+C
	exitTerminated  = 143 // SIGTERM
)

// signalExit is the exit code of work stopped under ctx.
func signalExit(ctx context.Context) int {
	var s stopSignal
	if errors.As(context.Cause(ctx), &s) && s.sig == syscall.SIGTERM {
		return exitTerminated
	}
	return exitInterrupted
}
