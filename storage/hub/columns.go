package hub

import (
	"crypto/sha256"
	"strconv"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// The staging table: every revision a bundle brings, with the columns the
// per-kind tables keep, computed here from the record the bundle's reader
// checked (model's types), so the merge parses no JSON.

// stagingDDL makes the staging table of one bundle (a temporary table: no
// WAL, dropped at commit).
const stagingDDL = `CREATE TEMP TABLE st (line integer, kind text COLLATE "C", id uuid, rev bigint,
	base_rev bigint, hlc bigint, origin text COLLATE "C", sha bytea, deleted boolean, data bytea,
	region text, created_at timestamptz, phone text, iin text, merged_into text, consent_withdrawn text,
	key_phone text, key_iin text, apart text[], direction text, status text, archived_from text,
	sdgs text[], tg_group text[], tg_planned bigint[], tg_reached bigint[], date text, person_id uuid,
	idea_id uuid, supersedes uuid, services text[], anonymous boolean, age_band text, service text,
	outcome text, hours double precision, name text) ON COMMIT DROP`

// stagingColumns are the staging table's columns, in COPY order (row's).
var stagingColumns = []string{"line", "kind", "id", "rev", "base_rev", "hlc", "origin", "sha", "deleted", "data",
	"region", "created_at", "phone", "iin", "merged_into", "consent_withdrawn", "key_phone", "key_iin", "apart",
	"direction", "status", "archived_from", "sdgs", "tg_group", "tg_planned", "tg_reached", "date", "person_id",
	"idea_id", "supersedes", "services", "anonymous", "age_band", "service", "outcome", "hours", "name"}

// Where each column is in a staging row.
const (
	cRegion = 10 + iota
	cCreated
	cPhone
	cIIN
	cMergedInto
	cWithdrawn
	cKeyPhone
	cKeyIIN
	cApart
	cDirection
	cStatus
	cArchivedFrom
	cSDGs
	cTGGroup
	cTGPlanned
	cTGReached
	cDate
	cPersonID
	cIdeaID
	cSupersedes
	cServices
	cAnonymous
	cAgeBand
	cService
	cOutcome
	cHours
	cName
	nColumns
)

// kindColumns are the columns of each kind's table past id, origin and
// deleted, as the staging table names them, and the table.
var kindColumns = map[model.Kind]struct {
	table string
	cols  []string
}{
	model.KindPerson: {"people", []string{"region", "created_at", "phone", "iin", "merged_into", "consent_withdrawn",
		"key_phone", "key_iin", "apart"}},
	model.KindIdea: {"ideas", []string{"direction", "region", "status", "archived_from", "created_at", "sdgs",
		"tg_group", "tg_planned", "tg_reached"}},
	model.KindConsultation: {"consultations", []string{"date", "person_id", "idea_id", "supersedes", "services"}},
	model.KindVisit:        {"visits", []string{"date", "person_id", "anonymous", "age_band", "service", "outcome"}},
	model.KindHours:        {"hours", []string{"hlc", "person_id", "idea_id", "date", "hours", "status"}},
	model.KindCatalogue:    {"catalogue", nil},
	model.KindOffice:       {"office_records", []string{"name", "region"}},
}

// ref is a reference as a uuid column: NULL for none.
func ref(id string) any {
	if id == "" {
		return nil
	}
	return uuidVal(id)
}

// uuidVal is id as pgx writes a uuid without a detour (16 bytes; a text
// uuid costs pgx a failed binary encoding and an error each), or id itself
// when it is not a record id's form (model.ValidID; the server then says
// why). It reads the hex digits two at a time where they are
// (TestUUIDValIsValidID).
func uuidVal(id string) any {
	if len(id) != 36 || id[8] != '-' || id[13] != '-' || id[18] != '-' || id[23] != '-' {
		return id
	}
	var u [16]byte
	var bad byte // any byte not a lower-case hex digit sets bits past 15
	for i, at := range uuidDigits {
		hi, lo := hexValue[id[at]], hexValue[id[at+1]]
		bad |= hi | lo
		u[i] = hi<<4 | lo
	}
	if bad > 15 {
		return id
	}
	return u
}

// uuidDigits are where each byte's two hex digits begin in a record id.
var uuidDigits = [16]uint8{0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34}

// hexValue is each byte's value as a lower-case hex digit, 0xff for any
// other byte.
var hexValue = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c - '0')
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c] = byte(c - 'a' + 10)
	}
	return t
}()

// idString is a staging row's id (uuidVal's) as text.
func idString(v any) string {
	u, ok := v.([16]byte)
	if !ok {
		s, _ := v.(string)
		return s
	}
	const hexd = "0123456789abcdef"
	b := make([]byte, 0, 36)
	for i, x := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			b = append(b, '-')
		}
		b = append(b, hexd[x>>4], hexd[x&15])
	}
	return string(b)
}

