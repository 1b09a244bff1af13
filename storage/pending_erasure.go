package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// Pending erasures (issue 17): a withdrawal runs in steps — the store's
// records (Withdraw, or a merge that brings one and eraseReceived), then the
// files beside the store, the backups, the freed pages and the erasure log
// (appdoc.Finish). So that a stop between them (kill -9, power cut) loses
// nothing, the records' transaction also writes an entry under
// erasing/<person id> holding what the later steps need (the person's
// phones, IINs and names as they were: personal data, kept only until the
// steps are done), and each step done is recorded there. When the files
// and backups are done the entry is overwritten with a marker that holds
// counts and ids only, the freed pages are wiped (the page that held the
// entry among them), and the marker is deleted with the log entry written,
// in one transaction. appdoc.FinishPending resumes what a stop left.

// PendingErasure is one withdrawal whose steps beyond the store's records
// are not all done yet.
type PendingErasure struct {
	Erasure  Erasure
	Received string // the office the withdrawal came from; "" when made here
	// Mentions: the other records that name or reach the person are
	// erased (always so for a withdrawal made here).
	Mentions bool
	// FilesDone, BackupsDone: the steps done, and their counts.
	FilesDone, BackupsDone bool
	Files, Backups         int
	BackupsFailed          int
	// Cleared: the entry holds no personal data any more (the marker);
	// Log is what the erasure log is to be told, but the freed pages.
	Cleared bool
	Log     ErasureLogEntry
}

type pendingJSON struct {
	Person        string           `json:"person"`
	Received      string           `json:"received,omitempty"`
	Mentions      bool             `json:"mentions,omitempty"`
	Before        *model.Person    `json:"before,omitempty"` // received, until Mentions
	Erasure       *erasureJSON     `json:"erasure,omitempty"`
	FilesDone     bool             `json:"files_done,omitempty"`
	Files         int              `json:"files,omitempty"`
	BackupsDone   bool             `json:"backups_done,omitempty"`
	Backups       int              `json:"backups,omitempty"`
	BackupsFailed int              `json:"backups_failed,omitempty"`
	Cleared       bool             `json:"cleared,omitempty"`
	Log           *ErasureLogEntry `json:"log,omitempty"`
}

type erasureJSON struct {
	PersonID       string   `json:"person_id"`
	Records        []string `json:"records,omitempty"`
	TeamEntries    int      `json:"team_entries,omitempty"`
	Applicants     int      `json:"applicants,omitempty"`
	FreeTexts      int      `json:"free_texts,omitempty"`
	History        int      `json:"history,omitempty"`
	ApplicantIdeas []string `json:"applicant_ideas,omitempty"`
	PersonIDs      []string `json:"person_ids,omitempty"`
	Phones         []string `json:"phones,omitempty"`
	IINs           []string `json:"iins,omitempty"`
	Names          []string `json:"names,omitempty"`
	FileNames      []string `json:"file_names,omitempty"`
}

func toErasureJSON(e Erasure) *erasureJSON {
	return &erasureJSON{
		PersonID: e.PersonID, Records: e.Records, TeamEntries: e.TeamEntries, Applicants: e.Applicants,
		FreeTexts: e.FreeTexts, History: e.History, ApplicantIdeas: e.ApplicantIdeas, PersonIDs: e.PersonIDs,
		Phones: e.traces.phones, IINs: e.traces.iins, Names: e.traces.names, FileNames: e.traces.fileNames,
	}
}

func (j *erasureJSON) erasure() Erasure {
	if j == nil {
		return Erasure{}
	}
	return Erasure{
		PersonID: j.PersonID, Records: j.Records, TeamEntries: j.TeamEntries, Applicants: j.Applicants,
		FreeTexts: j.FreeTexts, History: j.History, ApplicantIdeas: j.ApplicantIdeas, PersonIDs: j.PersonIDs,
		traces: traces{phones: j.Phones, iins: j.IINs, names: j.Names, fileNames: j.FileNames},
	}
}

