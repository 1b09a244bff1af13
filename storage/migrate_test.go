package storage

// Internal tests: they build stores as older versions of the program left them,
// with the unexported migrate and raw bbolt transactions.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/search"

	bolt "go.etcd.io/bbolt"
)

var internalNow = time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC)

// rawDB opens a bare bbolt file in a temporary folder, closed at cleanup.
func rawDB(t *testing.T) (*bolt.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "store.db")
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() }) // a no-op when the test closed it
	return db, path
}

// openChecked opens the store at path; at cleanup it checks and closes it
// unless the test closed it already (closed reports that).
func openChecked(t *testing.T, path string) *Store {
	t.Helper()
	s, err := OpenWith(path, Options{Now: func() time.Time { return internalNow }})
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() {
		if s.db.current().Path() == "" {
			return // closed by the test
		}
		if p := s.Check(); len(p) > 0 {
			t.Errorf("check before close: %q", p)
		}
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return s
}

func migrateTo(t *testing.T, db *bolt.DB, ms []migration) {
	t.Helper()
	if err := db.Update(func(tx *bolt.Tx) error {
		if err := migrate(tx, ms); err != nil {
			return err
		}
		// The office that made the records (env): a store's own records
		// carry its id, as the app's always have.
		if meta := tx.Bucket(bucketMeta); meta.Get(keyOfficeID) == nil {
			return meta.Put(keyOfficeID, []byte(testOrigin))
		}
		return nil
	}); err != nil {
		t.Fatalf("migrate to %d: %v", ms[len(ms)-1].version, err)
	}
}

// testOrigin is the office of the records these tests write raw.
const testOrigin = "01890a5d-ac96-774b-bcce-b302099a8057"

func versionOf(t *testing.T, db *bolt.DB) uint64 {
	t.Helper()
	var v uint64
	db.View(func(tx *bolt.Tx) error { v = schemaVersion(tx); return nil })
	return v
}

// dump returns every key and value of the file, bucket paths included, so two
// states can be compared.
func dump(t *testing.T, db *bolt.DB) map[string]string {
	t.Helper()
	out := map[string]string{}
	var walk func(prefix string, b *bolt.Bucket) error
	walk = func(prefix string, b *bolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			name := prefix + "/" + string(k)
			if v == nil {
				out[name] = "<bucket>"
				return walk(name, b.Bucket(k))
			}
			out[name] = string(v)
			return nil
		})
	}
	err := db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			out[string(name)] = "<bucket>"
			return walk(string(name), b)
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestMigrationList(t *testing.T) {
	// Versions count up from 1; they need not be contiguous (parallel work
	// takes numbers ahead of time).
	prev := uint64(0)
	for i, m := range migrations {
		if m.version <= prev || i == 0 && m.version != 1 {
			t.Errorf("migration %d has version %d after %d: versions must count up from 1", i, m.version, prev)
		}
		prev = m.version
		if m.what == "" || m.apply == nil {
			t.Errorf("migration %d lacks a description or a function", m.version)
		}
	}
	if CurrentSchema() != prev {
		t.Errorf("CurrentSchema() = %d, the last migration is %d", CurrentSchema(), prev)
	}
}

func TestMigration1BaseBuckets(t *testing.T) {
	db, _ := rawDB(t)
	if v := versionOf(t, db); v != 0 {
		t.Fatalf("empty file at version %d", v)
	}
	migrateTo(t, db, migrations[:1])
	if v := versionOf(t, db); v != 1 {
		t.Errorf("version %d after migration 1", v)
	}
	db.View(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketMeta, bucketSettings, bucketRecords, bucketHistory} {
			if tx.Bucket(name) == nil {
				t.Errorf("no bucket %s", name)
			}
		}
		for _, top := range [][]byte{bucketRecords, bucketHistory} {
			for _, k := range model.Kinds() {
				if tx.Bucket(top).Bucket([]byte(k)) == nil {
					t.Errorf("no bucket %s/%s", top, k)
				}
			}
		}
		if tx.Bucket(bucketIndex) != nil {
			t.Error("version 1 has an index bucket")
		}
		return nil
	})
}

// v1Record stores r as version 1 of the program wrote records: JSON of the whole
// record (envelope + data) under its 16-byte id in records/<kind>, the earlier
// revisions in history/<kind>.
func v1Record(t *testing.T, tx *bolt.Tx, top []byte, r model.Record) {
	t.Helper()
	key, err := idKey(r.Env().ID)
	if err != nil {
		t.Fatal(err)
	}
	if string(top) == string(bucketHistory) {
		key = append(key, u64(r.Env().Rev)...)
	}
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Bucket(top).Bucket([]byte(r.Env().Kind)).Put(key, data); err != nil {
		t.Fatal(err)
	}
}

func env(k model.Kind, rev uint64) model.Envelope {
	return model.Envelope{ID: model.NewID(), Kind: k, Rev: rev, BaseRev: rev - 1, Origin: testOrigin,
		HLC: uint64(internalNow.UnixMilli()) << 16, UpdatedAt: internalNow, UpdatedBy: "v1"}
}

