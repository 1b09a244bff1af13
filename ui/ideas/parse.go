package ideas

import (
	"fmt"
	"strconv"
	"strings"

	"frontoffice/model"
	"frontoffice/model/textfold"
	"frontoffice/ui/i18n"
)

// Target groups are typed in one line, the way a consultant writes them down
// while the visitor talks: "children 120; parents 40", "дети 120 / 35",
// "120 балалар". Each part is a group (code or name in any language, or the
// start of one) and the planned number, optionally "/ reached".

// maxReach is more people than any volunteer project reaches: a bigger
// number is a typing mistake.
const maxReach = 10_000_000

// groupError says what is wrong with the target groups text, translated.
type groupError string

func (e groupError) Error() string { return string(e) }

// parseGroups reads the target groups text. kept supplies the reached
// numbers of groups already on the idea when the text gives none.
func parseGroups(tr *i18n.Translator, s string, kept []model.Reach) ([]model.Reach, error) {
	var out []model.Reach
	seen := map[model.TargetGroup]bool{}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '\n' }) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, nums := splitNumber(part)
		if name == "" {
			return nil, groupError(tr.T("ideas.groups.no_name", part))
		}
		g, ok := findGroup(name)
		if !ok {
			return nil, groupError(tr.T("ideas.groups.unknown", name, groupNames(tr)))
		}
		if seen[g] {
			return nil, groupError(tr.T("ideas.groups.twice", name))
		}
		seen[g] = true
		if nums == "" {
			return nil, groupError(tr.T("ideas.groups.no_number", name))
		}
		r := model.Reach{Group: g}
		for _, x := range kept {
			if x.Group == g {
				r.Reached = x.Reached
			}
		}
		planned, reached, hasReached := strings.Cut(nums, "/")
		var err error
		if r.Planned, err = reachNumber(tr, name, planned); err != nil {
			return nil, err
		}
		if hasReached {
			if r.Reached, err = reachNumber(tr, name, reached); err != nil {
				return nil, err
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// splitNumber splits "children 1 200/30" into "children" and "1200/30", and
// "120 дети" into "дети" and "120".
func splitNumber(part string) (name, nums string) {
	words := strings.Fields(part)
	isNum := func(w string) bool { return w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] == '/' || w[0] == '-') }
	if isNum(words[0]) {
		i := 0
		for i < len(words) && isNum(words[i]) {
			i++
		}
		return strings.Join(words[i:], " "), strings.Join(words[:i], "")
	}
	i := 0
	for i < len(words) && !isNum(words[i]) {
		i++
	}
	return strings.Join(words[:i], " "), strings.Join(words[i:], "")
}

func reachNumber(tr *i18n.Translator, name, s string) (int, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, " ", ""))
	n, err := strconv.Atoi(s)
	switch {
	case s == "":
		return 0, groupError(tr.T("ideas.groups.no_number", name))
	case strings.HasPrefix(s, "-"):
		return 0, groupError(tr.T("ideas.groups.negative", name))
	case err != nil && len(s) > 9 && strings.Trim(s, "0123456789") == "":
		return 0, groupError(tr.T("ideas.groups.too_large", name))
	case err != nil:
		return 0, groupError(tr.T("ideas.groups.bad_number", name, s))
	case n > maxReach:
		return 0, groupError(tr.T("ideas.groups.too_large", name))
	}
	return n, nil
}

// findGroup matches a typed name against every group's code and names in
// the three languages, folded (so "дети", "Дети", "balalar" all work), then
// as the unique start of one ("child", "пожил").
func findGroup(name string) (model.TargetGroup, bool) {
	f := textfold.Fold(name)
	if f == "" {
		return "", false
	}
	var prefix []model.TargetGroup
	for _, g := range model.TargetGroups() {
		starts := false
		for _, n := range groupForms(g) {
			fn := textfold.Fold(n)
			if fn == f {
				return g, true
			}
			if len([]rune(f)) >= 3 && strings.HasPrefix(fn, f) {
				starts = true
			}
		}
		if starts {
			prefix = append(prefix, g)
		}
	}
	if len(prefix) == 1 {
		return prefix[0], true
	}
	return "", false
}

func groupForms(g model.TargetGroup) []string {
	return []string{string(g), strings.ReplaceAll(string(g), "_", " "),
		g.Label(model.KK), g.Label(model.RU), g.Label(model.EN)}
}

// groupNames lists the groups in the current language, for error messages
// and the field's hint.
func groupNames(tr *i18n.Translator) string {
	var names []string
	for _, g := range model.TargetGroups() {
		names = append(names, strings.ToLower(g.Label(tr.Lang())))
	}
	return strings.Join(names, ", ")
}

// formatGroups writes reach back as the form's text: "children 120; parents 40/12".
func formatGroups(lang model.Lang, rs []model.Reach) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		s := fmt.Sprintf("%s %d", strings.ToLower(r.Group.Label(lang)), r.Planned)
		if r.Reached > 0 {
			s += fmt.Sprintf("/%d", r.Reached)
		}
		parts[i] = s
	}
	return strings.Join(parts, "; ")
}

// parseTeam reads team members, one per line or separated by ";". Members
// already on the idea keep their person link and role when the name matches.
func parseTeam(s string, kept []model.TeamMember) []model.TeamMember {
	var out []model.TeamMember
	seen := map[string]bool{}
	for _, n := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '\n' }) {
		n = strings.Join(strings.Fields(n), " ")
		if n == "" || seen[n] {
			continue
		}
		seen[n] = true
		m := model.TeamMember{Name: n}
		for _, k := range kept {
			if k.Name == n {
				m = k
				break
			}
		}
		out = append(out, m)
	}
	return out
}

func formatTeam(ts []model.TeamMember) string {
	names := make([]string, 0, len(ts))
	for _, t := range ts {
		if t.Name != "" {
			names = append(names, t.Name)
		}
	}
	return strings.Join(names, "\n")
}
