package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/storage"
	"frontoffice/ui/appdoc"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
)

// ApplicationOptions are the application command's flags.
type ApplicationOptions struct {
	Format string // "md" (default) or "html"
	Out    string // file to write; "" for stdout
	Check  bool   // print the readiness list instead
	// Lang is the printed application's language (--lang); "" takes the
	// language its texts are in (application.DetectLang).
	Lang model.Lang
	// Save writes into applications/ beside the store, under the name
	// appdoc.ApplicationPath gives (title and day), and prints the path;
	// an existing file is replaced only with Force.
	Save  bool
	Force bool
}

// ParseApplicationFormat reads --format: md (or markdown) or html.
func ParseApplicationFormat(s string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "md", "markdown":
		return "md", true
	case "html", "htm":
		return "html", true
	}
	return "", false
}

// ErrUnknownIdea is an application asked for an idea the store does not have.
var ErrUnknownIdea = errors.New("unknown idea")

// Application writes idea id's application to out (or o.Out), or with
// o.Check prints its readiness list; ready is false when the check finds
// problems. The programme is the idea's own, else the small grant.
func Application(store *storage.Store, tr *i18n.Translator, o ApplicationOptions, id string, now time.Time, out, errw io.Writer) (ready bool, err error) {
	idea, err := storage.GetAs[*model.Idea](store, model.KindIdea, id)
	if errors.Is(err, storage.ErrNotFound) || (err == nil && idea.Deleted) {
		fmt.Fprintln(errw, tr.T("app.unknown_idea", id))
		return false, ErrUnknownIdea
	}
	if err != nil {
		return false, err
	}
	people := func(pid string) *model.Person {
		p, err := storage.GetAs[*model.Person](store, model.KindPerson, pid)
		if err != nil || p.Deleted {
			return nil
		}
		return p
	}
	// The office's rules as the store keeps them; templates that cannot be
	// read are left out (Settings says why).
	rules, _ := store.Rules()
	tpl := rules.TemplateFor(idea.Programme)
	if o.Check {
		problems, pct := rules.Assess(idea, people, tpl.Code, now)
		if len(problems) == 0 {
			fmt.Fprintln(out, tr.T("app.ready", pct, tpl.Label(tr.Lang())))
			return true, nil
		}
		fmt.Fprintln(out, tr.T("app.not_ready", pct, tpl.Label(tr.Lang())))
		for _, p := range problems {
			fmt.Fprintf(out, "- %s %s\n", appdoc.ProblemText(tr, p), tr.T("app.where", appdoc.WhereText(tr, p.Where)))
		}
		return false, nil
	}
	lang := o.Lang
	if lang == "" {
		lang = application.LangOf(idea)
	}
	problems, _ := rules.Assess(idea, people, tpl.Code, now)
	doc := appdoc.Doc{Idea: idea, Template: tpl, Date: now, Tr: i18n.New(lang), Draft: len(problems) > 0}
	if office, err := store.Office(); err == nil {
		doc.Office = office.Name
	}
	if idea.ApplicantID != "" {
		if p := people(idea.ApplicantID); p != nil {
			doc.Phone = p.Phone
			if idea.ApplicantName == "" {
				copied := *idea
				copied.ApplicantName = p.FullName
				doc.Idea = &copied
			}
		}
	}
	render := appdoc.Markdown
	if o.Format == "html" {
		render = appdoc.HTML
	}
	if o.Save {
		dir, err := common.ExportDir(store.Path(), "applications")
		if err != nil {
			return false, err
		}
		path := appdoc.ApplicationPath(dir, idea.ID, idea.Title, now, o.Format)
		if !CheckOutputs(store, tr, o.Force, errw, path) {
			return false, nil
		}
		if err := common.WriteFileAtomic(path, func(w io.Writer) error { return render(w, doc) }); err != nil {
			return false, err
		}
		fmt.Fprintln(out, path)
		return true, nil
	}
	if o.Out == "" {
		return true, render(out, doc)
	}
	if err := common.WriteFileAtomic(o.Out, func(w io.Writer) error { return render(w, doc) }); err != nil {
		return false, err
	}
	fmt.Fprintln(errw, tr.T("app.written", o.Out))
	return true, nil
}
