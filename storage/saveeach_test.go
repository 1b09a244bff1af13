package storage_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"frontoffice/model"
)

// TestSaveEach: records handed to yield one at a time are written in one
// transaction: all on success; none when a record is invalid, produce
// fails after some were written, or the context ends; produce reads the
// store as it was before the batch.
func TestSaveEach(t *testing.T) {
	s, _ := newStore(t)
	stored := newPerson("Бұрыннан бар", "+77020001122")
	mustCreate(t, s, stored)
	people := func(n int, from int) func(yield func(model.Record) error) error {
		return func(yield func(model.Record) error) error {
			for i := range n {
				if err := yield(newPerson(fmt.Sprintf("Адам %d", from+i), fmt.Sprintf("+7701%07d", from+i))); err != nil {
					return err
				}
			}
			return nil
		}
	}
	count := func() int {
		t.Helper()
		n, err := s.Count(model.KindPerson)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	stop := errors.New("the file changed")
	for _, tc := range []struct {
		name    string
		ctx     func() context.Context
		produce func(yield func(model.Record) error) error
	}{
		{"invalid record", context.Background, func(yield func(model.Record) error) error {
			if err := people(300, 0)(yield); err != nil {
				return err
			}
			return yield(newIdea("", "draft"))
		}},
		{"produce fails", context.Background, func(yield func(model.Record) error) error {
			if err := people(300, 0)(yield); err != nil {
				return err
			}
			return stop
		}},
		{"stopped", func() context.Context {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			return ctx
		}, people(300, 0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := s.SaveEach(tc.ctx(), tc.produce); err == nil {
				t.Fatal("saved")
			}
			if n := count(); n != 1 {
				t.Errorf("%d people after a refused batch, want 1", n)
			}
		})
	}
	created, updated, err := s.SaveEach(context.Background(), func(yield func(model.Record) error) error {
		edit := getPerson(t, s, stored.ID)
		edit.Organization = "KSIU"
		if err := yield(edit); err != nil {
			return err
		}
		if err := people(500, 0)(yield); err != nil {
			return err
		}
		// produce sees the store as it was: the edit is not there yet
		if again := getPerson(t, s, stored.ID); again.Organization != "" {
			t.Errorf("produce saw the batch's own write: %q", again.Organization)
		}
		return nil
	})
	if err != nil || created != 500 || updated != 1 {
		t.Fatalf("created %d, updated %d, %v", created, updated, err)
	}
	if n := count(); n != 501 {
		t.Errorf("%d people, want 501", n)
	}
	if p := getPerson(t, s, stored.ID); p.Organization != "KSIU" || p.Rev != 2 {
		t.Errorf("the edit: %q rev %d", p.Organization, p.Rev)
	}
	if probs := s.Check(); len(probs) > 0 {
		t.Errorf("check: %v", probs)
	}
}
