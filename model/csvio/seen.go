package csvio

import "strings"

// seen is the values the good rows of a file so far took for themselves
// (record ids, phones, IINs: once), each with the line of the row that
// took it. 100 000 rows held 300 000 strings in maps by their text, a
// copy of each (a cell is a piece of its row's text): finding and adding
// them was a third of reading a people file. A phone or an IIN is a
// number and an id sixteen bytes, kept so; anything else (a phone a
// later rule might give in another form) by its text. Each value has one
// key, and no two values the same (TestSeenKeysOneToOne).
type seen struct {
	nums  map[uint64]int   // digits, maybe after a "+" (packDigits)
	ids   map[[16]byte]int // ids in their canonical form
	other map[string]int
}

func newSeen() *seen {
	return &seen{nums: map[uint64]int{}, ids: map[[16]byte]int{}, other: map[string]int{}}
}

// line is the line of the row that took v; ok is false when none did.
func (s *seen) line(v string) (line int, ok bool) {
	if k, packed := packDigits(v); packed {
		line, ok = s.nums[k]
	} else if id, packed := packID(v); packed {
		line, ok = s.ids[id]
	} else {
		line, ok = s.other[v]
	}
	return line, ok
}

// take notes that the row at line took v.
func (s *seen) take(v string, line int) {
	if k, packed := packDigits(v); packed {
		s.nums[k] = line
	} else if id, packed := packID(v); packed {
		s.ids[id] = line
	} else {
		s.other[strings.Clone(v)] = line // a cell is a piece of its row's text (scan.go): not kept whole
	}
}

// maxPacked is the most digits packDigits packs: the key keeps how many
// there were and the "+", so 10^17·20·2 must fit in a uint64.
const maxPacked = 17

// packDigits is v, one to maxPacked ASCII digits after an optional "+",
// as a number that says the digits, how many they are and the "+".
func packDigits(v string) (uint64, bool) {
	plus := uint64(0)
	if strings.HasPrefix(v, "+") {
		v, plus = v[1:], 1
	}
	if len(v) == 0 || len(v) > maxPacked {
		return 0, false
	}
	n := uint64(0)
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + uint64(c-'0')
	}
	return (n*20+uint64(len(v)))*2 + plus, true
}

// packID is an id in its canonical form (what model.ValidID takes: 8-4-4-4-12
// lower-case hex digits) as its sixteen bytes.
func packID(v string) (id [16]byte, ok bool) {
	if len(v) != 36 || v[8] != '-' || v[13] != '-' || v[18] != '-' || v[23] != '-' {
		return id, false
	}
	j := 0
	for i := 0; i < len(v); i += 2 {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			i--
			continue
		}
		hi, ok1 := hexVal(v[i])
		lo, ok2 := hexVal(v[i+1])
		if !ok1 || !ok2 {
			return id, false
		}
		id[j] = hi<<4 | lo
		j++
	}
	return id, true
}

// hexVal is a lower-case hex digit's value.
func hexVal(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}
