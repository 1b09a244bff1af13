package storage

// SmallBatchesForTest makes every SaveEach of more than inOne records go
// through a copy of the store, in batches of batch records, until the
// returned function puts the sizes back.
func SmallBatchesForTest(inOne, batch int) (restore func()) {
	oldOne, oldBatch := SaveInOne, saveBatch
	SaveInOne, saveBatch = inOne, batch
	return func() { SaveInOne, saveBatch = oldOne, oldBatch }
}

// OnOpenForTest calls fn with every store file opened, before it is locked,
// until the returned function is called.
func OnOpenForTest(fn func(path string)) (restore func()) {
	openedHook = fn
	return func() { openedHook = nil }
}