func TestMigration2Indexes(t *testing.T) {
	db, path := rawDB(t)
	migrateTo(t, db, migrations[:1])

	person := &model.Person{Envelope: env(model.KindPerson, 2), FullName: "Гүлнар", Phone: "+77011234567",
		IIN: "900101300001", Consent: true}
	person.IIN = ""
	for d := 0; d <= 9; d++ { // a valid IIN of someone born 1 January 1990
		if s := fmt.Sprintf("90010130000%d", d); model.ValidIIN(s) {
			person.IIN = s
		}
	}
	if person.IIN == "" {
		t.Fatal("no valid IIN")
	}
	old := *person
	old.Envelope.Rev, old.Envelope.BaseRev, old.Phone = 1, 0, "+77011111111"
	gone := &model.Person{Envelope: env(model.KindPerson, 2), FullName: "Жойылған", Phone: "+77022222222", Consent: true}
	gone.Deleted = true
	var ideas []*model.Idea
	for _, st := range []model.IdeaStatus{"draft", "draft", "ready", "funded"} {
		ideas = append(ideas, &model.Idea{Envelope: env(model.KindIdea, 1), Title: "Идея", Direction: "bilim",
			Region: "abai", Status: st, ApplicantID: person.ID})
	}
	deletedIdea := &model.Idea{Envelope: env(model.KindIdea, 3), Title: "Жойылған идея", Direction: "bilim",
		Region: "abai", Status: "draft"}
	deletedIdea.Deleted = true
	consult := &model.Consultation{Envelope: env(model.KindConsultation, 1), Date: "2026-02-01", Consultant: "Айгерим",
		Services: []model.Service{"grant_writing"}, PersonID: person.ID, IdeaID: ideas[0].ID, FollowUp: "2026-02-10"}
	visit := &model.Visit{Envelope: env(model.KindVisit, 1), PersonID: person.ID, Date: "2026-02-13",
		Purpose: "other", State: "waiting"}
	hours := &model.Hours{Envelope: env(model.KindHours, 1), PersonID: person.ID, Date: "2026-02-12", Hours: 3,
		Status: "pending"}

	err := db.Update(func(tx *bolt.Tx) error {
		for _, r := range []model.Record{person, gone, deletedIdea, consult, visit, hours} {
			v1Record(t, tx, bucketRecords, r)
		}
		for _, i := range ideas {
			v1Record(t, tx, bucketRecords, i)
		}
		v1Record(t, tx, bucketHistory, &old)
		return tx.Bucket(bucketMeta).Put(keyClean, []byte("1"))
	})
	if err != nil {
		t.Fatal(err)
	}

	migrateTo(t, db, migrations)
	if v := versionOf(t, db); v != CurrentSchema() {
		t.Errorf("version %d after all migrations, want %d", v, CurrentSchema())
	}
	db.View(func(tx *bolt.Tx) error {
		root := tx.Bucket(bucketIndex)
		if root == nil {
			t.Fatal("no index bucket after migration 2")
		}
		for _, idx := range indexesV2 {
			if root.Bucket([]byte(idx.name)) == nil {
				t.Errorf("no index bucket %s", idx.name)
			}
		}
		for name, want := range map[string]int{
			ixPersonPhone: 1, ixPersonIIN: 1, ixIdeaStatus: 4, ixIdeaApplicant: 4, ixConsultIdea: 1,
			ixConsultPerson: 1, ixConsultFollow: 1, ixVisitDate: 1, ixVisitPerson: 1, ixHoursPerson: 1,
			ixTombstone: 2,
		} {
			if n := root.Bucket([]byte(name)).Stats().KeyN; n != want {
				t.Errorf("index %s has %d entries, want %d", name, n, want)
			}
		}
		return nil
	})
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	// The store opens and works through the new indexes.
	s := openChecked(t, path)
	if p := s.Check(); len(p) > 0 {
		t.Errorf("check after migration: %q", p)
	}
	if s.Recovered {
		t.Error("a cleanly closed version-1 store counts as recovered")
	}
	if got, err := s.PersonByPhone("8 701 123 45 67"); err != nil || got.ID != person.ID {
		t.Errorf("PersonByPhone after migration: %v, %v", got, err)
	}
	if _, err := s.PersonByPhone("+77011111111"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a phone from history is indexed: %v", err)
	}
	if _, err := s.PersonByPhone("+77022222222"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a deleted person is indexed: %v", err)
	}
	if got, err := s.PersonByIIN(person.IIN); err != nil || got.ID != person.ID {
		t.Errorf("PersonByIIN after migration: %v, %v", got, err)
	}
	sum, err := s.Summary("2026-02-13")
	if err != nil {
		t.Fatal(err)
	}
	if sum.People != 1 || sum.Ideas != 4 || sum.IdeasByStatus["draft"] != 2 || sum.IdeasByStatus["ready"] != 1 ||
		sum.IdeasByStatus["funded"] != 1 || sum.VisitsToday != 1 || sum.FollowUpsDue != 1 {
		t.Errorf("summary after migration %+v", sum)
	}
	if h, err := s.History(model.KindPerson, person.ID); err != nil || len(h) != 1 || h[0].(*model.Person).Phone != "+77011111111" {
		t.Errorf("history after migration %v, %v", h, err)
	}
	// Writes after the migration keep the indexes right (the cleanup checks them).
	person.Phone = "+77051234567"
	if err := s.Update(person); err != nil {
		t.Fatal(err)
	}
	if got, err := s.PersonByPhone("+77051234567"); err != nil || got.ID != person.ID {
		t.Errorf("PersonByPhone after an update: %v, %v", got, err)
	}
}

