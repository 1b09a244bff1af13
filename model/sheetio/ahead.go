package sheetio

import "frontoffice/model/csvio"

// Ahead reads src's rows on a goroutine of its own, a few hundred rows
// ahead of the caller, so a sheet's XML is unpacked and read on one core
// while the rules run on another. Close it (or read it to its end) so the
// goroutine ends; src is not to be used meanwhile.
func Ahead(src csvio.SheetRows) *AheadRows {
	a := &AheadRows{ch: make(chan []aheadRow, 4), stop: make(chan struct{})}
	go a.run(src)
	return a
}

// AheadRows are the rows Ahead reads.
type AheadRows struct {
	ch   chan []aheadRow
	stop chan struct{}
	buf  []aheadRow
	end  *aheadRow // the error that ended the rows (io.EOF at their end)
}

type aheadRow struct {
	n     int
	cells []string
	err   error
}

func (a *AheadRows) run(src csvio.SheetRows) {
	defer close(a.ch)
	batch := make([]aheadRow, 0, 256)
	for {
		n, cells, err := src.Next()
		batch = append(batch, aheadRow{n, cells, err})
		if err == nil && len(batch) < cap(batch) {
			continue
		}
		select {
		case a.ch <- batch:
		case <-a.stop:
			return
		}
		if err != nil {
			return
		}
		batch = make([]aheadRow, 0, 256)
	}
}

// Next is src's Next, read ahead.
func (a *AheadRows) Next() (int, []string, error) {
	if a.end != nil {
		return 0, nil, a.end.err
	}
	for len(a.buf) == 0 {
		b, ok := <-a.ch
		if !ok {
			return 0, nil, errAheadClosed
		}
		a.buf = b
	}
	r := a.buf[0]
	a.buf = a.buf[1:]
	if r.err != nil {
		a.end = &r
	}
	return r.n, r.cells, r.err
}

// Close stops the reading ahead.
func (a *AheadRows) Close() {
	select {
	case <-a.stop:
	default:
		close(a.stop)
	}
	for range a.ch {
	}
}

var errAheadClosed = errorString("workbook: rows read after Close")

type errorString string

func (e errorString) Error() string { return string(e) }
