package hub

import (
	"context"
	"errors"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/storage/bundle"

	"github.com/jackc/pgx/v5"
)

// ImportOptions are what the person loading allowed.
type ImportOptions struct {
	// Trust trusts the key of an office whose first bundle this is (its
	// fingerprint compared with that office's), as import --trust does.
	Trust bool
	// AllowUnsigned loads a bundle without a signature, as import
	// --allow-unsigned merges one: the hours it brings verified count as
	// pending until a consultant verifies them (hours_unverified), and its
	// office's key is not trusted by it.
	AllowUnsigned bool
}

// Imported is what loading one bundle did: the summary an office's import
// prints (storage.ImportSummary), and who signed it.
type Imported struct {
	Summary storage.ImportSummary
	Signer  storage.Signer
	// Again is true when the hub had loaded this very bundle before (its
	// trailer hash is known); nothing changed.
	Again bool
}

// rowSource hands the bundle's records to COPY as they are read and checked.
// The reader's error is read only once its rows channel is closed (pgx asks
// Err between rows too: it must not wait there).
type rowSource struct {
	pre   [][]any // rows read before the channel's
	rows  chan []any
	cur   []any
	err   *error
	ended bool
	done  chan struct{}
}

func (s *rowSource) Next() bool {
	if len(s.pre) > 0 {
		s.cur, s.pre = s.pre[0], s.pre[1:]
		return true
	}
	r, ok := <-s.rows
	s.cur, s.ended = r, !ok
	return ok
}
func (s *rowSource) Values() ([]any, error) { return s.cur, nil }
func (s *rowSource) Err() error {
	if !s.ended {
		return nil
	}
	return *s.err
}

// Import loads the bundle src into the hub: every record checked as an
// office's import checks it, COPY into a staging table, then set-based
// merges, all in one transaction. Any failed check (the bundle's, or who
// signed it) rolls back: the hub is unchanged.
func (h *Hub) Import(ctx context.Context, src storage.Source, pass storage.Passphrase, o ImportOptions) (Imported, error) {
	return h.importAfter(ctx, src, pass, o, nil)
}

// staged is a bundle read, checked and copied into its transaction's
// staging table, not merged yet.
type staged struct {
	m      bundle.Manifest
	t      bundle.Trailer
	signer storage.Signer
	// rows are the bundle's staging rows when it held at most memCap
	// records (not in the staging table yet); nil when it streamed there.
	rows [][]any
	// plan is what loadFresh would write of rows, worked out ahead (a bulk
	// load's readers); nil: worked out when needed.
	plan *freshPlan
}

// importAfter is Import, merging only once turn is closed (nil: at once):
// the reading, checks and COPY of several bundles run side by side, their
// merges one at a time in turn (ImportAll).
func (h *Hub) importAfter(ctx context.Context, src storage.Source, pass storage.Passphrase, o ImportOptions, turn <-chan struct{}) (Imported, error) {
	tx, err := h.pool.BeginTx(ctx, pgx.TxOptions{})
	if err != nil {
		return Imported{}, err
	}
	defer tx.Rollback(context.Background())
	if _, err := tx.Exec(ctx, stagingDDL); err != nil {
		return Imported{}, err
	}
	ctx = withTrace(ctx, tx) // FRONTOFFICE_HUB_TRACE (trace.go)
	st, err := h.stage(ctx, tx, src, pass, o)
	if err != nil {
		return Imported{Signer: st.signer}, err
	}
	if turn != nil {
		select {
		case <-turn:
		case <-ctx.Done():
			return Imported{Signer: st.signer}, ctx.Err()
		}
	}
	// Merges of one hub go one at a time (two loaders may run at once).
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(hashtext($1))", h.lockKey()+":merge"); err != nil {
		return Imported{}, err
	}
	if st.signer.State != storage.SignerUnsigned {
		// Who signed, again: a bundle merged meanwhile may have trusted
		// the office (or under another key).
		if st.signer, err = h.signerOf(ctx, st.m); err != nil {
			return Imported{Signer: st.signer}, err
		}
	}
	res := Imported{Signer: st.signer}
	res.Summary = storage.ImportSummary{Manifest: st.m, Records: st.t.Records, Kinds: map[model.Kind]*storage.KindCounts{}}
	var known bool
	if err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM bundles WHERE sha256 = $1)", st.t.SHA256).Scan(&known); err != nil {
		return res, err
	}
	if err := h.mergeStaged(ctx, tx, st, &res.Summary); err != nil {
		return res, err
	}
	res.Again = known && !res.Summary.Changed()
	if !res.Again {
		if err := h.noteBundle(ctx, tx, st.m, st.t, st.signer); err != nil {
			return res, err
		}
	}
	t0 := time.Now()
	if err := tx.Commit(ctx); err != nil {
		return res, err
	}
	traceStep(ctx, "commit", t0)
	return res, nil
}

