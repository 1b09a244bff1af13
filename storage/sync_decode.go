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

// decoded is one record line, decoded and checked by a worker, with what
// merging it will need that the worker can make ahead, on a core the one
// writing transaction leaves free: its index entries (pendingEntries) and its
// doc's texts folded (prefoldDoc).
type decoded struct {
	r     model.Record
	data  []byte
	no    int
	ix    []byte
	folds [][]byte
	made  docMade // the search doc made ahead (predoc.go), or none
	// key is the record's key (its id's 16 bytes), when keyed says the
	// decoders made it: the merge need not parse the id on its lane.
	key   [16]byte
	keyed bool
}

// chunk is a run of lines decoded together; err ends the bundle there.
type chunk struct {
	lines [][]byte
	buf   []byte // the buffer the lines start in; nil when they did not fit it
	nos   []int
	out   []decoded
	sum   []byte // the bundle's running hash after the chunk's last line
	at    int    // the chunk's place in the bundle, from 0
	canon bool   // every line was canonical JSON (decodeLine)
	err   error
	done  chan struct{}
}

// chunkSums are the bundle's running hashes at the end of each chunk. The
// check pass records them; the merge pass reading the file again must meet
// the same, chunk by chunk, before any of a chunk's records reach the store,
// so what it merges is, byte for byte, what was checked (a file replaced in
// between stops the import there). Lines so proven are valid JSON already
// and are decoded without scanning them for validity again.
type chunkSums struct {
	sums  [][]byte
	canon []bool // per chunk: every line was canonical JSON
	check bool   // false: record them (the check pass); true: meet them
	i     int
}

// known reports whether chunk at was found all canonical when checked; the
// merge pass's decoders ask before meet has proven the bytes the same, and
// meet refuses the chunk if they are not.
func (cs *chunkSums) known(at int) bool {
	return cs != nil && cs.check && at < len(cs.canon) && cs.canon[at]
}

// meet records or checks the next chunk's sum; line is the chunk's first.
func (cs *chunkSums) meet(c *chunk) error {
	if cs == nil {
		return nil
	}
	defer func() { cs.i++ }()
	sum, line := c.sum, c.nos[0]
	if !cs.check {
		cs.sums = append(cs.sums, sum)
		cs.canon = append(cs.canon, c.canon)
		return nil
	}
	if cs.i >= len(cs.sums) || !bytes.Equal(cs.sums[cs.i], sum) {
		return &bundle.Error{Line: line, Reason: bundle.ReasonChanged}
	}
	return nil
}

// Decoding JSON is most of an import's work: workers on every core decode
// chunks of lines while the caller (the merge, writing to bbolt) takes them
// in bundle order. Memory stays bounded: a few chunks of about 1 MB each.
const (
	chunkLines = 256
	chunkBytes = 1 << 20
	lineBuf    = chunkBytes + chunkBytes/4
)

// decodeParallel reads br to its end, hands every record to each in line
// order, and calls end once the trailer has checked out. The first problem
// in line order is returned, whatever the workers met later.
// sums, when not nil, records or checks the running hash chunk by chunk
// (chunkSums); lines it proves were checked before skip the validity scan.
func decodeParallel(ctx context.Context, br *bundle.Reader, horizon uint64, sums *chunkSums, each func(d *decoded) error, end func(*bundle.Reader)) error {
	return newPipeline(br, horizon, sums, each != nil, false).run(ctx, each, end)
}

// newPipeline is a decodeParallel's pipeline; lean: the records are not
// merged into a store (the hub's reading): no index entries nor folded
// texts are made ahead for them.
func newPipeline(br *bundle.Reader, horizon uint64, sums *chunkSums, keep, lean bool) *pipeline {
	workers := max(1, runtime.GOMAXPROCS(0))
	p := &pipeline{br: br, horizon: horizon, sums: sums, keep: keep, lean: lean && keep,
		jobs: make(chan *chunk, workers), order: make(chan *chunk, 2*workers), stop: make(chan struct{})}
	// Checking only (each nil), nothing keeps a line once its chunk is
	// decoded: the chunks' buffers are used again, not a new one a
	// megabyte. (Merging, lines are stored as read, until their commit.)
	if !keep {
		p.free = make(chan []byte, 2*workers+2)
	}
	p.workers = workers
	return p
}

