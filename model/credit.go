package model

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The social student credit (DOMAIN.md §3): verified volunteer hours in a
// calendar year reach tiers that pay a fixed amount. The seed gives 20 h →
// 20 000 ₸ and 50 h → 50 000 ₸; a yearly cap of 70 hours is "reported
// elsewhere" and unverified, so it is the default and a setting like the rest.
//
// The rules:
//   - only verified entries count, and only those dated in the year;
//   - counted hours are the year's verified hours, at most the cap;
//   - the tier reached is the highest whose threshold the counted hours meet,
//     and its amount is what the person earns (tiers do not add up);
//   - pending entries are shown as what would count once verified.

// CreditTier is one step of the credit: Hours verified hours in a year earn Amount.
type CreditTier struct {
	Hours  float64
	Amount Tenge
}

// CreditRules are the office's credit settings.
type CreditRules struct {
	Tiers []CreditTier // ascending by hours
	Cap   float64      // most hours counted in a year; 0 means no cap
}

// DefaultCreditCap is the yearly cap in hours when the office has set none.
const DefaultCreditCap = 70

// DefaultCreditRules are the seed's tiers and the reported cap.
func DefaultCreditRules() CreditRules {
	return CreditRules{Tiers: []CreditTier{{20, 20000}, {50, 50000}}, Cap: DefaultCreditCap}
}

// maxCreditHours bounds a threshold or the cap: a year has 8 760 hours.
const maxCreditHours = 8760

// Validate checks that tiers rise in both hours and amount, and that the cap,
// when set, leaves every tier reachable.
func (r CreditRules) Validate() error {
	var es FieldErrors
	if len(r.Tiers) == 0 {
		es.add("credit_tiers", ReasonRequired)
	}
	for i, t := range r.Tiers {
		switch {
		case t.Hours <= 0 || t.Amount <= 0:
			es.add("credit_tiers", ReasonRequired)
		case t.Hours > maxCreditHours || t.Amount > MaxTenge:
			es.add("credit_tiers", ReasonTooLarge)
		case i > 0 && (t.Hours <= r.Tiers[i-1].Hours || t.Amount < r.Tiers[i-1].Amount):
			es.add("credit_tiers", ReasonMismatch)
		default:
			continue
		}
		break
	}
	switch {
	case r.Cap < 0:
		es.add("credit_cap", ReasonNegative)
	case r.Cap > maxCreditHours:
		es.add("credit_cap", ReasonTooLarge)
	case r.Cap > 0 && len(r.Tiers) > 0 && r.Cap < r.Tiers[len(r.Tiers)-1].Hours:
		es.add("credit_cap", ReasonMismatch)
	}
	return es.Err()
}

// ParseCreditTiers reads tiers as a person types them: "hours = amount"
// pairs separated by ";" or new lines, e.g. "20 = 20 000; 50 = 50 000" (":"
// works as well as "="). They are sorted by hours.
func ParseCreditTiers(s string) ([]CreditTier, Reason) {
	var out []CreditTier
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '\n' }) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		h, a, ok := strings.Cut(part, "=")
		if !ok {
			h, a, ok = strings.Cut(part, ":")
		}
		if !ok {
			return nil, ReasonBadNumber
		}
		hours, why := ParseHoursAmount(strings.TrimSuffix(strings.TrimSpace(h), "h"), false)
		if why != ReasonNone {
			return nil, why
		}
		amount, why := ParseTenge(a)
		if why != ReasonNone {
			return nil, why
		}
		out = append(out, CreditTier{hours, amount})
	}
	if len(out) == 0 {
		return nil, ReasonRequired
	}
	slices.SortStableFunc(out, func(a, b CreditTier) int {
		switch {
		case a.Hours < b.Hours:
			return -1
		case a.Hours > b.Hours:
			return 1
		}
		return 0
	})
	return out, ReasonNone
}

// FormatCreditTiers writes tiers the way ParseCreditTiers reads them.
func FormatCreditTiers(ts []CreditTier) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = FormatHours(t.Hours) + " = " + GroupDigits(int64(t.Amount))
	}
	return strings.Join(parts, "; ")
}

