package storage

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/storage/bundle"

	bolt "go.etcd.io/bbolt"
)

// Outcome is what merging one revision did.
type Outcome int

// Outcomes of merging one revision.
const (
	Unchanged Outcome = iota // the store had this revision already
	Added                    // a record the store did not have
	Updated                  // a newer revision: it is current now, the old one in history
	Earlier                  // an older or losing revision: kept in history only
)

// KindCounts are the outcomes of one kind's revisions in an import.
type KindCounts struct {
	Added, Updated, Unchanged, Earlier int
	Conflicts                          int // records that came into conflict
}

func (c *KindCounts) add(o Outcome) {
	switch o {
	case Added:
		c.Added++
	case Updated:
		c.Updated++
	case Earlier:
		c.Earlier++
	default:
		c.Unchanged++
	}
}

// combine is what two revisions of one record did together: added beats
// updated beats kept in history beats unchanged.
func combine(a, b Outcome) Outcome {
	rank := func(o Outcome) int { return []int{Unchanged: 0, Earlier: 1, Updated: 2, Added: 3}[o] }
	if rank(b) > rank(a) && a != Added {
		return b
	}
	return a
}

// ImportSummary is what one bundle's import did: records counted once each.
type ImportSummary struct {
	Manifest bundle.Manifest
	Records  int
	Kinds    map[model.Kind]*KindCounts
	// Erasures are the withdrawals the bundle brought, applied here to the
	// other records naming the person (erase_received.go); the caller takes
	// them on to files, freed pages and backups (appdoc.Finish).
	Erasures []Erasure
}

// Total adds up the kinds.
func (s ImportSummary) Total() KindCounts {
	var t KindCounts
	for _, c := range s.Kinds {
		t.Added += c.Added
		t.Updated += c.Updated
		t.Unchanged += c.Unchanged
		t.Earlier += c.Earlier
		t.Conflicts += c.Conflicts
	}
	return t
}

// Changed reports whether the import changed the store.
func (s ImportSummary) Changed() bool {
	t := s.Total()
	return t.Added+t.Updated+t.Earlier > 0
}

// Source is a bundle file to read, opened afresh for each pass.
type Source struct {
	Name string
	Open func() (io.ReadCloser, error)
}

// FileSource reads a bundle from the file at path.
func FileSource(path string) Source {
	return Source{Name: filepath.Clean(path), Open: func() (io.ReadCloser, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		return struct {
			io.Reader
			io.Closer
		}{bufio.NewReaderSize(f, 256<<10), f}, nil
	}}
}

// Passphrase gives the passphrase of an encrypted bundle (asked once, kept by the caller).
type Passphrase func() (string, error)

// maxFuture is how far ahead of this computer's clock a revision's clock may
// be: office clocks are days off, not years. A bundle claiming more is refused,
// so one bad clock cannot push every office's clock into the far future.
const maxFuture = 366 * 24 * time.Hour

// CheckBundle reads the whole bundle and checks it without touching the store:
// gzip (or age), every line's length and JSON, versions, the trailer's count
// and hash, the signature when there is one, and every record's own checks.
// It returns the manifest and the trailer (whose hash names the bundle).
func (s *Store) CheckBundle(ctx context.Context, src Source, pass Passphrase) (bundle.Manifest, bundle.Trailer, error) {
	m, t, _, err := s.checkBundle(ctx, src, pass, nil)
	return m, t, err
}

// checkBundle is CheckBundle recording the chunks' sums in sums (not nil);
// signed says the bundle's signature verified with the key its manifest names.
func (s *Store) checkBundle(ctx context.Context, src Source, pass Passphrase, sums *chunkSums) (m bundle.Manifest, t bundle.Trailer, signed bool, err error) {
	err = s.readBundle(ctx, src, pass, func(br *bundle.Reader) error {
		m = br.Manifest
		if m.Redacted {
			return &bundle.Error{Line: 1, Reason: bundle.ReasonRedacted}
		}
		return nil
	}, sums, nil, func(br *bundle.Reader) { t, signed = br.Trailer, br.Signed })
	return m, t, signed, err
}

// importBatch is how many record lines one transaction merges. bbolt splits
// pages only at commit, so one transaction of a whole 200,000-record bundle
// would slow to a crawl and hold it all in memory. A variable: tests lower it.
var importBatch = 5000

// pendingImport is kept in meta while an import's batches are being
// committed; it is gone once the last batch is.
type pendingImport struct {
	Name   string `json:"name"`
	SHA256 string `json:"sha256"`
	Origin string `json:"origin"`
	Lines  int    `json:"lines_done"`
}

