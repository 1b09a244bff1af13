package storage

import (
	"testing"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// TestMigration6Supersedes: a version-5 store holding a correction gets the
// supersedes index built from its records.
func TestMigration6Supersedes(t *testing.T) {
	db, path := rawDB(t)
	migrateTo(t, db, migrations[:5])
	person := &model.Person{Envelope: env(model.KindPerson, 1), FullName: "Гүлнар", Consent: true}
	old := &model.Consultation{Envelope: env(model.KindConsultation, 1), Date: "2026-02-01", Consultant: "Айгерим",
		Services: []model.Service{"grant_writing"}, PersonID: person.ID, FollowUp: "2026-02-10"}
	fix := *old
	fix.Envelope = env(model.KindConsultation, 1)
	fix.Supersedes, fix.FollowUp = old.ID, "2026-02-12"
	err := db.Update(func(tx *bolt.Tx) error {
		for _, r := range []model.Record{old, &fix} { // the person need not be stored
			v1Record(t, tx, bucketRecords, r)
		}
		if err := buildIndexes(tx, indexesV2); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyClean, []byte("1"))
	})
	if err != nil {
		t.Fatal(err)
	}
	migrateTo(t, db, migrations)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	s := openChecked(t, path)
	list, err := s.ConsultationsOf(person.ID)
	if err != nil || len(list) != 2 {
		t.Fatalf("ConsultationsOf: %+v, %v", list, err)
	}
	for _, e := range list {
		want := ""
		if e.Consultation.ID == old.ID {
			want = fix.ID
		}
		if e.SupersededBy != want {
			t.Errorf("%s superseded by %q, want %q", e.Consultation.ID, e.SupersededBy, want)
		}
	}
	if fus, _, err := s.FollowUps("2026-02-13", 0); err != nil || len(fus) != 1 || fus[0].Consultation.ID != fix.ID {
		t.Errorf("follow-ups after migration: %+v, %v", fus, err)
	}
}
