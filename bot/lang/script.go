package lang

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// script is a writing system as far as detection cares.
type script uint8

const (
	scNone script = iota // not a letter
	scLatin
	scCyrillic
	scArabic
	scDevanagari
	scSinhala
	scTamil
	scEthiopic
	scHangul
	scHan
	scKana  // Japanese kana: a language we do not support
	scOther // any other script (Greek, Georgian, Bengali, Thai, ...)
	numScripts
)

// runeClass says what a rune is to the tokenizer.
type runeClass uint8

const (
	rcSep      runeClass = iota // separator: space, punctuation, digit, emoji, symbol
	rcLetter                    // a letter; counts for its script
	rcMark                      // combining mark or joiner: part of a word, counts for nothing
	rcApos                      // apostrophe-like: part of a word only between letters
	rcQuestion                  // ¿ and ¡: separators that carry a feature (Spanish)
)

// classify returns the class and script of r. It is on the hot path: ASCII,
// Latin-1, Cyrillic and Arabic are decided by ranges, the rest by tables.
func classify(r rune) (runeClass, script) {
	switch {
	case r < 0x80:
		if c := r | 0x20; c >= 'a' && c <= 'z' {
			return rcLetter, scLatin
		}
		if r == '\'' || r == '`' {
			return rcApos, scNone
		}
		return rcSep, scNone
	case r < 0x250: // Latin-1 supplement, Latin Extended-A and -B
		if r == 0xA1 || r == 0xBF {
			return rcQuestion, scNone
		}
		if r == 0xB4 {
			return rcApos, scNone
		}
		if r >= 0xC0 && r != 0xD7 && r != 0xF7 || r == 0xAA || r == 0xBA || r == 0xB5 {
			return rcLetter, scLatin
		}
		return rcSep, scNone
	case r < 0x300: // IPA extensions, spacing modifier letters
		if r == 0x2BB || r == 0x2BC || r == 0x2BD {
			return rcApos, scNone // Uzbek okina and modifier apostrophes
		}
		if r < 0x2B0 {
			return rcLetter, scLatin
		}
		return rcSep, scNone
	case r < 0x370: // combining diacritical marks
		return rcMark, scNone
	case r >= 0x400 && r < 0x530:
		if r >= 0x483 && r <= 0x489 {
			return rcMark, scNone
		}
		if r == 0x482 {
			return rcSep, scNone
		}
		return rcLetter, scCyrillic
	case r >= 0x600 && r < 0x700 || r >= 0x750 && r < 0x780 || r >= 0x8A0 && r < 0x900 ||
		r >= 0xFB50 && r < 0xFE00 || r >= 0xFE70 && r < 0xFF00:
		return classOf(r, scArabic)
	case r >= 0x900 && r < 0x980:
		return classOf(r, scDevanagari)
	case r >= 0xB80 && r < 0xC00:
		return classOf(r, scTamil)
	case r >= 0xD80 && r < 0xE00:
		return classOf(r, scSinhala)
	case r >= 0x1200 && r < 0x13A0 || r >= 0x2D80 && r < 0x2DE0 || r >= 0xAB00 && r < 0xAB30:
		return classOf(r, scEthiopic)
	case r >= 0x1E00 && r < 0x1F00:
		return rcLetter, scLatin
	case r == 0x200C || r == 0x200D: // ZWNJ, ZWJ: inside Persian and Sinhala words
		return rcMark, scNone
	case r == 0x2018 || r == 0x2019 || r == 0x2032:
		return rcApos, scNone
	case r >= 0xAC00 && r < 0xD7B0 || r >= 0x1100 && r < 0x1200 || r >= 0x3130 && r < 0x3190:
		return rcLetter, scHangul
	case r >= 0x3040 && r < 0x3100 || r >= 0x31F0 && r < 0x3200 || r >= 0xFF66 && r < 0xFF9E:
		return classOf(r, scKana)
	case r >= 0x4E00 && r < 0xA000 || r >= 0x3400 && r < 0x4DC0 || r >= 0xF900 && r < 0xFB00 ||
		r >= 0x20000 && r < 0x32000:
		return rcLetter, scHan
	case r >= 0xFF21 && r < 0xFF5B: // fullwidth Latin
		return classOf(r, scLatin)
	}
	return classOf(r, scOther)
}

func classOf(r rune, s script) (runeClass, script) {
	if unicode.IsLetter(r) {
		if r == 0x640 { // Arabic tatweel: a stretching stroke, not a letter
			return rcMark, scNone
		}
		return rcLetter, s
	}
	if unicode.IsMark(r) {
		return rcMark, scNone
	}
	return rcSep, scNone
}

// lower lowercases r cheaply for the scripts we look words up in.
func lower(r rune) rune {
	switch {
	case r < 0x80:
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	case r >= 0x410 && r <= 0x42F:
		return r + 32
	case r >= 0x400 && r <= 0x40F:
		return r + 80
	case r >= 0x600 && r < 0x2000:
		if r >= 0x1E00 {
			return unicode.ToLower(r)
		}
		return r // Arabic, Devanagari, Tamil, Sinhala, Ethiopic: caseless
	}
	return unicode.ToLower(r)
}