var keyPendingImport = []byte("import_pending")

// PendingImport names the bundle whose import was interrupted (a crash, a
// kill) before its last batch; "" when none. Importing that bundle again
// finishes it: merging is idempotent.
func (s *Store) PendingImport() string {
	var name string
	s.db.View(func(tx *bolt.Tx) error {
		var p pendingImport
		if json.Unmarshal(tx.Bucket(bucketMeta).Get(keyPendingImport), &p) == nil {
			name = p.Name
		}
		return nil
	})
	return name
}

// ImportOptions are what a consultant allowed for an import.
type ImportOptions struct {
	// Trust trusts the key of an office whose first bundle this is (the
	// consultant compared its fingerprint with that office's).
	Trust bool
	// AllowUnsigned merges a bundle without a signature; the hours it
	// brings verified count here only once a consultant here verifies them.
	AllowUnsigned bool
}

// ImportBundle checks the whole bundle (CheckForImport) and, only when all
// of it is sound and o permits who signed it (Checked.Permitted), merges it
// in batched transactions. A refused bundle or a cancelled check changes
// nothing. Once merging has begun it runs to the end (ctx is no longer
// looked at); a crash midway leaves a store that passes its check, holds a
// prefix of the bundle and names it in PendingImport, and importing the same
// bundle again completes it exactly. Into a store of under onePassMost
// records (a new office) the bundle is read once, merged into a copy of the
// store while checked, and the copy takes the store's place only when all
// of it is in (sync_onepass.go): a refused bundle, a stop or a kill leaves
// the store as it was.
// progress, when not nil, is called now and then with the lines merged.
func (s *Store) ImportBundle(ctx context.Context, src Source, pass Passphrase, o ImportOptions, progress func(lines int)) (ImportSummary, error) {
	c, err := s.checkForImport(ctx, src, pass, true, false, nil)
	if err != nil {
		return ImportSummary{}, err
	}
	c.TrustNew, c.AllowUnsigned = o.Trust, o.AllowUnsigned
	if err := c.Permitted(); err != nil {
		c.Drop()
		return ImportSummary{}, err
	}
	return s.MergeChecked(c, progress)
}

// Checked is a bundle CheckForImport found sound, to be merged by
// MergeChecked without checking it again. (Reading it to merge, the store
// proves chunk by chunk that it reads the bytes that were checked.)
type Checked struct {
	Source   Source
	Manifest bundle.Manifest
	Trailer  bundle.Trailer
	// Signer is who signed the bundle and whether this store knows them.
	Signer Signer
	// TrustNew and AllowUnsigned are the consultant's answers: trust the
	// office of a SignerNew bundle; merge a SignerUnsigned one. MergeChecked
	// refuses either bundle without its answer (Permitted).
	TrustNew, AllowUnsigned bool
	sums                    *chunkSums
	pass                    Passphrase
	one                     *onePass // merged while checked, into a copy (sync_onepass.go)
}

// CheckForImport is CheckBundle keeping what merging the bundle needs: a
// caller importing several bundles checks them all first, then merges each.
// It refuses (a TrustError) a bundle that claims this office's id without
// this office's signature, and one from a known office signed with another
// key than the one trusted; a bundle from an office not known yet, or an
// unsigned one, it returns for the caller to ask (Checked.Signer, Permitted).
func (s *Store) CheckForImport(ctx context.Context, src Source, pass Passphrase) (*Checked, error) {
	return s.checkForImport(ctx, src, pass, false, false, nil)
}

// CheckForImportOnce is CheckForImport for a caller that merges the bundle
// right after (MergeCheckedContext) with the same ctx, and that stops, when
// ctx ends, at a batch boundary keeping the batches merged (the import
// command). Into a store that holds (almost) nothing yet, the bundle is read
// once: merged into a copy of the store while checked (sync_onepass.go),
// and a stop during that reading ends the merging at a batch boundary but
// still reads and checks the rest, so that MergeCheckedContext keeps the
// batches merged, exactly as a stop after a check does. progress sees the
// lines merged into the copy and the count the manifest promises. Checked
// and not merged, c.Drop deletes the copy.
func (s *Store) CheckForImportOnce(ctx context.Context, src Source, pass Passphrase, progress func(lines, of int)) (*Checked, error) {
	return s.checkForImport(ctx, src, pass, true, true, progress)
}

