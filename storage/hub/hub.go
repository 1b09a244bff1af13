// Package hub is the regional hub: the offices' bundles loaded into
// PostgreSQL (docs/hub.md, issue 22), beside the bbolt store of one office.
//
// It applies the same rules as an office's import, through the same code:
// bundles are read and checked by storage.ReadBundle (storage/bundle's
// reader and signature check), the winner of a record is the same clock
// order (hlc, then origin, then the content's SHA-256), losers are kept in
// revisions, conflicts are the same set rule, and one person across offices
// is model.Group. Each bundle is copied (COPY) into a staging table and
// merged by set-based SQL in one transaction: a bundle that fails any check
// rolls back and changes nothing.
//
// Tables (migrations/*.sql, run by goose at Open under an advisory lock):
//
//	hub_meta             the hub's own office id and Ed25519 signing key
//	offices              offices whose keys the hub trusts, their last bundle
//	bundles              bundles loaded, by trailer hash
//	revisions            every revision of every record (history and current)
//	records              each record's winning revision, conflict flag
//	people, ideas, consultations, visits, hours, catalogue, office_records
//	                     the winners' JSON (doc) and the columns reports read
//	person_identity      joined person → the group's earliest id
//	possible_duplicates  pairs on one phone under two IINs
//	hours_unverified     hours verified elsewhere, listed as unverified
package hub

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"strings"
	"time"

	"frontoffice/model"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Hub is an open connection to the hub's database.
type Hub struct {
	pool   *pgxpool.Pool
	schema string
	now    func() time.Time

	officeID string
	// fullReport: Report reads the full queries only, not the sums kept
	// at load time (tests compare the two).
	fullReport bool
	key        ed25519.PrivateKey
}

// Options tune Open; the zero value is right for the command line.
type Options struct {
	// Schema, when set, is the PostgreSQL schema the hub's tables live in
	// (created when missing); tests give each their own.
	Schema string
	// Now is the clock (time.Now when nil).
	Now func() time.Time
}

// Reason says why the hub could not be reached, for a translated message
// that says what to check. No message carries the URL's password.
type Reason string

// Reasons Open fails.
const (
	ReasonNoURL       Reason = "no_url"      // neither --pg nor $FRONTOFFICE_PG
	ReasonBadURL      Reason = "bad_url"     // not a PostgreSQL URL
	ReasonUnreachable Reason = "unreachable" // no server answers at host:port
	ReasonAuth        Reason = "auth"        // the role or its password is refused
	ReasonNoDatabase  Reason = "no_database" // the database does not exist
	ReasonPermission  Reason = "permission"  // the role may not create the tables
	ReasonMigrate     Reason = "migrate"     // a migration failed
	ReasonOther       Reason = "other"       // anything else the server said
)

// ConnError is a hub that could not be opened: why, and where (host, port,
// database and user, never the password).
type ConnError struct {
	Reason Reason
	Where  string // "user@host:port/database"
	Detail string // the server's words (SQLSTATE and message), no password
}

func (e *ConnError) Error() string {
	s := "hub: " + string(e.Reason)
	if e.Where != "" {
		s += " (" + e.Where + ")"
	}
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// AsConnError finds a ConnError in err's chain.
func AsConnError(err error) (*ConnError, bool) {
	var e *ConnError
	ok := errors.As(err, &e)
	return e, ok
}

// where is the URL's user, host, port and database, without the password.
func where(cfg *pgxpool.Config) string {
	c := cfg.ConnConfig
	return fmt.Sprintf("%s@%s:%d/%s", c.User, c.Host, c.Port, c.Database)
}

// classify turns a connection or server error into a ConnError.
func classify(err error, w string) error {
	if err == nil {
		return nil
	}
	ce := &ConnError{Reason: ReasonOther, Where: w}
	var pe *pgconn.PgError
	var ne net.Error
	var oe *net.OpError
	switch {
	case errors.As(err, &pe):
		ce.Detail = pe.Code + " " + pe.Message
		switch {
		case pe.Code == "28P01" || pe.Code == "28000":
			ce.Reason = ReasonAuth
		case pe.Code == "3D000":
			ce.Reason = ReasonNoDatabase
		case pe.Code == "42501":
			ce.Reason = ReasonPermission
		}
	case errors.As(err, &oe), errors.As(err, &ne), strings.Contains(err.Error(), "connect: connection refused"),
		strings.Contains(err.Error(), "no such host"), strings.Contains(err.Error(), "dial"):
		ce.Reason = ReasonUnreachable
	default:
		ce.Detail = err.Error()
	}
	return ce
}

// Open connects to the hub's database at url (a libpq URL or key=value
// string), creates the schema when asked, and brings the tables up to date
// under pg_advisory_lock, so two loaders starting at once do not migrate
// together: the second waits, then finds nothing to do.
func Open(ctx context.Context, url string, o Options) (*Hub, error) {
	if strings.TrimSpace(url) == "" {
		return nil, &ConnError{Reason: ReasonNoURL}
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, &ConnError{Reason: ReasonBadURL} // pgx's words may quote the URL, password and all
	}
	w := where(cfg)
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = 10 * time.Second
	}
	if o.Schema != "" {
		cfg.ConnConfig.RuntimeParams["search_path"] = o.Schema
	}
	// A bundle's staging tables are temporary: room for them in memory
	// (the default 8MB spilled them to files); set before a session's first
	// temporary table, so here.
	if _, ok := cfg.ConnConfig.RuntimeParams["temp_buffers"]; !ok {
		cfg.ConnConfig.RuntimeParams["temp_buffers"] = "256MB"
	}
	cfg.MaxConns = 6
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, classify(err, w)
	}
	h := &Hub{pool: pool, schema: o.Schema, now: o.Now}
	if h.now == nil {
		h.now = time.Now
	}
	if err := h.start(ctx, cfg, w); err != nil {
		pool.Close()
		return nil, err
	}
	return h, nil
}

