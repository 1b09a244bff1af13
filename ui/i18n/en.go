package i18n

// en is the English catalogue, the reference: every key here must exist in kk and ru.
var en = map[string]string{
	"app.too_small":  "Please make the window at least %d×%d (now %d×%d).",
	"app.crashed":    "frontoffice hit an internal error and is closing.",
	"app.crash_note": "frontoffice stopped because of an internal error. Nothing saved was lost. Details for the developers: %s",

	"screen.home":     "Home",
	"screen.ideas":    "Ideas",
	"screen.people":   "People",
	"screen.settings": "Settings",

	"key.quit":        "quit",
	"key.help":        "help",
	"key.next_screen": "next screen",
	"key.prev_screen": "previous screen",
	"key.back":        "back",
	"key.scroll_up":   "scroll up",
	"key.scroll_down": "scroll down",
	"key.refresh":     "refresh",
	"key.edit":        "edit",
	"key.cancel":      "cancel",
	"key.yes":         "yes",
	"key.no":          "no",
	"key.next_field":  "next field",
	"key.prev_field":  "previous field",

	"help.title":   "Keys on the %s screen",
	"help.layouts": "Letter keys also work in the Russian and Kazakh keyboard layouts.",
	"help.close":   "Press ? or esc to close this help.",

	"status.no_office":     "office not named yet (Settings)",
	"status.backup_failed": "Today's automatic backup failed: %s",

	"home.more_below":      "↓ more below (j)",
	"home.loading":         "Counting…",
	"home.today":           "Today",
	"home.visits_today":    "Visitors today",
	"home.follow_ups_due":  "Follow-ups due",
	"home.people":          "People",
	"home.ideas":           "Ideas",
	"home.last_backup":     "Last backup",
	"home.pending_import":  "The import of %s was interrupted: import it again to finish it (Sync → Import).",
	"home.never":           "never",
	"home.ideas_by_status": "Ideas by status",
	"home.empty_hint":      "The store is empty. Name your office in Settings (s), or try sample data: frontoffice demo",

	"settings.saved":            "Settings saved.",
	"settings.no_region":        "(not set)",
	"settings.consultants_hint": "One name per line.",
	"settings.discard_q":        "Discard the changes you typed?",
	"settings.edit_hint":        "Press e or enter to change these settings.",
	"settings.store":            "Store",
	"settings.backups":          "Backups",

	"field.office_name":        "Office name",
	"field.current_consultant": "Consultant at the desk now",
	"field.language":           "Language",
	"field.full_name":          "Full name",
	"field.phone":              "Phone",
	"field.iin":                "IIN",
	"field.birth_year":         "Birth year",
	"field.organization":       "Organisation",
	"field.region":             "Region",
	"field.consent":            "Consent to store personal data",
	"field.consent_method":     "How consent was given",
	"field.consent_at":         "Consent date",
	"field.guardian_name":      "Guardian's name",
	"field.guardian_phone":     "Guardian's phone",
	"field.guardian_consent":   "Guardian's consent",
	"field.notes":              "Notes",
	"field.merged_into":        "Merged into",
	"field.title":              "Title",
	"field.summary":            "Summary",
	"field.direction":          "Direction",
	"field.status":             "Status",
	"field.sdgs":               "SDGs",
	"field.applicant_id":       "Applicant",
	"field.applicant_name":     "Applicant's name",
	"field.budget_kzt":         "Budget, ₸",
	"field.team":               "Team",
	"field.target_groups":      "Target groups",
	"field.date":               "Date",
	"field.duration_min":       "Duration, min",
	"field.consultant":         "Consultant",
	"field.services":           "Services",
	"field.person_id":          "Person",
	"field.idea_id":            "Idea",
	"field.visit_id":           "Visit",
	"field.next_steps":         "Next steps",
	"field.follow_up":          "Follow-up date",
	"field.supersedes":         "Corrects",
	"field.purpose":            "Purpose of the visit",
	"field.state":              "Queue state",
	"field.hours":              "Hours",
	"field.activity":           "Activity",
	"field.description":        "Description",
	"field.verified_by":        "Verified by",
	"field.name":               "Name",
	"field.consultants":        "Consultants",
	"field.team_max":           "Team size",
	"field.duration_weeks":     "Duration, weeks",
	"field.budget_max":         "Budget range",

	"reason.required":        "must be filled in",
	"reason.too_long":        "is too long",
	"reason.unknown_code":    "is not one of the allowed values",
	"reason.bad_phone":       "is not a Kazakhstan phone number (for example 8 701 123 45 67)",
	"reason.bad_iin":         "is not a valid IIN: 12 digits with a correct check digit",
	"reason.bad_year":        "is not a possible birth year",
	"reason.bad_number":      "must be a number, without letters",
	"reason.not_whole":       "must be a whole number (no fractions)",
	"reason.future_date":     "is a day that has not come yet",
	"reason.too_early":       "is before 2000: check the year",
	"reason.day_over_24":     "would give this person more than 24 hours on one day, with the hours already logged for that day",
	"reason.negative":        "cannot be negative",
	"reason.too_large":       "is too large",
	"reason.bad_date":        "is not a date (use 2026-02-13 or 13.02.2026)",
	"reason.bad_hours":       "must be between 0.5 and 24, in half hours",
	"reason.consent_needed":  "is required: personal data is stored only with consent",
	"reason.guardian_needed": "is required for a person under 18",
	"reason.control_chars":   "contains control characters",
	"reason.mismatch":        "does not agree with another field",
	"reason.bad_ref":         "does not point to a record",
	"reason.duplicate":       "lists the same value twice",

	"err.in_use":       "The store is open in another frontoffice window. Close it there, or use another --db.",
	"err.in_use_path":  "The store %s is open in another frontoffice window. Close it there first, or use another --db.",
	"err.stale":        "Someone else changed this record after you opened it. Open it again to see their change.",
	"err.not_found":    "Not found.",
	"err.newer_schema": "This store was written by a newer version of frontoffice. Please update the program.",
	"err.generic":      "Something went wrong",

	"cli.usage": `frontoffice — the volunteer front office, offline.

Usage:
  frontoffice [--db FILE] [--lang kk|ru|en]         open the app
  frontoffice demo [--ideas N] [--people N] [--seed S]  fill the store with sample data
  frontoffice search [--json] [--limit N] [--kind idea|person] QUERY
      find ideas and people
  frontoffice import-csv --kind ideas|people|hours [--dry-run] [--skip-invalid] FILE
      read a spreadsheet
  frontoffice export-csv --out DIR
      write ideas, people, consultations and hours as CSV
  frontoffice import-sheet --kind ideas|people|hours [--dry-run] [--skip-invalid] FILE
      read an Excel workbook (.xlsx) or a CSV file
  frontoffice export-sheet --out FILE.xlsx [--template --kind people|ideas|hours]
      write everything into one Excel workbook, or an empty template to fill in
  frontoffice application [--lang L] [--format md|html] [--out FILE | --save [--force]] [--check] IDEA_ID
      print an idea's grant application, or with --check what it still lacks; it is in the
      language its texts are in unless --lang says kk, ru or en; --save writes it into
      applications/ beside the store, named from its title and date, and prints the path
  frontoffice report [--format text|csv|json|xlsx --out FILE.xlsx] [--from DATE] [--to DATE] [--region CODE] [--direction CODE] [--office ID|NAME]
      counts for a report: ideas by direction, region, status, SDG; reach; hours; consultations
  frontoffice export --out FILE [--full] [--encrypt] [--redact]
      write a bundle for other offices: what changed since the last export
  frontoffice import [--trust] [--allow-unsigned] [--passphrase-file F] FILE...
      check and merge bundles from other offices; --trust: trust an office's key
      the first time (check its fingerprint with it first); --allow-unsigned: take an
      unsigned bundle too (its verified hours count only once verified here)
  frontoffice offices                                known offices, key fingerprints, last bundles
  frontoffice backup --out FILE                      write a copy of the store
  frontoffice restore [--from FILE]
      put the newest good backup (or FILE) in place of a damaged store; the damaged file is kept
  frontoffice salvage --out FILE [--force]
      copy every record that can still be read from a damaged store into a new one
  frontoffice credits [--format text|csv|json|xlsx --out FILE.xlsx]
      social student credit of every volunteer
  frontoffice certificate [--out FILE] PERSON_ID|PHONE
      a letter of gratitude for a volunteer's verified hours (HTML)
  frontoffice withdraw PERSON_ID|PHONE
      withdraw a person's consent (a written request): erase them from every record and
      delete their certificates and applications beside the store
  frontoffice check [--code CODE]                    check the store, or a certificate's code
  frontoffice version                                show the version
  frontoffice hub import|report|credits|export [--pg URL] ...
      the regional hub on PostgreSQL ($FRONTOFFICE_PG; docs/hub.md)

Every command takes --db FILE (default: $FRONTOFFICE_DB, else the per-user data folder)
and --lang kk|ru|en.`,
	"cli.bad_flag":        "Wrong option: %v.",
	"cli.unknown_command": "There is no command %q.",
	"cli.bad_args":        "Wrong number of arguments for %q.",
	"cli.bad_lang":        "Unknown language %q: use kk, ru or en.",
	"cli.no_home":         "Cannot find a folder for the store (%v). Give one with --db.",
	"cli.checking_store":  "The store was not closed properly last time: checking all of it before starting (at 100,000 ideas and people, about ten seconds)…",
	"cli.cannot_open":     "Cannot open the store %s.",
	"cli.negative_count":  "Counts cannot be negative.",
	"cli.need_out":        "Say where to write: --out FILE.",

	"demo.office_name": "Demo front office",
	"demo.done":        "Sample data added: people %s, ideas %s, consultations %s, visits %s, hours entries %s (%.1f s).",
	"check.ok":         "The store %s is fine; records: %s.",
	"backup.done":      "Backup written to %s.",
}
