package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/storage"
	"frontoffice/ui/settings"
)

// TestHoursTwoVolunteersReachATier: two students with 16 verified hours this
// year each are logged 4 more hours for an event by keys (name, enter,
// enter), the consultant verifies both entries, and the credit tier goes
// from nothing to 20 h → 20 000 ₸, on the card and in `credits`.
func TestHoursTwoVolunteersReachATier(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "fo.db")
	// 16 verified hours each on a day of this year that has come: the
	// 15th of January, or today before it (the 4 logged below make 20 on
	// one day, under the 24 a day allows). A day to come is refused.
	now := time.Now()
	year := now.Year()
	day := fmt.Sprintf("%d-01-15", year)
	if today := now.Format("2006-01-02"); today < day {
		day = today
	}
	people := filepath.Join(dir, "people.csv")
	hours := filepath.Join(dir, "hours.csv")
	write := func(path, data string) {
		if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(people, "id,full_name,phone,iin,birth_year,organization,region,consent,consent_at,created_at,updated_at\n"+
		",Мадина Салпенова,+77020001122,,2003,KSIU,karaganda,yes,2026-01-10,,\n"+
		",Temirkhan Nurbol,+77083334455,,2002,KSIU,karaganda,yes,2026-01-10,,\n")
	write(hours, "id,person_phone,date,hours,activity,idea_id,status,verified_by\n"+
		",+77020001122,"+day+",16,Book drive,,verified,N. Popova\n"+
		",+77083334455,"+day+",16,Book drive,,verified,N. Popova\n")
	for _, c := range [][]string{{"people", people}, {"hours", hours}} {
		if out, err := exec.Command(binary, "import-csv", "--db", db, "--kind", c[0], c[1]).CombinedOutput(); err != nil {
			t.Fatalf("import-csv %s: %v\n%s", c[0], err, out)
		}
	}
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	s.SetSetting(settings.KeyConsultant, "Айгерим Сейтқали") // who verifies
	s.Close()
	tiers := func() map[string]float64 {
		out, err := exec.Command(binary, "credits", "--db", db, "--format", "json").Output()
		if err != nil {
			t.Fatalf("credits: %v", err)
		}
		var rows []struct {
			Phone     string  `json:"phone"`
			TierHours float64 `json:"tier_hours"`
		}
		if err := json.Unmarshal(out, &rows); err != nil {
			t.Fatalf("credits json: %v\n%s", err, out)
		}
		got := map[string]float64{}
		for _, r := range rows {
			got[r.Phone] = r.TierHours
		}
		return got
	}
	if got := tiers(); got["+77020001122"] != 0 || got["+77083334455"] != 0 {
		t.Fatalf("tiers before: %v", got)
	}

	tm := start(t, 100, 30, nil, "--db", db, "--lang", "en")
	tm.waitFor("Home")
	tm.keys("w")
	tm.waitFor("Verified 2 (32 h)")
	tm.keys("n")
	tm.waitFor("Which idea was it for?")
	tm.keys("C-n")
	tm.waitFocus("Date")
	tm.nextTo("Activity") // the day: today, as proposed
	tm.literal("Concert for veterans")
	tm.nextTo("Usual hours") // the usual 4 hours, as proposed
	tm.nextTo("Description")
	tm.next()
	tm.waitFor("Added: 0 people")

	tm.literal("мадина")
	tm.waitUntil("Madina found", func(s string) bool {
		return strings.Contains(s, "Found: 1") && strings.Contains(s, "▸ Мадина Салпенова")
	})
	tm.keys("Enter")
	tm.waitFor("Hours for Мадина Салпенова")
	tm.keys("Enter")
	tm.waitFor("Added: 1 person, 4 h")
	tm.literal("8 708 333 44 55")
	tm.waitUntil("Temirkhan found by phone", func(s string) bool {
		return strings.Contains(s, "Found: 1") && strings.Contains(s, "▸ Temirkhan Nurbol")
	})
	tm.keys("Enter")
	tm.waitFor("Hours for Temirkhan Nurbol")
	tm.keys("Enter")
	tm.waitFor("Added: 2 people, 8 h")
	tm.keys("C-s")
	tm.waitFor("Saved: 2 people, 8 h in all (pending)")
	s2 := tm.waitFor("Pending 2 (8 h)")
	if !strings.Contains(s2, "Concert for veterans") {
		t.Fatalf("the event's entries are not listed:\n%s", s2)
	}

	// Pending first: verify the first, then the next one that takes its place.
	tm.keys("a")
	tm.waitFor("Pending 1 (4 h)")
	tm.keys("a")
	s2 = tm.waitFor("Pending 0 (0 h) · Verified 4 (40 h)")
	if !strings.Contains(s2, "Verified by Айгерим Сейтқали") {
		t.Fatalf("who verified is not shown:\n%s", s2)
	}
	tm.keys("Enter") // the person under the cursor
	tm.waitFor("Social credit")
	tm.waitFor("20 h counted → 20 000 ₸")
	tm.keys("q")
	tm.waitFor("EXIT=0")

	if got := tiers(); got["+77020001122"] != 20 || got["+77083334455"] != 20 {
		t.Fatalf("tiers after: %v", got)
	}
	if out, err := exec.Command(binary, "check", "--db", db).CombinedOutput(); err != nil {
		t.Fatalf("store not fine after logging hours: %v\n%s", err, out)
	}
}
