package application

import (
	"strings"
	"unicode"

	"frontoffice/model"
)

// kazakhLetters are the letters Kazakh has and Russian has not.
const kazakhLetters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"

// LangOf is the language the idea's application prints in: the one chosen
// on the application view, else the one its texts are in.
func LangOf(i *model.Idea) model.Lang {
	if i.PrintLang != "" {
		return i.PrintLang
	}
	return DetectLang(i)
}

// DetectLang is the language an idea's texts are written in, which its
// printed application takes unless another is chosen: Kazakh when its
// Kazakh-specific letters (әғқңөұүһі) are more than 5 % of its Cyrillic
// (a Russian text naming «Қарағанды» stays Russian), else Russian when most
// letters are Cyrillic, else English.
func DetectLang(i *model.Idea) model.Lang {
	var cyr, kk, other int
	count := func(s string) {
		for _, r := range s {
			switch {
			case strings.ContainsRune(kazakhLetters, r):
				kk++
				cyr++
			case unicode.Is(unicode.Cyrillic, r):
				cyr++
			case unicode.IsLetter(r):
				other++
			}
		}
	}
	l := &i.Logframe
	count(i.Title)
	count(i.Summary)
	count(l.Goal)
	for _, o := range l.Objectives {
		count(o.Text)
	}
	for _, a := range l.Activities {
		count(a.Text)
	}
	for _, s := range append(append(append([]string(nil), l.Results...), l.Risks...), i.CoverLetter, i.Sustainability, i.Partners, i.MonitoringPlan) {
		count(s)
	}
	for _, b := range i.Budget {
		count(b.Item)
	}
	switch {
	case cyr == 0 || cyr < other:
		return model.EN
	case kk*20 > cyr: // more than 5 % of the Cyrillic letters (Kazakh prose has 10 % and more)
		return model.KK
	}
	return model.RU
}
