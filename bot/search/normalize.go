package search

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Normalize maps s to the form the index is built from and queried with:
// Unicode NFKC and case folding; apostrophe-like characters (the Uzbek o‘ oʻ o' o`,
// ’ ʼ ´ ...) removed so that every spelling of o‘/g‘ joins into one; Latin
// diacritics stripped (é->e, ş->s, ı->i); Cyrillic ё->е and the Kazakh, Kyrgyz,
// Tajik, Uzbek and Ukrainian letters folded to their Russian look-alikes
// (ң->н, ө->о, ү->у, ұ->у, қ->к, ғ->г, ә->а, і->и, һ->х, ҳ->х, ҷ->ч, ӣ->и, ӯ->у, ў->у);
// Arabic script: tashkeel and tatweel removed, alef forms, ي/ی/ى, ك/ک and ة/ه
// unified; Devanagari (and Bengali, Gurmukhi, Gujarati) nukta removed,
// candrabindu->anusvara; any decimal digit mapped to ASCII; invisible format
// characters (ZWJ, ZWNJ, soft hyphen) dropped; every other non-letter, non-digit,
// non-mark character is a word separator. Words are joined by single spaces, with
// no leading or trailing space. Invalid UTF-8 is treated as a separator.
func Normalize(s string) string {
	b := getBuf()
	*b = appendNormalized((*b)[:0], s)
	out := string(*b)
	putBuf(b)
	return out
}

var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 256); return &b }}

func getBuf() *[]byte { return bufPool.Get().(*[]byte) }

func putBuf(b *[]byte) {
	if cap(*b) <= 64<<10 {
		bufPool.Put(b)
	}
}

// A Caser is stateful, so each goroutine takes its own from the pool.
var caserPool = sync.Pool{New: func() any { c := cases.Fold(); return &c }}

