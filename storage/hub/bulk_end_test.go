package hub_test

import (
	"fmt"
	"slices"
	"testing"

	"frontoffice/storage"
	"frontoffice/storage/hub"

	"github.com/jackc/pgx/v5"
)

// TestBulkEndTables: the end of a bulk load (bulk_end.go) gathers the
// statistics of every table reports read, each in its table's own
// transaction beside the others' index builds, and the identity groups'
// too; a stopped load's end holds every item hub_meta lists, once, in a job
// of its table's, revisions (the biggest) first.
func TestBulkEndTables(t *testing.T) {
	t.Parallel()
	h, schema := openHub(t)
	dir := t.TempDir()
	var srcs []storage.Source
	for i := range 3 {
		s := demoOffice(t, dir, fmt.Sprintf("E%d", i), int64(950+i), 6)
		srcs = append(srcs, storage.FileSource(export(t, s, dir, true)))
	}
	if n := importAllTrusted(t, h, srcs); n < 3 {
		t.Fatalf("%d bundles bulk loaded, want 3", n)
	}
	conn, err := pgx.Connect(t.Context(), pgURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(t.Context())
	rows, err := conn.Query(t.Context(), `SELECT relname FROM pg_stat_user_tables WHERE schemaname = $1 AND analyze_count > 0
		ORDER BY 1`, schema)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"catalogue", "consultations", "hours", "ideas", "office_records", "people",
		"person_identity", "records", "visits"} {
		if !slices.Contains(got, want) {
			t.Errorf("no statistics of %s after the bulk load (analyzed: %v)", want, got)
		}
	}

	if err := hub.StopBulkHalfWay(t.Context(), h); err != nil {
		t.Fatal(err)
	}
	tables, inJobs, listed, err := hub.BulkEndJobs(t.Context(), h)
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) == 0 || tables[0] != "revisions" || inJobs != listed || listed == 0 {
		t.Fatalf("the end's tables %v (want revisions first) hold %d items of the %d listed", tables, inJobs, listed)
	}
	for i, table := range tables {
		if slices.Contains(tables[:i], table) {
			t.Fatalf("table %s twice in the end's jobs %v", table, tables)
		}
	}
}
