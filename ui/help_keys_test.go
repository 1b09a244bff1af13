package ui

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/common"
	"frontoffice/ui/uitest"
)

// TestNoKeyListedTwiceInHelp (issue 20 item 6) walks every screen, and the
// views on them that have keys of their own (the Desk's queue, a person's
// card, an idea's card, its application, logframe and budget), opens the help
// and fails on a key listed for two things; the application's help is titled
// for the application.
func TestNoKeyListedTwiceInHelp(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.Consent = "Айгерім Сейтқали", "+77011234567", true
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	if _, err := s.StartVisit(p.ID, "grant_writing", fixedNow); err != nil {
		t.Fatal(err)
	}
	idea := model.New(model.KindIdea).(*model.Idea)
	idea.Title, idea.Direction, idea.Region, idea.Status = "Таза саябақ", model.Directions()[0], "almaty", model.StatusDraft
	if err := s.Create(idea); err != nil {
		t.Fatal(err)
	}
	openPerson := common.OpenMsg{Kind: model.KindPerson, ID: p.ID}
	openIdea := common.OpenMsg{Kind: model.KindIdea, ID: idea.ID}
	for _, lang := range model.Langs() {
		for _, w := range []struct {
			name string
			open *common.OpenMsg
			keys []string
		}{
			{"home", nil, []string{"h"}},
			{"desk field", nil, []string{"d"}},
			{"desk queue", nil, []string{"d", "tab"}},
			{"ideas", nil, []string{"i"}},
			{"people", nil, []string{"p"}},
			{"consult", nil, []string{"v"}},
			{"hours", nil, []string{"w"}},
			{"reports", nil, []string{"r"}},
			{"sync", nil, []string{"t"}},
			{"settings", nil, []string{"s"}},
			{"person card", &openPerson, nil},
			{"idea card", &openIdea, nil},
			{"application", &openIdea, []string{"g"}},
			{"logframe", &openIdea, []string{"l"}},
			{"budget", &openIdea, []string{"b"}},
		} {
			h := newHarness(t, s, lang, 120, 60)
			if w.open != nil {
				h.send(*w.open)
			}
			h.keys(w.keys...)
			seen := map[string]string{}
			for _, b := range h.m.helpBindings() {
				for _, k := range b.Keys() {
					if d, ok := seen[k]; ok {
						t.Errorf("%s, %s: %q is listed for %q and %q", lang, w.name, k, d, b.Help().Desc)
					}
					seen[k] = b.Help().Desc
				}
			}
			if w.name == "application" && strings.Contains(h.m.helpTitle(), h.m.screens[screenIdeas].Title()) {
				t.Errorf("%s: the application's help is titled %q", lang, h.m.helpTitle())
			}
		}
	}
}

// In the logframe and budget editors ? opens the help, as on every screen
// that is not typing (the editors take letters for their own keys, and
// none is ?); in an editor's form ? is typed.
func TestQuestionMarkOpensHelpInTheEditors(t *testing.T) {
	s := openStore(t)
	idea := model.New(model.KindIdea).(*model.Idea)
	idea.Title, idea.Direction, idea.Region, idea.Status = "Таза саябақ", model.Directions()[0], "almaty", model.StatusDraft
	if err := s.Create(idea); err != nil {
		t.Fatal(err)
	}
	for _, editor := range []string{"l", "b"} {
		h := newHarness(t, s, model.RU, 40, 12)
		h.keys("i")
		h.send(common.OpenMsg{Kind: model.KindIdea, ID: idea.ID})
		h.keys(editor, "?")
		if !h.m.showHelp {
			t.Fatalf("%s: ? did not open the help:\n%s", editor, h.view())
		}
		h.keys("esc")
		if h.m.showHelp || !h.m.screens[screenIdeas].Capturing() {
			t.Fatalf("%s: esc did not close the help back to the editor:\n%s", editor, h.view())
		}
		h.keys("a", "?")
		if h.m.showHelp {
			t.Fatalf("%s: ? in the editor's form opened the help instead of being typed:\n%s", editor, h.view())
		}
	}
}