// CheckForImportInOne is CheckForImport for a caller that may wait between
// the check and the merge (the app's Sync screen asks whether to trust a
// new office). Into a store that holds (almost) nothing yet, the bundle is
// read once: merged into a copy of the store while checked
// (sync_onepass.go), progress seeing the lines merged into the copy and
// the count the manifest promises; a stop (ctx) during that reading
// deletes the copy, so nothing is merged. MergeChecked then puts the copy
// in the store's place, unless the store was written meanwhile (then the
// bundle is merged the usual way). Checked and not merged, c.Drop deletes
// the copy.
func (s *Store) CheckForImportInOne(ctx context.Context, src Source, pass Passphrase, progress func(lines, of int)) (*Checked, error) {
	return s.checkForImport(ctx, src, pass, true, false, progress)
}

// checkForImport is CheckForImport; onePass lets it merge a bundle into a
// new store while checking it (sync_onepass.go: ImportBundle's way, and
// with keepOnStop the import command's, CheckForImportOnce).
func (s *Store) checkForImport(ctx context.Context, src Source, pass Passphrase, onePass, keepOnStop bool, progress func(lines, of int)) (*Checked, error) {
	// Ask for a passphrase once for both readings.
	var asked bool
	var passErr error
	var phrase string
	once := func() (string, error) {
		if !asked {
			asked = true
			if pass == nil {
				passErr = &bundle.Error{Reason: bundle.ReasonPassphrase, Detail: "no passphrase given"}
			} else {
				phrase, passErr = pass()
			}
		}
		return phrase, passErr
	}
	defer s.paceGCForImport()()
	if onePass {
		if c, ok, err := s.checkInOnePass(ctx, src, once, keepOnStop, progress); ok || err != nil {
			return c, err
		}
	}
	return s.checkUsual(ctx, src, once)
}

// checkUsual is CheckForImport's reading that only checks, recording the
// chunks' sums for the merge's reading.
func (s *Store) checkUsual(ctx context.Context, src Source, once Passphrase) (*Checked, error) {
	sums := &chunkSums{}
	m, t, signed, err := s.checkBundle(ctx, src, once, sums)
	if err != nil {
		return nil, err
	}
	var sg Signer
	if err := s.db.View(func(tx *bolt.Tx) error {
		sg, err = s.signerOf(tx, m, signed)
		return err
	}); err != nil {
		return nil, err
	}
	return &Checked{Source: src, Manifest: m, Trailer: t, Signer: sg, sums: sums, pass: once}, nil
}

// MergeChecked merges a bundle CheckForImport found sound, as ImportBundle
// does, once its signer is permitted (MergeCheckedContext).
func (s *Store) MergeChecked(c *Checked, progress func(lines int)) (ImportSummary, error) {
	return s.MergeCheckedContext(context.Background(), c, progress)
}

// MergeCheckedContext merges a bundle CheckForImport found sound, once its
// signer is permitted (Checked.Permitted, asked again against the offices
// trusted now; a new office's key is trusted first), and stops at the next
// batch boundary once ctx ends (Ctrl+C): the batches merged stay, the store
// names the bundle in PendingImport, and importing it again finishes it
// exactly.
//
// The summary's conflicts are the records the import left in conflict that
// were not before it (countLeftInConflict). When merging stops early, for
// ctx or for an error (a full disk), the summary returned with the error
// counts what was merged: Records is the bundle lines committed (0: the
// store was not changed).
func (s *Store) MergeCheckedContext(ctx context.Context, c *Checked, progress func(lines int)) (sum ImportSummary, err error) {
	defer c.Drop() // a copy not merged (refused below) is not kept: merging again checks again
	signed := c.Signer.State != SignerUnsigned
	if err := s.db.View(func(tx *bolt.Tx) error {
		c.Signer, err = s.signerOf(tx, c.Manifest, signed)
		return err
	}); err != nil {
		return ImportSummary{}, err
	}
	if err := c.Permitted(); err != nil {
		return ImportSummary{}, err
	}
	before, err := s.conflictKeys()
	if err != nil {
		return ImportSummary{}, err
	}
	defer func() {
		if err == nil { // runs last: after the deferred index entries below
			err = s.countLeftInConflict(&sum, before)
		}
	}()
	defer s.paceGCForImport()()
	if c.one != nil {
		sum, ok, err := s.mergeOnePass(ctx, c, progress)
		if ok {
			s.settleIfBig(sum)
			return sum, err
		}
	}
	if c.sums == nil {
		// Checked in one pass, and the store written since (or the copy
		// dropped): check it again, the usual way.
		nc, err := s.checkUsual(ctx, c.Source, c.pass)
		if err != nil {
			return ImportSummary{}, err
		}
		nc.TrustNew, nc.AllowUnsigned = c.TrustNew, c.AllowUnsigned
		if c = nc; c.Permitted() != nil {
			return ImportSummary{}, c.Permitted()
		}
	}
	if err := s.trustSigner(c); err != nil {
		return ImportSummary{}, err
	}
	defer func() {
		// Whatever was merged gets its deferred index entries, even when
		// the import stopped partway (ixpending.go).
		if aerr := s.applyPendingIndexes(); err == nil && aerr != nil {
			err = aerr
		}
		if gerr := s.regroupIfStale(); err == nil && gerr != nil {
			err = gerr // what was merged stays merged; the next start groups it
		}
		s.settleIfBig(sum)
	}()
	return s.mergeChecked(ctx, c, progress)
}

