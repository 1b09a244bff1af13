package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"frontoffice/model"
	"frontoffice/storage/bundle"
)

// decoded is one record line, decoded and checked by a worker.
type decoded struct {
	r    model.Record
	data []byte
	no   int
}

// chunk is a run of lines decoded together; err ends the bundle there.
type chunk struct {
	lines [][]byte
	nos   []int
	out   []decoded
	err   error
	done  chan struct{}
}

// Decoding JSON is most of an import's work: workers on every core decode
// chunks of lines while the caller (the merge, writing to bbolt) takes them
// in bundle order. Memory stays bounded: a few chunks of about 1 MB each.
const (
	chunkLines = 256
	chunkBytes = 1 << 20
)

// decodeParallel reads br to its end, hands every record to each in line
// order, and calls end once the trailer has checked out. The first problem
// in line order is returned, whatever the workers met later.
func decodeParallel(ctx context.Context, br *bundle.Reader, horizon uint64, each func(r model.Record, data []byte, no int) error, end func(*bundle.Reader)) error {
	workers := max(1, runtime.GOMAXPROCS(0))
	jobs := make(chan *chunk, workers)
	order := make(chan *chunk, 2*workers)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range jobs {
				for i, line := range c.lines {
					r, data, err := decodeLine(line, c.nos[i], horizon, each != nil)
					if err != nil {
						c.err = err
						break
					}
					if each != nil {
						c.out = append(c.out, decoded{r, data, c.nos[i]})
					}
				}
				c.lines = nil
				close(c.done)
			}
		}()
	}
	// The reader: lines into chunks, chunks to the workers and, in order, to
	// the caller.
	go func() {
		defer close(order)
		defer close(jobs)
		send := func(c *chunk) bool {
			select {
			case order <- c:
			case <-stop:
				return false
			}
			if c.lines == nil {
				close(c.done)
				return true
			}
			select {
			case jobs <- c:
				return true
			case <-stop:
				return false
			}
		}
		c := &chunk{done: make(chan struct{})}
		size := 0
		for n := 0; ; n++ {
			if n%1024 == 0 && ctx.Err() != nil {
				send(&chunk{err: ctx.Err(), done: make(chan struct{})})
				return
			}
			line, no, err := br.Next()
			if err != nil {
				if len(c.lines) > 0 && !send(c) {
					return
				}
				if errors.Is(err, io.EOF) {
					err = nil
				}
				send(&chunk{err: err, done: make(chan struct{})})
				return
			}
			c.lines = append(c.lines, bytes.Clone(line))
			c.nos = append(c.nos, no)
			size += len(line)
			if len(c.lines) == chunkLines || size >= chunkBytes {
				if !send(c) {
					return
				}
				c, size = &chunk{done: make(chan struct{})}, 0
			}
		}
	}()
	finish := func(err error) error {
		close(stop)
		for range order { // let the reader see stop and end
		}
		wg.Wait()
		return err
	}
	for c := range order {
		<-c.done
		for _, d := range c.out {
			if err := each(d.r, d.data, d.no); err != nil {
				return finish(err)
			}
		}
		if c.err != nil {
			return finish(c.err)
		}
		if c.lines == nil && c.out == nil && c.nos == nil { // the last, empty chunk: the end
			wg.Wait()
			end(br)
			return nil
		}
	}
	wg.Wait()
	return nil
}

// decodeLine decodes and checks one record line, returning the record and its
// canonical JSON (as this program writes it, which the history key hashes).
func decodeLine(line []byte, no int, horizon uint64, canonical bool) (model.Record, []byte, error) {
	bad := func(detail string, err error) error {
		return &bundle.Error{Line: no, Reason: bundle.ReasonRecord, Detail: detail, Err: err}
	}
	k := model.Kind(bundle.Kind(line))
	if !k.Valid() {
		if !json.Valid(line) {
			return nil, nil, &bundle.Error{Line: no, Reason: bundle.ReasonBadJSON}
		}
		return nil, nil, bad(fmt.Sprintf("unknown kind %q", k), nil)
	}
	r := model.New(k)
	if err := json.Unmarshal(line, r); err != nil {
		if !json.Valid(line) {
			return nil, nil, &bundle.Error{Line: no, Reason: bundle.ReasonBadJSON, Err: err}
		}
		return nil, nil, bad("", err)
	}
	env := r.Env()
	switch {
	case env.Kind != k:
		return nil, nil, bad(fmt.Sprintf("kind %q", env.Kind), nil)
	case !model.ValidID(env.ID):
		return nil, nil, bad(fmt.Sprintf("id %q", env.ID), nil)
	case env.Rev == 0 || env.BaseRev >= env.Rev:
		return nil, nil, bad(fmt.Sprintf("rev %d, base_rev %d", env.Rev, env.BaseRev), nil)
	case env.Origin == "" || env.HLC == 0:
		return nil, nil, bad("no origin or clock", nil)
	case env.HLC > horizon:
		return nil, nil, bad("clock more than a year ahead", nil)
	}
	if err := r.Validate(); err != nil {
		return nil, nil, bad(fmt.Sprintf("%s %s", k, env.ID), err)
	}
	if !canonical {
		return r, nil, nil
	}
	data, err := json.Marshal(r)
	if err != nil {
		return nil, nil, bad("", err)
	}
	return r, data, nil
}