// ParseHoursAmount reads a number of hours with a decimal point or comma
// ("9.5", "9,5"). With entry set it must be a valid entry (ValidHours: half
// hours, at most a day); otherwise any non-negative number of half hours.
func ParseHoursAmount(s string, entry bool) (float64, Reason) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, ReasonRequired
	}
	h, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	switch {
	case err != nil || math.IsNaN(h) || math.IsInf(h, 0):
		return 0, ReasonBadNumber
	case h < 0:
		return 0, ReasonNegative
	case entry && !ValidHours(h):
		return 0, ReasonBadHours
	case !entry && h > maxCreditHours:
		return 0, ReasonTooLarge
	case math.Mod(h*2, 1) != 0:
		return 0, ReasonBadHours
	}
	return h, ReasonNone
}

// FormatHours writes hours without needless decimals: "20", "9.5". It is
// the machine form (CSV, JSON, codes, settings); people read ShowHours.
func FormatHours(h float64) string { return strconv.FormatFloat(h, 'f', -1, 64) }

// ShowHours writes hours for a person reading lang: FormatHours with a
// decimal comma in Kazakh and Russian ("2,5"), a point in English ("2.5"),
// as the forms' hints and the reports write them. ParseHoursAmount reads both.
func ShowHours(h float64, lang Lang) string {
	s := FormatHours(h)
	if lang != EN {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Standing is a person's credit position for one calendar year.
type Standing struct {
	Year int
	// TotalVerified and TotalPending are over all years (what credits lists).
	TotalVerified, TotalPending float64
	Verified                    float64 // verified hours dated in Year
	Pending                     float64 // pending hours dated in Year
	Counted                     float64 // Verified, at most the cap
	Tier                        CreditTier
	// Next is the next tier within reach (zero when the top one is reached),
	// ToNext the counted hours still missing for it.
	Next   CreditTier
	ToNext float64
	// PendingCounted is how many of the pending hours would count once
	// verified (the cap may leave room for fewer), and TierIfVerified the tier
	// that would then be reached.
	PendingCounted float64
	TierIfVerified CreditTier
}

// TierFor is the highest tier reached with counted hours (zero when none).
func (r CreditRules) TierFor(counted float64) CreditTier {
	var best CreditTier
	for _, t := range r.Tiers {
		if counted >= t.Hours && t.Hours > best.Hours {
			best = t
		}
	}
	return best
}

// capped is h limited by the cap.
func (r CreditRules) capped(h float64) float64 {
	if r.Cap > 0 && h > r.Cap {
		return r.Cap
	}
	return h
}

// Standing works out one person's standing in year from their entries
// (entries of other people must not be passed; deleted ones are skipped).
func (r CreditRules) Standing(entries []*Hours, year int) Standing {
	st := Standing{Year: year}
	prefix := strconv.Itoa(year) + "-"
	for _, h := range entries {
		if h == nil || h.Deleted {
			continue
		}
		inYear := strings.HasPrefix(string(h.Date), prefix)
		switch h.Status {
		case "verified":
			st.TotalVerified += h.Hours
			if inYear {
				st.Verified += h.Hours
			}
		case "pending":
			st.TotalPending += h.Hours
			if inYear {
				st.Pending += h.Hours
			}
		}
	}
	st.Counted = r.capped(st.Verified)
	st.Tier = r.TierFor(st.Counted)
	for _, t := range r.Tiers {
		if t.Hours > st.Counted && (r.Cap == 0 || t.Hours <= r.Cap) {
			st.Next, st.ToNext = t, t.Hours-st.Counted
			break
		}
	}
	st.PendingCounted = r.capped(st.Verified+st.Pending) - st.Counted
	st.TierIfVerified = r.TierFor(st.Counted + st.PendingCounted)
	return st
}

// EditHours applies an edit to a stored entry and keeps the rule that a
// verified entry that changes goes back to pending: a consultant has to look
// at it again. A rejected entry that is corrected goes back to pending too.
// An entry whose hours, day, person, activity or idea did not change keeps its
// status. It reports whether the entry went back to pending.
func EditHours(stored, edited *Hours) (toPending bool) {
	if stored.Status == "pending" || edited.Status != stored.Status {
		return false // a new status is a decision (verify, reject), not an edit
	}
	if stored.PersonID == edited.PersonID && stored.Date == edited.Date && stored.Hours == edited.Hours &&
		stored.Activity == edited.Activity && stored.IdeaID == edited.IdeaID && stored.Description == edited.Description {
		return false
	}
	edited.Status, edited.VerifiedBy, edited.VerifiedAt, edited.RejectReason = "pending", "", time.Time{}, ""
	return true
}

// Certificate verification codes. A code is an HMAC-SHA256, keyed with the
// office id, over the person's id and their verified entries (id, date, hours,
// who verified), cut to 50 bits and written as ten letters and digits in two
// groups ("K7M2Q-9TX4A"). Crockford's alphabet leaves out I, L, O and U, so a
// code read aloud or typed from paper is not mistaken. The same records in
// another store (another office id), or changed records, give another code.

// CodeLen is the length of a verification code without its dash.
const CodeLen = 10

var codeEncoding = base32.NewEncoding("0123456789ABCDEFGHJKMNPQRSTVWXYZ").WithPadding(base32.NoPadding)

// CertificateCode is the code of a certificate for person issued on entries
// (its verified ones; the order does not matter).
func CertificateCode(officeID, personID string, entries []*Hours) string {
	mac := hmac.New(sha256.New, []byte("frontoffice certificate\x00"+officeID))
	fmt.Fprintf(mac, "%s\n", personID)
	for _, h := range CodeEntries(entries) {
		fmt.Fprintf(mac, "%s|%s|%s|%s\n", h.ID, h.Date, FormatHours(h.Hours), h.VerifiedBy)
	}
	s := codeEncoding.EncodeToString(mac.Sum(nil))[:CodeLen]
	return s[:CodeLen/2] + "-" + s[CodeLen/2:]
}

// CodeEntries are the entries a code covers, in the order it covers them:
// the live verified ones, by when they were verified, then by id. A
// certificate covers all of them at the time it was made, so an older
// certificate covers a prefix of today's list (see CodePrefixes).
func CodeEntries(entries []*Hours) []*Hours {
	var out []*Hours
	for _, h := range entries {
		if h != nil && !h.Deleted && h.Status == "verified" {
			out = append(out, h)
		}
	}
	slices.SortFunc(out, func(a, b *Hours) int {
		if c := a.VerifiedAt.Compare(b.VerifiedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

// NormalizeCode turns a typed code into its printed form: upper case, the
// letters O, I and L read as 0, 1 and 1, spaces and dashes ignored. ok is
// false when it cannot be a code.
func NormalizeCode(s string) (string, bool) {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		switch {
		case r == '-' || r == ' ':
			continue
		case r == 'O':
			r = '0'
		case r == 'I' || r == 'L':
			r = '1'
		}
		if !strings.ContainsRune("0123456789ABCDEFGHJKMNPQRSTVWXYZ", r) {
			return "", false
		}
		b.WriteRune(r)
	}
	c := b.String()
	if len(c) != CodeLen {
		return "", false
	}
	return c[:CodeLen/2] + "-" + c[CodeLen/2:], true
}

// MatchCertificate reports how many of a person's verified entries (in
// CodeEntries order) the code covers: a certificate made when only the first
// n were verified still matches while those n are unchanged. 0 means no match.
func MatchCertificate(code, officeID, personID string, entries []*Hours) int {
	want, ok := NormalizeCode(code)
	if !ok {
		return 0
	}
	list := CodeEntries(entries)
	for n := len(list); n > 0; n-- {
		if hmac.Equal([]byte(CertificateCode(officeID, personID, list[:n])), []byte(want)) {
			return n
		}
	}
	return 0
}