// mergeStaged merges st: by loadFresh when its records are all new to the
// hub, else copied into the staging table (when held in memory) and merged.
func (h *Hub) mergeStaged(ctx context.Context, tx pgx.Tx, st staged, sum *storage.ImportSummary) error {
	unsigned := st.signer.State == storage.SignerUnsigned
	if st.rows != nil {
		ok, kinds, ids := freshOnly(st.rows)
		if ok {
			known, err := anyKnown(ctx, tx, kinds, ids)
			if err == nil && !known {
				known, err = namesWithdrawn(ctx, tx, st.rows) // late.go
			}
			if err != nil {
				return err
			}
			if !known {
				return loadFresh(ctx, tx, st.rows, planFresh(st.rows, st.m, unsigned), true, false, h.now().UTC(), sum)
			}
		}
		t0 := time.Now()
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"st"}, stagingColumns, pgx.CopyFromRows(st.rows)); err != nil {
			return err
		}
		traceStep(ctx, "COPY st", t0)
	}
	return h.merge(ctx, tx, st.m, unsigned, sum)
}

// errNotHeld is a bundle of more than memCap records that stage, without a
// transaction, stopped reading.
var errNotHeld = errors.New("hub: bundle too big to hold in memory")

// stage reads src, checks it as an office's import does and holds its rows
// in memory (st.rows) when they are at most memCap, else copies them into
// tx's staging table as they are read (tx nil: errNotHeld).
func (h *Hub) stage(ctx context.Context, tx pgx.Tx, src storage.Source, pass storage.Passphrase, o ImportOptions) (staged, error) {
	var st staged
	var readErr error
	src2 := &rowSource{rows: make(chan []any, 1024), err: &readErr, done: make(chan struct{})}
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var signed bool
	var rm rowMaker
	go func() {
		defer close(src2.done)
		defer close(src2.rows) // after readErr is set
		st.m, st.t, signed, readErr = storage.ReadBundle(rctx, src, pass, h.now(), func(man bundle.Manifest) error {
			sg, err := h.signerOf(rctx, man)
			st.signer = sg
			if err != nil {
				return err
			}
			return permitted(sg, o)
		}, func(r storage.BundleRecord) error {
			row := rm.row(r)
			select {
			case src2.rows <- row:
				return nil
			case <-rctx.Done():
				return rctx.Err()
			}
		})
	}()
	t0 := time.Now()
	var copyErr error
	held := false
	for !held && len(src2.pre) < memCap {
		r, ok := <-src2.rows
		if held = !ok; ok {
			src2.pre = append(src2.pre, r)
		}
	}
	if held {
		st.rows = src2.pre
		if st.rows == nil {
			st.rows = [][]any{} // held, and empty
		}
		traceStep(ctx, "read", t0)
	} else if tx == nil {
		copyErr = errNotHeld
	} else {
		_, copyErr = tx.CopyFrom(ctx, pgx.Identifier{"st"}, stagingColumns, src2)
		traceStep(ctx, "COPY st", t0)
	}
	cancel()
	for range src2.rows { // a COPY that failed left the reader sending
	}
	<-src2.done
	if readErr != nil && copyErr != errNotHeld {
		return st, readErr
	}
	if copyErr != nil {
		return st, copyErr
	}
	if !signed {
		// A key in the manifest and no signature in the trailer, or no key.
		st.signer.State, st.signer.Key, st.signer.Fingerprint = storage.SignerUnsigned, "", ""
		if !o.AllowUnsigned {
			return st, &storage.TrustError{Reason: storage.TrustUnsigned, Signer: st.signer}
		}
	}
	return st, nil
}

// ImportAll loads the bundles srcs in order, as Import each, reading and
// copying up to parallel of them side by side (their merges one at a time,
// in order), and hands each outcome to each in order; it stops at the first
// outcome each returns false for, or the first error: the bundles after it
// change nothing.
func (h *Hub) ImportAll(ctx context.Context, srcs []storage.Source, o ImportOptions, parallel int,
	each func(i int, res Imported, err error) bool) {
	n, stop := h.importBulk(ctx, srcs, o, parallel, each)
	if stop || n == len(srcs) {
		return
	}
	h.importMerged(ctx, srcs[n:], o, parallel, func(i int, res Imported, err error) bool { return each(n+i, res, err) })
}

