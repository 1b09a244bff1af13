package hub

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/storage/bundle"

	"github.com/jackc/pgx/v5"
)

// Dumped is every revision the hub holds (canonical JSON, sorted), each
// record's current one by "kind id", and the records in conflict ("kind
// id", sorted): what tests compare with a store.
type Dumped struct {
	Revisions []string
	Current   map[string]string
	Conflicts []string
}

// Dump reads the whole hub (for tests and small hubs).
func (h *Hub) Dump(ctx context.Context) (Dumped, error) {
	d := Dumped{Current: map[string]string{}}
	rows, err := h.pool.Query(ctx, `SELECT r.kind, r.id::text, convert_from(r.data, 'UTF8'),
		c.id IS NOT NULL, COALESCE(c.conflict, false)
		FROM revisions r LEFT JOIN records c ON c.kind = r.kind AND c.id = r.id AND c.rev = r.rev AND c.hlc = r.hlc AND c.sha = r.sha`)
	if err != nil {
		return d, err
	}
	defer rows.Close()
	for rows.Next() {
		var k, id, data string
		var cur, conflict bool
		if err := rows.Scan(&k, &id, &data, &cur, &conflict); err != nil {
			return d, err
		}
		d.Revisions = append(d.Revisions, data)
		if cur {
			d.Current[k+" "+id] = data
			if conflict {
				d.Conflicts = append(d.Conflicts, k+" "+id)
			}
		}
	}
	slices.Sort(d.Revisions)
	slices.Sort(d.Conflicts)
	return d, rows.Err()
}

// ExportOptions narrow what the hub exports.
type ExportOptions struct {
	// Region keeps people and ideas of that region, and the consultations,
	// visits and hours about them (by the idea's region when about an idea,
	// else the person's); offices and the catalogue always go. "" for all.
	Region model.Region
	// Since keeps the records whose winner changed in the hub at or after
	// it (the zero time: all).
	Since time.Time
	// Redact drops names, phones and IINs, as export --redact does.
	Redact bool
}

// ExportResult is what an export wrote.
type ExportResult struct {
	Manifest bundle.Manifest
	Records  int
}

// exportSelection is the records an export carries, with o's filters:
// $1 region ("" all), $2 since (NULL all).
const exportSelection = `
CREATE TEMP TABLE ex ON COMMIT DROP AS
SELECT c.kind, c.id FROM records c
LEFT JOIN people p ON c.kind = 'person' AND p.id = c.id
LEFT JOIN ideas i ON c.kind = 'idea' AND i.id = c.id
LEFT JOIN consultations k ON c.kind = 'consultation' AND k.id = c.id
LEFT JOIN visits v ON c.kind = 'visit' AND v.id = c.id
LEFT JOIN hours h ON c.kind = 'hours' AND h.id = c.id
WHERE ($2::timestamptz IS NULL OR c.changed_at >= $2)
AND ($1 = '' OR c.kind IN ('office', 'catalogue')
	OR p.region = $1 OR i.region = $1
	OR (c.kind IN ('consultation', 'visit', 'hours') AND $1 = COALESCE(
		(SELECT x.region FROM ideas x WHERE x.id = COALESCE(k.idea_id, h.idea_id)),
		(SELECT y.region FROM people y WHERE y.id = COALESCE(k.person_id, v.person_id, h.person_id)))))`

