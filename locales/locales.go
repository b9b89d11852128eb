// Package locales holds the bot's UI messages (go-i18n TOML files
// active.<lang>.toml, embedded) and looks them up with an explicit fallback
// to English: go-i18n's own language matching would silently answer a
// Kyrgyz or Kazakh user in Russian, so it is never used.
package locales

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Source is the language every other locale is translated from.
const Source = "en"

//go:embed active.*.toml
var embedded embed.FS

// Embedded returns the message files compiled into the binary.
func Embedded() fs.FS { return embedded }

// Catalog looks up UI messages by language and id.
type Catalog struct {
	langs []string                   // languages with a file, Source first
	locs  map[string]*i18n.Localizer // one localizer per language, holding only that language
	ids   map[string]map[string]bool // language -> message ids it has
	files map[string]string          // language -> file name
	lines map[string]map[string]int  // language -> id -> line
}

// Load reads every active.<lang>.toml in fsys.
func Load(fsys fs.FS) (*Catalog, error) {
	names, err := fs.Glob(fsys, "active.*.toml")
	if err != nil {
		return nil, err
	}
	c := &Catalog{locs: map[string]*i18n.Localizer{}, ids: map[string]map[string]bool{},
		files: map[string]string{}, lines: map[string]map[string]int{}}
	bundle := i18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	var errs []error
	for _, name := range names {
		lang := strings.TrimSuffix(strings.TrimPrefix(path.Base(name), "active."), ".toml")
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		mf, err := bundle.ParseMessageFileBytes(data, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			continue
		}
		set := map[string]bool{}
		for _, m := range mf.Messages {
			set[m.ID] = true
		}
		c.ids[lang] = set
		c.files[lang] = name
		c.lines[lang] = idLines(string(data))
		c.langs = append(c.langs, lang)
	}
	if _, ok := c.ids[Source]; !ok {
		errs = append(errs, fmt.Errorf("locales: active.%s.toml is missing", Source))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	sort.Slice(c.langs, func(i, j int) bool {
		if (c.langs[i] == Source) != (c.langs[j] == Source) {
			return c.langs[i] == Source
		}
		return c.langs[i] < c.langs[j]
	})
	for _, lang := range c.langs {
		// A localizer for exactly one language: lookups never wander to another.
		c.locs[lang] = i18n.NewLocalizer(bundle, lang)
	}
	return c, nil
}

// idLines maps each [id] table header to its line number.
func idLines(text string) map[string]int {
	out := map[string]int{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			out[strings.Trim(line, "[]\" ")] = i + 1
		}
	}
	return out
}

// Languages returns the languages that have a message file, English first.
func (c *Catalog) Languages() []string { return append([]string(nil), c.langs...) }

// Has reports whether lang has its own translation of id.
func (c *Catalog) Has(lang, id string) bool { return c.ids[lang][id] }

// IDs returns the message ids of the source language, sorted.
func (c *Catalog) IDs() []string {
	out := make([]string, 0, len(c.ids[Source]))
	for id := range c.ids[Source] {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// T returns message id in lang with data filled in. When lang lacks the
// message it uses English; it never panics and never returns "".
func (c *Catalog) T(lang, id string, data map[string]any) string {
	if !c.ids[lang][id] {
		lang = Source
	}
	loc := c.locs[lang]
	if loc == nil {
		return id
	}
	s, err := loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if err != nil && s == "" {
		return id
	}
	return s
}

// Coverage is the share (0..1) of the source language's messages that lang has.
func (c *Catalog) Coverage(lang string) float64 {
	src := c.ids[Source]
	if len(src) == 0 {
		return 0
	}
	n := 0
	for id := range src {
		if c.ids[lang][id] {
			n++
		}
	}
	return float64(n) / float64(len(src))
}

// sample fills every template variable the messages use.
var sample = map[string]any{
	"Title": "T", "Languages": "L", "Kind": "K", "Value": "V", "Source": "S", "Date": "D",
	"Note": 1, "Text": "X", "Choice": "C", "Year": 2025, "Month": "M",
}

// Check reports, as "file:line: problem", every message id missing from a
// locale or unknown to the source, and every template that does not execute
// or uses a variable the bot does not fill.
func (c *Catalog) Check(langs []string) []string {
	var out []string
	for _, lang := range langs {
		file, ok := c.files[lang]
		if !ok {
			out = append(out, fmt.Sprintf("locales/active.%s.toml: file is missing", lang))
			continue
		}
		for _, id := range c.IDs() {
			if !c.ids[lang][id] {
				out = append(out, fmt.Sprintf("locales/%s: missing message %q", file, id))
			}
		}
		for id := range c.ids[lang] {
			if !c.ids[Source][id] {
				out = append(out, fmt.Sprintf("locales/%s:%d: message %q is not in active.%s.toml", file, c.lines[lang][id], id, Source))
				continue
			}
			s, err := c.locs[lang].Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: sample})
			switch {
			case err != nil:
				out = append(out, fmt.Sprintf("locales/%s:%d: message %q: %v", file, c.lines[lang][id], id, err))
			case strings.Contains(s, "<no value>"):
				out = append(out, fmt.Sprintf("locales/%s:%d: message %q uses a variable the bot does not fill", file, c.lines[lang][id], id))
			case strings.TrimSpace(s) == "":
				out = append(out, fmt.Sprintf("locales/%s:%d: message %q is empty", file, c.lines[lang][id], id))
			}
		}
	}
	sort.Strings(out)
	return out
}