// settleIfBig starts settleAfterImport, after the summary is shown, for a
// big import into the app's store, merged in it or into a copy swapped in
// (the copy's pages the import's end read are the app's resident memory
// until given back: 70–90 MB of them at 600,000 records, until the next
// trim some seconds later).
func (s *Store) settleIfBig(sum ImportSummary) {
	if sum.Records >= bigImport && s.live.inUse() && s.enterBg() {
		go func() {
			defer s.bg.Done()
			s.settleAfterImport()
		}()
	}
}

// bigImport is how many record lines make an import big enough to tidy up
// after (settleAfterImport).
var bigImport = 20000

// settleHook, when set (tests), is called as settleAfterImport begins.
var settleHook func()

// settleAfterImport gives back what a big import left behind in a running
// app (one whose search index is loaded; the command line's is not): the search index grown doc by doc keeps room it no longer needs, and
// the heap the import used stays with the process until returned (at
// 600,000 records, 304 MB resident after the import against 98 MB for the
// same store just opened). Then it watches the seconds after the summary,
// while the screens reload what the import changed (settleWatch).
func (s *Store) settleAfterImport() {
	if settleHook != nil {
		settleHook()
	}
	s.live.apply(func(x *search.Index) { x.Compact() })
	s.release()
	s.settleWatch(settleFor, settleTick)
}

func (s *Store) mergeChecked(ctx context.Context, c *Checked, progress func(lines int)) (ImportSummary, error) {
	mg := newMerger(s, c, progress)
	partial := func() ImportSummary { // what a stopped merge did: the lines committed
		return ImportSummary{Manifest: c.Manifest, Records: mg.sum.Records}
	}
	batch, err := mg.mergeBatches(ctx)
	if err != nil {
		return partial(), err
	}
	if err := ctx.Err(); err != nil {
		return partial(), err
	}
	if err := mg.commit(batch, true); err != nil {
		return partial(), err
	}
	mg.count.flush(mg.sum.Kinds)
	mg.trace.print()
	KillPoint("import-merged")
	mg.sum.Erasures, err = s.eraseReceived(mg.received)
	return mg.sum, err
}

// merger is one bundle's merge: its batches, what they did, the
// withdrawals they brought.
type merger struct {
	s        *Store
	c        *Checked
	progress func(lines int)
	sum      ImportSummary
	count    outcomes
	unsigned bool            // hours verified elsewhere count here only once verified here:
	listed   map[string]bool // an unsigned bundle's, and those it lists as unverified
	pending  pendingImport
	// received are the people whose withdrawal this bundle brought
	// (erase_received.go); a batch rolled back takes its own back.
	received []erasing
	// Merging while checking (sync_onepass.go): head sees the manifest
	// (and calls start), end the trailer once it checked out.
	head func(bundle.Manifest) error
	end  func(*bundle.Reader) error
	// late are the batch's records that may name someone withdrawn here
	// before they came (erase_late.go).
	late lateMentions
	// people are the people merged so far, for the ideas' search docs
	// (merge_people.go).
	people *mergedPeople
	// copyPath is the copy merged into (sync_onepass.go), written without
	// an fsync a batch: every writebackEvery batches its pages are given
	// to the disk (writeback), as a big SaveEach's are. Without it the
	// system kept them all (its background writing starts at a tenth of
	// the memory) and the copy's sync at the end waited for them.
	copyPath string
	commits  int
	// keepOnStop: a stop (ctx) ends the merging at a batch boundary, but
	// the reading goes on to the end, checking the rest, so the batches
	// merged can be kept (sync_onepass.go); halted says it stopped so.
	keepOnStop, halted bool
	// trace sums where the merge's time goes (importtrace.go); nil: off.
	trace *importTrace
}

