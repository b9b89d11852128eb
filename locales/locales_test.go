package locales

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestEmbeddedComplete(t *testing.T) {
	c, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	if problems := c.Check(c.Languages()); len(problems) > 0 {
		t.Fatalf("locale problems:\n%s", strings.Join(problems, "\n"))
	}
	for _, lang := range c.Languages() {
		if got := c.Coverage(lang); got != 1 {
			t.Errorf("%s coverage %.2f, want 1", lang, got)
		}
	}
}

func TestFallbackIsExplicit(t *testing.T) {
	fsys := fstest.MapFS{
		"active.en.toml": {Data: []byte("[hello]\nother = \"Hello {{.Title}}\"\n[bye]\nother = \"Bye\"\n")},
		"active.ru.toml": {Data: []byte("[hello]\nother = \"Привет {{.Title}}\"\n")},
	}
	c, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ lang, id, want string }{
		{"ru", "hello", "Привет A"},
		{"ru", "bye", "Bye"},       // missing in ru: English, not an error
		{"ky", "hello", "Hello A"}, // no Kyrgyz file: English, never Russian
		{"kk", "hello", "Hello A"},
		{"en", "nope", "nope"}, // unknown id: the id, never a panic
	}
	for _, tc := range cases {
		if got := c.T(tc.lang, tc.id, map[string]any{"Title": "A"}); got != tc.want {
			t.Errorf("T(%s, %s) = %q, want %q", tc.lang, tc.id, got, tc.want)
		}
	}
	problems := c.Check([]string{"ru", "ky"})
	if len(problems) != 2 {
		t.Fatalf("want 2 problems (ru lacks bye, ky file missing), got %q", problems)
	}
}

func TestCheckFindsBadTemplate(t *testing.T) {
	fsys := fstest.MapFS{
		"active.en.toml": {Data: []byte("[a]\nother = \"Hi {{.Unknown}}\"\n[b]\nother = \"  \"\n")},
	}
	c, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	problems := c.Check([]string{"en"})
	if len(problems) != 2 || !strings.Contains(problems[0], "active.en.toml:1:") {
		t.Fatalf("want 2 problems (unknown variable, empty message) with lines, got %q", problems)
	}
}