// created is a record's creation time, else its last change (storage's
// created()); NULL when neither is known.
func created(c, updated time.Time) any {
	switch {
	case !c.IsZero():
		return c
	case !updated.IsZero():
		return updated
	}
	return nil
}

func strs[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

// stagingRow is one revision as a staging row: the envelope, the JSON as it
// came (r.Data, kept as it is: the reader leaves it alone), its SHA-256,
// and its kind's columns.
func stagingRow(r storage.BundleRecord) []any {
	var m rowMaker
	return m.row(r)
}

// rowMaker makes the staging rows of one bundle (stagingRow's), with fewer
// allocations a row: rows and SHA-256 sums are cut from blocks allocated
// for slabRows rows at a time, and the kind and origin, the same for most
// rows in turn, are boxed once while they repeat. Each row is its own and
// never changes once made (TestRowMakerSameAsStagingRow).
type rowMaker struct {
	vals             []any  // the block rows are cut from
	sums             []byte // the block SHA-256 sums are cut from
	kind, origin     string
	kindAny, origAny any
}

// slabRows is how many rows a block of rowMaker's holds.
const slabRows = 128

func (m *rowMaker) row(r storage.BundleRecord) []any {
	env := r.Record.Env()
	if len(m.vals) < nColumns {
		m.vals = make([]any, nColumns*slabRows)
	}
	row := m.vals[:nColumns:nColumns]
	m.vals = m.vals[nColumns:]
	if len(m.sums) < sha256.Size {
		m.sums = make([]byte, sha256.Size*slabRows)
	}
	sum := m.sums[:sha256.Size:sha256.Size]
	m.sums = m.sums[sha256.Size:]
	h := sha256.Sum256(r.Data)
	copy(sum, h[:])
	if m.kindAny == nil || string(env.Kind) != m.kind {
		m.kind, m.kindAny = string(env.Kind), string(env.Kind)
	}
	if m.origAny == nil || env.Origin != m.origin {
		m.origin, m.origAny = env.Origin, env.Origin
	}
	row[0], row[1], row[2], row[3], row[4], row[5] = int32(r.Line), m.kindAny, uuidVal(env.ID), int64(env.Rev), int64(env.BaseRev), int64(env.HLC)
	row[6], row[7], row[8], row[9] = m.origAny, sum, env.Deleted, r.Data
	kindValues(row, r.Record)
	return row
}

// kindValues fills row's columns of rec's kind.
func kindValues(row []any, rec model.Record) {
	switch x := rec.(type) {
	case *model.Person:
		personColumns(row, x)
	case *model.Idea:
		row[cDirection], row[cRegion], row[cStatus], row[cArchivedFrom] = string(x.Direction), string(x.Region),
			string(x.Status), string(x.ArchivedFrom)
		row[cCreated] = created(x.CreatedAt, x.UpdatedAt)
		sdgs := make([]string, len(x.SDGs))
		for i, g := range x.SDGs {
			sdgs[i] = strconv.Itoa(int(g)) // as its JSON writes it
		}
		row[cSDGs] = sdgs
		g, p, d := make([]string, len(x.TargetGroups)), make([]int64, len(x.TargetGroups)), make([]int64, len(x.TargetGroups))
		for i, t := range x.TargetGroups {
			g[i], p[i], d[i] = string(t.Group), int64(t.Planned), int64(t.Reached)
		}
		row[cTGGroup], row[cTGPlanned], row[cTGReached] = g, p, d
	case *model.Consultation:
		row[cDate], row[cPersonID], row[cIdeaID], row[cSupersedes] = string(x.Date), ref(x.PersonID), ref(x.IdeaID), ref(x.Supersedes)
		row[cServices] = strs(x.Services)
	case *model.Visit:
		row[cDate], row[cPersonID], row[cAnonymous] = string(x.Date), ref(x.PersonID), x.Anonymous
		row[cAgeBand], row[cService], row[cOutcome] = string(x.AgeBand), string(x.Service), string(x.Outcome)
	case *model.Hours:
		row[cPersonID], row[cIdeaID], row[cDate], row[cHours], row[cStatus] = ref(x.PersonID), ref(x.IdeaID), string(x.Date),
			x.Hours, string(x.Status)
	case *model.Office:
		row[cName], row[cRegion] = x.Name, string(x.Region)
	}
}

// personColumns fills a person's columns, with the identity key model.Group
// joins on ("" when the person takes no part in joining).
func personColumns(row []any, p *model.Person) {
	row[cRegion], row[cCreated], row[cPhone], row[cIIN] = string(p.Region), created(p.CreatedAt, p.UpdatedAt), p.Phone, p.IIN
	row[cMergedInto], row[cWithdrawn] = p.MergedInto, string(p.ConsentWithdrawn)
	row[cKeyPhone], row[cKeyIIN], row[cApart] = "", "", []string{}
	if k, ok := model.IdentityOf(p); ok {
		row[cKeyPhone], row[cKeyIIN] = k.Phone, k.IIN
	}
	if p.Apart != nil {
		row[cApart] = p.Apart
	}
}
