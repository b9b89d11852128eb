// Package deploy holds the deployment files; this test keeps them honest:
// they parse, and every setting they use is one the program reads.
package deploy

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"go.yaml.in/yaml/v3"
)

// settings the program reads (cmd/referralbot): keep in step with the README.
func knownSettings(t *testing.T) map[string]bool {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, m := range regexp.MustCompile("\\| `([A-Z_]+)` \\|").FindAllSubmatch(readme, -1) {
		known[string(m[1])] = true
	}
	return known
}

func TestYAMLParses(t *testing.T) {
	files, _ := filepath.Glob("*.yaml")
	k8s, _ := filepath.Glob("k8s/*.yaml")
	for _, f := range append(files, k8s...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dec := yaml.NewDecoder(bytes.NewReader(data))
		for {
			var doc map[string]any
			if err := dec.Decode(&doc); err != nil {
				if err.Error() != "EOF" {
					t.Errorf("%s: %v", f, err)
				}
				break
			}
		}
	}
}

func TestSettingsExist(t *testing.T) {
	known := knownSettings(t)
	if len(known) < 5 {
		t.Fatalf("found only %d settings in the README's configuration table", len(known))
	}
	name := regexp.MustCompile(`\b(TELEGRAM_[A-Z_]+|REFERRALBOT_[A-Z_]+|REDIS_URL|LOG_LEVEL)\b`)
	for _, f := range []string{"compose.yaml", "k8s/referralbot.yaml", "systemd/referralbot.service"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range name.FindAllString(string(data), -1) {
			if !known[m] {
				t.Errorf("%s uses %s, which the README's configuration table does not list", f, m)
			}
		}
	}
}
