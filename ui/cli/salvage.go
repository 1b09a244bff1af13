package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/i18n"

	"github.com/google/uuid"
)

// Salvage is the salvage command: every record of the store at path that can
// still be read goes into a new store at outPath, and what could not be read
// is listed. The store is only read (never opened for writing, so a damaged
// one stays as it is). ok is false when nothing was written (explained on
// errw).
func Salvage(path, outPath string, force bool, tr *i18n.Translator, out, errw io.Writer) (ok bool, err error) {
	rep, err := storage.Salvage(path, outPath, force)
	switch {
	case errors.Is(err, storage.ErrOutputExists):
		fmt.Fprintln(errw, tr.T("salvage.exists", outPath))
		return false, nil
	case errors.Is(err, storage.ErrOutputIsStore):
		fmt.Fprintln(errw, tr.T("salvage.is_store", outPath))
		return false, nil
	case errors.Is(err, storage.ErrOutputIsStoreFile):
		fmt.Fprintln(errw, tr.T("salvage.is_store_file", outPath))
		return false, nil
	case errors.Is(err, storage.ErrInUse):
		fmt.Fprintln(errw, tr.T("err.in_use_path", path))
		return false, nil
	case err != nil:
		return false, err
	}
	var parts []string
	for _, k := range model.Kinds() {
		if n := rep.Copied[k]; n > 0 {
			parts = append(parts, tr.T("restore.count", tr.T("sync.kind."+string(k)), tr.Int(int64(n))))
		}
	}
	fmt.Fprintln(out, tr.T("salvage.done", outPath, strings.Join(parts, ", "), tr.Int(int64(rep.History))))
	if len(rep.Lost) == 0 && len(rep.Unreadable) == 0 {
		fmt.Fprintln(out, tr.T("salvage.all_read"))
	} else {
		fmt.Fprintln(out, tr.T("salvage.lost_title"))
		for _, l := range rep.Lost {
			fmt.Fprintln(out, "  "+tr.T("salvage.lost_range", bucketName(tr, l.Bucket), keyText(tr, l.Bucket, l.After, "salvage.first"), keyText(tr, l.Bucket, l.Before, "salvage.last")))
		}
		garbled := map[string][]string{}
		var order []string
		for _, u := range rep.Unreadable {
			if garbled[u.Bucket] == nil {
				order = append(order, u.Bucket)
			}
			garbled[u.Bucket] = append(garbled[u.Bucket], keyText(tr, u.Bucket, u.After, "salvage.first"))
		}
		for _, b := range order {
			ids := garbled[b]
			shown := ids[:min(len(ids), 5)]
			more := ""
			if len(ids) > len(shown) {
				more = ", …"
			}
			fmt.Fprintln(out, "  "+tr.T("salvage.unreadable", bucketName(tr, b), len(ids), strings.Join(shown, ", ")+more))
		}
	}
	fmt.Fprintln(out, tr.T("salvage.next", outPath, outPath))
	return true, nil
}

// bucketName says which records a bucket holds: "ideas", "earlier
// revisions of people", else the bucket's own name.
func bucketName(tr *i18n.Translator, bucket string) string {
	top, kind, _ := strings.Cut(bucket, "/")
	if !model.Kind(kind).Valid() {
		return bucket
	}
	name := tr.T("sync.kind." + kind)
	if top == "history" {
		return tr.T("salvage.history_of", name)
	}
	return name
}

// keyText shows a key: a record's id in the records and history buckets,
// else the key as text; missing is the word for an open end.
func keyText(tr *i18n.Translator, bucket string, key []byte, missing string) string {
	ids := strings.HasPrefix(bucket, "records/") || strings.HasPrefix(bucket, "history/")
	switch {
	case key == nil:
		return tr.T(missing)
	case ids && len(key) >= 16:
		var u uuid.UUID
		copy(u[:], key)
		return u.String()
	}
	return fmt.Sprintf("%q", key)
}