// merge adds what o erased to e (the same person withdrawn again before the
// first withdrawal's steps were done).
func mergeErasure(e *Erasure, o Erasure) {
	e.Records = compactSorted(append(e.Records, o.Records...))
	e.ApplicantIdeas = compactSorted(append(e.ApplicantIdeas, o.ApplicantIdeas...))
	e.PersonIDs = compactSorted(append(e.PersonIDs, o.PersonIDs...))
	e.TeamEntries += o.TeamEntries
	e.Applicants += o.Applicants
	e.FreeTexts += o.FreeTexts
	e.History += o.History
	for _, v := range o.traces.phones {
		e.traces.phones = appendNew(e.traces.phones, v)
	}
	for _, v := range o.traces.iins {
		e.traces.iins = appendNew(e.traces.iins, v)
	}
	for _, v := range o.traces.names {
		e.traces.names = appendNew(e.traces.names, v)
	}
	for _, v := range o.traces.fileNames {
		e.traces.fileNames = appendNew(e.traces.fileNames, v)
	}
}

func compactSorted(s []string) []string {
	slices.Sort(s)
	return slices.Compact(s)
}

func getPending(tx *bolt.Tx, id string) (*pendingJSON, error) {
	b := tx.Bucket(bucketErasing)
	if b == nil {
		return nil, nil
	}
	v := b.Get([]byte(id))
	if v == nil {
		return nil, nil
	}
	var p pendingJSON
	if err := json.Unmarshal(v, &p); err != nil {
		return nil, fmt.Errorf("pending erasure of %s: %w", id, err)
	}
	return &p, nil
}

func putPending(tx *bolt.Tx, p *pendingJSON) error {
	b, err := tx.CreateBucketIfNotExists(bucketErasing)
	if err != nil {
		return err
	}
	data, err := json.Marshal(p)
	if err != nil {
		return err
	}
	return b.Put([]byte(p.Person), data)
}

// notePendingLocal records withdrawal e, made here, as pending, in the
// transaction that erased the records.
func notePendingLocal(tx *bolt.Tx, e Erasure) error {
	old, err := getPending(tx, e.PersonID)
	if err != nil {
		return err
	}
	if old != nil && !old.Cleared && old.Erasure != nil {
		prev := old.Erasure.erasure()
		mergeErasure(&prev, e)
		e = prev
	}
	return putPending(tx, &pendingJSON{Person: e.PersonID, Mentions: true, Erasure: toErasureJSON(e)})
}

// notePendingReceived records the withdrawals a merge batch brought
// (before: the people as they were here) as pending, in the batch's
// transaction; their mentions are erased after the merge (eraseReceived).
func notePendingReceived(tx *bolt.Tx, withdrawn []erasing, origin string) error {
	for _, w := range withdrawn {
		old, err := getPending(tx, w.ID)
		if err != nil {
			return err
		}
		if old != nil && !old.Cleared {
			continue // already pending: it has the person as they were
		}
		if err := putPending(tx, &pendingJSON{Person: w.ID, Received: origin, Before: w.before}); err != nil {
			return err
		}
	}
	return nil
}

// HasPendingErasures reports whether a withdrawal's steps are left to do
// (one bucket lookup).
func (s *Store) HasPendingErasures() bool {
	found := false
	s.db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketErasing); b != nil {
			k, _ := b.Cursor().First()
			found = k != nil
		}
		return nil
	})
	return found
}

// PendingErasures are the withdrawals whose steps are left to do. Those
// received whose mentions are not erased yet are erased first
// (eraseReceived), so each returned has Mentions.
func (s *Store) PendingErasures() ([]PendingErasure, error) {
	if !s.HasPendingErasures() {
		return nil, nil
	}
	if !s.readOnly {
		if _, err := s.eraseReceived(nil); err != nil {
			return nil, err
		}
	}
	var out []PendingErasure
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketErasing)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, _ []byte) error {
			p, err := getPending(tx, string(k))
			if err != nil || p == nil {
				return err
			}
			out = append(out, p.public())
			return nil
		})
	})
	return out, err
}

// PendingErasureIDs are the people whose withdrawal has steps left to do
// (for check: ids only).
func (s *Store) PendingErasureIDs() ([]string, error) {
	var out []string
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketErasing)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, _ []byte) error {
			out = append(out, string(k))
			return nil
		})
	})
	return out, err
}

