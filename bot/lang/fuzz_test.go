package lang

import (
	"slices"
	"testing"
)

// FuzzDetect: Detect must not panic on any input or candidate, and must
// return a supported language and a confidence in 0..1.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", "помогите", "o'g'lim", "oʻgʻlim'", "l'armée", "eRussia", "\xff\xfe\xc3",
		"https://t.me/x", "@a /b #c", "می‌کند", "ශ්‍රී", "a\u0301", "бiр", "ﻣﺮﺣﺒﺎ", "Ｈｅｌｌｏ", "😀", "'''"} {
		f.Add(s, "")
		f.Add(s, "ru")
	}
	f.Add("hola", "sr-Latn")
	f.Add("мой", "zz-Xxxx-!!")
	supported := Supported()
	f.Fuzz(func(t *testing.T, text, cand string) {
		var cands []string
		if cand != "" {
			cands = []string{cand, "en"}
		}
		r := Detect(text, cands)
		if !slices.Contains(supported, r.Lang) {
			t.Fatalf("Detect(%q, %q).Lang = %q, not supported", text, cands, r.Lang)
		}
		if !(r.Confidence >= 0 && r.Confidence <= 1) {
			t.Fatalf("Detect(%q).Confidence = %v", text, r.Confidence)
		}
		if r.Confident && r.Confidence < Threshold {
			t.Fatalf("Detect(%q): confident below the threshold", text)
		}
	})
}
