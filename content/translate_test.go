package content

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// Exporting what a language lacks and importing it back completes the
// language, and the result passes every check.
func TestTranslateRoundTrip(t *testing.T) {
	dir := t.TempDir()
	for name, f := range minimal() {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, f.Data, 0o644)
	}
	langs := filepath.Join(dir, "languages.yaml")
	data, _ := os.ReadFile(langs)
	os.WriteFile(langs, append(data, []byte("- code: tt\n  name: Test\n  reviewed: false\n  rtl: false\n")...), 0o644)

	c, err := Load(os.DirFS(dir))
	if err == nil {
		t.Fatal("a language with no files must have problems")
	}
	b := c.Missing("tt")
	if b.Len() != 5 {
		t.Fatalf("missing items %d, want 5 (2 sources, 1 country, 1 organization, 1 topic)", b.Len())
	}
	var buf bytes.Buffer
	if err := WriteBundle(&buf, "tt", b); err != nil {
		t.Fatal(err)
	}
	back, err := ReadBundle(&buf)
	if err != nil {
		t.Fatal(err)
	}
	n, err := Import(dir, "tt", back)
	if err != nil || n != 5 {
		t.Fatalf("import: %d, %v", n, err)
	}
	c, err = Load(os.DirFS(dir))
	if err != nil {
		t.Fatalf("after import: %v", err)
	}
	if c.Coverage("tt") != 1 {
		t.Errorf("coverage %.2f", c.Coverage("tt"))
	}
	// Importing again adds nothing and keeps the files valid.
	if n, err := Import(dir, "tt", back); err != nil || n != 0 {
		t.Errorf("second import: %d, %v", n, err)
	}
	if _, err := Load(os.DirFS(dir)); err != nil {
		t.Errorf("after second import: %v", err)
	}
	if _, err := Import(dir, "zu", back); err == nil {
		t.Error("importing an undeclared language must fail")
	}
}
