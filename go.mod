module frontoffice

go 1.26.0

require (
	// age v1.2.1 (not v1.3.x): the version issue 8 names; builds with Go 1.26 and
	// needs x/crypto ≥ v0.24.0 (v0.59.0 here, the newest release, see below). Bundles it writes open with any age ≥ 1.0.
	filippo.io/age v1.2.1
	github.com/charmbracelet/bubbles v1.0.0
	github.com/charmbracelet/bubbletea v1.3.10
	github.com/charmbracelet/huh v1.0.0
	github.com/charmbracelet/lipgloss v1.1.0
	github.com/charmbracelet/x/ansi v0.11.9
	github.com/charmbracelet/x/exp/golden v0.0.0-20241011142426-46044092ad91
	github.com/charmbracelet/x/exp/teatest v0.0.0-20251215102626-e0db08df7383
	// go-json v0.10.5: the long-standing release (no dependencies); decodes
	// bundle lines for import, held to encoding/json by storage's fuzz test.
	github.com/goccy/go-json v0.10.5
	github.com/google/uuid v1.6.0
	github.com/muesli/termenv v0.16.0
	go.etcd.io/bbolt v1.5.0
	// x/sys, x/term, x/text: raised from v0.45.0/v0.43.0/v0.28.0 by excelize
	// v2.11.1 (issue 19) and goose v3.30.1 (issue 22); x/term reads a
	// passphrase without echo.
	golang.org/x/sys v0.50.0
	golang.org/x/term v0.48.0
	golang.org/x/text v0.44.0
)

require (
	// pgx v5.13.0: the PostgreSQL driver of the regional hub (storage/hub, issue 22):
	// COPY into staging tables, pgxpool; pure Go, no libpq.
	github.com/jackc/pgx/v5 v5.13.0
	github.com/klauspost/compress v1.20.5
	// goose v3.30.1: the hub's schema migrations, embedded SQL files, run at
	// start under pg_advisory_lock (storage/hub/migrations).
	github.com/pressly/goose/v3 v3.30.1
	// excelize v2.11.1 (pinned): reads and writes .xlsx workbooks for
	// export-sheet and import-sheet (issue 19), streaming both ways
	// (StreamWriter, Rows). It asks for x/crypto v0.58.0, x/net v0.62.0.
	github.com/xuri/excelize/v2 v2.11.1
)

// pgzip v1.3.0 (the newest the proxy gives): export compresses on every core,
// still one plain gzip member (storage/bundle); it builds on compress above.
require github.com/klauspost/pgzip v1.3.0

require (
	github.com/jackc/pgpassfile v1.0.0 // indirect
	github.com/jackc/pgservicefile v0.0.0-20240606120523-5a60cdf6a761 // indirect
	github.com/jackc/puddle/v2 v2.2.3 // indirect
	github.com/mfridman/interpolate v0.2.0 // indirect
	github.com/richardlehane/mscfb v1.0.9 // indirect
	github.com/richardlehane/msoleps v1.0.6 // indirect
	github.com/sethvargo/go-retry v0.5.0 // indirect
	github.com/tiendc/go-deepcopy v1.7.2 // indirect
	github.com/xuri/efp v0.0.3-0.20260924042702-217b81952dec // indirect
	github.com/xuri/nfp v0.0.2-0.20250530014748-2ddeb826f9a9 // indirect
	go.uber.org/multierr v1.11.0 // indirect
	golang.org/x/sync v0.25.0 // indirect
)

require (
	github.com/atotto/clipboard v0.1.4 // indirect
	github.com/aymanbagabas/go-osc52/v2 v2.0.1 // indirect
	github.com/aymanbagabas/go-udiff v0.3.1 // indirect
	github.com/catppuccin/go v0.3.0 // indirect
	github.com/charmbracelet/colorprofile v0.4.1 // indirect
	github.com/charmbracelet/x/cellbuf v0.0.15 // indirect
	github.com/charmbracelet/x/exp/strings v0.0.0-20240722160745-212f7b056ed0 // indirect
	github.com/charmbracelet/x/term v0.2.2 // indirect
	github.com/clipperhouse/displaywidth v0.11.0 // indirect
	github.com/clipperhouse/uax29/v2 v2.7.0 // indirect
	github.com/dustin/go-humanize v1.1.0 // indirect
	github.com/erikgeiser/coninput v0.0.0-20211004153227-1c3628e74d0f // indirect
	github.com/lucasb-eyer/go-colorful v1.4.1 // indirect
	github.com/mattn/go-isatty v0.0.24 // indirect
	github.com/mattn/go-localereader v0.0.1 // indirect
	// go-runewidth v0.0.31, newer than x/ansi asks: it builds its width tables
	// lazily (v0.0.27 built them in init, 28 ms of every start).
	github.com/mattn/go-runewidth v0.0.31
	github.com/mitchellh/hashstructure/v2 v2.0.2 // indirect
	github.com/muesli/ansi v0.0.0-20230316100256-276c6243b2f6 // indirect
	github.com/muesli/cancelreader v0.2.2 // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	github.com/xo/terminfo v0.0.0-20220910002029-abceb7e1c41e // indirect
	// x/crypto (age's chacha20poly1305, scrypt) and x/net (excelize's
	// html/charset): the newest releases the proxy serves (2026-11), a step
	// above what excelize asks (v0.58.0, v0.62.0); x/term v0.48.0 came with them.
	golang.org/x/crypto v0.59.0 // indirect
	golang.org/x/net v0.63.0 // indirect
)
