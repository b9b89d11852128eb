package content

import (
	"strconv"
	"strings"
	"unicode"
)

// Numbers returns every number written in s, in any script's digits. Digit
// groups joined by a thousands separator (",", ".", or a space of any kind,
// followed by exactly three digits) make one number: "2,439", "15 000" and
// "१,४३२" are each one number.
func Numbers(s string) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !unicode.IsDigit(rs[i]) {
			i++
			continue
		}
		var b strings.Builder
		for i < len(rs) {
			if unicode.IsDigit(rs[i]) {
				b.WriteByte(byte('0' + digitValue(rs[i])))
				i++
				continue
			}
			if isGroupSep(rs[i]) && threeDigitsAt(rs, i+1) {
				i++
				continue
			}
			break
		}
		out = append(out, strings.TrimLeft(b.String(), "0"))
	}
	for i, n := range out {
		if n == "" {
			out[i] = "0"
		}
	}
	return out
}

func isGroupSep(r rune) bool {
	switch r {
	case ',', '.', ' ', '\u00a0', '\u202f', '\u2009', '\u066c', '\'', '،':
		return true
	}
	return false
}

// threeDigitsAt: exactly three digits start at i and no fourth follows.
func threeDigitsAt(rs []rune, i int) bool {
	if i+3 > len(rs) {
		return false
	}
	for j := i; j < i+3; j++ {
		if !unicode.IsDigit(rs[j]) {
			return false
		}
	}
	return i+3 == len(rs) || !unicode.IsDigit(rs[i+3])
}

// digitValue maps a decimal digit of any script to 0..9.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	// Unicode decimal digits come in runs of ten starting at a zero.
	for z := r; z > r-10; z-- {
		if !unicode.IsDigit(z - 1) {
			return int(r - z)
		}
	}
	if v, err := strconv.Atoi(string(r)); err == nil {
		return v
	}
	return 0
}

// figureNumbers is the set of numbers an item's texts may use.
func figureNumbers(figs []Figure) map[string]bool {
	set := map[string]bool{}
	for _, f := range figs {
		for _, n := range Numbers(f.Value) {
			set[n] = true
		}
		for _, n := range Numbers(f.Date) {
			set[n] = true
		}
	}
	return set
}
