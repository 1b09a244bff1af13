//go:build linux || darwin

package main

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
)

// Helpers of the tests that run the program as a child (issue 18).

// storeCounts is how many records of each kind the store at db holds, after
// a check that must pass.
func storeCounts(t *testing.T, db string) map[model.Kind]int {
	t.Helper()
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if p := s.Check(); len(p) > 0 {
		t.Errorf("check: %v", p)
	}
	out := map[model.Kind]int{}
	for _, k := range model.Kinds() {
		n, err := s.Count(k)
		if err != nil {
			t.Fatal(err)
		}
		out[k] = n
	}
	return out
}

// digitsIn is the number written in s (digits grouped with any spaces).
func digitsIn(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s))
	if err != nil {
		t.Fatalf("no number in %q", s)
	}
	return n
}

func total(counts map[model.Kind]int) int {
	n := 0
	for _, c := range counts {
		n += c
	}
	return n
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
