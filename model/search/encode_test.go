package search

import (
	"bytes"
	"encoding/binary"
	"testing"

	"frontoffice/model"
	"frontoffice/model/textfold"
)

// refEncode is Encode as written before 2026-12-06 (Folded, then each field
// appended to a buffer grown as it goes), with version 3's title length
// after the signature: the store's docs must not change.
func refEncode(d *Doc) []byte {
	var folded []byte
	word := func(s string, fold bool) {
		if s == "" {
			return
		}
		n := len(folded)
		if n > 0 {
			folded = append(folded, ' ')
		}
		if fold {
			folded = textfold.AppendFold(folded, s)
		} else {
			folded = append(folded, s...)
		}
		if n > 0 && len(folded) == n+1 {
			folded = folded[:n]
		}
	}
	folded = textfold.AppendFold(folded, d.Title)
	title := len(folded)
	for _, t := range d.Text {
		word(t, true)
	}
	for _, p := range d.Phones {
		if len(p) == 12 && p[:2] == "+7" {
			word("7"+p[2:], false)
			word("8"+p[2:], false)
			word(p[2:], false)
		}
	}
	word(d.IIN, false)
	var b []byte
	b = append(b, 3)
	for _, s := range []string{d.ID, string(d.Kind), d.Title, d.Sub, d.Phone, string(d.Direction), string(d.Region), string(d.Status)} {
		b = appendString(b, s)
	}
	b = binary.AppendUvarint(b, uint64(sdgMask(d.SDGs)))
	b = binary.AppendVarint(b, d.Updated)
	b = appendString(b, string(folded))
	g := signatureOf(folded)
	for _, v := range []uint64{g.letters, g.starts, g.singles, g.pairs} {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	return binary.AppendUvarint(b, uint64(title))
}

// TestEncodeKeepsItsBytes: Encode (one allocation, the folded text made in a
// buffer used again) writes the bytes it wrote before, with and without
// texts folded ahead, whatever the doc held before in the same buffer.
func TestEncodeKeepsItsBytes(t *testing.T) {
	texts := []string{"", "—", "Таза аула", "Қарағанды облысы, Ақтоғай ауданы", "O'zbek", "  ", "Almaty 2026", "!!!",
		string(bytes.Repeat([]byte("Шымкент "), 300))}
	phones := [][]string{nil, {"+77011234567"}, {"+77011234567", "+77770000001"}, {"8701"}, {""}}
	for i := range 3000 {
		d := Doc{ID: idN(i), Kind: model.KindIdea, Title: texts[i%len(texts)], Sub: texts[(i/3)%len(texts)],
			Phone: "+77011234567", Phones: phones[i%len(phones)], Direction: "taza_alem", Region: "karaganda",
			Status: "draft", SDGs: []model.SDG{model.SDG(1 + i%17)}, Updated: int64(i * 7919)}
		if i%4 == 0 {
			d.Kind, d.IIN, d.Status = model.KindPerson, "990101300123", ""
		}
		for j := range i % 5 {
			d.Text = append(d.Text, texts[(i/7+j*3)%len(texts)])
		}
		want := refEncode(&d)
		if got := d.Encode(); !bytes.Equal(got, want) {
			t.Fatalf("doc %d: Encode\n%q\nwant\n%q", i, got, want)
		}
		d.Prefolded = [][]byte{Prefold(d.Title)}
		for _, s := range d.Text {
			d.Prefolded = append(d.Prefolded, Prefold(s))
		}
		if got := d.Encode(); !bytes.Equal(got, want) {
			t.Fatalf("doc %d prefolded: Encode\n%q\nwant\n%q", i, got, want)
		}
	}
}

// BenchmarkDocEncode is Encode beside the way it was written before
// (refEncode), on an idea's doc with its texts folded ahead but the
// applicant's name, as an import makes it.
func BenchmarkDocEncode(b *testing.B) {
	d := Doc{ID: idN(7), Kind: model.KindIdea, Title: "Таза әлем: экологиялық жоба", Sub: "Айгерім Сәрсенбаева",
		Text: []string{"Айгерім Сәрсенбаева", "Қарағанды университеті", "Ақтоғай"}, Phones: []string{"+77011234567"},
		Direction: "taza_alem", Region: "karaganda", Status: "draft", SDGs: []model.SDG{4, 11}, Updated: 1}
	d.Prefolded = [][]byte{Prefold(d.Title), nil, Prefold(d.Text[1]), Prefold(d.Text[2])}
	b.Run("before", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			refEncode(&d)
		}
	})
	b.Run("now", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			d.Encode()
		}
	})
}

// TestStampIsEncode: a doc encoded less its Updated field and stamped
// later (EncodeUnstamped, Stamp) is Encode's bytes, whatever Updated.
func TestStampIsEncode(t *testing.T) {
	var zero Unstamped
	if zero.Made() {
		t.Fatal("the zero Unstamped holds a doc")
	}
	texts := []string{"", "Таза аула", "Қарағанды облысы", string(bytes.Repeat([]byte("Шымкент "), 300))}
	for i := range 400 {
		d := Doc{ID: idN(i), Kind: model.KindIdea, Title: texts[i%len(texts)], Sub: texts[(i/4)%len(texts)],
			Text: []string{texts[(i/2)%len(texts)]}, Phones: []string{"+77011234567"}, Status: "draft",
			SDGs: []model.SDG{model.SDG(1 + i%17)}}
		if i%3 == 0 {
			d.Kind, d.IIN, d.Status, d.SDGs = model.KindPerson, "990101300123", "", nil
		}
		u := d.EncodeUnstamped()
		if !u.Made() {
			t.Fatalf("doc %d: EncodeUnstamped holds nothing", i)
		}
		for _, at := range []int64{0, 1, -1, 63, 64, -65, 1 << 40, int64(i) * 1_765_000_000_123, -1 << 63, 1<<63 - 1} {
			d.Updated = at
			if got, want := u.Stamp(at), d.Encode(); !bytes.Equal(got, want) {
				t.Fatalf("doc %d stamped %d:\n%q\nwant\n%q", i, at, got, want)
			}
		}
	}
}

// FuzzStampIsEncode: any doc stamped later is Encode's bytes.
func FuzzStampIsEncode(f *testing.F) {
	f.Add("Таза әлем", "Айгерім", "Ақтоғай", "+77011234567", "990101300123", int64(1_765_000_000_123), true)
	f.Add("", "", "", "", "", int64(-1), false)
	f.Fuzz(func(t *testing.T, title, sub, text, phone, iin string, updated int64, idea bool) {
		d := Doc{ID: idN(1), Kind: model.KindPerson, Title: title, Sub: sub, Text: []string{text, sub},
			Phone: phone, Phones: []string{phone}, IIN: iin, Updated: updated}
		if idea {
			d.Kind, d.Status, d.SDGs = model.KindIdea, "draft", []model.SDG{3}
		}
		if got, want := d.EncodeUnstamped().Stamp(updated), d.Encode(); !bytes.Equal(got, want) {
			t.Fatalf("stamped\n%q\nwant\n%q", got, want)
		}
	})
}
