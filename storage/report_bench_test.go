package storage_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"frontoffice/model"
	"frontoffice/model/demo"
	"frontoffice/model/report"
	"frontoffice/storage"
)

// BenchmarkReport is the whole report (every figure, no filter) on the
// 200,000-record store: 100,000 ideas and 100,000 people walked and decoded.
//
//	go test -run='^$' -bench=Report -benchtime=5x ./storage/
func BenchmarkReport(b *testing.B) {
	s := openBigStore(b)
	var r report.Report
	for b.Loop() {
		var err error
		if r, err = s.Report(context.Background(), report.Filter{}, storage.ReportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	if r.Ideas != benchIdeas || r.People != benchPeople {
		b.Fatalf("report counted %d ideas and %d people", r.Ideas, r.People)
	}
}

// BenchmarkReportFiltered is the report for one region and direction: the
// same walk, with the lookups a filter needs.
func BenchmarkReportFiltered(b *testing.B) {
	s := openBigStore(b)
	for b.Loop() {
		if _, err := s.Report(context.Background(), report.Filter{Region: "karaganda", Direction: "taza_alem", From: "2025-01-01"}, storage.ReportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReportDemo is the whole report on a store as `frontoffice demo
// --ideas 100000 --people 100000` makes it: ideas with logframes, budgets and
// reach, and their consultations, visits and hours (605,000 records). Set
// FRONTOFFICE_BENCH_DB to such a store to skip the set-up (about 15 s).
//
//	FRONTOFFICE_BENCH_DB=/tmp/big.db go test -run='^$' -bench=ReportDemo -benchtime=5x ./storage/
func BenchmarkReportDemo(b *testing.B) {
	path := os.Getenv("FRONTOFFICE_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "demo.db")
		s, err := storage.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		var batch []model.Record
		err = demo.Generate(demo.Options{Ideas: benchIdeas, People: benchPeople, Seed: 1, Origin: s.OfficeID()}, func(r model.Record) error {
			if batch = append(batch, r); len(batch) == benchBatch {
				err := s.InsertBatch(batch)
				batch = batch[:0]
				return err
			}
			return nil
		})
		if err == nil {
			err = s.InsertBatch(batch)
		}
		if cerr := s.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	s, err := storage.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var r report.Report
	for b.Loop() {
		if r, err = s.Report(context.Background(), report.Filter{}, storage.ReportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	// The demo's random phones sometimes repeat: the command's store joins
	// such people (identity.go) and the report counts each group once.
	if r.Ideas != benchIdeas || r.People > benchPeople || r.People < benchPeople*99/100 {
		b.Fatalf("report counted %d ideas and %d people", r.Ideas, r.People)
	}
	b.ReportMetric(float64(r.Consultations), "consultations")
}