// isUpper reports whether r is an uppercase letter (for Zulu locatives like "eRussia").
func isUpper(r rune) bool {
	if r < 0x80 {
		return r >= 'A' && r <= 'Z'
	}
	if r >= 0x400 && r <= 0x42F {
		return true
	}
	return r >= 0xC0 && unicode.IsUpper(r)
}

// keyRune maps a lowercased rune to the form used in word keys, or -1 to drop
// it: spelling variants that people type interchangeably become one key.
func keyRune(r rune) rune {
	switch r {
	case 'ё':
		return 'е'
	case 'ي', 'ى': // Arabic yeh and alef maksura -> Persian yeh
		return 'ی'
	case 'ك':
		return 'ک'
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ة', 'ۀ':
		return 'ه'
	case 'ँ': // Devanagari candrabindu -> anusvara (हूँ / हूं)
		return 'ं'
	case 0x200C, 0x200D, 0x640:
		return -1
	}
	if r >= 0x64B && r <= 0x65F || r == 0x670 { // Arabic harakat
		return -1
	}
	return r
}

// latinFold maps Latin letters with diacritics (U+00C0..U+024F) to ASCII,
// built from canonical decomposition; "" means no folding.
var latinFold [0x250]string

func init() {
	for r := rune(0xC0); r < 0x250; r++ {
		d := norm.NFD.String(string(r))
		if c, _ := utf8.DecodeRuneInString(d); c < 0x80 && len(d) > 1 {
			latinFold[r] = string(unicode.ToLower(c))
		}
	}
	for r, s := range map[rune]string{'æ': "ae", 'œ': "oe", 'ß': "ss", 'đ': "d", 'ı': "i", 'ł': "l", 'ø': "o"} {
		latinFold[r] = s
	}
}

// cyrFold maps the extra letters of Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic
// to the Russian letters people type instead when they have no such keyboard.
func cyrFold(r rune) rune {
	switch r {
	case 'ү', 'ұ', 'ӯ', 'ў':
		return 'у'
	case 'ң':
		return 'н'
	case 'ө':
		return 'о'
	case 'ә':
		return 'а'
	case 'ғ':
		return 'г'
	case 'қ':
		return 'к'
	case 'һ', 'ҳ':
		return 'х'
	case 'і', 'ӣ':
		return 'и'
	case 'ҷ':
		return 'ч'
	}
	return r
}

// srLatin transliterates Serbian Cyrillic to Serbian Latin.
func srLatin(s string) string {
	var b []byte
	for _, r := range s {
		var t string
		switch r {
		case 'ђ':
			t = "đ"
		case 'ј':
			t = "j"
		case 'љ':
			t = "lj"
		case 'њ':
			t = "nj"
		case 'ћ':
			t = "ć"
		case 'џ':
			t = "dž"
		case 'ж':
			t = "ž"
		case 'ч':
			t = "č"
		case 'ш':
			t = "š"
		case 'ц':
			t = "c"
		case 'х':
			t = "h"
		default:
			const cyr, lat = "абвгдезиклмнопрстуф", "abvgdeziklmnoprstuf"
			i := 0
			for _, c := range cyr {
				if c == r {
					t = lat[i : i+1]
					break
				}
				i++
			}
		}
		b = append(b, t...)
	}
	return string(b)
}

// skipChunk reports whether a whitespace-delimited chunk is not language:
// a URL, an e-mail address, an @handle, a /command or a #hashtag.
func skipChunk(c string) bool {
	switch c[0] {
	case '@', '/', '#':
		return true
	}
	ascii, dot, slash := true, -1, false
	for i := 0; i < len(c); i++ {
		switch b := c[i]; {
		case b >= 0x80:
			ascii = false
		case b == '@':
			return true
		case b == '/':
			slash = true
			if i+2 < len(c) && c[i+1] == '/' && i > 0 && c[i-1] == ':' {
				return true
			}
		case b == '.':
			dot = i
		}
	}
	if !ascii || dot < 0 {
		return false
	}
	if slash || len(c) > 4 && (c[0]|0x20) == 'w' && (c[1]|0x20) == 'w' && (c[2]|0x20) == 'w' && c[3] == '.' {
		return true
	}
	// a bare domain: "alabuga.ru", "help.org"
	tld := c[dot+1:]
	for len(tld) > 0 && (tld[len(tld)-1] < 'a' || tld[len(tld)-1] > 'z') {
		tld = tld[:len(tld)-1]
	}
	switch tld {
	case "com", "org", "net", "info", "io", "me", "ru", "ua", "by", "kz", "kg", "tj", "uz", "tm",
		"rs", "np", "in", "lk", "gov", "edu", "int", "co", "uk", "fr", "es", "it", "de", "cu", "af":
		return dot > 0 && c[dot-1] != '.'
	}
	return false
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x2028, 0x2029, 0x3000, 0x202F, 0x205F:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}
