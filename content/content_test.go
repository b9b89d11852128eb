package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

// Every embedded content file loads and passes every check.
func TestEmbedded(t *testing.T) {
	c, err := Load(Embedded())
	if err != nil {
		t.Fatalf("embedded content has problems:\n%v", err)
	}
	for _, code := range c.Codes() {
		if got := c.Coverage(code); got != 1 {
			t.Errorf("%s: coverage %.3f, want 1", code, got)
		}
	}
}

// minimal is a small valid content tree; tests break one thing at a time.
func minimal() fstest.MapFS {
	return fstest.MapFS{
		"languages.yaml":             {Data: []byte("- code: en\n  name: English\n  reviewed: true\n  rtl: false\n")},
		"sources.yaml":               {Data: []byte("article:\n  url: \"\"\nreuters:\n  url: \"\"\n")},
		"lang/en/sources.yaml":       {Data: []byte("article: the article\nreuters: Reuters\n")},
		"countries.yaml":             {Data: []byte("- id: so\n  iso: SO\n  region: africa\n  figures:\n    - id: serving\n      value: \"9\"\n      date: \"2025\"\n      note: 20\n      source: reuters\n  organizations: [ngo]\n  topics: [t1]\n")},
		"lang/en/countries.yaml":     {Data: []byte("so:\n  name: Somalia\n  aliases: [Somali]\n  summary: Reuters named 9 Somalis in 2025.\n  government: \"\"\n  official: \"\"\n  figures:\n    serving: Somalis serving\n")},
		"organizations.yaml":         {Data: []byte("- id: ngo\n  kind: ngo\n  routes: [refuse]\n  countries: []\n  languages: [ru]\n  contacts:\n    - kind: website\n      value: https://example.org/\n      source: example.org\n      verified: \"2025-01\"\n      confidence: H\n")},
		"lang/en/organizations.yaml": {Data: []byte("ngo:\n  name: NGO\n  about: Helps.\n  caveat: \"\"\n")},
		"topics.yaml":                {Data: []byte("- id: t1\n  section: help\n  urgent: false\n  notes: [1]\n  sources: []\n  figures: []\n  countries: [so]\n  organizations: [ngo]\n  related: []\n")},
		"lang/en/topics.yaml":        {Data: []byte("t1:\n  title: Topic\n  questions: [a, b, c, d, e, f, g, h]\n  answer: An answer.\n")},
	}
}

func TestMinimalIsValid(t *testing.T) {
	if _, err := Load(minimal()); err != nil {
		t.Fatal(err)
	}
}

func TestProblems(t *testing.T) {
	cases := []struct {
		name, file, from, to string
		want                 string // file:line: substring
	}{
		{"unknown field", "countries.yaml", "region:", "regoin:", "countries.yaml:3: field regoin not found"},
		{"stale number", "lang/en/countries.yaml", "named 9", "named 10", "lang/en/countries.yaml:4: so summary: number 10 is not one of the item's figures"},
		{"contact without source", "organizations.yaml", "source: example.org", "source: \"\"", "organizations.yaml:6: ngo contact \"https://example.org/\": no source"},
		{"contact without date", "organizations.yaml", "verified: \"2025-01\"", "verified: \"\"", "verified date \"\" is not"},
		{"broken reference", "topics.yaml", "countries: [so]", "countries: [xx]", "topics.yaml:7: t1: country \"xx\" does not exist"},
		{"missing translation", "lang/en/topics.yaml", "t1:", "t2:", "missing translation of topic \"t1\""},
		{"unknown translation", "lang/en/topics.yaml", "t1:", "t2:", "lang/en/topics.yaml:1: topic \"t2\" is not declared"},
		{"few questions", "lang/en/topics.yaml", "[a, b, c, d, e, f, g, h]", "[a, b]", "2 example questions"},
		{"figure without source", "countries.yaml", "      note: 20\n      source: reuters\n", "      note: 0\n", "has neither a footnote nor a source"},
		{"bad date", "countries.yaml", "date: \"2025\"", "date: \"last year\"", "date \"last year\""},
		{"bad region", "countries.yaml", "region: africa", "region: mars", "region \"mars\""},
		{"syntax", "topics.yaml", "  section: help\n", "  section: [help\n", "topics.yaml:"},
		{"org text with a number", "lang/en/organizations.yaml", "Helps.", "Helps 300 people.", "number 300"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := minimal()
			data := string(fsys[c.file].Data)
			if !strings.Contains(data, c.from) {
				t.Fatalf("test setup: %q not in %s", c.from, c.file)
			}
			fsys[c.file] = &fstest.MapFile{Data: []byte(strings.Replace(data, c.from, c.to, 1))}
			_, err := Load(fsys)
			if err == nil {
				t.Fatal("want problems, got none")
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("want a problem containing %q, got:\n%v", c.want, err)
			}
		})
	}
}

func TestDuplicateIDs(t *testing.T) {
	fsys := minimal()
	data := string(fsys["countries.yaml"].Data)
	fsys["countries.yaml"] = &fstest.MapFile{Data: []byte(data + data)}
	_, err := Load(fsys)
	if err == nil || !strings.Contains(err.Error(), `country "so" declared twice`) {
		t.Fatalf("want a duplicate-id problem, got %v", err)
	}
}