// appendNormalized appends the normalized form of s to dst.
func appendNormalized(dst []byte, s string) []byte {
	if isASCII(s) {
		t := getBuf()
		*t = append((*t)[:0], s...)
		dst = mapRunes(dst, *t)
		putBuf(t)
		return dst
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	// NFKC turns the acute accent (used as an apostrophe) into space + combining
	// acute, which would split "o´zbek"; make it an apostrophe first.
	if strings.ContainsRune(s, '\u00b4') {
		s = strings.ReplaceAll(s, "\u00b4", "'")
	}
	t1, t2 := getBuf(), getBuf()
	*t1 = norm.NFKC.AppendString((*t1)[:0], s)
	c := caserPool.Get().(*cases.Caser)
	*t2 = foldAppend(*c, (*t2)[:0], *t1)
	caserPool.Put(c)
	dst = mapRunes(dst, *t2)
	putBuf(t1)
	putBuf(t2)
	return dst
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldAppend case-folds src onto dst with c.
func foldAppend(c cases.Caser, dst, src []byte) []byte {
	c.Reset()
	for len(src) > 0 {
		if cap(dst)-len(dst) < len(src)+16 {
			nd := make([]byte, len(dst), 2*cap(dst)+len(src)+16)
			copy(nd, dst)
			dst = nd
		}
		nDst, nSrc, err := c.Transform(dst[len(dst):cap(dst)], src, true)
		dst = dst[:len(dst)+nDst]
		src = src[nSrc:]
		if err == transform.ErrShortDst {
			continue
		}
		if err != nil { // cannot happen with atEOF; keep the rest unfolded
			dst = append(dst, src...)
		}
		break
	}
	return dst
}

// mapRunes applies the letter foldings and word splitting to NFKC, case-folded
// (or ASCII) text.
func mapRunes(dst []byte, s []byte) []byte {
	start := len(dst)
	sep := false      // a separator is pending
	var base rune = 0 // last letter written, to judge combining marks
	emit := func(r rune) {
		if sep {
			if len(dst) > start {
				dst = append(dst, ' ')
			}
			sep = false
		}
		dst = utf8.AppendRune(dst, r)
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		i += size
		if r < utf8.RuneSelf {
			switch {
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
				emit(r)
				base = r
			case 'A' <= r && r <= 'Z':
				emit(r + 'a' - 'A')
				base = r
			case r == '\'' || r == '`':
				// apostrophe: joins (o'zbek -> ozbek)
			default:
				sep = true
			}
			continue
		}
		if isApostrophe(r) || r == '\u034f' {
			continue
		}
		switch {
		case r < 0x250 && r >= 0xc0:
			if m := latinTab[r-0xc0]; m != 0 {
				if m < 0 { // several letters
					for _, x := range latinMulti[-m-1] {
						emit(x)
					}
				} else {
					emit(m)
				}
				base = r
				continue
			}
		case r >= 0x1e00 && r <= 0x1eff:
			if m := latinExtTab[r-0x1e00]; m != 0 {
				emit(m)
				base = r
				continue
			}
		case r == 0x259 || r == 0x18f: // ə (Azerbaijani)
			emit('e')
			base = r
			continue
		case r == 0x261: // ɡ
			emit('g')
			base = r
			continue
		case r >= 0x400 && r <= 0x4ff:
			if m := cyrTab[r-0x400]; m != 0 {
				emit(m)
				base = r
				continue
			}
		case r >= 0x600 && r <= 0x6ff:
			m, keep := arabicMap(r)
			if !keep {
				continue
			}
			r = m
		case r == 0x93c || r == 0x9bc || r == 0xa3c || r == 0xabc || r == 0xb3c: // nukta
			continue
		case r == 0x901: // Devanagari candrabindu -> anusvara
			r = 0x902
		}
		switch {
		case unicode.IsLetter(r):
			emit(r)
			base = r
		case unicode.Is(unicode.Mn, r):
			if base >= 0x590 { // Indic vowel signs, viramas...: part of the word
				emit(r)
			} // after Latin, Greek, Cyrillic: an accent, dropped
		case unicode.IsMark(r):
			emit(r)
		case unicode.IsDigit(r):
			if d := digitValue(r); d >= 0 {
				emit('0' + rune(d))
			} else {
				emit(r)
			}
			base = r
		case unicode.Is(unicode.Cf, r): // ZWJ, ZWNJ, soft hyphen...: inside a word
		default:
			sep = true
		}
	}
	return dst
}

func isApostrophe(r rune) bool {
	switch r {
	case '\u00b4', '\u02b9', '\u02bb', '\u02bc', '\u02bd', '\u02be', '\u02bf', '\u02c8',
		'\u2018', '\u2019', '\u201b', '\u2032', '\uff07':
		return true
	}
	return false
}

// arabicMap folds Arabic-script letters; keep is false for tashkeel and tatweel.
func arabicMap(r rune) (rune, bool) {
	switch {
	case r >= 0x610 && r <= 0x61a, r >= 0x64b && r <= 0x65f, r == 0x670, r == 0x640,
		r >= 0x6d6 && r <= 0x6dc, r >= 0x6df && r <= 0x6e4, r == 0x6e7, r == 0x6e8,
		r >= 0x6ea && r <= 0x6ed:
		return 0, false
	}
	switch r {
	case 0x622, 0x623, 0x625, 0x671, 0x672, 0x673: // آ أ إ ٱ -> ا
		return 0x627, true
	case 0x649, 0x6cc, 0x6cd, 0x6d0, 0x6d2, 0x6d3, 0x626: // ى ی ۍ ې ے ۓ ئ -> ي
		return 0x64a, true
	case 0x6a9, 0x6aa: // ک ڪ -> ك
		return 0x643, true
	case 0x629, 0x6c0, 0x6be, 0x6c1, 0x6c2, 0x6c3, 0x6d5: // ة ۀ ھ ہ ۃ ە -> ه
		return 0x647, true
	case 0x624: // ؤ -> و
		return 0x648, true
	}
	return r, true
}

// digitValue returns the value of a decimal digit of any script, or -1.
func digitValue(r rune) int {
	for _, rg := range unicode.Nd.R16 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

var (
	latinTab    [0x250 - 0xc0]rune // >0: replacement; <0: -(index+1) into latinMulti
	latinMulti  = []string{"ae", "oe", "ss", "th", "ij"}
	latinExtTab [0x100]rune
	cyrTab      [0x100]rune
)

func init() {
	strip := func(r rune, ok func(rune) bool) rune {
		d := []rune(norm.NFD.String(string(r)))
		if len(d) < 2 || !ok(d[0]) {
			return 0
		}
		for _, m := range d[1:] {
			if !unicode.Is(unicode.Mn, m) {
				return 0
			}
		}
		return unicode.ToLower(d[0])
	}
	isASCIILetter := func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }
	for r := rune(0xc0); r < 0x250; r++ {
		latinTab[r-0xc0] = strip(r, isASCIILetter)
	}
	for r := rune(0x1e00); r <= 0x1eff; r++ {
		latinExtTab[r-0x1e00] = strip(r, isASCIILetter)
	}
	for from, to := range map[rune]rune{
		'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd', 'ħ': 'h', 'Ħ': 'h',
		'ı': 'i', 'ł': 'l', 'Ł': 'l', 'ŧ': 't', 'Ŧ': 't', 'ƀ': 'b', 'ŋ': 'n', 'Ŋ': 'n',
		'ƒ': 'f', 'ſ': 's', 'ǝ': 'e', 'Ə': 'e',
	} {
		latinTab[from-0xc0] = to
	}
	for i, m := range map[rune]int{'æ': 0, 'Æ': 0, 'œ': 1, 'Œ': 1, 'ß': 2, 'þ': 3, 'Þ': 3, 'ĳ': 4, 'Ĳ': 4} {
		latinTab[i-0xc0] = rune(-m - 1)
	}
	isCyr := func(r rune) bool { return r >= 0x400 && r <= 0x4ff }
	for r := rune(0x400); r <= 0x4ff; r++ {
		if r == 'й' || r == 'Й' {
			continue
		}
		cyrTab[r-0x400] = strip(r, isCyr)
	}
	for from, to := range map[rune]rune{
		'ң': 'н', 'Ң': 'н', 'ӊ': 'н', 'ө': 'о', 'Ө': 'о', 'ү': 'у', 'Ү': 'у', 'ұ': 'у', 'Ұ': 'у',
		'қ': 'к', 'Қ': 'к', 'ҝ': 'к', 'ҡ': 'к', 'ғ': 'г', 'Ғ': 'г', 'ґ': 'г', 'Ґ': 'г',
		'ә': 'а', 'Ә': 'а', 'і': 'и', 'І': 'и', 'һ': 'х', 'Һ': 'х', 'ҳ': 'х', 'Ҳ': 'х',
		'ҷ': 'ч', 'Ҷ': 'ч', 'ҹ': 'ч', 'җ': 'ж', 'Җ': 'ж', 'ҙ': 'з', 'ҫ': 'с', 'є': 'е', 'Є': 'е',
	} {
		cyrTab[from-0x400] = to
	}
	// ї and ў decompose to і / у + mark; і must fold further to и.
	for r := rune(0x400); r <= 0x4ff; r++ {
		if m := cyrTab[r-0x400]; m >= 0x400 && m <= 0x4ff && cyrTab[m-0x400] != 0 {
			cyrTab[r-0x400] = cyrTab[m-0x400]
		}
	}
}
