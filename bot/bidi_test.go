package bot

import (
	"strings"
	"testing"
)

func TestIsolateRTL(t *testing.T) {
	cases := []struct{ in, want string }{
		{"سلام", rlm + "سلام"},
		{"موقع https://stoparmy.org/ هنا", rlm + "موقع " + lri + "https://stoparmy.org/" + pdi + " هنا"},
		{"هاتف +7 966 031-22-22.", rlm + "هاتف " + lri + "+7 966 031-22-22" + pdi + "."},
		{"2,439: مواطن", rlm + "2,439: مواطن"},
		{"Get Lost (Idite Lesom)\n\nنص", rlm + lri + "Get Lost (Idite Lesom)" + pdi + "\n\n" + rlm + "نص"},
	}
	for _, c := range cases {
		if got := isolateRTL(c.in); got != c.want {
			t.Errorf("isolateRTL(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func FuzzIsolateRTL(f *testing.F) {
	f.Add("موقع https://x.org/ +7 966")
	f.Add("\xff(abc")
	strip := strings.NewReplacer(rlm, "", lri, "", pdi, "")
	f.Fuzz(func(t *testing.T, s string) {
		out := isolateRTL(s)
		if strip.Replace(out) != strip.Replace(string([]rune(s))) {
			t.Fatalf("isolateRTL changed the text itself: %q -> %q", s, out)
		}
		if strings.Count(out, lri)-strings.Count(s, lri) != strings.Count(out, pdi)-strings.Count(s, pdi) {
			t.Fatalf("unbalanced isolates in %q", out)
		}
	})
}
