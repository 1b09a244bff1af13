package personform

import (
	"context"
	"errors"
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/model/textfold"
	"frontoffice/storage"
)

// How a duplicate was found: by a key that names one person, or by the same
// name in the same organisation ("", a question for the consultant).
const (
	ByPhone = "phone"
	ByIIN   = "iin"
)

// Duplicate looks for p already registered, the way both forms must before a
// save: the same phone or IIN is the same person (by is ByPhone or ByIIN;
// never save a second record); when askSimilar, the same folded name in the
// same organisation is found too (by is "": ask). It reads the store: call it
// off the event loop.
func Duplicate(store *storage.Store, p *model.Person, askSimilar bool) (other *model.Person, by string, err error) {
	if other, by, err := Same(store, p); err != nil || other != nil {
		return other, by, err
	}
	if askSimilar {
		if other := Similar(store, p); other != nil {
			return other, "", nil
		}
	}
	return nil, "", nil
}

// Same finds another live person with p's phone or IIN: the same person,
// who must not be registered twice.
func Same(store *storage.Store, p *model.Person) (*model.Person, string, error) {
	lookups := []struct {
		by, value string
		find      func(string) (*model.Person, error)
	}{
		{ByPhone, p.Phone, store.PersonByPhone},
		{ByIIN, p.IIN, store.PersonByIIN},
	}
	for _, l := range lookups {
		if l.value == "" {
			continue
		}
		other, err := l.find(l.value)
		switch {
		case errors.Is(err, storage.ErrNotFound):
		case err != nil:
			return nil, "", err
		case other.ID != p.ID:
			return other, l.by, nil
		}
	}
	return nil, "", nil
}

// similarWait bounds the wait for the search index (it loads at start-up).
const similarWait = 5 * time.Second

// Similar finds someone already registered with p's name in p's
// organisation, both compared folded (Айгерім = Aigerim = айгерим), through
// the search index. The question is advice: when the index cannot answer,
// the save goes on.
func Similar(store *storage.Store, p *model.Person) *model.Person {
	ctx, cancel := context.WithTimeout(context.Background(), similarWait)
	defer cancel()
	x, err := store.Search(ctx)
	if err != nil {
		return nil
	}
	res, err := x.Search(ctx, search.Query{Text: p.FullName, Filter: search.Filter{Kind: model.KindPerson}, Limit: 500})
	if err != nil {
		return nil
	}
	name, org := textfold.Fold(p.FullName), textfold.Fold(p.Organization)
	for _, h := range res.Hits {
		if h.ID == p.ID || textfold.Fold(h.Title) != name || textfold.Fold(h.Sub) != org {
			continue
		}
		if other, err := storage.GetAs[*model.Person](store, model.KindPerson, h.ID); err == nil && !other.Deleted {
			return other
		}
	}
	return nil
}