// Close closes the connections.
func (h *Hub) Close() { h.pool.Close() }

// lockKey is the advisory lock of the hub's schema: migrations and merges
// of one hub take it, another hub in another schema does not wait.
func (h *Hub) lockKey() string { return "frontoffice-hub:" + h.schema }

func (h *Hub) start(ctx context.Context, cfg *pgxpool.Config, w string) error {
	conn, err := h.pool.Acquire(ctx)
	if err != nil {
		return classify(err, w)
	}
	defer conn.Release()
	if h.schema != "" {
		if _, err := conn.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS "+pgx.Identifier{h.schema}.Sanitize()); err != nil {
			return classify(err, w)
		}
	}
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock(hashtext($1))", h.lockKey()); err != nil {
		return classify(err, w)
	}
	defer conn.Exec(context.Background(), "SELECT pg_advisory_unlock(hashtext($1))", h.lockKey())
	if err := h.migrate(ctx, cfg); err != nil {
		if ce, ok := AsConnError(classify(err, w)); ok && ce.Reason != ReasonOther {
			return ce
		}
		return &ConnError{Reason: ReasonMigrate, Where: w, Detail: err.Error()}
	}
	if err := h.loadIdentity(ctx, conn.Conn()); err != nil {
		return err
	}
	return h.finishStoppedBulk(ctx, conn.Conn())
}

// finishStoppedBulk finishes a bulk load that stopped before building its
// indexes (bulk.go), waiting for one still running to end.
func (h *Hub) finishStoppedBulk(ctx context.Context, conn *pgx.Conn) error {
	var pending bool
	if err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM hub_meta WHERE key = 'bulk_indexes')").Scan(&pending); err != nil || !pending {
		return err
	}
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock(hashtext($1))", h.lockKey()+":merge"); err != nil {
		return err
	}
	defer conn.Exec(context.Background(), "SELECT pg_advisory_unlock(hashtext($1))", h.lockKey()+":merge")
	return h.finishBulk(ctx, conn, nil)
}

// migrate runs the embedded migrations with goose, on a database/sql handle
// of the same configuration (goose speaks database/sql). The caller holds
// the advisory lock.
func (h *Hub) migrate(ctx context.Context, cfg *pgxpool.Config) error {
	db := stdlib.OpenDB(*cfg.ConnConfig)
	defer db.Close()
	db.SetMaxOpenConns(1)
	sub, err := fs.Sub(migrationFiles, "migrations")
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(goose.DialectPostgres, db, sub, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		return err
	}
	_, err = p.Up(ctx)
	return err
}

// loadIdentity reads, or makes once, the hub's own office id and signing
// key (hub_meta): the hub signs the bundles it exports as an office does.
func (h *Hub) loadIdentity(ctx context.Context, conn *pgx.Conn) error {
	id := model.NewID()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return err
	}
	if _, err := conn.Exec(ctx, `INSERT INTO hub_meta (key, value) VALUES ('office_id', $1), ('signing_key', $2)
		ON CONFLICT (key) DO NOTHING`, []byte(id), []byte(priv)); err != nil {
		return err
	}
	var idb, keyb []byte
	if err := conn.QueryRow(ctx, "SELECT value FROM hub_meta WHERE key = 'office_id'").Scan(&idb); err != nil {
		return err
	}
	if err := conn.QueryRow(ctx, "SELECT value FROM hub_meta WHERE key = 'signing_key'").Scan(&keyb); err != nil {
		return err
	}
	if len(keyb) != ed25519.PrivateKeySize || !model.ValidID(string(idb)) {
		return errors.New("hub_meta: the hub's office id or signing key is damaged")
	}
	h.officeID, h.key = string(idb), ed25519.PrivateKey(keyb)
	return nil
}

// OfficeID is the hub's own office id, the origin of the bundles it writes.
func (h *Hub) OfficeID() string { return h.officeID }

// PublicKey is the hub's public key, the one its bundles name.
func (h *Hub) PublicKey() ed25519.PublicKey { return h.key.Public().(ed25519.PublicKey) }