func newMerger(s *Store, c *Checked, progress func(lines int)) *merger {
	mg := &merger{s: s, c: c, progress: progress, people: newMergedPeople(), trace: newImportTrace()}
	mg.start(c.Manifest, c.Signer)
	return mg
}

// start sets the merge up for the bundle of manifest m signed by sg.
func (mg *merger) start(m bundle.Manifest, sg Signer) {
	mg.sum = ImportSummary{Manifest: m, Kinds: map[model.Kind]*KindCounts{}}
	mg.unsigned, mg.listed = sg.State == SignerUnsigned, map[string]bool{}
	mg.pending = pendingImport{Name: mg.c.Source.Name, SHA256: mg.c.Trailer.SHA256, Origin: m.Origin.ID}
	for _, id := range m.UnverifiedHours {
		mg.listed[id] = true
	}
}

// outcomes counts a record's revisions, which come together in a bundle,
// once, as what they did to the record together.
type outcomes struct {
	lastID   string
	lastKind model.Kind
	agg      Outcome
	conflict bool
}

func (o *outcomes) add(kinds map[model.Kind]*KindCounts, env *model.Envelope, out Outcome, conflict bool) {
	if env.ID != o.lastID || env.Kind != o.lastKind {
		o.flush(kinds)
		o.lastID, o.lastKind, o.agg, o.conflict = env.ID, env.Kind, out, conflict
		return
	}
	o.agg = combine(o.agg, out)
	o.conflict = o.conflict || conflict
}

func (o *outcomes) flush(kinds map[model.Kind]*KindCounts) {
	if o.lastID == "" {
		return
	}
	c := kinds[o.lastKind]
	if c == nil {
		c = &KindCounts{}
		kinds[o.lastKind] = c
	}
	c.add(o.agg)
	if o.conflict {
		c.Conflicts++
	}
}

// mergeBatches reads the bundle again and commits its batches but the last,
// which it returns: a writer goroutine commits one batch while the decoders
// fill the next, so the cores decode during a commit's page writes and
// fsync. Batches go in bundle order; the last one only once the trailer has
// checked out.
func (mg *merger) mergeBatches(ctx context.Context) ([]decoded, error) {
	batches := make(chan []decoded)
	failed, written := make(chan struct{}), make(chan struct{})
	var werr error
	go func() {
		defer close(written)
		for {
			t0 := time.Now()
			b, ok := <-batches
			mg.trace.add("the writer waiting for a batch", t0)
			if !ok {
				return
			}
			if err := mg.commit(b, false); err != nil {
				werr = err
				close(failed)
				for range batches {
				}
				return
			}
		}
	}()
	batch := make([]decoded, 0, importBatch)
	var swapped error
	sums := mg.c.sums
	if sums != nil {
		sums.check, sums.i = true, 0
	}
	readCtx := ctx
	if mg.keepOnStop {
		readCtx = context.WithoutCancel(ctx) // the rest is checked after a stop
	}
	stopped := func() error {
		if mg.keepOnStop {
			mg.halted, batch = true, nil
			return nil
		}
		return ctx.Err()
	}
	err := mg.s.readBundle(readCtx, mg.c.Source, mg.c.pass, func(br *bundle.Reader) error {
		if br.Manifest.Redacted {
			return &bundle.Error{Line: 1, Reason: bundle.ReasonRedacted}
		}
		if mg.head != nil {
			return mg.head(br.Manifest)
		}
		return nil
	}, sums, func(d *decoded) error {
		if mg.halted {
			return nil // only checked
		}
		batch = append(batch, *d)
		if len(batch) < importBatch {
			return nil
		}
		if ctx.Err() != nil {
			return stopped() // stop between batches; those sent are committed
		}
		defer mg.trace.add("a batch made waiting for the writer", time.Now())
		select {
		case batches <- batch:
		case <-failed:
			return werr
		case <-ctx.Done():
			return stopped()
		}
		batch = make([]decoded, 0, importBatch)
		return nil
	}, func(br *bundle.Reader) {
		if mg.end != nil {
			swapped = mg.end(br)
		} else if br.Trailer.SHA256 != mg.c.Trailer.SHA256 {
			swapped = &bundle.Error{Reason: bundle.ReasonChanged}
		}
	})
	close(batches)
	<-written
	if werr != nil {
		return nil, werr
	}
	if err == nil {
		err = swapped
	}
	return batch, err
}

