package e2e

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestApplicationPrintsToPDF exports the demo's grant applications as HTML
// with the real binary and prints them to PDF the way an office would, with
// a headless browser (chromium) or LibreOffice: the sections flow, so each
// prints on at most 5 A4 pages, and an application that --check finds not
// ready carries the DRAFT mark (issue 20 item 9). Skipped, saying why, only
// when neither program is installed (CI installs chromium).
func TestApplicationPrintsToPDF(t *testing.T) {
	var print func(html, pdf string) *exec.Cmd
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			print = func(html, pdf string) *exec.Cmd {
				return exec.Command(path, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
					"--print-to-pdf="+pdf, "file://"+html)
			}
			break
		}
	}
	if print == nil {
		for _, name := range []string{"libreoffice", "soffice"} {
			if path, err := exec.LookPath(name); err == nil {
				print = func(html, pdf string) *exec.Cmd {
					return exec.Command(path, "--headless", "--convert-to", "pdf", "--outdir", filepath.Dir(pdf), html)
				}
				break
			}
		}
	}
	if print == nil {
		t.Skip("neither chromium nor LibreOffice is installed (apt-get install -y chromium): the PDF check needs one")
	}

	dir := t.TempDir()
	db := filepath.Join(dir, "fo.db")
	if out, err := exec.Command(binary, "demo", "--db", db, "--ideas", "30", "--people", "30").CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	// Every idea of the demo; the three longest applications are printed.
	csvDir := filepath.Join(dir, "csv")
	if out, err := exec.Command(binary, "export-csv", "--db", db, "--out", csvDir).CombinedOutput(); err != nil {
		t.Fatalf("export-csv: %v\n%s", err, out)
	}
	f, err := os.Open(filepath.Join(csvDir, "ideas.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(rows) < 2 {
		t.Fatalf("ideas.csv: %v, %d rows", err, len(rows))
	}
	type app struct {
		html  string
		size  int
		draft bool
	}
	var apps []app
	for n, row := range rows[1:] {
		id := row[0]
		html := filepath.Join(dir, fmt.Sprintf("application-%d.html", n))
		if out, err := exec.Command(binary, "application", "--db", db, "--format", "html", "--out", html, id).CombinedOutput(); err != nil {
			t.Fatalf("application %s: %v\n%s", id, err, out)
		}
		src, err := os.ReadFile(html)
		if err != nil {
			t.Fatal(err)
		}
		check := exec.Command(binary, "application", "--db", db, "--check", id)
		ready := check.Run() == nil
		marked := bytes.Contains(src, []byte(`<div class="draft">`))
		if marked == ready {
			t.Errorf("%s: ready %v, DRAFT mark %v", id, ready, marked)
		}
		apps = append(apps, app{html: html, size: len(src), draft: marked})
	}
	sort.Slice(apps, func(i, j int) bool { return apps[i].size > apps[j].size })
	for n, a := range apps[:min(3, len(apps))] {
		pdf := filepath.Join(dir, fmt.Sprintf("application-%d.pdf", n))
		pages := printPDF(t, func() *exec.Cmd { return print(a.html, pdf) }, dir, pdf)
		if pages < 1 || pages > 5 {
			t.Errorf("%s (%d bytes of HTML) printed on %d A4 pages, want at most 5", filepath.Base(a.html), a.size, pages)
		}
		t.Logf("%s: %d bytes of HTML, %d page(s), draft %v", filepath.Base(a.html), a.size, pages, a.draft)
	}
}

// printPDF runs the printing command and counts the PDF's pages.
func printPDF(t *testing.T, command func() *exec.Cmd, home, pdf string) int {
	t.Helper()
	// The browser, not ours, at times dies of a signal on a loaded machine
	// (chromium's segmentation fault while the other packages' tests ran):
	// it is run again, twice at most. Any other failure fails the test.
	var log bytes.Buffer
	for try := 1; ; try++ {
		cmd := command()
		cmd.Env = append(os.Environ(), "HOME="+home) // the browser's profile stays in the test's folder
		done := make(chan error, 1)
		log.Reset()
		cmd.Stdout, cmd.Stderr = &log, &log
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() { done <- cmd.Wait() }()
		var err error
		select {
		case err = <-done:
		case <-time.After(90 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("printing to PDF took too long\n%s", log.String())
		}
		if err == nil {
			break
		}
		if strings.Contains(err.Error(), "signal:") && try < 3 {
			t.Logf("the browser died (%v), printing again", err)
			continue
		}
		t.Fatalf("printing to PDF: %v\n%s", err, log.String())
	}
	data, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatalf("no PDF: %v\n%s", err, log.String())
	}
	if !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Fatalf("not a PDF: %q", data[:min(16, len(data))])
	}
	return len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(data, -1))
}
