package commands

import (
	"flag"
	"fmt"
	"os"
	"time"

	"frontoffice/ui/cli"
)

// Hub is the regional hub on PostgreSQL (issue 22, docs/hub.md): its
// sub-commands import, report, credits and export; no store.
func Hub() Command {
	return Command{Name: "hub", Args: 1, AtLeast: true, NoStore: true, Flags: func(fs *flag.FlagSet) Runner {
		var o cli.HubOptions
		var force bool
		fs.StringVar(&o.PG, "pg", "", "flag.hub.pg")
		fs.BoolVar(&o.Trust, "trust", false, "flag.hub.trust")
		fs.BoolVar(&o.AllowUnsigned, "allow-unsigned", false, "flag.hub.allow-unsigned")
		fs.StringVar(&o.Report.Format, "format", "text", "flag.hub.format")
		fs.StringVar(&o.Report.From, "from", "", "flag.hub.from")
		fs.StringVar(&o.Report.To, "to", "", "flag.hub.to")
		fs.StringVar(&o.Report.Region, "region", "", "flag.hub.region")
		fs.StringVar(&o.Report.Direction, "direction", "", "flag.hub.direction")
		fs.StringVar(&o.Report.Office, "office", "", "flag.hub.office")
		fs.StringVar(&o.Out, "out", "", "flag.hub.out")
		fs.StringVar(&o.Since, "since", "", "flag.hub.since")
		fs.BoolVar(&o.Redact, "redact", false, "flag.hub.redact")
		forceFlag(fs, &force)
		return func(e *Env) error { return runHub(e, &o, force) }
	}}
}

// hubUsage checks the hub's sub-command and its arguments.
func hubUsage(e *Env, o *cli.HubOptions, force bool) error {
	sub, rest := e.Args[0], e.Args[1:]
	switch sub {
	case "import":
		if len(rest) == 0 {
			return errUsage(e.Tr.T("hub.need_files"))
		}
	case "report", "credits", "export":
		if len(rest) > 0 {
			return errUsage(e.Tr.T("cli.bad_args", "hub "+sub))
		}
	default:
		return errUsage(e.Tr.T("hub.need_sub"))
	}
	if sub == "credits" {
		if _, ok := cli.ParseCreditsFormat(o.Report.Format); !ok {
			return errUsage(e.Tr.T("credits.bad_format", o.Report.Format))
		}
	}
	if sub == "export" {
		if o.Out == "" {
			return errUsage(e.Tr.T("sync.need_out"))
		}
		if _, err := os.Stat(o.Out); err == nil && !force {
			fmt.Fprintln(e.Errw, e.Tr.T("out.exists", o.Out))
			return ErrFailedQuietly
		}
	}
	return nil
}

// runHub runs one of the hub's sub-commands (import, report, credits, export).
func runHub(e *Env, o *cli.HubOptions, force bool) error {
	if err := hubUsage(e, o, force); err != nil {
		return err
	}
	sub, rest := e.Args[0], e.Args[1:]
	o.Ctx = e.Ctx
	h, err := cli.OpenHub(e.Tr, *o)
	if err != nil {
		fmt.Fprintln(e.Errw, err) // a sentence saying what to check, no password
		return ErrFailedQuietly
	}
	defer h.Close()
	switch sub {
	case "import":
		return quietly(cli.HubImport(h, e.Tr, *o, rest, e.Out, e.Errw))
	case "credits":
		format, _ := cli.ParseCreditsFormat(o.Report.Format)
		return cli.HubCredits(h, e.Tr, format, time.Now(), e.Out)
	}
	var bad string
	if sub == "report" {
		bad, err = cli.HubReport(h, e.Tr, *o, e.Out)
	} else {
		bad, err = cli.HubExport(h, e.Tr, *o, e.Out)
	}
	if bad != "" {
		return errUsage(bad)
	}
	return err
}
