package search

import "unicode/utf8"

// script is the writing system of a word or of a language's documents, as far
// as transliteration cares.
type script uint8

const (
	scriptOther script = iota
	scriptLatin
	scriptCyrillic
)

func runeScript(r rune) script {
	switch {
	case r < 0x250 && (r >= 'a' && r <= 'z' || r >= 0xc0):
		return scriptLatin
	case r >= 0x400 && r <= 0x52f:
		return scriptCyrillic
	}
	return scriptOther
}

// wordScript is the script of a normalized word's first letter.
func wordScript(w []byte) script {
	for len(w) > 0 {
		r, size := utf8.DecodeRune(w)
		if s := runeScript(r); s != scriptOther || !(r >= '0' && r <= '9') {
			return s
		}
		w = w[size:]
	}
	return scriptOther
}

type scriptCounter [3]int

func (c *scriptCounter) add(b []byte) {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		if r != ' ' && !(r >= '0' && r <= '9') {
			c[runeScript(r)]++
		}
	}
}

func (c *scriptCounter) major() script {
	best := scriptOther
	for s := range c {
		if c[s] > c[best] {
			best = script(s)
		}
	}
	return best
}

// Transliteration variants.
const (
	tlPlain = iota // Latin->Cyrillic: e->е, j->ж; Cyrillic->Latin: Uzbek style (ж->j, х->x)
	tlAlt          // Latin->Cyrillic: word-initial e->э, j->й; Cyrillic->Latin: ж->zh, х->kh, ы->y
	tlVariants
)

func isLatinVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// latinToCyr appends the Russian reading of a normalized Latin word
// ("skolko" -> "сколко", "tadzhikov" -> "таджиков", "kakoy" -> "какой").
// Letters it does not know are copied.
func latinToCyr(dst, w []byte, variant int) []byte {
	at := func(i int) byte {
		if i < len(w) {
			return w[i]
		}
		return 0
	}
	for i := 0; i < len(w); {
		c := w[i]
		if c >= utf8.RuneSelf {
			_, size := utf8.DecodeRune(w[i:])
			dst = append(dst, w[i:i+size]...)
			i += size
			continue
		}
		c1, c2, c3 := at(i+1), at(i+2), at(i+3)
		var out string
		n := 1
		switch {
		case c == 's' && c1 == 'h' && c2 == 'c' && c3 == 'h':
			out, n = "щ", 4
		case c == 's' && c1 == 'c' && c2 == 'h':
			out, n = "щ", 3
		case c1 == 'h' && (c == 'z' || c == 'k' || c == 'c' || c == 's' || c == 'p' || c == 't' || c == 'g'):
			out, n = digraphH[c], 2
		case c == 't' && c1 == 's':
			out, n = "ц", 2
		case c == 'c' && c1 == 'k':
			out, n = "к", 2
		case c == 'd' && c1 == 'j':
			out, n = "дж", 2
		case (c == 'y' || c == 'j') && (c1 == 'a' || c1 == 'u' || c1 == 'o' || c1 == 'e'):
			out, n = iotated[c1], 2
		case c == 'y':
			out = "ы"
			if i > 0 && isLatinVowel(w[i-1]) {
				out = "й"
			}
		case c == 'e':
			out = "е"
			if i == 0 && variant == tlAlt {
				out = "э"
			}
		case c == 'j':
			out = "ж"
			if variant == tlAlt {
				out = "й"
			}
		case c == 'c':
			out = "к"
			if c1 == 'e' || c1 == 'i' || c1 == 'y' {
				out = "ц"
			}
		default:
			out = latinCyr[c]
			if out == "" {
				out = string(rune(c))
			}
		}
		dst = append(dst, out...)
		i += n
	}
	return dst
}

var digraphH = [128]string{'z': "ж", 'k': "х", 'c': "ч", 's': "ш", 'p': "ф", 't': "т", 'g': "г"}

var iotated = [128]string{'a': "я", 'u': "ю", 'o': "е", 'e': "е"}

var latinCyr = [128]string{
	'a': "а", 'b': "б", 'd': "д", 'f': "ф", 'g': "г", 'h': "х", 'i': "и", 'k': "к",
	'l': "л", 'm': "м", 'n': "н", 'o': "о", 'p': "п", 'q': "к", 'r': "р", 's': "с",
	't': "т", 'u': "у", 'v': "в", 'w': "в", 'x': "х", 'z': "з",
}

// cyrToLatin appends a Latin reading of a normalized Cyrillic word
// ("узбекистон" -> "uzbekiston"), Uzbek style (tlPlain) or Russian-English style
// (tlAlt). Letters it does not know are copied.
func cyrToLatin(dst, w []byte, variant int) []byte {
	for len(w) > 0 {
		r, size := utf8.DecodeRune(w)
		w = w[size:]
		if r >= 'а' && r <= 'я' {
			t := cyrLatin[r-'а']
			if variant == tlAlt {
				switch r {
				case 'ж':
					t = "zh"
				case 'х':
					t = "kh"
				case 'ы':
					t = "y"
				case 'щ':
					t = "shch"
				}
			}
			dst = append(dst, t...)
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

var cyrLatin = [32]string{
	"a", "b", "v", "g", "d", "e", "j", "z", "i", "y", "k", "l", "m", "n", "o", "p",
	"r", "s", "t", "u", "f", "x", "ts", "ch", "sh", "sh", "", "i", "", "e", "yu", "ya",
}
