package commands

import (
	"flag"
	"fmt"
)

// Help prints the overview of every command, or one command's usage (as
// COMMAND --help does).
func Help() Command {
	return Command{Name: "help", AtLeast: true, NoPath: true, Flags: func(*flag.FlagSet) Runner {
		return func(e *Env) error {
			switch len(e.Args) {
			case 0:
				fmt.Fprintln(e.Out, Overview(e.Tr))
				return nil
			case 1:
				c, ok := Lookup(e.Args[0])
				if !ok {
					return errUsage(Unknown(e.Tr, e.Args[0]))
				}
				fmt.Fprintln(e.Out, Usage(e.Tr, c))
				return nil
			}
			return errUsage(e.Tr.T("cli.bad_args", "help"))
		}
	}}
}
