package bot

import (
	"strings"
	"unicode"
)

// Unicode bidirectional marks.
const (
	rlm = "\u200F" // right-to-left mark: sets a line's direction
	lri = "\u2066" // left-to-right isolate
	pdi = "\u2069" // pop directional isolate
)

// isolateRTL prepares text in a right-to-left language for display: each
// line starts with a right-to-left mark, so a line that begins with a number
// or a Latin name still reads right to left, and each left-to-right run
// (a Latin name, a URL, "+7 966 ...") is isolated, so its punctuation and
// digits stay in order and do not pull the Arabic text around them.
func isolateRTL(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		if strings.TrimSpace(line) == "" {
			continue
		}
		lines[i] = rlm + isolateLTRRuns(line)
	}
	return strings.Join(lines, "\n")
}

// isolateLTRRuns wraps each run that starts with a Latin letter, a "+" or a
// digit followed by Latin, and goes on through Latin letters, digits, spaces
// and URL punctuation, in LRI ... PDI.
func isolateLTRRuns(line string) string {
	rs := []rune(line)
	var b strings.Builder
	for i := 0; i < len(rs); {
		if !startsLTR(rs, i) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		last := i  // end of the run after its last strong or digit character
		depth := 0 // open brackets inside the run
		for j < len(rs) && continuesLTR(rs[j]) {
			switch {
			case isLTRStrong(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '/':
				last = j + 1
			case rs[j] == '(':
				depth++
			case rs[j] == ')' && depth > 0:
				depth--
				last = j + 1
			}
			j++
		}
		b.WriteString(lri + string(rs[i:last]) + pdi)
		i = last
	}
	return b.String()
}

func isLTRStrong(r rune) bool {
	return unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek)
}

func startsLTR(rs []rune, i int) bool {
	if isLTRStrong(rs[i]) {
		return true
	}
	// A phone number: "+" and digits.
	return rs[i] == '+' && i+1 < len(rs) && unicode.IsDigit(rs[i+1])
}

func continuesLTR(r rune) bool {
	if isLTRStrong(r) || (r < 0x80 && unicode.IsDigit(r)) {
		return true
	}
	switch r {
	case ' ', '.', ',', '-', '_', '/', ':', '?', '=', '&', '%', '#', '@', '+', '(', ')', '\'', '’':
		return true
	}
	return false
}
