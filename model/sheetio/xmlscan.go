package sheetio

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// xmlScanner reads the XML of a workbook's part as it comes, token by token,
// for the parts that can be big (a sheet's rows, the shared strings): much
// faster than encoding/xml, and only what a workbook's XML needs — elements
// (by their local name, a prefix dropped), attributes, text with the XML
// entities and character references, CDATA; comments and processing
// instructions skipped; a DOCTYPE refused. A token's slices hold until the
// next call.
type xmlScanner struct {
	r   io.Reader
	buf []byte
	pos int
	err error // r's, once met
}

type tokenKind int

const (
	tokEOF tokenKind = iota
	tokStart
	tokEnd
	tokText  // raw text: unescape it
	tokCDATA // text as it is
)

type token struct {
	kind  tokenKind
	name  []byte // local name
	attrs []byte // a start tag's attributes, raw
	empty bool   // <x/>
	text  []byte
}

// maxToken is the longest tag or text read: a cell is at most 64 KiB of
// text (csvio.MaxCellBytes), XML escaping at most 6 times that.
const maxToken = 4 << 20

var errTooLong = fmt.Errorf("workbook: an XML element or text over %d MiB", maxToken>>20)

func newScanner(r io.Reader) *xmlScanner {
	return &xmlScanner{r: r, buf: make([]byte, 0, 256<<10)}
}

// more reads more of the part into buf, keeping buf[pos:]; false at its end.
func (s *xmlScanner) more() bool {
	if s.err != nil {
		return false
	}
	if s.pos > 0 {
		n := copy(s.buf, s.buf[s.pos:])
		s.buf, s.pos = s.buf[:n], 0
	}
	if len(s.buf) == cap(s.buf) {
		if cap(s.buf) >= maxToken+16 {
			s.err = errTooLong
			return false
		}
		s.buf = append(make([]byte, 0, 2*cap(s.buf)), s.buf...)
	}
	n, err := s.r.Read(s.buf[len(s.buf):cap(s.buf)])
	s.buf = s.buf[:len(s.buf)+n]
	if err != nil {
		s.err = err
	}
	return n > 0 || err == nil
}

// until finds sep in buf from s.pos+from, reading more as needed; the
// index is from s.pos; -1 at the part's end.
func (s *xmlScanner) until(from int, sep string) int {
	for {
		if i := bytes.Index(s.buf[s.pos+from:], []byte(sep)); i >= 0 {
			return from + i
		}
		from = max(len(s.buf)-s.pos-len(sep)+1, 0)
		if !s.more() {
			return -1
		}
	}
}

// failure is the error that ended the part early: r's, or a truncated part.
func (s *xmlScanner) failure() error {
	if s.err != nil && s.err != io.EOF {
		return s.err
	}
	return io.ErrUnexpectedEOF
}

// next reads the next token.
func (s *xmlScanner) next() (token, error) {
	for {
		if s.pos >= len(s.buf) && !s.more() {
			if s.err != nil && s.err != io.EOF {
				return token{}, s.err
			}
			return token{kind: tokEOF}, nil
		}
		if s.buf[s.pos] != '<' {
			end := s.until(0, "<")
			if end < 0 {
				end = len(s.buf) - s.pos // text at the very end
			}
			t := token{kind: tokText, text: s.buf[s.pos : s.pos+end]}
			s.pos += end
			return t, nil
		}
		if s.pos+9 > len(s.buf) {
			s.more()
		}
		rest := s.buf[s.pos:]
		switch {
		case bytes.HasPrefix(rest, []byte("<?")):
			if err := s.skip(2, "?>"); err != nil {
				return token{}, err
			}
		case bytes.HasPrefix(rest, []byte("<!--")):
			if err := s.skip(4, "-->"); err != nil {
				return token{}, err
			}
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			end := s.until(9, "]]>")
			if end < 0 {
				return token{}, s.failure()
			}
			t := token{kind: tokCDATA, text: s.buf[s.pos+9 : s.pos+end]}
			s.pos += end + 3
			return t, nil
		case bytes.HasPrefix(rest, []byte("<!")):
			return token{}, errors.New("workbook: a DOCTYPE in a part is not read")
		default:
			return s.tag()
		}
	}
}

// skip passes what runs from the current '<' to the end marker.
func (s *xmlScanner) skip(from int, end string) error {
	i := s.until(from, end)
	if i < 0 {
		return s.failure()
	}
	s.pos += i + len(end)
	return nil
}

