package bundle

import (
	"bufio"
	"bytes"
	"errors"
	"io"

	"filippo.io/age"
)

// ageMagic starts every age file (binary or armored files start differently;
// this program writes binary ones).
const ageMagic = "age-encryption.org/v1"

// ScryptWorkFactor is the scrypt cost (log2 N) of passphrases this program
// encrypts with; age's own default. Tests lower it.
var ScryptWorkFactor = 18

// Encrypt wraps w so what is written to it becomes an age file that the
// passphrase opens (`age -d` asks for it). Close finishes the age file but not w.
func Encrypt(w io.Writer, passphrase string) (io.WriteCloser, error) {
	r, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return nil, err
	}
	r.SetWorkFactor(ScryptWorkFactor)
	return age.Encrypt(w, r)
}

// Encrypted reports whether the file starting in br is an age file.
func Encrypted(br *bufio.Reader) bool {
	head, _ := br.Peek(len(ageMagic))
	return bytes.Equal(head, []byte(ageMagic))
}

// Open gives the gzip bundle inside r: r itself, or r decrypted with the
// passphrase that passphrase() gives when r is an age file. An empty file is
// ReasonEmpty; a wrong passphrase is ReasonPassphrase.
func Open(r io.Reader, passphrase func() (string, error)) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if _, err := br.Peek(1); errors.Is(err, io.EOF) {
		return nil, fail(0, ReasonEmpty, "", nil)
	}
	if !Encrypted(br) {
		return br, nil
	}
	pass, err := passphrase()
	if err != nil {
		return nil, err
	}
	id, err := age.NewScryptIdentity(pass)
	if err != nil {
		return nil, fail(0, ReasonPassphrase, "", err)
	}
	d, err := age.Decrypt(br, id)
	if err != nil {
		return nil, fail(0, ReasonPassphrase, "", err)
	}
	return &ageReader{d}, nil
}

// ageReader turns a decryption failure midway (a flipped byte in an age
// file) into a bundle error.
type ageReader struct{ r io.Reader }

func (a *ageReader) Read(p []byte) (int, error) {
	n, err := a.r.Read(p)
	if err != nil && !errors.Is(err, io.EOF) {
		err = fail(0, ReasonCorrupt, "decryption", err)
	}
	return n, err
}
