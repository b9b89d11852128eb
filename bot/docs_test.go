package bot

import "testing"

func TestCLDRNames(t *testing.T) {
	cases := []struct{ lang, iso, want string }{
		{"en", "NP", "Nepal"},
		{"ru", "TJ", "Таджикистан"},
		{"ky", "TJ", "Тажикстан"},
		{"uz", "TJ", "Tojikiston"},
		{"ne", "NP", "नेपाल"},
		{"en", "", ""},
	}
	for _, c := range cases {
		if got := cldrName(c.lang, c.iso); got != c.want {
			t.Errorf("cldrName(%s, %s) = %q, want %q", c.lang, c.iso, got, c.want)
		}
	}
}