// commit merges one batch in one transaction; last says it is the bundle's
// last, which ends the pending import.
func (mg *merger) commit(batch []decoded, last bool) error {
	t0 := time.Now()
	receivedBefore := len(mg.received)
	var merged time.Time
	err := mg.s.db.Update(func(tx *bolt.Tx) error {
		if mg.trace != nil {
			defer func() { merged = time.Now() }()
		}
		mg.received = mg.received[:receivedBefore]
		mg.late.keys = mg.late.keys[:0]
		m := newMergeTx(mg.s.writing(tx))
		if m.side != nil {
			// Into a copy, which nothing else writes (in the store, an
			// edit made meanwhile in the app would not be seen).
			m.merged = mg.people
		}
		maxHLC, err := mg.mergeBatch(m, batch)
		if err != nil {
			return err
		}
		if err := m.done(); err != nil {
			return err
		}
		mg.received = append(mg.received[:receivedBefore], m.withdrawn...)
		// Recorded as pending in this transaction: a stop before
		// eraseReceived or appdoc.Finish loses nothing (pending_erasure.go).
		if err := notePendingReceived(tx, m.withdrawn, mg.c.Manifest.Origin.ID); err != nil {
			return err
		}
		if err := mg.s.observeHLC(tx, maxHLC); err != nil {
			return err
		}
		// After the clock saw the batch: a revision made here is newer.
		if len(mg.late.keys) > 0 {
			mg.people.forget() // the erasing writes records the usual way
		}
		if err := mg.late.erase(mg.s, tx); err != nil {
			return err
		}
		return mg.notePending(tx, len(batch), last)
	})
	mg.trace.add("the writer's transactions", t0)
	if !merged.IsZero() {
		mg.trace.add("… of which bbolt's commits", merged)
	}
	if err != nil {
		return err
	}
	if mg.commits++; mg.copyPath != "" && mg.commits%writebackEvery == 0 {
		writeback(mg.copyPath)
	}
	mg.sum.Records += len(batch)
	if mg.progress != nil {
		mg.progress(mg.sum.Records)
	}
	return nil
}

// mergeBatch merges the batch's records and returns their latest clock.
func (mg *merger) mergeBatch(m *mergeTx, batch []decoded) (maxHLC uint64, err error) {
	for i := range batch {
		l := &batch[i]
		env := l.r.Env()
		m.prep = l
		out, conflict, err := mergeRecord(m, l.r, l.data)
		m.prep = nil
		if err != nil {
			return 0, fmt.Errorf("line %d: %s %s: %w", l.no, env.Kind, env.ID, err)
		}
		mg.count.add(mg.sum.Kinds, env, out, conflict)
		maxHLC = max(maxHLC, env.HLC)
		if err := mg.late.note(m.tx, l.r, l.data, out); err != nil {
			return 0, err
		}
		if env.Kind == model.KindHours && (out == Added || out == Updated) && (mg.unsigned || mg.listed[env.ID]) {
			if h := l.r.(*model.Hours); h.Status == "verified" {
				key, _ := idKey(env.ID)
				if err := markUnverified(m.tx, key, h); err != nil {
					return 0, err
				}
			}
		}
	}
	return maxHLC, nil
}

// notePending records the lines merged so far in meta/import_pending, or,
// after the last batch, notes the bundle imported and clears it.
func (mg *merger) notePending(tx *bolt.Tx, lines int, last bool) error {
	mg.pending.Lines += lines
	meta := tx.Bucket(bucketMeta)
	if last {
		if err := mg.s.noteBundle(tx, mg.c); err != nil {
			return err
		}
		return meta.Delete(keyPendingImport)
	}
	p, err := json.Marshal(mg.pending)
	if err != nil {
		return err
	}
	return meta.Put(keyPendingImport, p)
}

// readBundle opens src, reads it through and hands every record, decoded,
// checked and re-encoded canonically, to each (nil: only check them); head
// sees the manifest first, end the checked trailer last.
func (s *Store) readBundle(ctx context.Context, src Source, pass Passphrase, head func(*bundle.Reader) error, sums *chunkSums, each func(d *decoded) error, end func(*bundle.Reader)) error {
	br, f, err := openBundleReader(src, pass)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := head(br); err != nil {
		return err
	}
	horizon := uint64(s.now().Add(maxFuture).UnixMilli()) << 16
	return decodeParallel(ctx, br, horizon, sums, each, end)
}

