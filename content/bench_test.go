package content

import "testing"

// BenchmarkLoad measures loading and checking all embedded content.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Load(Embedded()); err != nil {
			b.Fatal(err)
		}
	}
}
