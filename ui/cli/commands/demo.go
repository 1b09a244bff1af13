package commands

import (
	"flag"
	"time"

	"frontoffice/ui/cli"
)

// Demo fills the store with sample data.
func Demo() Command {
	return Command{Name: "demo", Interruptible: true, Flags: func(fs *flag.FlagSet) Runner {
		var o cli.DemoOptions
		fs.IntVar(&o.Ideas, "ideas", 1000, "flag.demo.ideas")
		fs.IntVar(&o.People, "people", 1000, "flag.demo.people")
		fs.Int64Var(&o.Seed, "seed", 1, "flag.demo.seed")
		return func(e *Env) error {
			if o.Ideas < 0 || o.People < 0 {
				return errUsage(e.Tr.T("cli.negative_count"))
			}
			// Noon today: the same seed gives the same data all day long,
			// with dates that still look recent.
			// Never after the present: a morning's demo would otherwise have
			// visitors arriving and records changed later today.
			y, mo, d := time.Now().Date()
			now := time.Date(y, mo, d, 12, 0, 0, 0, time.Local)
			if t := time.Now().Add(-time.Minute); t.Before(now) {
				now = t
			}
			o.Ctx, o.Errw = e.Ctx, e.Errw
			return quietly(cli.Demo(e.Store, e.Tr, o, now, e.Out))
		}
	}}
}
