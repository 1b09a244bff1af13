package commands

import (
	"flag"
	"strings"

	"frontoffice/ui/cli"
)

// Search finds ideas and people.
func Search() Command {
	return Command{Name: "search", Args: 1, AtLeast: true, Reads: true, Flags: func(fs *flag.FlagSet) Runner {
		var o cli.SearchOptions
		fs.BoolVar(&o.JSON, "json", false, "flag.search.json")
		fs.IntVar(&o.Limit, "limit", 20, "flag.search.limit")
		fs.StringVar(&o.Kind, "kind", "", "flag.search.kind")
		return func(e *Env) error {
			kind, ok := cli.ParseSearchKind(o.Kind)
			if !ok {
				return errUsage(e.Tr.T("search.bad_kind", o.Kind))
			}
			if o.Limit < 1 || o.Limit > 10000 {
				return errUsage(e.Tr.T("search.bad_limit"))
			}
			query := strings.Join(e.Args, " ")
			if strings.TrimSpace(query) == "" {
				return errUsage(e.Tr.T("search.need_query"))
			}
			return cli.Search(e.Store, e.Tr, o, kind, query, e.Out)
		}
	}}
}
