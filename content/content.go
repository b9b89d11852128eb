// Package content holds the bot's vetted content: countries, organizations,
// topics and their texts in every language, embedded in the binary and
// checked on load. Every fact carries its source.
package content

import (
	"embed"
	"io/fs"
	"os"
)

//go:embed *.yaml lang
var embedded embed.FS

// Embedded returns the content compiled into the binary.
func Embedded() fs.FS { return embedded }

// Dir returns the content in a directory on disk, for editors: the same
// layout as this package's folder.
func Dir(path string) fs.FS { return os.DirFS(path) }

// Content is the loaded, validated content.
type Content struct {
	Languages     []Language
	Sources       map[string]Source
	Countries     []*Country
	Organizations []*Organization
	Topics        []*Topic
	// Text maps a language code to everything written in it. A language may
	// lack items while its translation is in progress; Coverage says how much.
	Text map[string]*Text

	countryByID map[string]*Country
	orgByID     map[string]*Organization
	topicByID   map[string]*Topic
	langByCode  map[string]Language
}

func (c *Content) Country(id string) *Country           { return c.countryByID[id] }
func (c *Content) Organization(id string) *Organization { return c.orgByID[id] }
func (c *Content) Topic(id string) *Topic               { return c.topicByID[id] }

// Language returns the language with code, and whether the content has it.
func (c *Content) Language(code string) (Language, bool) {
	l, ok := c.langByCode[code]
	return l, ok
}

// Codes returns the language codes in the order of languages.yaml.
func (c *Content) Codes() []string {
	out := make([]string, len(c.Languages))
	for i, l := range c.Languages {
		out[i] = l.Code
	}
	return out
}

// Coverage returns the share (0..1) of items (sources, countries,
// organizations, topics) that have their text in lang.
func (c *Content) Coverage(lang string) float64 {
	total := len(c.Sources) + len(c.Countries) + len(c.Organizations) + len(c.Topics)
	if total == 0 {
		return 0
	}
	t := c.Text[lang]
	if t == nil {
		return 0
	}
	have := 0
	for id := range c.Sources {
		if t.Sources[id] != "" {
			have++
		}
	}
	for _, x := range c.Countries {
		if ct, ok := t.Countries[x.ID]; ok && ct.Name != "" && ct.Summary != "" {
			have++
		}
	}
	for _, x := range c.Organizations {
		if ot, ok := t.Organizations[x.ID]; ok && ot.Name != "" && ot.About != "" {
			have++
		}
	}
	for _, x := range c.Topics {
		if tt, ok := t.Topics[x.ID]; ok && tt.Title != "" && tt.Answer != "" {
			have++
		}
	}
	return float64(have) / float64(total)
}

// OrganizationsFor returns the organizations that serve route ("" = any).
// With a country, that country's official channels come first and other
// countries' official channels are left out; without one, all are listed.
func (c *Content) OrganizationsFor(route, country string) []*Organization {
	var first, rest []*Organization
	for _, o := range c.Organizations {
		if route != "" && !contains(o.Routes, route) {
			continue
		}
		switch {
		case len(o.Countries) == 0 || country == "":
			rest = append(rest, o)
		case contains(o.Countries, country):
			first = append(first, o)
		}
	}
	return append(first, rest...)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
