// Package cli holds the bodies of the non-interactive commands (demo, check,
// backup…). main.go parses flags and opens the store; these functions do the
// work and write translated sentences.
package cli

import (
	"fmt"
	"io"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"
	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

// DemoOptions are the demo command's flags.
type DemoOptions struct {
	Ideas, People int
	Seed          int64
}

// demoConsultants staff the demo office.
var demoConsultants = []string{"Мадина Салпенова", "Нұрлан Жақсыбеков", "Ольга Петрова", "Aigerim Seitkali"}

// demoBatch is how many records go into one transaction: large enough to make
// 100,000 ideas quick, small enough to keep memory flat.
const demoBatch = 5000

// Demo fills store with sample data and names the office if it has no name yet.
// Progress goes to progress (one line per 10% when it is a terminal's stderr).
func Demo(store *storage.Store, tr *i18n.Translator, o DemoOptions, now time.Time, out io.Writer) error {
	start := time.Now()
	office, err := store.Office()
	if err != nil {
		return err
	}
	if office.Name == "" {
		office.Name = tr.T("demo.office_name")
		office.Region = "karaganda"
		office.Consultants = demoConsultants
		if err := store.SaveOffice(office); err != nil {
			return err
		}
	}
	counts := map[model.Kind]int{}
	batch := make([]model.Record, 0, demoBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := store.InsertBatch(batch); err != nil {
			return err
		}
		batch = batch[:0]
		return nil
	}
	err = demo.Generate(demo.Options{
		Ideas: o.Ideas, People: o.People, Seed: o.Seed, Now: now,
		Origin: store.OfficeID(), Consultants: office.Consultants,
	}, func(r model.Record) error {
		counts[r.Env().Kind]++
		batch = append(batch, r)
		if len(batch) == demoBatch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(out, tr.T("demo.done",
		model.GroupDigits(int64(counts[model.KindPerson])),
		model.GroupDigits(int64(counts[model.KindIdea])),
		model.GroupDigits(int64(counts[model.KindConsultation])),
		model.GroupDigits(int64(counts[model.KindVisit])),
		model.GroupDigits(int64(counts[model.KindHours])),
		time.Since(start).Seconds()))
	return nil
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
	if len(problems) == 0 {
		total := 0
		for _, k := range model.Kinds() {
			n, _ := store.Count(k)
			total += n
		}
		fmt.Fprintln(out, tr.T("check.ok", store.Path(), model.GroupDigits(int64(total))))
		return true, nil
	}
	fmt.Fprintln(out, tr.T("check.problems", store.Path(), len(problems)))
	for _, p := range problems {
		fmt.Fprintln(out, "  "+p)
	}
	return false, nil
}

// Backup writes a copy of the store to path.
func Backup(store *storage.Store, tr *i18n.Translator, path string, out io.Writer) error {
	if err := store.BackupFile(path); err != nil {
		return err
	}
	fmt.Fprintln(out, tr.T("backup.done", path))
	return nil
}
