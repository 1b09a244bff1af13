package hub

// The tests load as few as two bundles as a bulk load (bulk.go), so the
// property test's loads take that path.
func init() { bulkMin = 2 }

// BulkLoaded is how many bundles bulk loads wrote so far.
func BulkLoaded() int64 { return bulkLoaded.Load() }
