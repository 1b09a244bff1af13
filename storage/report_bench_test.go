package storage_test

import (
	"context"
	"testing"

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
