package lang

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

type sample struct {
	lang, text string
	line       int
}

func readTSV(t *testing.T, path string) []sample {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []sample
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lang, text, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("%s:%d: no tab", path, n)
		}
		out = append(out, sample{lang, text, n})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

type tally struct{ n, ok, conf, confOK int }

// evaluate runs Detect on every sample and returns per-language tallies,
// logging each miss and a summary table.
func evaluate(t *testing.T, path string) map[string]*tally {
	samples := readTSV(t, path)
	per := map[string]*tally{}
	for _, s := range samples {
		r := Detect(s.text, nil)
		c := per[s.lang]
		if c == nil {
			c = &tally{}
			per[s.lang] = c
		}
		c.n++
		if r.Lang == s.lang {
			c.ok++
		} else {
			t.Logf("miss %s:%d want %s got %s (%.2f) %q", path, s.line, s.lang, r.Lang, r.Confidence, s.text)
		}
		if r.Confident {
			c.conf++
			if r.Lang == s.lang {
				c.confOK++
			}
		}
	}
	langs := make([]string, 0, len(per))
	for l := range per {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	var b strings.Builder
	var all tally
	fmt.Fprintf(&b, "%s\nlang    n  accuracy  confident  confident-correct\n", path)
	for _, l := range langs {
		c := per[l]
		all.n, all.ok, all.conf, all.confOK = all.n+c.n, all.ok+c.ok, all.conf+c.conf, all.confOK+c.confOK
		fmt.Fprintf(&b, "%-4s %4d  %7.1f%%  %8.1f%%  %8.1f%%\n", l, c.n, pct(c.ok, c.n), pct(c.conf, c.n), pct(c.confOK, c.conf))
	}
	fmt.Fprintf(&b, "all  %4d  %7.1f%%  %8.1f%%  %8.1f%%", all.n, pct(all.ok, all.n), pct(all.conf, all.n), pct(all.confOK, all.conf))
	t.Log(b.String())
	return per
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// TestLabelled: every language must reach the project target of 90% on the
// hand-written messages in testdata/labelled.tsv.
func TestLabelled(t *testing.T) {
	per := evaluate(t, "testdata/labelled.tsv")
	for _, l := range Supported() {
		c := per[l]
		if c == nil || c.n < 20 {
			t.Errorf("%s: fewer than 20 labelled messages", l)
			continue
		}
		if acc := pct(c.ok, c.n); acc < 90 {
			t.Errorf("%s: accuracy %.1f%% is below 90%%", l, acc)
		}
	}
}

// TestHoldout reports accuracy on testdata/holdout.tsv: messages written after
// the word lists and measured blind, a fairer estimate than labelled.tsv. It
// fails only below 80% per language, a guard against regressions.
func TestHoldout(t *testing.T) {
	per := evaluate(t, "testdata/holdout.tsv")
	for l, c := range per {
		if acc := pct(c.ok, c.n); acc < 80 {
			t.Errorf("holdout %s: accuracy %.1f%% is below 80%%", l, acc)
		}
	}
}
