package content

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Limits that keep texts readable on a phone and buttons within Telegram's width.
const (
	MaxSummary   = 700 // runes; the brief says "about 600"
	MaxAnswer    = 1000
	MaxTitle     = 40
	MinQuestions = 8
)

var (
	idPattern   = regexp.MustCompile(`^[a-z][a-z0-9-]{1,39}$`)
	isoPattern  = regexp.MustCompile(`^[A-Z]{2}$`)
	datePattern = regexp.MustCompile(`^(by )?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-(spring|summer|autumn|winter)|/\d{4})?$`)
	dayPattern  = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)
)

var (
	orgKinds     = []string{"ngo", "official", "surrender"}
	contactKinds = []string{"website", "telegram", "phone", "email", "instagram"}
	confidences  = []string{"H", "M", "L"}
)

func (l *loader) validate() {
	l.validateLanguages()
	l.validateSources()
	l.validateCountries()
	l.validateOrganizations()
	l.validateTopics()
	for _, lg := range l.c.Languages {
		l.validateText(lg.Code)
	}
}

func (l *loader) validateLanguages() {
	if len(l.c.Languages) == 0 {
		l.problems.add(fileLanguages, 0, "no languages declared")
	}
	if _, ok := l.c.langByCode["en"]; !ok {
		l.problems.add(fileLanguages, 0, "English (en) must be declared: it is the fallback")
	}
	for _, lg := range l.c.Languages {
		line := l.line(fileLanguages, lg.Code, "")
		if _, err := language.Parse(lg.Code); err != nil || lg.Code == "" {
			l.problems.add(fileLanguages, line, "code %q is not a BCP 47 tag", lg.Code)
		}
		if strings.TrimSpace(lg.Name) == "" {
			l.problems.add(fileLanguages, line, "language %q has no name", lg.Code)
		}
	}
}

func (l *loader) validateSources() {
	if _, ok := l.c.Sources["article"]; !ok {
		l.problems.add(fileSources, 0, "source \"article\" must be declared")
	}
	for _, id := range sortedKeys(l.c.Sources) {
		if !idPattern.MatchString(id) {
			l.problems.add(fileSources, l.line(fileSources, id, ""), "source id %q: use lower-case letters, digits and -", id)
		}
		if u := l.c.Sources[id].URL; u != "" && !httpsURL(u) {
			l.problems.add(fileSources, l.line(fileSources, id, ""), "source %q: url %q is not an https URL", id, u)
		}
	}
}

func (l *loader) validateFigures(file, owner string, figs []Figure) {
	seen := map[string]bool{}
	line := l.line(file, owner, "figures")
	for _, f := range figs {
		where := fmt.Sprintf("%s figure %q", owner, f.ID)
		switch {
		case !idPattern.MatchString(f.ID):
			l.problems.add(file, line, "%s: id must be lower-case letters, digits and -", where)
		case seen[f.ID]:
			l.problems.add(file, line, "%s: declared twice", where)
		}
		seen[f.ID] = true
		if len(Numbers(f.Value)) == 0 {
			l.problems.add(file, line, "%s: value %q has no number", where, f.Value)
		}
		if !datePattern.MatchString(f.Date) {
			l.problems.add(file, line, "%s: date %q is not YYYY, YYYY-MM, YYYY-MM-DD, YYYY-season, YYYY/YYYY or \"by ...\"", where, f.Date)
		}
		if f.Note < 0 || f.Note > ArticleNotes {
			l.problems.add(file, line, "%s: note %d is not an article footnote (1..%d)", where, f.Note, ArticleNotes)
		}
		if f.Note == 0 && f.Source == "" {
			l.problems.add(file, line, "%s: has neither a footnote nor a source", where)
		}
		if f.Source != "" {
			if _, ok := l.c.Sources[f.Source]; !ok {
				l.problems.add(file, line, "%s: unknown source %q", where, f.Source)
			}
		}
	}
}

