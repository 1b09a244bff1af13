package commands

import (
	"flag"
	"io"

	"frontoffice/ui/cli"
)

// forceFlag is --force: an output may replace an existing file.
func forceFlag(fs *flag.FlagSet, force *bool) {
	fs.BoolVar(force, "force", false, "flag.force")
}

// outputsOK refuses outputs on the store, its backups, any store file, or
// an existing file without --force (DESIGN.md §4), explained.
func outputsOK(e *Env, force bool, paths ...string) error {
	if !cli.CheckOutputs(e.Store, e.Tr, force, e.Errw, paths...) {
		return ErrFailedQuietly
	}
	return nil
}

// xlsxOut checks --out against --format: a workbook is written to a file
// only (--out FILE.xlsx), never to the terminal; --out is for workbooks only
// (text, csv and json go to standard output).
func xlsxOut(e *Env, force bool, format, out string) error {
	switch {
	case format == "xlsx" && out == "":
		return errUsage(e.Tr.T("sheet.need_out_format"))
	case format == "xlsx" && !cli.IsXLSXName(out):
		return errUsage(e.Tr.T("sheet.need_xlsx", out))
	case format != "xlsx" && out != "":
		return errUsage(e.Tr.T("sheet.out_needs_xlsx"))
	case format == "xlsx":
		return outputsOK(e, force, out)
	}
	return nil
}

// binaryOut writes a binary output (a workbook) to path through write.
func binaryOut(e *Env, path string, write func(io.Writer) error) error {
	ok, err := cli.WriteBinary(e.Tr, path, write, e.Out, e.Errw)
	if err == nil && !ok {
		return ErrFailedQuietly
	}
	return err
}