func TestMigrationsOneByOne(t *testing.T) {
	db, path := rawDB(t)
	for i := range migrations {
		migrateTo(t, db, migrations[:i+1])
		if v := versionOf(t, db); v != migrations[i].version {
			t.Errorf("after %q: version %d, want %d", migrations[i].what, v, migrations[i].version)
		}
	}
	db.Close()
	s := openChecked(t, path)
	if v, _ := s.SchemaVersion(); v != CurrentSchema() {
		t.Errorf("version %d", v)
	}
}

func TestMigrateTwiceIsNoop(t *testing.T) {
	db, path := rawDB(t)
	db.Close()
	s := openChecked(t, path)
	p := &model.Person{FullName: "Ерлан", Phone: "+77071234567", Consent: true}
	p.Kind = model.KindPerson
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	if err := s.SetSetting("lang", "kk"); err != nil {
		t.Fatal(err)
	}
	before := dump(t, s.db.current())
	for range 2 {
		if err := s.db.Update(func(tx *bolt.Tx) error { return migrate(tx, migrations) }); err != nil {
			t.Fatalf("migrate an up-to-date store: %v", err)
		}
	}
	after := dump(t, s.db.current())
	if fmt.Sprint(before) != fmt.Sprint(after) {
		t.Errorf("migrating an up-to-date store changed it:\nbefore %v\nafter  %v", before, after)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	db, path := rawDB(t)
	migrateTo(t, db, migrations)
	newer := CurrentSchema() + 1
	if err := db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySchema, u64(newer))
	}); err != nil {
		t.Fatal(err)
	}
	err := db.Update(func(tx *bolt.Tx) error { return migrate(tx, migrations) })
	if !errors.Is(err, ErrNewerSchema) {
		t.Errorf("migrate a newer store: %v, want ErrNewerSchema", err)
	}
	before := dump(t, db)
	db.Close()

	for range 2 { // the refusal releases the file: a second try fails the same way
		s, err := OpenWith(path, Options{Timeout: 300 * time.Millisecond})
		if err == nil {
			s.Close()
			t.Fatal("opened a store of a newer schema")
		}
		if !errors.Is(err, ErrNewerSchema) {
			t.Errorf("open a newer store: %v, want ErrNewerSchema", err)
		}
	}
	db2, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	if after := dump(t, db2); fmt.Sprint(before) != fmt.Sprint(after) {
		t.Errorf("a refused open changed the store:\nbefore %v\nafter  %v", before, after)
	}
}

// TestMigration3Search: a store of schema 2 gets its search bucket on open,
// with live ideas (showing their applicant) and people, and no tombstones.
func TestMigration3Search(t *testing.T) {
	db, path := rawDB(t)
	migrateTo(t, db, migrations[:1])
	person := &model.Person{Envelope: env(model.KindPerson, 1), FullName: "Гүлнар Серікова", Phone: "+77011234567", Consent: true}
	idea := &model.Idea{Envelope: env(model.KindIdea, 1), Title: "Кітап жинау", Direction: "bilim",
		Region: "abai", Status: "draft", ApplicantID: person.ID}
	gone := &model.Idea{Envelope: env(model.KindIdea, 2), Title: "Жойылған", Direction: "bilim", Region: "abai", Status: "draft"}
	gone.Deleted = true
	err := db.Update(func(tx *bolt.Tx) error {
		for _, r := range []model.Record{person, idea, gone} {
			v1Record(t, tx, bucketRecords, r)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	migrateTo(t, db, migrations[:2]) // a store as schema 2 left it
	db.Close()
	s := openChecked(t, path) // Check at cleanup compares the bucket with the records
	x, err := s.Search(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if x.Len() != 2 {
		t.Fatalf("%d docs, want 2", x.Len())
	}
	r, err := x.Search(context.Background(), search.Query{Text: "serikova kitap"})
	if err != nil || len(r.Hits) != 1 || r.Hits[0].ID != idea.ID || r.Hits[0].Sub != person.FullName {
		t.Fatalf("search after migration: %+v %v", r.Hits, err)
	}
}