// tag reads a start or end tag; a '>' in a quoted attribute value does not
// end it.
func (s *xmlScanner) tag() (token, error) {
	var quote byte
	for i := 1; ; i++ {
		for s.pos+i >= len(s.buf) {
			if !s.more() {
				return token{}, s.failure()
			}
		}
		c := s.buf[s.pos+i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			t := tagToken(s.buf[s.pos+1 : s.pos+i])
			s.pos += i + 1
			if len(t.name) == 0 {
				return token{}, errors.New("workbook: a tag without a name")
			}
			return t, nil
		}
	}
}

// tagToken reads a tag's inside: /name, name attrs, or name attrs/.
func tagToken(in []byte) token {
	t := token{kind: tokStart}
	if len(in) > 0 && in[0] == '/' {
		t.kind, in = tokEnd, in[1:]
	} else if len(in) > 0 && in[len(in)-1] == '/' {
		t.empty, in = true, in[:len(in)-1]
	}
	end := 0
	for end < len(in) && !isSpace(in[end]) {
		end++
	}
	t.name, t.attrs = in[:end], in[end:]
	if i := bytes.IndexByte(t.name, ':'); i >= 0 {
		t.name = t.name[i+1:]
	}
	return t
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// attr is the value of attribute name (its local name) in a tag's raw
// attributes, nil when it is not there; a slice of attrs unless it had
// entities to read.
func attr(attrs []byte, name string) ([]byte, error) {
	for {
		eq := bytes.IndexByte(attrs, '=')
		if eq < 0 {
			return nil, nil
		}
		key, rest := attrs[:eq], attrs[eq+1:]
		for len(key) > 0 && isSpace(key[0]) {
			key = key[1:]
		}
		for len(key) > 0 && isSpace(key[len(key)-1]) {
			key = key[:len(key)-1]
		}
		for len(rest) > 0 && isSpace(rest[0]) {
			rest = rest[1:]
		}
		if len(rest) == 0 || (rest[0] != '"' && rest[0] != '\'') {
			return nil, errors.New("workbook: an attribute without quotes")
		}
		end := bytes.IndexByte(rest[1:], rest[0])
		if end < 0 {
			return nil, errors.New("workbook: an attribute without its closing quote")
		}
		if i := bytes.IndexByte(key, ':'); i >= 0 {
			key = key[i+1:]
		}
		if string(key) == name {
			if v := rest[1 : 1+end]; bytes.IndexByte(v, '&') < 0 {
				return v, nil
			}
			return unescape(nil, rest[1:1+end], true)
		}
		attrs = rest[end+2:]
	}
}

// unescape appends raw XML text to dst: entities and character references
// read, line ends normalised (\r\n and \r are \n, as XML reads them; in an
// attribute a tab or a line end is a space).
func unescape(dst, raw []byte, inAttr bool) ([]byte, error) {
	for len(raw) > 0 {
		i := 0
		for i < len(raw) && raw[i] != '&' && raw[i] != '\r' && (!inAttr || (raw[i] != '\t' && raw[i] != '\n')) {
			i++
		}
		if i == len(raw) {
			return append(dst, raw...), nil
		}
		dst, raw = append(dst, raw[:i]...), raw[i:]
		switch c := raw[0]; {
		case c == '\r':
			dst, raw = append(dst, '\n'), raw[1:]
			if len(raw) > 0 && raw[0] == '\n' {
				raw = raw[1:]
			}
			if inAttr {
				dst[len(dst)-1] = ' '
			}
		case c != '&':
			if inAttr {
				c = ' '
			}
			dst, raw = append(dst, c), raw[1:]
		default:
			semi := bytes.IndexByte(raw, ';')
			if semi < 0 {
				return dst, errors.New("workbook: an & without its ;")
			}
			r, err := entity(raw[1:semi])
			if err != nil {
				return dst, err
			}
			dst, raw = utf8.AppendRune(dst, r), raw[semi+1:]
		}
	}
	return dst, nil
}

// entity reads what stands between & and ;.
func entity(e []byte) (rune, error) {
	switch string(e) {
	case "lt":
		return '<', nil
	case "gt":
		return '>', nil
	case "amp":
		return '&', nil
	case "quot":
		return '"', nil
	case "apos":
		return '\'', nil
	}
	if len(e) > 1 && e[0] == '#' {
		base, digits := 10, e[1:]
		if digits[0] == 'x' {
			base, digits = 16, digits[1:]
		}
		if n, err := strconv.ParseUint(string(digits), base, 32); err == nil && n <= utf8.MaxRune && utf8.ValidRune(rune(n)) {
			return rune(n), nil
		}
	}
	return 0, fmt.Errorf("workbook: the XML entity &%s; is not known", e)
}
