package hub

// The tests load as few as two bundles as a bulk load (bulk.go), so the
// property test's loads take that path.
func init() { bulkMin = 2 }

// BulkLoaded is how many bundles bulk loads wrote so far.
func BulkLoaded() int64 { return bulkLoaded.Load() }

// SetMemCap sets the most records of a bundle held in memory, and returns
// the one before (tests that are not parallel only).
func SetMemCap(n int) int { old := memCap; memCap = n; return old }

// SetFullReport makes h's reports read the full queries only (true), not
// the sums kept at load time.
func SetFullReport(h *Hub, full bool) { h.fullReport = full }
