package telegram

import (
	"strings"
	"unicode/utf8"
)

// splitText cuts s into parts of at most limit UTF-16 code units (Telegram's
// measure): at the last paragraph break that fits, else the last line break,
// else the last space, else at a rune boundary. Breaks at a cut are dropped;
// empty parts are skipped.
func splitText(s string, limit int) []string {
	var parts []string
	for {
		s = strings.Trim(s, "\n")
		if s == "" {
			return parts
		}
		if utf16Len(s) <= limit {
			return append(parts, s)
		}
		window := s[:prefixWithin(s, limit)]
		cut, skip := -1, 0
		for _, sep := range []string{"\n\n", "\n", " "} {
			if i := strings.LastIndex(window, sep); i > 0 {
				cut, skip = i, len(sep)
				break
			}
		}
		if cut < 0 {
			cut = len(window)
		}
		if part := strings.TrimRight(s[:cut], " \n"); part != "" {
			parts = append(parts, part)
		}
		s = s[cut+skip:]
	}
}

// prefixWithin returns the byte length of the longest prefix of s that holds
// at most limit UTF-16 code units, cut at a rune boundary (at least one rune).
func prefixWithin(s string, limit int) int {
	units := 0
	for i, r := range s {
		n := 1
		if r >= 0x10000 {
			n = 2
		}
		if units+n > limit {
			if i == 0 {
				_, size := utf8.DecodeRuneInString(s)
				return size
			}
			return i
		}
		units += n
	}
	return len(s)
}

// utf16Len counts s in UTF-16 code units; an invalid byte counts as one.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}
