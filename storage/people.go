package storage

import (
	"bytes"
	"encoding/json"
	"sort"
	"strings"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// IdeasOf returns the live ideas whose applicant is the person personID,
// most recently changed first. It reads the idea_applicant index, so it costs
// only the person's own ideas, however many ideas the store holds. An id that
// names nobody gives no ideas and no error.
func (s *Store) IdeasOf(personID string) ([]*model.Idea, error) {
	var out []*model.Idea
	err := s.db.View(func(tx *bolt.Tx) error {
		var ids [][]byte
		for _, who := range groupIDs(tx, personID) { // one person across offices
			scanIndex(tx, ixIdeaApplicant, who, "", func(_ string, id []byte) bool {
				ids = append(ids, bytes.Clone(id))
				return true
			})
		}
		for _, id := range ids {
			r, _, err := getRecord(tx, model.KindIdea, idString(id))
			if err != nil {
				return err
			}
			if r.Env().Deleted { // the index holds live ideas only; be safe anyway
				continue
			}
			out = append(out, r.(*model.Idea))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if !a.UpdatedAt.Equal(b.UpdatedAt) {
			return a.UpdatedAt.After(b.UpdatedAt)
		}
		return a.ID > b.ID // ids are time-ordered: newer first
	})
	return out, nil
}

// Organizations returns the distinct organisations (colleges, universities,
// schools) of live people, the most common first, then alphabetically, so a
// form can suggest them and one college is not typed five ways. Surrounding
// spaces are ignored. Only the organisation field of each record is decoded.
func (s *Store) Organizations() ([]string, error) {
	counts := map[string]int{}
	err := s.db.View(func(tx *bolt.Tx) error {
		b, err := kindBucket(tx, bucketRecords, model.KindPerson)
		if err != nil {
			return err
		}
		return b.ForEach(func(_, v []byte) error {
			var p struct {
				Organization string `json:"organization"`
				Deleted      bool   `json:"deleted"`
				MergedInto   string `json:"merged_into"`
			}
			if err := json.Unmarshal(v, &p); err != nil {
				return err
			}
			if o := strings.TrimSpace(p.Organization); o != "" && !p.Deleted && p.MergedInto == "" {
				counts[o]++
			}
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(counts))
	for o := range counts {
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool {
		if counts[out[i]] != counts[out[j]] {
			return counts[out[i]] > counts[out[j]]
		}
		return out[i] < out[j]
	})
	return out, nil
}