func (p *pendingJSON) public() PendingErasure {
	out := PendingErasure{
		Received: p.Received, Mentions: p.Mentions, FilesDone: p.FilesDone, Files: p.Files,
		BackupsDone: p.BackupsDone, Backups: p.Backups, BackupsFailed: p.BackupsFailed, Cleared: p.Cleared,
	}
	out.Erasure = p.Erasure.erasure()
	if out.Erasure.PersonID == "" {
		out.Erasure.PersonID = p.Person
	}
	if p.Log != nil {
		out.Log = *p.Log
	}
	return out
}

// PendingErasureOf is the pending entry of person id; false when there is
// none (its steps are all done).
func (s *Store) PendingErasureOf(id string) (PendingErasure, bool, error) {
	var out PendingErasure
	found := false
	err := s.db.View(func(tx *bolt.Tx) error {
		p, err := getPending(tx, id)
		if err != nil || p == nil {
			return err
		}
		out, found = p.public(), true
		return nil
	})
	return out, found, err
}

// ErrNoPendingErasure: the entry is gone (its steps were finished
// elsewhere).
var ErrNoPendingErasure = errors.New("no pending erasure")

// updatePending changes the pending entry of id with fn, in one transaction.
func (s *Store) updatePending(id string, fn func(p *pendingJSON)) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		p, err := getPending(tx, id)
		if err != nil {
			return err
		}
		if p == nil {
			return ErrNoPendingErasure
		}
		fn(p)
		return putPending(tx, p)
	})
}

// PendingFilesDone records that the files made for person id are deleted
// (n of them).
func (s *Store) PendingFilesDone(id string, n int) error {
	return s.updatePending(id, func(p *pendingJSON) { p.FilesDone, p.Files = true, n })
}

// PendingBackupsDone records that the backups are rewritten (n of them;
// failed could not be).
func (s *Store) PendingBackupsDone(id string, n, failed int) error {
	return s.updatePending(id, func(p *pendingJSON) { p.BackupsDone, p.Backups, p.BackupsFailed = true, n, failed })
}

// ClearPending overwrites the pending entry of id with a marker that holds
// no personal data, only log (counts and ids), before the freed pages are
// wiped.
func (s *Store) ClearPending(id string, log ErasureLogEntry) error {
	return s.updatePending(id, func(p *pendingJSON) {
		*p = pendingJSON{Person: p.Person, Received: p.Received, Mentions: true, FilesDone: true, Files: p.Files,
			BackupsDone: true, Backups: p.Backups, BackupsFailed: p.BackupsFailed, Cleared: true, Log: &log}
	})
}

// LogErasureDone writes entry to the erasure log and deletes the pending
// marker of id, in one transaction: the log is written once.
func (s *Store) LogErasureDone(id string, entry ErasureLogEntry) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		if err := putErasureLog(tx, entry); err != nil {
			return err
		}
		b := tx.Bucket(bucketErasing)
		if b == nil {
			return nil
		}
		if err := b.Delete([]byte(id)); err != nil {
			return err
		}
		if k, _ := b.Cursor().First(); k == nil {
			return tx.DeleteBucket(bucketErasing)
		}
		return nil
	})
}

// dropPendingIn deletes the pending entries of ids (in a backup's copy,
// whose erasure the live store finishes).
func dropPendingIn(tx *bolt.Tx, ids []string) error {
	b := tx.Bucket(bucketErasing)
	if b == nil {
		return nil
	}
	for _, id := range ids {
		if err := b.Delete([]byte(id)); err != nil {
			return err
		}
	}
	return nil
}

// KillPoint kills this process, as kill -9 would, when
// $FRONTOFFICE_TEST_KILL_AT names point: tests stop a command between a
// withdrawal's steps that way (withdraw_resume_test.go). Unset, it does
// nothing.
func KillPoint(point string) {
	if v := os.Getenv("FRONTOFFICE_TEST_KILL_AT"); v == "" || v != point {
		return
	}
	if p, err := os.FindProcess(os.Getpid()); err == nil {
		p.Kill()
	}
	select {} // the kill arrives
}
