package commands

import (
	"flag"

	"frontoffice/ui/cli"
)

// Check checks the store, or confirms a certificate's verification code.
func Check() Command {
	return Command{Name: "check", Reads: true, Flags: func(fs *flag.FlagSet) Runner {
		var code string
		var codeSet bool
		fs.Func("code", "flag.check.code", func(v string) error {
			code, codeSet = v, true // an empty code is a wrong code, not a full check
			return nil
		})
		return func(e *Env) error {
			if codeSet {
				return quietly(cli.CheckCode(e.Store, e.Tr, code, e.Out))
			}
			return quietly(cli.Check(e.Store, e.Tr, e.Out))
		}
	}}
}