// Export writes a signed bundle of the hub's records to path, as an
// office's export writes one (storage/bundle's writer, the hub's key): each
// chosen record's every revision, history first then the winner, kind by
// kind in id order. The file appears only when complete (a temporary file
// renamed into place).
func (h *Hub) Export(ctx context.Context, path string, o ExportOptions) (ExportResult, error) {
	tx, err := h.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead})
	if err != nil {
		return ExportResult{}, err
	}
	defer tx.Rollback(context.Background())
	var since any
	if !o.Since.IsZero() {
		since = o.Since
	}
	if _, err := tx.Exec(ctx, exportSelection, string(o.Region), since); err != nil {
		return ExportResult{}, fmt.Errorf("export: %w", err)
	}
	m := bundle.Manifest{
		SchemaVersion: storage.CurrentSchema(),
		Origin:        bundle.Origin{ID: h.officeID, Name: "hub"},
		CreatedAt:     h.now().UTC().Truncate(time.Second),
		Full:          o.Region == "" && since == nil,
		Redacted:      o.Redact,
		Counts:        map[string]int{},
	}
	if err := exportManifest(ctx, tx, &m); err != nil {
		return ExportResult{}, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".hub-export-*")
	if err != nil {
		return ExportResult{}, err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	buf := bufio.NewWriterSize(tmp, 256<<10)
	bw, err := bundle.NewWriter(buf, m, h.key)
	if err != nil {
		return ExportResult{}, err
	}
	if err := exportRecords(ctx, tx, bw, o.Redact); err != nil {
		return ExportResult{}, err
	}
	if err := bw.Close(); err != nil {
		return ExportResult{}, err
	}
	if err := buf.Flush(); err != nil {
		return ExportResult{}, err
	}
	if err := tmp.Sync(); err != nil {
		return ExportResult{}, err
	}
	if err := tmp.Close(); err != nil {
		return ExportResult{}, err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return ExportResult{}, err
	}
	m.Origin.Key = bundle.EncodeKey(h.PublicKey())
	return ExportResult{Manifest: m, Records: bw.Records()}, nil
}

// exportManifest puts on m the hours listed as unverified and the counts
// of what the export carries (the temporary table ex).
func exportManifest(ctx context.Context, tx pgx.Tx, m *bundle.Manifest) error {
	var unverified []string
	urows, err := tx.Query(ctx, `SELECT u.id::text FROM hours_unverified u JOIN hours x ON x.id = u.id
		AND x.hlc = u.hlc AND x.origin = u.origin AND x.status = 'verified' JOIN ex ON ex.kind = 'hours' AND ex.id = u.id ORDER BY 1`)
	if err != nil {
		return err
	}
	for urows.Next() {
		var id string
		if err := urows.Scan(&id); err != nil {
			urows.Close()
			return err
		}
		unverified = append(unverified, id)
	}
	urows.Close()
	m.UnverifiedHours = unverified
	crows, err := tx.Query(ctx, `SELECT r.kind, count(*) FROM revisions r JOIN ex USING (kind, id) GROUP BY r.kind`)
	if err != nil {
		return err
	}
	for crows.Next() {
		var k string
		var n int
		if err := crows.Scan(&k, &n); err != nil {
			crows.Close()
			return err
		}
		m.Counts[k] = n
	}
	crows.Close()

	return crows.Err()
}

// exportRecords writes every revision of the records in ex, kind by kind.
func exportRecords(ctx context.Context, tx pgx.Tx, bw *bundle.Writer, redact bool) error {
	for _, k := range model.Kinds() {
		// History (rev, clock, hash) then the winner, as a store's history
		// keys and walkExport order them.
		rows, err := tx.Query(ctx, `SELECT r.data FROM revisions r JOIN ex USING (kind, id)
			JOIN records c ON c.kind = r.kind AND c.id = r.id
			WHERE r.kind = $1
			ORDER BY r.id, (c.rev = r.rev AND c.hlc = r.hlc AND c.sha = r.sha), r.rev, r.hlc, substr(sha256(r.data), 1, 8)`, string(k))
		if err != nil {
			return err
		}
		for rows.Next() {
			var data []byte
			if err := rows.Scan(&data); err != nil {
				rows.Close()
				return err
			}
			if redact {
				if data, err = storage.Redact(data); err != nil {
					rows.Close()
					return err
				}
			}
			if err := bw.Record(data); err != nil {
				rows.Close()
				return err
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}
