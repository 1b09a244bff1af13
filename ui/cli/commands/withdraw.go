package commands

import (
	"errors"
	"flag"
	"strings"

	"frontoffice/ui/cli"
)

// Withdraw erases a person who withdrew their consent from every record.
func Withdraw() Command {
	// A phone typed with spaces and no quotes arrives in pieces.
	return Command{Name: "withdraw", Args: 1, AtLeast: true, Flags: func(*flag.FlagSet) Runner {
		return func(e *Env) error {
			err := cli.Withdraw(e.Store, e.Tr, strings.Join(e.Args, " "), e.Out, e.Errw)
			if errors.Is(err, cli.ErrUnknownPerson) || errors.Is(err, cli.ErrFilesLeft) {
				return ErrFailedQuietly
			}
			return err
		}
	}}
}
