package lang

import (
	"strings"
	"testing"
)

var sink Result

func BenchmarkDetect(b *testing.B) {
	cases := []struct{ name, text string }{
		{"ru-30", "мой сын перестал отвечать, как"},  // 30 runes
		{"ky-30", "уулум телефон албай калды, эмне"}, // Kyrgyz
		{"en-30", "my son stopped answering, help"},  // ASCII
		{"uz-30", "o'g'lim javob bermayapti, nima"},  // apostrophes
		{"fa-30", "پسرم جواب نمی‌دهد، چه کار کنم"},   // Arabic script
		{"ne-30", "मेरो छोरा रुसमा छ, के गर्ने"},     // Devanagari
		{"zh-10", "我儿子不接电话了怎么办"},                     // Han
		{"ru-2KB", strings.Repeat("мой сын перестал отвечать на звонки. ", 60)},
		{"en-2KB", strings.Repeat("my son stopped answering the phone. ", 60)},
		{"ru-20KB", strings.Repeat("мой сын перестал отвечать на звонки. ", 600)}, // read up to 2 KB
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(min(len(c.text), maxBytes)))
			for b.Loop() {
				sink = Detect(c.text, nil)
			}
		})
	}
	b.Run("candidates", func(b *testing.B) {
		b.ReportAllocs()
		cands := []string{"ky", "ru", "en"}
		for b.Loop() {
			sink = Detect("мой сын перестал отвечать, как", cands)
		}
	})
}
