package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
)

// SearchOptions are the search command's flags.
type SearchOptions struct {
	JSON  bool
	Limit int
	Kind  string // "idea", "person" or "" for both
}

// ParseSearchKind reads --kind: idea or person (ideas and people too).
func ParseSearchKind(s string) (model.Kind, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return "", true
	case "idea", "ideas":
		return model.KindIdea, true
	case "person", "people":
		return model.KindPerson, true
	}
	return "", false
}

// searchHit is one element of `search --json`.
type searchHit struct {
	ID        string `json:"id"`
	Kind      string `json:"kind"`
	Title     string `json:"title"`
	Subtitle  string `json:"subtitle,omitempty"` // an idea's applicant, a person's organisation
	Phone     string `json:"phone,omitempty"`
	Direction string `json:"direction,omitempty"`
	Region    string `json:"region,omitempty"`
	Status    string `json:"status,omitempty"`
	UpdatedAt string `json:"updated_at"`
}

// Search runs query through the same engine as the app's search boxes and
// prints the best matches, best first: one line each, or one JSON array.
func Search(store *storage.Store, tr *i18n.Translator, o SearchOptions, kind model.Kind, query string, out io.Writer) error {
	res, err := store.SearchOnce(context.Background(), search.Query{Text: query, Filter: search.Filter{Kind: kind}, Limit: o.Limit})
	if err != nil {
		return err
	}
	if o.JSON {
		hits := make([]searchHit, 0, len(res.Hits))
		for _, h := range res.Hits {
			hits = append(hits, searchHit{
				ID: h.ID, Kind: string(h.Kind), Title: h.Title, Subtitle: h.Sub, Phone: h.Phone,
				Direction: string(h.Direction), Region: string(h.Region), Status: string(h.Status),
				UpdatedAt: time.UnixMilli(h.Updated).UTC().Format(time.RFC3339),
			})
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(hits)
	}
	if res.Total == 0 {
		fmt.Fprintln(out, tr.T("search.none", query))
		return nil
	}
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	for _, h := range res.Hits {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", tr.T("kind."+string(h.Kind)),
			common.Sanitize(h.Title), common.Sanitize(h.Sub), h.ID)
	}
	w.Flush()
	fmt.Fprintln(out, tr.T("search.shown", len(res.Hits), tr.Int(int64(res.Total))))
	return nil
}