// openBundleReader opens src (gzip or age) and reads its manifest; the
// caller closes f once done with br.
func openBundleReader(src Source, pass Passphrase) (br *bundle.Reader, f io.Closer, err error) {
	rf, err := src.Open()
	if err != nil {
		return nil, nil, err
	}
	plain, err := bundle.Open(rf, pass)
	if err == nil {
		br, err = bundle.NewReader(plain, CurrentSchema())
	}
	if err != nil {
		rf.Close()
		return nil, nil, err
	}
	return br, rf, nil
}

// newer reports whether revision a (JSON da) wins over b (JSON db): the later
// clock, then the greater origin, then the greater content hash. Every office
// decides the same way whatever order revisions arrive in.
func newer(a *model.Envelope, da []byte, b *model.Envelope, db []byte) int {
	switch {
	case a.HLC != b.HLC:
		return cmpU64(a.HLC, b.HLC)
	case a.Origin != b.Origin:
		if a.Origin > b.Origin {
			return 1
		}
		return -1
	}
	ha, hb := sha256.Sum256(da), sha256.Sum256(db)
	return bytes.Compare(ha[:], hb[:])
}

func cmpU64(a, b uint64) int {
	if a > b {
		return 1
	}
	return -1
}

// mergeRecord merges one revision r (canonical JSON data) into tx: the store
// keeps the set of every revision it has seen, the winner current and the
// others in history. conflict is true when the record came into conflict.
func mergeRecord(m *mergeTx, r model.Record, data []byte) (out Outcome, conflict bool, err error) {
	env := r.Env()
	var key []byte
	if l := m.prep; l != nil && l.r == r && l.keyed {
		key = l.key[:]
	} else if key, err = idKey(env.ID); err != nil {
		return 0, false, err
	}
	recs, hist, err := m.buckets(env.Kind)
	if err != nil {
		return 0, false, err
	}
	if m.absent(env.Kind, recs, key) {
		return mergeNew(m, key, r, data)
	}
	curData := recs.Get(key)
	if curData == nil {
		return mergeNew(m, key, r, data)
	}
	if bytes.Equal(curData, data) {
		return Unchanged, false, nil // the same revision, byte for byte
	}
	curData = bytes.Clone(curData)
	cur, err := decode(env.Kind, curData)
	if err != nil {
		return 0, false, err
	}
	day, err := withdrawalKnown(hist, key, cur, r)
	if err != nil {
		return 0, false, err
	}
	if same, err := erasedAlike(env, data, cur.Env(), curData, day); err != nil {
		return 0, false, err
	} else if same {
		// The current revision, erased elsewhere: erased here too.
		if withdrawnOn(r) == "" || withdrawnOn(cur) != "" {
			return Unchanged, false, nil
		}
		if err := m.putRecord(key, data, cur, r); err != nil {
			return 0, false, err
		}
		m.noteWithdrawn(cur) // erase_received.go
		return Updated, false, nil
	}
	return mergeRevision(m, hist, key, r, data, cur, curData, day)
}

// mergeNew stores r, a record the store did not have.
func mergeNew(m *mergeTx, key []byte, r model.Record, data []byte) (Outcome, bool, error) {
	if err := m.putRecord(key, data, nil, r); err != nil {
		return 0, false, err
	}
	if _, ok := r.(*model.Person); ok {
		if err := m.flushIndex(ixIdeaApplicant); err != nil {
			return 0, false, err
		}
	}
	if err := researchApplicant(m.writing(), r); err != nil {
		return 0, false, err
	}
	return Added, false, nil
}

