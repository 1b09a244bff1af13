package e2e

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
	"time"
)

// TestApplicationPrintsToPDF exports an idea's grant application as HTML with
// the real binary and prints it to PDF the way an office would, with a
// headless browser (chromium) or LibreOffice: the file must come out as a
// PDF of several pages (the sections break onto pages). Skipped, saying why,
// only when neither program is installed (CI installs chromium).
func TestApplicationPrintsToPDF(t *testing.T) {
	var print func(html, pdf string) *exec.Cmd
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			print = func(html, pdf string) *exec.Cmd {
				return exec.Command(path, "--headless", "--no-sandbox", "--disable-gpu", "--print-to-pdf="+pdf, "file://"+html)
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
	out, err := exec.Command(binary, "search", "--db", db, "--json", "--kind", "idea", "--limit", "1", "Таза").Output()
	var hits []struct{ ID string }
	if err != nil || json.Unmarshal(out, &hits) != nil || len(hits) == 0 {
		t.Fatalf("no idea to apply with: %v\n%s", err, out)
	}
	html := filepath.Join(dir, "application.html")
	if out, err := exec.Command(binary, "application", "--db", db, "--lang", "ru", "--format", "html", "--out", html, hits[0].ID).CombinedOutput(); err != nil {
		t.Fatalf("application: %v\n%s", err, out)
	}
	pdf := filepath.Join(dir, "application.pdf")
	cmd := print(html, pdf)
	cmd.Env = append(os.Environ(), "HOME="+dir) // the browser's profile stays in the test's folder
	done := make(chan error, 1)
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("printing to PDF: %v\n%s", err, log.String())
		}
	case <-time.After(90 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("printing to PDF took too long\n%s", log.String())
	}
	data, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatalf("no PDF: %v\n%s", err, log.String())
	}
	if !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Fatalf("not a PDF: %q", data[:min(16, len(data))])
	}
	if pages := len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(data, -1)); pages < 2 {
		t.Fatalf("the application printed on %d page(s); its sections should break onto pages", pages)
	}
}