// refs reports each id in ids that does not resolve.
func (l *loader) refs(file, owner, field, kind string, ids []string, exists func(string) bool) {
	for _, id := range ids {
		if !exists(id) {
			l.problems.add(file, l.line(file, owner, field), "%s: %s %q does not exist", owner, kind, id)
		}
	}
}

func (l *loader) countryExists(id string) bool { return l.c.countryByID[id] != nil }
func (l *loader) orgExists(id string) bool     { return l.c.orgByID[id] != nil }
func (l *loader) topicExists(id string) bool   { return l.c.topicByID[id] != nil }

func (l *loader) validateCountries() {
	for _, x := range l.c.Countries {
		line := l.line(fileCountries, x.ID, "")
		if !idPattern.MatchString(x.ID) {
			l.problems.add(fileCountries, line, "country id %q: use lower-case letters, digits and -", x.ID)
		}
		if x.ISO != "" && !isoPattern.MatchString(x.ISO) {
			l.problems.add(fileCountries, l.line(fileCountries, x.ID, "iso"), "%s: iso %q is not two capital letters", x.ID, x.ISO)
		}
		if !contains(Regions, x.Region) {
			l.problems.add(fileCountries, l.line(fileCountries, x.ID, "region"), "%s: region %q is not one of %s", x.ID, x.Region, strings.Join(Regions, ", "))
		}
		l.validateFigures(fileCountries, x.ID, x.Figures)
		l.refs(fileCountries, x.ID, "organizations", "organization", x.Organizations, l.orgExists)
		l.refs(fileCountries, x.ID, "topics", "topic", x.Topics, l.topicExists)
	}
}

func (l *loader) validateOrganizations() {
	for _, o := range l.c.Organizations {
		line := l.line(fileOrganizations, o.ID, "")
		if !idPattern.MatchString(o.ID) {
			l.problems.add(fileOrganizations, line, "organization id %q: use lower-case letters, digits and -", o.ID)
		}
		if !contains(orgKinds, o.Kind) {
			l.problems.add(fileOrganizations, l.line(fileOrganizations, o.ID, "kind"), "%s: kind %q is not one of %s", o.ID, o.Kind, strings.Join(orgKinds, ", "))
		}
		if len(o.Routes) == 0 {
			l.problems.add(fileOrganizations, line, "%s: serves no route", o.ID)
		}
		for _, r := range o.Routes {
			if !contains(Routes, r) {
				l.problems.add(fileOrganizations, l.line(fileOrganizations, o.ID, "routes"), "%s: route %q is not one of %s", o.ID, r, strings.Join(Routes, ", "))
			}
		}
		l.refs(fileOrganizations, o.ID, "countries", "country", o.Countries, l.countryExists)
		for _, code := range o.Languages {
			if _, err := language.Parse(code); err != nil {
				l.problems.add(fileOrganizations, l.line(fileOrganizations, o.ID, "languages"), "%s: language %q is not a BCP 47 tag", o.ID, code)
			}
		}
		cl := l.line(fileOrganizations, o.ID, "contacts")
		for _, ct := range o.Contacts {
			where := fmt.Sprintf("%s contact %q", o.ID, ct.Value)
			if !contains(contactKinds, ct.Kind) {
				l.problems.add(fileOrganizations, cl, "%s: kind %q is not one of %s", where, ct.Kind, strings.Join(contactKinds, ", "))
			}
			if strings.TrimSpace(ct.Value) == "" {
				l.problems.add(fileOrganizations, cl, "%s: no value", where)
			}
			if (ct.Kind == "website" || ct.Kind == "telegram" || ct.Kind == "instagram") && !httpsURL(ct.Value) {
				l.problems.add(fileOrganizations, cl, "%s: a %s contact must be an https URL", where, ct.Kind)
			}
			if ct.Kind == "telegram" && !strings.HasPrefix(ct.Value, "https://t.me/") {
				l.problems.add(fileOrganizations, cl, "%s: a telegram contact must start with https://t.me/", where)
			}
			if ct.Kind == "phone" && !phoneLike(ct.Value) {
				l.problems.add(fileOrganizations, cl, "%s: not a phone number", where)
			}
			if strings.TrimSpace(ct.Source) == "" {
				l.problems.add(fileOrganizations, cl, "%s: no source (never add a contact that is not in a public source)", where)
			}
			if !dayPattern.MatchString(ct.Verified) {
				l.problems.add(fileOrganizations, cl, "%s: verified date %q is not YYYY, YYYY-MM or YYYY-MM-DD", where, ct.Verified)
			}
			if !contains(confidences, ct.Confidence) {
				l.problems.add(fileOrganizations, cl, "%s: confidence %q is not H, M or L", where, ct.Confidence)
			}
		}
	}
}

