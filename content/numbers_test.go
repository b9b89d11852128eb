package content

import (
	"reflect"
	"testing"
)

func TestNumbers(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"no numbers", nil},
		{"2,439 citizens", []string{"2439"}},
		{"более 15 000 военных", []string{"15000"}},
		{"15\u00a0000 and 600", []string{"15000", "600"}},
		{"aged 18–22 in 2023-2024", []string{"18", "22", "2023", "2024"}},
		{"1, 2, 3", []string{"1", "2", "3"}},
		{"Shahed 136, Geran-2", []string{"136", "2"}},
		{"१,४३२ नागरिक", []string{"1432"}},
		{"٧٠ قتيلا", []string{"70"}},
		{"the 25th Division", []string{"25"}},
		{"1.5", []string{"1", "5"}},
		{"007", []string{"7"}},
	}
	for _, c := range cases {
		if got := Numbers(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Numbers(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"2,439", "15 000", "१,४३२", "\xff1,2", "1,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range Numbers(s) {
			if n == "" {
				t.Fatalf("empty number from %q", s)
			}
			for _, r := range n {
				if r < '0' || r > '9' {
					t.Fatalf("non-ASCII digit %q from %q", n, s)
				}
			}
		}
	})
}
