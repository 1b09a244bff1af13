package cli

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"
	"frontoffice/storage"
	"frontoffice/storage/bundle/bundletest"
	"frontoffice/storage/hub"
	"frontoffice/ui/i18n"

	"github.com/jackc/pgx/v5"
)

// testHub opens a hub in a schema of its own on $FRONTOFFICE_PG (skipped
// without it, failed under FRONTOFFICE_E2E_REQUIRED=1, as storage/hub's).
func testHub(t *testing.T) *hub.Hub {
	t.Helper()
	url := os.Getenv("FRONTOFFICE_PG")
	if url == "" {
		msg := "the hub tests need PostgreSQL: set FRONTOFFICE_PG (docs/hub.md)"
		if os.Getenv("FRONTOFFICE_E2E_REQUIRED") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	var b [6]byte
	rand.Read(b[:])
	schema := "hubcli_" + hex.EncodeToString(b[:])
	h, err := hub.Open(context.Background(), url, hub.Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		h.Close()
		if conn, err := pgx.Connect(context.Background(), url); err == nil {
			conn.Exec(context.Background(), "DROP SCHEMA "+pgx.Identifier{schema}.Sanitize()+" CASCADE")
			conn.Close(context.Background())
		}
	})
	return h
}

// officeBundle is the full bundle of a new office with demo data.
func officeBundle(t *testing.T, dir, name string, seed int64) string {
	t.Helper()
	s := openStore(t, name+".db")
	o, err := s.Office()
	if err != nil {
		t.Fatal(err)
	}
	o.Name, o.Region = name, "karaganda"
	if err := s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	var batch []model.Record
	if err := demo.Generate(demo.Options{Ideas: 30, People: 30, Seed: seed, Now: time.Now().Add(-time.Hour),
		Origin: s.OfficeID()}, func(r model.Record) error { batch = append(batch, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.InsertBatch(batch); err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(dir, name+".fob")
	if _, err := s.ExportFile(context.Background(), f, storage.ExportOptions{Full: true}, nil); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestHubCommandsPrintWhatTheStoreCommandsPrint: hub report and hub credits
// print, in text, CSV and JSON and in the three languages, what report and
// credits print of a store that imported the same bundles in another order.
func TestHubCommandsPrintWhatTheStoreCommandsPrint(t *testing.T) {
	h := testHub(t)
	dir := t.TempDir()
	files := []string{officeBundle(t, dir, "A", 1), officeBundle(t, dir, "B", 2), officeBundle(t, dir, "C", 3)}
	en := i18n.New(model.EN)
	var out, errw bytes.Buffer
	if ok, err := HubImport(h, en, HubOptions{Trust: true}, []string{files[2], files[0], files[1], files[0]}, &out, &errw); !ok || err != nil {
		t.Fatalf("hub import: %v %s", err, errw.String())
	}
	s := openStore(t, "regional.db")
	for _, f := range []string{files[1], files[2], files[0]} {
		if _, err := s.ImportBundle(context.Background(), storage.FileSource(f), nil, storage.ImportOptions{Trust: true}, nil); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		tr := i18n.New(lang)
		for _, format := range []string{"text", "csv", "json"} {
			var want, got bytes.Buffer
			f, bad := ParseReportFilter(tr, ReportOptions{Region: "karaganda"})
			if bad != "" {
				t.Fatal(bad)
			}
			if err := Report(s, tr, format, f, &want); err != nil {
				t.Fatal(err)
			}
			if bad, err := HubReport(h, tr, HubOptions{Report: ReportOptions{Format: format, Region: "karaganda"}}, &got); bad != "" || err != nil {
				t.Fatalf("hub report: %s %v", bad, err)
			}
			sameOutput(t, fmt.Sprintf("report %s %s", lang, format), got.String(), want.String())
			want.Reset()
			got.Reset()
			if err := Credits(s, tr, format, now, &want); err != nil {
				t.Fatal(err)
			}
			if err := HubCredits(h, tr, format, now, &got); err != nil {
				t.Fatal(err)
			}
			sameOutput(t, fmt.Sprintf("credits %s %s", lang, format), got.String(), want.String())
		}
	}
}

func sameOutput(t *testing.T, what, got, want string) {
	t.Helper()
	if got == want {
		if len(want) < 50 {
			t.Fatalf("%s: hardly any output: %q", what, want)
		}
		return
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			t.Fatalf("%s differs at line %d:\nhub   %s\nstore %s", what, i+1, g[i], w[i])
		}
	}
	t.Fatalf("%s: hub %d lines, store %d", what, len(g), len(w))
}

// TestHubImportAllowUnsigned: an unsigned bundle is refused, saying the hub
// (not a store) was not changed, in each language; with --allow-unsigned it
// loads.
func TestHubImportAllowUnsigned(t *testing.T) {
	h := testHub(t)
	dir := t.TempDir()
	f := bundletest.Unsign(t, officeBundle(t, dir, "U", 4))
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		tr := i18n.New(lang)
		var out, errw bytes.Buffer
		ok, err := HubImport(h, tr, HubOptions{Trust: true}, []string{f}, &out, &errw)
		if ok || err != nil {
			t.Fatalf("%s: an unsigned bundle was loaded (%v)", lang, err)
		}
		msg := errw.String()
		if !strings.Contains(msg, tr.T("hub.unchanged")) || strings.Contains(msg, tr.T("hub.store_unchanged")) {
			t.Fatalf("%s: the refusal should say the hub was not changed: %s", lang, msg)
		}
	}
	en := i18n.New(model.EN)
	var out, errw bytes.Buffer
	if ok, err := HubImport(h, en, HubOptions{Trust: true, AllowUnsigned: true}, []string{f}, &out, &errw); !ok || err != nil {
		t.Fatalf("--allow-unsigned: %v %s", err, errw.String())
	}
	if !strings.Contains(out.String(), en.T("hub.unverified_note")) {
		t.Fatalf("no word that its hours are pending: %s", out.String())
	}
}