func (l *loader) validateTopics() {
	for _, t := range l.c.Topics {
		line := l.line(fileTopics, t.ID, "")
		if !idPattern.MatchString(t.ID) {
			l.problems.add(fileTopics, line, "topic id %q: use lower-case letters, digits and -", t.ID)
		}
		if !contains(Sections, t.Section) {
			l.problems.add(fileTopics, l.line(fileTopics, t.ID, "section"), "%s: section %q is not one of %s", t.ID, t.Section, strings.Join(Sections, ", "))
		}
		for _, n := range t.Notes {
			if n < 1 || n > ArticleNotes {
				l.problems.add(fileTopics, l.line(fileTopics, t.ID, "notes"), "%s: note %d is not an article footnote (1..%d)", t.ID, n, ArticleNotes)
			}
		}
		l.refs(fileTopics, t.ID, "sources", "source", t.Sources, func(id string) bool { _, ok := l.c.Sources[id]; return ok })
		l.validateFigures(fileTopics, t.ID, t.Figures)
		l.refs(fileTopics, t.ID, "countries", "country", t.Countries, l.countryExists)
		l.refs(fileTopics, t.ID, "organizations", "organization", t.Organizations, l.orgExists)
		l.refs(fileTopics, t.ID, "related", "topic", t.Related, l.topicExists)
	}
}

// validateText checks one language: every item present, nothing unknown,
// limits kept, and every number written is one of the item's figures.
func (l *loader) validateText(code string) {
	t := l.c.Text[code]
	f := langFile(code, fileSources)
	for _, id := range sortedKeys(l.c.Sources) {
		if strings.TrimSpace(t.Sources[id]) == "" {
			l.problems.add(f, 0, "missing translation of source %q", id)
		}
	}
	for _, id := range sortedKeys(t.Sources) {
		if _, ok := l.c.Sources[id]; !ok {
			l.problems.add(f, l.line(f, id, ""), "source %q is not declared in %s", id, fileSources)
		}
	}

	f = langFile(code, fileCountries)
	for _, x := range l.c.Countries {
		ct, ok := t.Countries[x.ID]
		if !ok {
			l.problems.add(f, 0, "missing translation of country %q", x.ID)
			continue
		}
		line := l.line(f, x.ID, "")
		l.required(f, line, x.ID, map[string]string{"name": ct.Name, "summary": ct.Summary})
		l.maxRunes(f, l.line(f, x.ID, "summary"), x.ID+" summary", ct.Summary, MaxSummary)
		l.figureTexts(f, line, x.ID, x.Figures, ct.Figures)
		allowed := figureNumbers(x.Figures)
		for field, s := range map[string]string{"summary": ct.Summary, "government": ct.Government, "official": ct.Official} {
			l.numbers(f, l.line(f, x.ID, field), x.ID+" "+field, s, allowed)
		}
		for id, s := range ct.Figures {
			l.numbers(f, l.line(f, x.ID, "figures"), x.ID+" figure "+id, s, allowed)
		}
	}
	l.unknown(f, sortedKeys(t.Countries), l.countryExists, "country", fileCountries)

	f = langFile(code, fileOrganizations)
	for _, o := range l.c.Organizations {
		ot, ok := t.Organizations[o.ID]
		if !ok {
			l.problems.add(f, 0, "missing translation of organization %q", o.ID)
			continue
		}
		line := l.line(f, o.ID, "")
		l.required(f, line, o.ID, map[string]string{"name": ot.Name, "about": ot.About})
		// Organizations have no figures: their texts carry no numbers.
		l.numbers(f, l.line(f, o.ID, "about"), o.ID+" about", ot.About, nil)
		l.numbers(f, l.line(f, o.ID, "caveat"), o.ID+" caveat", ot.Caveat, nil)
	}
	l.unknown(f, sortedKeys(t.Organizations), l.orgExists, "organization", fileOrganizations)

	f = langFile(code, fileTopics)
	for _, x := range l.c.Topics {
		tt, ok := t.Topics[x.ID]
		if !ok {
			l.problems.add(f, 0, "missing translation of topic %q", x.ID)
			continue
		}
		line := l.line(f, x.ID, "")
		l.required(f, line, x.ID, map[string]string{"title": tt.Title, "answer": tt.Answer})
		l.maxRunes(f, l.line(f, x.ID, "title"), x.ID+" title", tt.Title, MaxTitle)
		l.maxRunes(f, l.line(f, x.ID, "answer"), x.ID+" answer", tt.Answer, MaxAnswer)
		if n := countNonEmpty(tt.Questions); n < MinQuestions {
			l.problems.add(f, l.line(f, x.ID, "questions"), "%s: %d example questions, want at least %d", x.ID, n, MinQuestions)
		}
		allowed := figureNumbers(x.Figures)
		l.numbers(f, l.line(f, x.ID, "answer"), x.ID+" answer", tt.Answer, allowed)
		l.numbers(f, l.line(f, x.ID, "title"), x.ID+" title", tt.Title, allowed)
	}
	l.unknown(f, sortedKeys(t.Topics), l.topicExists, "topic", fileTopics)
}