// run starts the pipeline's reader and workers and takes their records.
func (p *pipeline) run(ctx context.Context, each func(d *decoded) error, end func(*bundle.Reader)) error {
	for range p.workers {
		p.wg.Add(1)
		go p.work()
	}
	go p.read(ctx)
	return p.take(each, end)
}

// pipeline is one decodeParallel: a reader cuts lines into chunks, workers
// decode them, and the caller takes them in order.
type pipeline struct {
	br      *bundle.Reader
	horizon uint64
	sums    *chunkSums
	keep    bool // the caller merges: keep each decoded record
	lean    bool // nothing made ahead for a store's merge (newPipeline)
	workers int
	free    chan []byte // chunk buffers to use again (checking only)
	jobs    chan *chunk // to the workers
	order   chan *chunk // to the caller, in bundle order
	stop    chan struct{}
	wg      sync.WaitGroup
}

// work decodes chunks until there are no more.
func (p *pipeline) work() {
	defer p.wg.Done()
	for c := range p.jobs {
		known := p.sums.known(c.at)
		c.canon = true
		if p.keep {
			c.out = make([]decoded, 0, len(c.lines))
		}
		for i, line := range c.lines {
			r, data, canon, err := decodeLine(line, c.nos[i], p.horizon, known)
			if err != nil {
				c.err = err
				break
			}
			c.canon = c.canon && canon
			switch {
			case p.lean:
				c.out = append(c.out, decoded{r: r, data: data, no: c.nos[i]})
			case p.keep:
				d := decoded{r: r, data: data, no: c.nos[i], ix: pendingEntries(r), folds: prefoldDoc(r)}
				d.keyed = parseCanonicalID(d.key[:], r.Env().ID)
				c.out = append(c.out, d)
			}
		}
		c.lines = nil
		close(c.done)
	}
}

// send hands c to the caller and, when it has lines, to a worker; false
// once the caller has stopped.
func (p *pipeline) send(c *chunk) bool {
	if c.lines != nil {
		c.sum = p.br.Sum()
	}
	select {
	case p.order <- c:
	case <-p.stop:
		return false
	}
	if c.lines == nil {
		close(c.done)
		return true
	}
	select {
	case p.jobs <- c:
		return true
	case <-p.stop:
		return false
	}
}

func (p *pipeline) newBuf() []byte {
	select {
	case b := <-p.free:
		return b[:0]
	default:
		return make([]byte, 0, lineBuf)
	}
}

// read cuts the bundle's lines into chunks, ending with a chunk of no lines
// carrying the end's error (nil at the end of the bundle).
func (p *pipeline) read(ctx context.Context) {
	defer close(p.order)
	defer close(p.jobs)
	c := newChunk(0)
	size := 0
	buf := p.newBuf()
	c.buf = buf
	for n := 0; ; n++ {
		if n%1024 == 0 && ctx.Err() != nil {
			p.send(&chunk{err: ctx.Err(), done: make(chan struct{})})
			return
		}
		line, no, err := p.br.Next()
		if err != nil {
			if len(c.lines) > 0 && !p.send(c) {
				return
			}
			if errors.Is(err, io.EOF) {
				err = nil
			}
			p.send(&chunk{err: err, done: make(chan struct{})})
			return
		}
		// A chunk's lines share one buffer: one allocation, not one a
		// line. A line too long for what is left of it gets its own.
		if cap(buf)-len(buf) < len(line) {
			buf = make([]byte, 0, max(lineBuf, len(line)))
			c.buf = nil // not all in one: not used again
		}
		at := len(buf)
		buf = append(buf, line...)
		c.lines = append(c.lines, buf[at:len(buf):len(buf)])
		c.nos = append(c.nos, no)
		size += len(line)
		if len(c.lines) == chunkLines || size >= chunkBytes {
			if !p.send(c) {
				return
			}
			c, size = newChunk(c.at+1), 0
			if p.free != nil || cap(buf)-len(buf) < chunkBytes/4 {
				buf = p.newBuf() // a buffer used again is one chunk's alone
			}
			c.buf = buf
		}
	}
}

