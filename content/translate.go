package content

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"go.yaml.in/yaml/v3"
)

// Bundle is the file a translator works on: the items a language lacks, in
// the layout of the lang/<code>/ files, pre-filled with the English text.
type Bundle struct {
	Sources       map[string]string           `yaml:"sources,omitempty"`
	Countries     map[string]CountryText      `yaml:"countries,omitempty"`
	Organizations map[string]OrganizationText `yaml:"organizations,omitempty"`
	Topics        map[string]TopicText        `yaml:"topics,omitempty"`
}

// Len is the number of items in the bundle.
func (b Bundle) Len() int {
	return len(b.Sources) + len(b.Countries) + len(b.Organizations) + len(b.Topics)
}

// Missing returns what lang lacks, with the English text to translate.
func (c *Content) Missing(lang string) Bundle {
	en, t := c.Text["en"], c.Text[lang]
	if t == nil {
		t = &Text{}
	}
	b := Bundle{Sources: map[string]string{}, Countries: map[string]CountryText{},
		Organizations: map[string]OrganizationText{}, Topics: map[string]TopicText{}}
	for id := range c.Sources {
		if t.Sources[id] == "" {
			b.Sources[id] = en.Sources[id]
		}
	}
	for _, x := range c.Countries {
		if ct, ok := t.Countries[x.ID]; !ok || ct.Name == "" || ct.Summary == "" {
			b.Countries[x.ID] = en.Countries[x.ID]
		}
	}
	for _, x := range c.Organizations {
		if ot, ok := t.Organizations[x.ID]; !ok || ot.Name == "" || ot.About == "" {
			b.Organizations[x.ID] = en.Organizations[x.ID]
		}
	}
	for _, x := range c.Topics {
		if tt, ok := t.Topics[x.ID]; !ok || tt.Title == "" || tt.Answer == "" {
			b.Topics[x.ID] = en.Topics[x.ID]
		}
	}
	return b
}

// WriteBundle writes b as YAML with a header that tells the translator what to do.
func WriteBundle(w io.Writer, lang string, b Bundle) error {
	fmt.Fprintf(w, "# Untranslated referralbot content for %q: %d items, pre-filled in English.\n", lang, b.Len())
	fmt.Fprintf(w, "# Translate every text in place. Keep ids, keys and every number exactly.\n")
	fmt.Fprintf(w, "# Aliases are the forms users of %s type, not a translation of the English list;\n", lang)
	fmt.Fprintf(w, "# write at least 8 questions per topic as users would. Then: referralbot translate import --lang %s FILE\n", lang)
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(b); err != nil {
		return err
	}
	return enc.Close()
}

// ReadBundle reads a translated bundle strictly (unknown fields are errors).
func ReadBundle(r io.Reader) (Bundle, error) {
	var b Bundle
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	if err := dec.Decode(&b); err != nil && err != io.EOF {
		return b, err
	}
	return b, nil
}

// Import appends the bundle's items that lang/<code>/ lacks to its files in
// the content directory dir, leaving items already there untouched. It
// returns how many items it added.
func Import(dir, lang string, b Bundle) (int, error) {
	c, _ := Load(os.DirFS(dir)) // problems are expected: the language is incomplete
	if c == nil {
		return 0, fmt.Errorf("load %s", dir)
	}
	if _, ok := c.Language(lang); !ok {
		return 0, fmt.Errorf("language %q is not in %s: add it there first", lang, filepath.Join(dir, fileLanguages))
	}
	t := c.Text[lang]
	if t == nil {
		t = &Text{}
	}
	added := 0
	sections := []struct {
		file  string
		items map[string]any
	}{
		{fileSources, pick(b.Sources, func(id string) bool { return t.Sources[id] == "" })},
		{fileCountries, pick(b.Countries, func(id string) bool { _, ok := t.Countries[id]; return !ok })},
		{fileOrganizations, pick(b.Organizations, func(id string) bool { _, ok := t.Organizations[id]; return !ok })},
		{fileTopics, pick(b.Topics, func(id string) bool { _, ok := t.Topics[id]; return !ok })},
	}
	for _, s := range sections {
		if len(s.items) == 0 {
			continue
		}
		path := filepath.Join(dir, "lang", lang, s.file)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return added, err
		}
		var buf bytes.Buffer
		enc := yaml.NewEncoder(&buf)
		enc.SetIndent(2)
		if err := enc.Encode(s.items); err != nil {
			return added, err
		}
		enc.Close()
		old, err := os.ReadFile(path)
		if err != nil && !os.IsNotExist(err) {
			return added, err
		}
		if len(old) > 0 && old[len(old)-1] != '\n' {
			old = append(old, '\n')
		}
		if err := os.WriteFile(path, append(old, buf.Bytes()...), 0o644); err != nil {
			return added, err
		}
		added += len(s.items)
	}
	return added, nil
}

func pick[V any](m map[string]V, missing func(string) bool) map[string]any {
	out := map[string]any{}
	for id, v := range m {
		if missing(id) {
			out[id] = v
		}
	}
	return out
}
