package commands

import (
	"flag"
	"fmt"
	"runtime"

	"frontoffice/storage"
)

// Version prints the program's version, its store schema and Go's version.
func Version() Command {
	return Command{Name: "version", NoPath: true, Flags: func(*flag.FlagSet) Runner {
		return func(e *Env) error {
			fmt.Fprintf(e.Out, "frontoffice %s (schema %d, %s)\n", e.Version, storage.CurrentSchema(), runtime.Version())
			return nil
		}
	}}
}
