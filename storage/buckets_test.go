package storage

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEveryNameInTheTree: bucket and key names are declared in buckets.go
// (import_pending aside, in sync_merge.go), and every one of them is in
// the tree drawn there.
func TestEveryNameInTheTree(t *testing.T) {
	decl := regexp.MustCompile(`(?m)^\s*(?:var )?((?:bucket|key)[A-Z]\w*)\s*=\s*\[\]byte\("([^"]+)"\)`)
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("buckets.go")
	if err != nil {
		t.Fatal(err)
	}
	tree := string(src[:strings.Index(string(src), "\nvar (")])
	names := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range decl.FindAllStringSubmatch(string(b), -1) {
			names++
			if f != "buckets.go" && !(f == "sync_merge.go" && m[1] == "keyPendingImport") {
				t.Errorf("%s declares %s (%q): bucket and key names belong in buckets.go", f, m[1], m[2])
			}
			if !regexp.MustCompile(`(?m)^//\t\s*`+regexp.QuoteMeta(m[2])+`\s`).MatchString(tree) &&
				!strings.Contains(tree, " "+m[2]+" ") {
				t.Errorf("%s (%q) is not in the tree drawn in buckets.go", m[1], m[2])
			}
		}
	}
	if names < 25 {
		t.Errorf("found only %d names: the pattern no longer matches the declarations", names)
	}
}