// newChunk is chunk at, with room for chunkLines lines.
func newChunk(at int) *chunk {
	return &chunk{at: at, done: make(chan struct{}), lines: make([][]byte, 0, chunkLines), nos: make([]int, 0, chunkLines)}
}

// take hands the decoded records to each in bundle order, meeting the
// chunks' sums, and calls end after the last chunk.
func (p *pipeline) take(each func(d *decoded) error, end func(*bundle.Reader)) error {
	finish := func(err error) error {
		close(p.stop)
		for range p.order { // let the reader see stop and end
		}
		p.wg.Wait()
		return err
	}
	for c := range p.order {
		<-c.done
		if c.sum != nil {
			if err := p.sums.meet(c); err != nil {
				return finish(err)
			}
		}
		if p.free != nil && c.buf != nil && cap(c.buf) == lineBuf && c.err == nil {
			select {
			case p.free <- c.buf:
			default:
			}
		}
		for i := range c.out {
			if err := each(&c.out[i]); err != nil {
				return finish(err)
			}
		}
		if c.err != nil {
			return finish(c.err)
		}
		if c.lines == nil && c.out == nil && c.nos == nil { // the last, empty chunk: the end
			p.wg.Wait()
			end(p.br)
			return nil
		}
	}
	p.wg.Wait()
	return nil
}

// decodeLine decodes and checks one record line, returning the record and its
// canonical JSON (as this program writes it, which the history key hashes);
// canon says the line was that JSON. known says an earlier reading of the
// same bytes found them canonical (chunkSums): they are decoded by the fast
// reader alone.
func decodeLine(line []byte, no int, horizon uint64, known bool) (r model.Record, data []byte, canon bool, err error) {
	bad := func(detail string, err error) error {
		return &bundle.Error{Line: no, Reason: bundle.ReasonRecord, Detail: detail, Err: err}
	}
	k := model.Kind(bundle.Kind(line))
	if !k.Valid() {
		if !json.Valid(line) {
			return nil, nil, false, &bundle.Error{Line: no, Reason: bundle.ReasonBadJSON}
		}
		return nil, nil, false, bad(fmt.Sprintf("unknown kind %q", k), nil)
	}
	if known {
		r, err = decodeKnownCanonical(k, line)
		data, canon = line, true
	} else {
		r, data, canon, err = decodeCanonical(k, line)
	}
	if err != nil {
		if !json.Valid(line) {
			return nil, nil, false, &bundle.Error{Line: no, Reason: bundle.ReasonBadJSON, Err: err}
		}
		return nil, nil, false, bad("", err)
	}
	env := r.Env()
	switch {
	case env.Kind != k:
		return nil, nil, false, bad(fmt.Sprintf("kind %q", env.Kind), nil)
	case !model.ValidID(env.ID):
		return nil, nil, false, bad(fmt.Sprintf("id %q", env.ID), nil)
	case env.Rev == 0 || env.BaseRev >= env.Rev:
		return nil, nil, false, bad(fmt.Sprintf("rev %d, base_rev %d", env.Rev, env.BaseRev), nil)
	case env.BaseHLC != 0 && env.BaseRev == 0:
		return nil, nil, false, bad(fmt.Sprintf("base_hlc %d without a base_rev", env.BaseHLC), nil)
	case env.Origin == "" || env.HLC == 0:
		return nil, nil, false, bad("no origin or clock", nil)
	case env.HLC > horizon:
		return nil, nil, false, bad("clock more than a year ahead", nil)
	}
	if known {
		return r, data, canon, nil // these very bytes passed Validate
	}
	if err := r.Validate(); err != nil {
		return nil, nil, false, bad(fmt.Sprintf("%s %s", k, env.ID), err)
	}
	return r, data, canon, nil
}