// mergeRevision merges r, another revision than cur (stored as curData) of
// the same record: the winner by clock order is current, the loser kept in
// history; day is the person's withdrawal, when known.
func mergeRevision(m *mergeTx, hist *bolt.Bucket, key []byte, r model.Record, data []byte, cur model.Record, curData []byte, day model.Date) (out Outcome, conflict bool, err error) {
	tx, env := m.tx, r.Env()
	cmp := newer(env, data, cur.Env(), curData)
	if cmp == 0 {
		return Unchanged, false, nil
	}
	hk := histKey(key, env, data)
	if hist.Get(hk) != nil {
		return Unchanged, false, nil
	}
	keep := data // what history keeps of r, should it lose
	if day != "" && cmp < 0 {
		// A person who withdrew consent: an earlier revision arriving from
		// an office that has not heard of it is kept erased, and an erased
		// copy of a revision held here is that revision.
		if keep, _, err = erasePerson(data, day); err != nil {
			return 0, false, err
		}
		found, fixed, err := sameErased(hist, key, env, keep, day)
		switch {
		case err != nil:
			return 0, false, err
		case fixed:
			return Earlier, false, m.markChanged(env.Kind, key)
		case found:
			return Unchanged, false, nil
		}
	}
	was := inConflict(tx, env.Kind, key)
	before := cur // the winner before this revision
	if cmp > 0 {
		if err := hist.Put(histKey(key, cur.Env(), curData), curData); err != nil {
			return 0, false, err
		}
		if err := m.putRecord(key, data, cur, r); err != nil {
			return 0, false, err
		}
		if withdrawnOn(r) != "" && withdrawnOn(cur) == "" {
			m.noteWithdrawn(cur) // erase_received.go
		}
		out, cur = Updated, r
	} else {
		if err := hist.Put(hk, keep); err != nil {
			return 0, false, err
		}
		if err := m.markChanged(env.Kind, key); err != nil {
			return 0, false, err
		}
		out = Earlier
	}
	if day != "" {
		// A withdrawal travels: no earlier revision of the person here keeps
		// their data, whichever order revisions come in.
		if err := eraseHistory(tx, key, day); err != nil {
			return 0, false, err
		}
		if cur, err = eraseWinner(m, key, cur, before, day); err != nil {
			return 0, false, err
		}
	}
	now, err := recheckConflict(tx, key, cur)
	return out, now && !was, err
}

// eraseWinner erases, in place, a winner that had not heard of the
// withdrawal on day (an edit made later at an office that had not): a
// withdrawal is not undone by an edit that did not know of it, as the hub
// erases every revision of a withdrawn person (storage/hub). When the winner
// before the merge (before) had not withdrawn, the person as they were is
// erased from the other records too (erase_received.go). It returns the
// winner as stored.
func eraseWinner(m *mergeTx, key []byte, cur, before model.Record, day model.Date) (model.Record, error) {
	if withdrawnOn(cur) != "" {
		return cur, nil
	}
	data, err := json.Marshal(cur)
	if err != nil {
		return nil, err
	}
	erased, _, err := erasePerson(data, day)
	if err != nil {
		return nil, err
	}
	r, err := decode(model.KindPerson, erased)
	if err != nil {
		return nil, err
	}
	if err := m.putRecord(key, erased, cur, r); err != nil {
		return nil, err
	}
	if withdrawnOn(before) == "" {
		m.noteWithdrawn(before)
	}
	return r, nil
}

// researchApplicant refreshes the search docs of the ideas whose applicant is
// p, a person that arrived after them (a bundle with the idea imported first).
func researchApplicant(w writeTx, r model.Record) error {
	tx := w.Tx
	p, ok := r.(*model.Person)
	if !ok {
		return nil
	}
	var ids [][]byte
	scanIndex(tx, ixIdeaApplicant, p.ID, "", func(_ string, id []byte) bool {
		ids = append(ids, bytes.Clone(id))
		return true
	})
	for _, id := range ids {
		idea, _, err := getRecord(tx, model.KindIdea, idString(id))
		if err != nil {
			return err
		}
		if err := putDoc(w, id, idea); err != nil {
			return err
		}
	}
	return nil
}

// inConflict reports whether the record is marked in conflict. The mark is a
// key with an empty value, which bbolt's Get answers nil for (as for a
// missing key) once the transaction changed its page: only a cursor tells.
func inConflict(tx *bolt.Tx, k model.Kind, key []byte) bool {
	sk := syncKey(k, key)
	got, _ := tx.Bucket(bucketSync).Bucket(bucketConflicts).Cursor().Seek(sk)
	return bytes.Equal(got, sk)
}

// recheckConflict marks or clears the record's conflict: it is in conflict
// when history holds a revision the current one neither started from nor
// covers (sync_lineage.go): two edits from the same base, or one the current
// one never saw. Consultations are append-only and never conflict. The rule
// looks only at the set of revisions, so every office comes to the same
// answer.
func recheckConflict(tx *bolt.Tx, key []byte, cur model.Record) (bool, error) {
	env := cur.Env()
	conflict := false
	err := eachConcurrent(tx, key, env, func(_, _ []byte) (bool, error) {
		conflict = true
		return true, nil
	})
	if err != nil {
		return false, err
	}
	b := tx.Bucket(bucketSync).Bucket(bucketConflicts)
	sk := syncKey(env.Kind, key)
	if conflict {
		return true, b.Put(sk, nil)
	}
	return false, b.Delete(sk)
}

func getRev(hk []byte) uint64 {
	var r uint64
	for _, c := range hk[16:24] {
		r = r<<8 | uint64(c)
	}
	return r
}
