package bot

import (
	"net/url"
	"strings"

	"github.com/referralbot/referralbot/content"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// The item texts in lang, or in English while lang lacks them.
func (e *Engine) countryText(lang, id string) content.CountryText {
	if t, ok := e.c.Text[lang].Countries[id]; ok && t.Name != "" {
		return t
	}
	return e.c.Text["en"].Countries[id]
}

func (e *Engine) orgText(lang, id string) content.OrganizationText {
	if t, ok := e.c.Text[lang].Organizations[id]; ok && t.Name != "" {
		return t
	}
	return e.c.Text["en"].Organizations[id]
}

func (e *Engine) topicText(lang, id string) content.TopicText {
	if t, ok := e.c.Text[lang].Topics[id]; ok && t.Answer != "" {
		return t
	}
	return e.c.Text["en"].Topics[id]
}

func (e *Engine) sourceName(lang, id string) string {
	if s := e.c.Text[lang].Sources[id]; s != "" {
		return s
	}
	return e.c.Text["en"].Sources[id]
}

func (e *Engine) orgName(lang, id string) string { return e.orgText(lang, id).Name }

// flag returns the emoji flag of an ISO 3166-1 alpha-2 code, or "".
func flag(iso string) string {
	if len(iso) != 2 {
		return ""
	}
	return string([]rune{0x1F1E6 + rune(iso[0]-'A'), 0x1F1E6 + rune(iso[1]-'A')})
}

func (e *Engine) countryLabel(lang string, c *content.Country) string {
	name := e.countryText(lang, c.ID).Name
	if f := flag(c.ISO); f != "" {
		return f + " " + name
	}
	return name
}

// countryCard shows a country: summary, what its government did, the
// official route, and every figure with its source.
func (e *Engine) countryCard(lang, id string) Reply {
	c := e.c.Country(id)
	ct := e.countryText(lang, id)
	var b strings.Builder
	b.WriteString(e.countryLabel(lang, c))
	b.WriteString("\n\n")
	b.WriteString(strings.TrimSpace(ct.Summary))
	if s := strings.TrimSpace(ct.Government); s != "" {
		b.WriteString("\n\n" + e.ui.T(lang, "country_government", nil) + "\n" + s)
	}
	if s := strings.TrimSpace(ct.Official); s != "" {
		b.WriteString("\n\n" + e.ui.T(lang, "country_official", nil) + "\n" + s)
	}
	if len(c.Figures) > 0 {
		b.WriteString("\n\n" + e.ui.T(lang, "country_figures", nil))
		for _, f := range c.Figures {
			b.WriteString("\n• " + e.figureLine(lang, f, ct.Figures[f.ID]))
		}
	}
	rows := [][]Button{{{Text: e.ui.T(lang, "country_help_button", nil), Data: cb(actRoutes, id)}}}
	for i, tid := range c.Topics {
		if i == 3 {
			break
		}
		rows = append(rows, []Button{{Text: e.ui.T(lang, "country_topic_button", map[string]any{"Title": e.topicText(lang, tid).Title}), Data: cb(actTopic, tid)}})
	}
	rows = append(rows, []Button{{Text: e.ui.T(lang, "menu_back", nil), Data: cb(actRegion, c.Region)}, e.mainButton(lang)})
	return Reply{Text: b.String(), Buttons: rows, Edit: true}
}

// figureLine renders "value: what it counts (when; source)".
func (e *Engine) figureLine(lang string, f content.Figure, text string) string {
	return e.ui.T(lang, "figure_line", map[string]any{
		"Value": f.Value, "Text": text, "Date": e.formatDate(lang, f.Date), "Source": e.citation(lang, noteList(f.Note), sourceList(f.Source)),
	})
}

func noteList(n int) []int {
	if n > 0 {
		return []int{n}
	}
	return nil
}

func sourceList(id string) []string {
	if id != "" {
		return []string{id}
	}
	return nil
}

// maxCitations keeps a source line short enough for a phone screen.
const maxCitations = 4

// citation names the article's footnotes and the named sources.
func (e *Engine) citation(lang string, notes []int, sources []string) string {
	var parts []string
	for i, n := range notes {
		if i == 3 {
			break
		}
		parts = append(parts, e.ui.T(lang, "source_note", map[string]any{"Note": n}))
	}
	for _, id := range sources {
		if id == "article" && len(notes) > 0 {
			continue
		}
		parts = append(parts, e.sourceName(lang, id))
	}
	if len(parts) == 0 {
		parts = append(parts, e.sourceName(lang, "article"))
	}
	if len(parts) > maxCitations {
		parts = parts[:maxCitations]
	}
	return strings.Join(parts, "; ")
}

// orgCard shows an organization: what it does, honest caveats, languages,
// and each public contact with its source and the date it was seen.
func (e *Engine) orgCard(lang, id, route string) Reply {
	o := e.c.Organization(id)
	ot := e.orgText(lang, id)
	var b strings.Builder
	b.WriteString(ot.Name + "\n\n" + strings.TrimSpace(ot.About))
	if s := strings.TrimSpace(ot.Caveat); s != "" {
		b.WriteString("\n\n⚠️ " + s)
	}
	if len(o.Languages) > 0 {
		var names []string
		for _, code := range o.Languages {
			names = append(names, langName(code))
		}
		b.WriteString("\n\n" + e.ui.T(lang, "org_languages", map[string]any{"Languages": strings.Join(names, ", ")}))
	}
	var rows [][]Button
	if len(o.Contacts) == 0 {
		b.WriteString("\n\n" + e.ui.T(lang, "org_no_contact", nil))
	} else {
		b.WriteString("\n\n" + e.ui.T(lang, "org_contacts", nil))
		for _, ct := range o.Contacts {
			kind := e.ui.T(lang, "contact_"+ct.Kind, nil)
			b.WriteString("\n• " + e.ui.T(lang, "org_contact", map[string]any{
				"Kind": kind, "Value": ct.Value, "Source": ct.Source, "Date": e.formatDate(lang, ct.Verified)}))
			if strings.HasPrefix(ct.Value, "https://") {
				rows = append(rows, []Button{{Text: kind + ": " + shortURL(ct.Value), URL: ct.Value}})
			}
		}
		b.WriteString("\n" + e.ui.T(lang, "org_stale", nil))
	}
	back := cb(actRoutes)
	if route != "" {
		back = cb(actRoute, route)
	}
	rows = append(rows, []Button{{Text: e.ui.T(lang, "menu_back", nil), Data: back}, e.mainButton(lang)})
	return Reply{Text: b.String(), Buttons: rows, Edit: true}
}

func shortURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return s
	}
	return strings.TrimSuffix(u.Host+u.Path, "/")
}

