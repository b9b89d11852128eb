package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"O‘zbekiston", "Ёлка", "Қазақстан үй-бүлөң", "مُحَمَّدٌ", "ज़िंदगी", "\xff\xfe", "a\u0301\u0301",
		"ＡＢＣ", "ß İ ı", "´a", "a\u200db", "٢٠٢٣", "ﷺ", "\u0345\u0399", strings.Repeat("я", 3000),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("invalid UTF-8 from %q: %q", s, n)
		}
		if strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") || strings.Contains(n, "  ") {
			t.Fatalf("bad spacing from %q: %q", s, n)
		}
		if n2 := Normalize(n); n2 != n {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, n, n2)
		}
	})
}

func FuzzSearch(f *testing.F) {
	ix := testIndex()
	for _, s := range []string{"skolko tadzhikov pogiblo", "Непале", "alabuga", "\xff", "", "o‘ o' ʻ", strings.Repeat("непал ", 500), "有尼泊尔人在俄军里吗", "네팔인이"} {
		for _, l := range []string{"en", "ru", "uz", "ky", "ne", "ar", "xx"} {
			f.Add(l, s, 5)
		}
	}
	f.Fuzz(func(t *testing.T, lang, q string, k int) {
		k %= 100
		hits := ix.Search(lang, q, k)
		if len(hits) > max(k, 0) {
			t.Fatalf("%d hits for k=%d", len(hits), k)
		}
		for i, h := range hits {
			if !(h.Score > 0 && h.Score < 1) {
				t.Fatalf("score %v", h)
			}
			if i > 0 && h.Score > hits[i-1].Score {
				t.Fatalf("misordered %v", hits)
			}
		}
		if c := ix.Confidence(hits); c < 0 || c >= 1 {
			t.Fatalf("confidence %v", c)
		}
		ws := ix.Words(q)
		if strings.Join(ws, "") != strings.ReplaceAll(string(capNormalized([]byte(Normalize(capRunes(q, MaxQueryRunes))))), " ", "") {
			t.Fatalf("Words(%q) = %q lost or added text", q, ws)
		}
		for _, h := range ix.Entities(lang, q) {
			if !(h.Score > 0 && h.Score <= 1) || (h.Kind != "country" && h.Kind != "org") || h.Start < 0 || h.End > len(ws) || h.Start >= h.End {
				t.Fatalf("entity %v of words %q", h, ws)
			}
		}
	})
}
