package storage

import (
	"encoding/binary"
	"encoding/json"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The erasure log (issue 17): what each withdrawal erased, so an office can
// show it was done, holding no personal data: the day and time, the
// consultant, the person's id and counts. It stays in this store only (it
// does not travel; each office logs what it erased itself).

// ErasureLogEntry is one withdrawal in the erasure log.
type ErasureLogEntry struct {
	At         time.Time `json:"at"`
	Consultant string    `json:"consultant,omitempty"`
	Person     string    `json:"person"`
	// Received: the withdrawal came from another office in a bundle (its
	// id); "" when made here.
	Received    string `json:"received,omitempty"`
	Records     int    `json:"records"`      // the person's records and the other records changed
	Revisions   int    `json:"revisions"`    // earlier revisions erased in history
	TeamEntries int    `json:"team_entries"` // team members and applicants turned to initials
	Files       int    `json:"files"`        // files beside the store deleted
	Backups     int    `json:"backups"`      // backups rewritten
	// BackupsFailed are backups that could not be rewritten (said when it
	// happened; still holding the person's data).
	BackupsFailed int   `json:"backups_failed,omitempty"`
	FreedPages    int   `json:"freed_pages"` // freed pages overwritten with zeros
	WipeFailed    bool  `json:"wipe_failed,omitempty"`
	Seq           int64 `json:"-"`
}

// Entry is the log entry for withdrawal e (the counts the store knows; the
// caller adds files, backups and freed pages).
func (e Erasure) Entry(at time.Time, consultant string) ErasureLogEntry {
	return ErasureLogEntry{
		At: at, Consultant: consultant, Person: e.PersonID,
		Records:     len(e.PersonIDs) + len(e.Records),
		Revisions:   e.History,
		TeamEntries: e.TeamEntries + e.Applicants,
	}
}

// LogErasure adds entry to the erasure log.
func (s *Store) LogErasure(entry ErasureLogEntry) error {
	data, err := json.Marshal(entry)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error { return putErasureLogData(tx, entry, data) })
}

func putErasureLog(tx *bolt.Tx, entry ErasureLogEntry) error {
	data, err := json.Marshal(entry)
	if err != nil {
		return err
	}
	return putErasureLogData(tx, entry, data)
}

func putErasureLogData(tx *bolt.Tx, entry ErasureLogEntry, data []byte) error {
	b, err := tx.CreateBucketIfNotExists(bucketErasureLog)
	if err != nil {
		return err
	}
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	key := binary.BigEndian.AppendUint64(nil, uint64(entry.At.UnixNano()))
	key = binary.BigEndian.AppendUint64(key, seq)
	return b.Put(key, data)
}

// ErasureLog is the erasure log, oldest first.
func (s *Store) ErasureLog() ([]ErasureLogEntry, error) {
	var out []ErasureLogEntry
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketErasureLog)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var e ErasureLogEntry
			if err := json.Unmarshal(v, &e); err != nil {
				return err
			}
			if len(k) == 16 {
				e.Seq = int64(binary.BigEndian.Uint64(k[8:]))
			}
			out = append(out, e)
			return nil
		})
	})
	return out, err
}
