package storage

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// note is a record kind the program does not have: the tests below add it
// the way README "Layout" says a new kind is added (an entry in model's
// registry and an addKind migration) and prove every released store
// upgrades with it.
type note struct {
	model.Envelope
	Text string `json:"text"`
}

func (n *note) Validate() error { return nil }

const kindNote model.Kind = "test_note"

// withNoteKind registers the note kind and its migration until the test ends.
func withNoteKind(t *testing.T) {
	t.Helper()
	remove := model.RegisterKind(model.KindDef{
		Kind:     kindNote,
		New:      func() model.Record { return &note{} },
		Personal: []string{"text"},
		Mentions: true,
		Describe: func(r model.Record, _ model.Lang) string { return r.(*note).Text },
		Opens:    func(model.Record) (model.Kind, string) { return "", "" },
	})
	saved := migrations
	migrations = append(slices.Clip(migrations), migration{CurrentSchema() + 1, "keep test notes", addKind(kindNote)})
	t.Cleanup(func() {
		migrations = saved
		remove()
	})
}

// upgradeWithNote opens the store at path (of an older schema) with the
// note kind added, and checks that it migrated whole, takes a note, keeps
// its other records' counts and opens again clean.
func upgradeWithNote(t *testing.T, path string) {
	t.Helper()
	before := rawRecords(t, path)
	s, err := Open(path)
	if err != nil {
		t.Fatalf("open and migrate: %v", err)
	}
	if v, _ := s.SchemaVersion(); v != CurrentSchema() {
		t.Errorf("schema after open %d, want %d", v, CurrentSchema())
	}
	if p := s.Check(); len(p) > 0 {
		t.Errorf("check after migrating: %v", p)
	}
	n := &note{Text: "a note"}
	n.Kind = kindNote
	if err := s.Create(n); err != nil {
		t.Fatalf("create a note: %v", err)
	}
	got, err := s.Get(kindNote, n.ID)
	if err != nil || got.(*note).Text != "a note" {
		t.Fatalf("get the note: %v, %v", got, err)
	}
	if c, err := s.Count(kindNote); c != 1 || err != nil {
		t.Errorf("count of notes %d, %v; want 1", c, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	after := rawRecords(t, path)
	for k := range before {
		if _, ok := after[k]; !ok {
			t.Errorf("%s lost in the upgrade", k)
		}
	}
	if len(after) != len(before)+1 {
		t.Errorf("%d records and history entries after the upgrade and one note, want %d", len(after), len(before)+1)
	}
	again, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if p := again.Check(); len(p) > 0 {
		t.Errorf("check on the next opening: %v", p)
	}
	again.Close()
}

// TestNewKindUpgradesEveryReleasedStore: a kind added to model's registry,
// with its addKind migration, upgrades a store of every released schema:
// those kept in testdata/schemas (made by the released programs) and one
// built by the migrations of each schema, 1 to the current one, as the
// migration tests build them. Before the released migrations kept their own
// kinds, schema 2 panicked in buildIndexes on the new kind's missing bucket.
func TestNewKindUpgradesEveryReleasedStore(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "schemas", "v*.db.gz"))
	if err != nil || len(files) < 8 {
		t.Fatalf("the stores of the released schemas are missing: %v %v", files, err)
	}
	released := slices.Clone(migrations)
	withNoteKind(t)
	for _, gz := range files {
		t.Run(strings.TrimSuffix(filepath.Base(gz), ".db.gz"), func(t *testing.T) {
			upgradeWithNote(t, unpackStore(t, gz))
		})
	}
	for i, m := range released {
		t.Run(fmt.Sprintf("built_v%d", m.version), func(t *testing.T) {
			db, path := rawDB(t)
			migrateTo(t, db, released[:1])
			p := &model.Person{Envelope: env(model.KindPerson, 1), FullName: "Гүлнар", Phone: "+77011234567", Consent: true}
			idea := &model.Idea{Envelope: env(model.KindIdea, 1), Title: "Идея", Direction: "bilim",
				Region: "abai", Status: "draft", ApplicantID: p.ID}
			if err := db.Update(func(tx *bolt.Tx) error {
				v1Record(t, tx, bucketRecords, p)
				v1Record(t, tx, bucketRecords, idea)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			migrateTo(t, db, released[:i+1])
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			upgradeWithNote(t, path)
		})
	}
}

// TestNewKindIsEverywhere: the note kind, once registered, is a kind like
// the others for New, Valid, redaction and withdrawal.
func TestNewKindIsEverywhere(t *testing.T) {
	withNoteKind(t)
	if !slices.Contains(model.Kinds(), kindNote) || !kindNote.Valid() {
		t.Fatalf("Kinds() = %v", model.Kinds())
	}
	if r, ok := model.New(kindNote).(*note); !ok || r.Kind != kindNote {
		t.Errorf("New(%q) = %#v", kindNote, r)
	}
	if keep, decided := redactDecision(kindNote, "text"); keep || !decided {
		t.Errorf("redaction of a note's text: keep %v, decided %v", keep, decided)
	}
	if !slices.Contains(model.MentionKinds(), kindNote) {
		t.Errorf("a withdrawal does not look through notes: %v", model.MentionKinds())
	}
}