// langName is a language's own name ("русский", "English").
func langName(code string) string {
	tag, err := language.Parse(code)
	if err != nil {
		return code
	}
	if n := display.Self.Name(tag); n != "" {
		return n
	}
	return code
}

// topicAnswer answers with a topic: its text, its source, and buttons to the
// organizations, countries and topics related to it.
func (e *Engine) topicAnswer(t *turn, id string) {
	tp := e.c.Topic(id)
	if tp == nil {
		e.mainMenu(t, "menu_prompt")
		return
	}
	lang := t.lang
	tt := e.topicText(lang, id)
	text := tt.Title + "\n\n" + strings.TrimSpace(tt.Answer) + "\n\n" +
		e.ui.T(lang, "source_line", map[string]any{"Source": e.citation(lang, tp.Notes, tp.Sources)})
	var rows [][]Button
	for i, oid := range tp.Organizations {
		if i == 3 {
			break
		}
		rows = append(rows, []Button{{Text: "🤝 " + e.orgName(lang, oid), Data: cb(actOrg, oid)}})
	}
	var row []Button
	for i, cid := range tp.Countries {
		if i == 4 {
			break
		}
		row = append(row, Button{Text: e.countryLabel(lang, e.c.Country(cid)), Data: cb(actCountry, cid)})
		if len(row) == 2 {
			rows = append(rows, row)
			row = nil
		}
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	for i, rid := range tp.Related {
		if i == 2 {
			break
		}
		rows = append(rows, []Button{{Text: "📖 " + e.topicText(lang, rid).Title, Data: cb(actTopic, rid)}})
	}
	rows = append(rows, []Button{e.mainButton(lang)})
	t.say(Reply{Text: text, Buttons: rows})
}
