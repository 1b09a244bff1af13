// Package cli holds the bodies of the non-interactive commands (demo, check,
// backup…). main.go parses flags and opens the store; these functions do the
// work and write translated sentences.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"frontoffice/model"
	"frontoffice/model/csvio"
	"frontoffice/model/demo"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
)

// DemoOptions are the demo command's flags.
type DemoOptions struct {
	Ideas, People int
	Seed          int64
	// Ctx, when it ends (Ctrl+C), stops the demo between two batches.
	Ctx context.Context
	// Errw is told what was saved when the demo stops early (standard error).
	Errw io.Writer
}

// demoConsultants staff the demo office.
var demoConsultants = []string{"Мадина Салпенова", "Нұрлан Жақсыбеков", "Ольга Петрова", "Aigerim Seitkali"}

// demoOfficeName names a demo office: "Demo front office" and the last four
// characters of its id, the random end of a UUIDv7 ("Demo front office
// 5aca"). Two demo stores trying sync on each other's bundles are told
// apart in offices, the import screens and the reports, by name as well as
// by id.
func demoOfficeName(tr *i18n.Translator, officeID string) string {
	return tr.T("demo.office_name", officeID[max(0, len(officeID)-4):])
}

// Demo fills store with sample data and names the office if it has no name yet.
// Records go in batches, each one transaction: when the demo stops early (a
// full disk, or o.Ctx ended by Ctrl+C), o.Errw is told how many of each kind
// were saved, and ok is false (the error, if any, already explained); a stop
// asked for gives ErrStopped.
func Demo(store *storage.Store, tr *i18n.Translator, o DemoOptions, now time.Time, out io.Writer) (ok bool, err error) {
	ctx, errw := orBackground(o.Ctx), o.Errw
	if errw == nil {
		errw = io.Discard
	}
	start := time.Now()
	office, err := store.Office()
	if err != nil {
		return false, err
	}
	if office.Name == "" {
		office.Name = demoOfficeName(tr, store.OfficeID())
		office.Region = "karaganda"
		office.Consultants = demoConsultants
		if err := store.SaveOffice(office); err != nil {
			return false, err
		}
	}
	saved := map[model.Kind]int{}
	total := 0
	// Records go through the store's bulk path: batches of a few thousand,
	// index entries in key order at the end (storage/bulk.go).
	err = store.InsertBulk(ctx, func(yield func(model.Record) error) error {
		return demo.Generate(demo.Options{
			Ideas: o.Ideas, People: o.People, Seed: o.Seed, Now: now,
			Origin: store.OfficeID(), Consultants: office.Consultants,
		}, yield)
	}, func(rs []model.Record) {
		for _, r := range rs {
			saved[r.Env().Kind]++
		}
		total += len(rs)
		fmt.Fprintln(errw, tr.T("demo.progress", tr.Int(int64(total))))
	})
	counts := func() []any {
		var c []any
		for _, k := range []model.Kind{model.KindPerson, model.KindIdea, model.KindConsultation, model.KindVisit, model.KindHours} {
			c = append(c, tr.Int(int64(saved[k])))
		}
		return c
	}
	switch {
	case err == nil:
	case ctx.Err() != nil:
		fmt.Fprintln(errw, tr.T("demo.saved", counts()...))
		fmt.Fprintln(errw, tr.T("demo.stopped"))
		return false, ErrStopped
	case len(saved) == 0:
		return false, err // nothing saved: the error's own sentence is true
	default:
		fmt.Fprintln(errw, tr.T("demo.saved", counts()...))
		if common.NoSpace(err) {
			fmt.Fprintln(errw, tr.T("err.no_space_kept"))
		} else {
			fmt.Fprintln(errw, common.ErrorText(tr, err))
		}
		return false, nil
	}
	fmt.Fprintln(out, tr.T("demo.done", append(counts(), time.Since(start).Seconds())...))
	return true, nil
}

// ErrStopped is work stopped at the person's request (Ctrl+C, SIGTERM),
// after saying what was done and how to finish.
var ErrStopped = errors.New("stopped at the person's request")

// orBackground is ctx, or the background context when nil.
func orBackground(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}

// Check runs the store's check and reports; ok is false when anything is wrong.
// A damaged store is not listed problem by problem: it gets the one sentence
// that says how to get the data back (the error).
func Check(store *storage.Store, tr *i18n.Translator, out io.Writer) (ok bool, err error) {
	problems := store.Check()
	if err := store.Damage(); err != nil {
		return false, err
	}
	if p := store.PendingImport(); p != "" {
		fmt.Fprintln(out, tr.T("sync.pending", p))
	}
	// A withdrawal left unfinished (it is finished when the store is
	// opened for writing: only a read-only store or a failure keeps one).
	pending, err := store.PendingErasureIDs()
	if err != nil {
		return false, err
	}
	for _, id := range pending {
		fmt.Fprintln(out, tr.T("check.pending_erasure", id))
	}
	// A withdrawn person's phone or IIN still in some file beside the store.
	clean, err := checkWithdrawn(store, tr, out)
	if err != nil {
		return false, err
	}
	if !clean || len(pending) > 0 {
		return false, nil
	}
	if len(problems) == 0 {
		total := 0
		for _, k := range model.Kinds() {
			n, _ := store.Count(k)
			total += n
		}
		fmt.Fprintln(out, tr.T("check.ok", store.Path(), tr.Int(int64(total))))
		return true, nil
	}
	fmt.Fprintln(out, tr.T("check.problems", store.Path(), len(problems)))
	for _, p := range problems {
		fmt.Fprintln(out, "  "+p)
	}
	return false, nil
}

// Backup writes a copy of the store to path; ending ctx (Ctrl+C) stops it
// and leaves nothing, said on errw, and gives ErrStopped.
func Backup(ctx context.Context, store *storage.Store, tr *i18n.Translator, path string, out, errw io.Writer) error {
	if err := store.BackupFile(ctx, path); err != nil {
		if ctx.Err() != nil {
			fmt.Fprintln(errw, tr.T("backup.stopped"))
			return ErrStopped
		}
		return err
	}
	fmt.Fprintln(out, tr.T("backup.done", path))
	return nil
}

// CheckOutputs says whether the command may write to paths (DESIGN.md §4:
// never the open store, a backup or any store file; an existing file only
// with --force). When it may not, errw is told why and what to do, and ok is
// false: nothing was written.
func CheckOutputs(store *storage.Store, tr *i18n.Translator, force bool, errw io.Writer, paths ...string) (ok bool) {
	for _, p := range paths {
		if err := store.CheckOutput(p, force); err != nil {
			fmt.Fprintln(errw, common.ErrorText(tr, err))
			return false
		}
	}
	return true
}

// CSVFiles are the files export-csv writes into dir.
func CSVFiles(dir string) []string {
	var out []string
	for _, k := range csvio.ExportKinds() {
		out = append(out, filepath.Join(dir, csvio.FileName(k)))
	}
	return out
}