func (l *loader) required(file string, line int, id string, fields map[string]string) {
	for _, name := range sortedKeys(fields) {
		if strings.TrimSpace(fields[name]) == "" {
			l.problems.add(file, line, "%s: %s is empty", id, name)
		}
	}
}

func (l *loader) maxRunes(file string, line int, what, s string, max int) {
	if n := utf8.RuneCountInString(s); n > max {
		l.problems.add(file, line, "%s: %d characters, at most %d", what, n, max)
	}
	if !utf8.ValidString(s) {
		l.problems.add(file, line, "%s: invalid UTF-8", what)
	}
}

func (l *loader) figureTexts(file string, line int, owner string, figs []Figure, texts map[string]string) {
	for _, fg := range figs {
		if strings.TrimSpace(texts[fg.ID]) == "" {
			l.problems.add(file, line, "%s: figure %q has no text", owner, fg.ID)
		}
	}
	for _, id := range sortedKeys(texts) {
		found := false
		for _, fg := range figs {
			found = found || fg.ID == id
		}
		if !found {
			l.problems.add(file, line, "%s: figure %q is not declared", owner, id)
		}
	}
}

// numbers reports each number in s that is not in allowed.
func (l *loader) numbers(file string, line int, what, s string, allowed map[string]bool) {
	for _, n := range Numbers(s) {
		if !allowed[n] {
			l.problems.add(file, line, "%s: number %s is not one of the item's figures", what, n)
		}
	}
}

func (l *loader) unknown(file string, ids []string, exists func(string) bool, kind, base string) {
	for _, id := range ids {
		if !exists(id) {
			l.problems.add(file, l.line(file, id, ""), "%s %q is not declared in %s", kind, id, base)
		}
	}
}

func countNonEmpty(xs []string) int {
	n := 0
	for _, x := range xs {
		if strings.TrimSpace(x) != "" {
			n++
		}
	}
	return n
}

func httpsURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.Scheme == "https" && u.Host != ""
}

var phoneChars = regexp.MustCompile(`^\+?[0-9][0-9 ()-]{5,20}$`)

func phoneLike(s string) bool { return phoneChars.MatchString(s) }