// importMerged is ImportAll bundle by bundle (importAfter).
func (h *Hub) importMerged(ctx context.Context, srcs []storage.Source, o ImportOptions, parallel int,
	each func(i int, res Imported, err error) bool) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type outcome struct {
		res Imported
		err error
	}
	outs := make([]chan outcome, len(srcs))
	for i := range outs {
		outs[i] = make(chan outcome, 1)
	}
	// Slots are taken in order, so a bundle waiting for its turn never
	// holds one an earlier bundle needs.
	go func() {
		slots := make(chan struct{}, max(parallel, 1))
		prev := make(chan struct{})
		close(prev)
		for i, src := range srcs {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				outs[i] <- outcome{err: ctx.Err()}
				continue
			}
			done := make(chan struct{})
			go func(i int, src storage.Source, turn <-chan struct{}) {
				defer func() { <-slots }()
				res, err := h.importAfter(ctx, src, nil, o, turn)
				if err == nil {
					close(done) // the next may merge
				}
				outs[i] <- outcome{res, err}
			}(i, src, prev)
			prev = done
		}
	}()
	for i := range srcs {
		out := <-outs[i]
		if !each(i, out.res, out.err) || out.err != nil {
			cancel()
			for j := i + 1; j < len(srcs); j++ {
				<-outs[j]
			}
			return
		}
	}
}

// signerOf is who signed a bundle with manifest m, as far as the hub knows
// (storage's Checked.Signer, for the hub's offices table).
func (h *Hub) signerOf(ctx context.Context, m bundle.Manifest) (storage.Signer, error) {
	sg := storage.Signer{OfficeID: m.Origin.ID, Name: m.Origin.Name, Key: m.Origin.Key}
	if m.FormatVersion < 2 || m.Origin.Key == "" {
		sg.Key = ""
		sg.State = storage.SignerUnsigned
		return sg, nil
	}
	pub, err := bundle.DecodeKey(m.Origin.Key)
	if err != nil {
		return sg, err
	}
	sg.Fingerprint = bundle.Fingerprint(pub)
	if m.Origin.ID == h.officeID {
		if !pub.Equal(h.PublicKey()) {
			return sg, &storage.TrustError{Reason: storage.TrustOwnOffice, Signer: sg, KnownFingerprint: bundle.Fingerprint(h.PublicKey())}
		}
		sg.State = storage.SignerOwn
		return sg, nil
	}
	var key string
	err = h.pool.QueryRow(ctx, "SELECT key FROM offices WHERE id = $1", m.Origin.ID).Scan(&key)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		sg.State = storage.SignerNew
		return sg, nil
	case err != nil:
		return sg, err
	case key != m.Origin.Key:
		known := ""
		if k, err := bundle.DecodeKey(key); err == nil {
			known = bundle.Fingerprint(k)
		}
		return sg, &storage.TrustError{Reason: storage.TrustKeyChanged, Signer: sg, KnownFingerprint: known}
	}
	sg.State = storage.SignerKnown
	return sg, nil
}

// permitted refuses what import refuses without being told: an office not
// trusted yet (without --trust) and an unsigned bundle (without
// --allow-unsigned).
func permitted(sg storage.Signer, o ImportOptions) error {
	switch {
	case sg.State == storage.SignerNew && !o.Trust:
		return &storage.TrustError{Reason: storage.TrustUnknown, Signer: sg}
	case sg.State == storage.SignerUnsigned && !o.AllowUnsigned:
		return &storage.TrustError{Reason: storage.TrustUnsigned, Signer: sg}
	}
	return nil
}

// noteBundle records the bundle, trusts a new office and notes the
// office's last bundle, in the merge's transaction.
func (h *Hub) noteBundle(ctx context.Context, tx pgx.Tx, m bundle.Manifest, t bundle.Trailer, sg storage.Signer) error {
	now := h.now().UTC().Truncate(time.Second)
	if _, err := tx.Exec(ctx, `INSERT INTO bundles (sha256, origin, created_at, imported_at, records) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (sha256) DO UPDATE SET imported_at = EXCLUDED.imported_at`, t.SHA256, m.Origin.ID, m.CreatedAt, now, t.Records); err != nil {
		return err
	}
	if sg.State == storage.SignerOwn || sg.State == storage.SignerUnsigned {
		return nil // nothing to trust
	}
	_, err := tx.Exec(ctx, `INSERT INTO offices (id, name, key, fingerprint, trusted_at, last_import, last_bundle, last_sha256)
		VALUES ($1, $2, $3, $4, $5, $5, $6, $7)
		ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, last_import = EXCLUDED.last_import,
			last_bundle = EXCLUDED.last_bundle, last_sha256 = EXCLUDED.last_sha256`,
		sg.OfficeID, sg.Name, sg.Key, sg.Fingerprint, now, m.CreatedAt, t.SHA256)
	return err
}
