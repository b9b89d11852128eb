// Package lang guesses the language of the short messages people send the bot.
//
// It knows 27 languages and uses no model: the script of the letters decides
// the family (Cyrillic, Latin, Arabic, Devanagari, or a script that belongs to
// one language: Sinhala, Tamil, Ethiopic, Hangul, Han), then distinctive
// letters, frequent words, a few affixes and letter pairs decide within it.
// Every function is pure; Detect allocates nothing on the usual path.
package lang

import (
	"bytes"
	"math"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Result is what Detect found.
type Result struct {
	Lang       string  // BCP 47 code, always one of Supported() (the first candidate if there is nothing to go on)
	Confidence float64 // 0..1: the share of the evidence that goes to Lang, against the other candidates and unsupported languages
	Confident  bool    // Confidence ≥ Threshold and the text has two words or more (one suffices in Sinhala, Tamil, Amharic, Chinese, Korean)
}

// Threshold is the confidence from which Result.Confident is true. At 0.75 no
// confident answer was wrong on the test sets (see TestCalibration); a lower
// one would switch languages more often on thin evidence.
const Threshold = 0.75

const (
	maxBytes    = 2048 // Detect looks at the first 2 KB only
	maxTok      = 64   // longer words are skipped
	scriptScore = 8    // score a language gets when all letters are in its script
)

var codes = [...]string{"en", "ru", "ky", "kk", "uz", "tg", "tk", "be", "uk", "ne", "hi", "si", "ta",
	"es", "fr", "ar", "fa", "ps", "sw", "so", "am", "zu", "sr", "it", "ms", "zh", "ko"}

const (
	numLangs = len(codes)
	xx       = numLangs // hidden competitor: a language we do not support
	allLangs = 1<<numLangs - 1
)

// Supported returns the codes Detect can return, in a fixed order.
func Supported() []string { return append([]string(nil), codes[:]...) }

// Detect returns the most likely language of text among the candidates (nil
// or none known = all 27; "sr-Latn", "fa-AF", "uz-Cyrl", "zh-TW" and such are
// understood) and a confidence 0..1. Confident reports whether it is above the
// threshold the bot should trust; when it is false, use the stored choice or
// the client's language. Numbers, emoji, URLs, @handles, /commands and
// #hashtags are ignored, invalid UTF-8 is skipped, and only the first 2 KB of
// text are read. Confidence is relative to the candidates: restricting them
// makes the best of them look surer.
func Detect(text string, candidates []string) Result {
	mask, first := candidateMask(candidates)
	if len(text) > maxBytes {
		text = text[:maxBytes]
	}
	var d detector
	d.scan(text)
	return d.result(mask, first)
}

type feat struct {
	lang uint8
	w    float32
}

type detector struct {
	score    [numLangs + 1]float32
	letters  [numScripts]int32
	kkOnly   int32 // letters Kazakh has and Kyrgyz lacks: ә ғ қ ұ һ і
	kyLetter int32 // ң ө ү
	beLetter int32 // ы э ў ё
	nWords   int32

	// the word being read
	buf       [maxTok]byte
	n         int
	tLetters  int
	tScript   script
	tMixed    bool // letters of two scripts (Kazakh і typed as Latin i ...)
	tNonASCII bool
	tApos     bool
	tLowFirst bool
	tInnerUp  bool
	tOver     bool
	prev      rune
}

func (d *detector) add(fs []feat) {
	for _, f := range fs {
		d.score[f.lang] += f.w
	}
}

func (d *detector) scan(s string) {
	chunkStart := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			i++ // invalid byte: nothing
			continue
		}
		if isSpace(r) {
			d.endToken()
			chunkStart = true
			i += size
			continue
		}
		if chunkStart {
			chunkStart = false
			j := i
			for j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && s[j] != '\r' {
				j++
			}
			if skipChunk(s[i:j]) {
				i = j
				continue
			}
		}
		i += size
		switch cls, sc := classify(r); cls {
		case rcLetter:
			d.letter(r, sc)
		case rcMark:
			d.mark(r)
		case rcApos:
			if d.tLetters > 0 && i < len(s) {
				if next, _ := utf8.DecodeRuneInString(s[i:]); next >= 'A' {
					if c, _ := classify(next); c == rcLetter {
						d.apostrophe()
						continue
					}
				}
			}
			d.endToken()
		case rcQuestion:
			d.endToken()
			d.score[langES] += 3
		default:
			d.endToken()
		}
	}
	d.endToken()
}

func (d *detector) letter(r rune, sc script) {
	d.letters[sc]++
	lr := lower(r)
	if d.tLetters == 0 {
		d.tScript = sc
		d.tLowFirst = lr == r
	} else {
		if sc != d.tScript {
			d.tMixed = true
		}
		if d.tLowFirst && lr != r && isUpper(r) {
			d.tInnerUp = true
		}
	}
	if lr < featTableSize {
		if i := featIdx[lr]; i != 0 {
			d.add(featSets[i])
			switch lr {
			case 'ә', 'ғ', 'қ', 'ұ', 'һ', 'і':
				d.kkOnly++
			case 'ң', 'ө', 'ү':
				d.kyLetter++
			case 'ы', 'э', 'ў', 'ё':
				d.beLetter++
			}
		}
	}
	if d.tLetters > 0 && d.prev < bigramGate && bigramFirst[d.prev] {
		if i, ok := bigrams[uint64(d.prev)<<32|uint64(lr)]; ok {
			d.add(featSets[i])
		}
	}
	if k := keyRune(lr); k >= 0 {
		d.appendRune(k)
	}
	if lr >= 0x80 {
		d.tNonASCII = true
	}
	d.prev = lr
	d.tLetters++
}

func (d *detector) appendRune(k rune) {
	if d.n+utf8.UTFMax > maxTok {
		d.tOver = true
		return
	}
	d.n += utf8.EncodeRune(d.buf[d.n:], k)
}

func (d *detector) mark(r rune) {
	if d.tLetters == 0 {
		return
	}
	switch {
	case r == 0x200C:
		d.add(featSets[featZWNJ])
	case r >= 0x300 && r < 0x370:
		d.tNonASCII = true // a combining accent: dropped, the folded lookup finds the word
		return
	case r < featTableSize && featIdx[r] != 0:
		d.add(featSets[featIdx[r]])
	}
	if k := keyRune(r); k >= 0 {
		d.appendRune(k)
	}
}

func (d *detector) apostrophe() {
	if d.prev == 'o' || d.prev == 'g' {
		d.score[langUZ] += 1.5 // Uzbek o' g'
	}
	d.tApos = true
	d.prev = '\''
	if d.n < maxTok {
		d.buf[d.n] = '\''
		d.n++
	}
}

func (d *detector) endToken() {
	if d.tLetters == 0 {
		return
	}
	d.nWords++
	switch d.tScript {
	case scLatin, scCyrillic, scArabic, scDevanagari:
		if !d.tOver {
			d.lookupToken()
		}
	}
	d.n, d.tLetters, d.prev = 0, 0, 0
	d.tMixed, d.tNonASCII, d.tApos, d.tInnerUp, d.tOver = false, false, false, false, false
}

func (d *detector) lookupToken() {
	if d.tMixed {
		d.fixHomoglyphs()
	}
	if d.tInnerUp && d.tScript == scLatin {
		d.score[langZU] += 1.5 // Zulu locatives and prefixes: eRussia, iRussia, laseNingizimu
	}
	key := d.buf[:d.n]
	if d.lookup(key) {
		return
	}
	if d.tApos {
		if i := bytes.IndexByte(key, '\''); i > 0 {
			a := d.lookup(key[:i+1])
			if d.lookup(key[i+1:]) || a {
				return
			}
		}
	}
	if d.tNonASCII && d.tScript == scLatin {
		var fb [maxTok * 2]byte
		n := 0
		for _, r := range string(key) {
			switch {
			case r == '\'':
			case r < 0x80:
				fb[n] = byte(r)
				n++
			case r < 0x250 && latinFold[r] != "":
				n += copy(fb[n:], latinFold[r])
			default:
				n += utf8.EncodeRune(fb[n:], r)
			}
		}
		if d.lookup(fb[:n]) {
			return
		}
	}
	d.affixes(key)
}

func (d *detector) lookup(key []byte) bool {
	if v, ok := words[string(key)]; ok {
		d.add(feats[v>>8 : v>>8+v&0xff])
		return true
	}
	return false
}

// lookupStem looks up a word without its ending, at half weight: agglutinative
// languages stack suffixes on the base forms the lists hold.
func (d *detector) lookupStem(key []byte) bool {
	if v, ok := words[string(key)]; ok {
		for _, f := range feats[v>>8 : v>>8+v&0xff] {
			d.score[f.lang] += f.w / 2
		}
		return true
	}
	return false
}

// affixes looks up the word's endings and beginnings, for words not in the lists.
func (d *detector) affixes(key []byte) {
	var starts [maxTok]uint8
	nr := 0
	for i := 0; i < len(key); i++ {
		if key[i]&0xC0 != 0x80 {
			starts[nr] = uint8(i)
			nr++
		}
	}
	if nr < 4 {
		return
	}
	var kb [maxTok + 1]byte
	kb[0] = sufMark
	for l := 1; l <= 7 && l <= nr-2; l++ {
		n := 1 + copy(kb[1:], key[starts[nr-l]:])
		d.lookup(kb[:n])
	}
	kb[0] = preMark
	for l := 2; l <= 5 && l <= nr-2; l++ {
		n := 1 + copy(kb[1:], key[:starts[l]])
		d.lookup(kb[:n])
	}
	for l := 1; l <= 3 && nr-l >= 3; l++ {
		if d.lookupStem(key[:starts[nr-l]]) {
			break
		}
	}
}

// Look-alike letters, Latin and Cyrillic, in the same order.
var latAlike, cyrAlike = [...]rune{'a', 'c', 'e', 'i', 'o', 'p', 'x', 'y', 'k', 'm', 't'},
	[...]rune{'а', 'с', 'е', 'і', 'о', 'р', 'х', 'у', 'к', 'м', 'т'}

// fixHomoglyphs rewrites a word typed in two scripts into the script most of
// its letters are in: Kazakh "бiз" with a Latin i, Russian with a Latin o.
func (d *detector) fixHomoglyphs() {
	var nl, nc int
	for _, r := range string(d.buf[:d.n]) {
		if r < 0x80 {
			nl++
		} else if r >= 0x400 && r < 0x530 {
			nc++
		}
	}
	from, to := &latAlike, &cyrAlike
	if nl > nc {
		from, to = to, from
	}
	var out [maxTok]byte
	n := 0
	for _, r := range string(d.buf[:d.n]) {
		for i, c := range from {
			if c == r {
				r = to[i]
				if r == 'і' {
					d.add(featSets[featIdx[r]]) // the Kazakh/Ukrainian letter it stands for
					d.kkOnly++
				}
				break
			}
		}
		if n+utf8.UTFMax > maxTok {
			return
		}
		n += utf8.EncodeRune(out[n:], r)
	}
	d.n = copy(d.buf[:], out[:n])
	if nl > nc {
		d.tScript = scLatin
	} else {
		d.tScript = scCyrillic
	}
}

func (d *detector) result(mask uint32, first int) Result {
	var total int32
	for _, c := range d.letters[scLatin:] {
		total += c
	}
	if total == 0 {
		return Result{Lang: codes[first]}
	}
	for s := scLatin; s < numScripts; s++ {
		if d.letters[s] == 0 {
			continue
		}
		share := scriptScore * float32(d.letters[s]) / float32(total)
		for l := 0; l < numLangs; l++ {
			if w := scriptWeight[l][s]; w != 0 {
				d.score[l] += w * share
			}
		}
		switch s {
		case scOther:
			d.score[xx] += share
		case scKana:
			d.score[xx] += 1.5 * share
		}
	}
	if d.kyLetter > 0 && d.kkOnly == 0 {
		d.score[langKY] += 1.5
	}
	if d.letters[scCyrillic] >= 15 && d.beLetter == 0 {
		d.score[langBE] -= 2 // Belarusian: ы, э, ў or ё in almost any sentence
	}
	d.score[langEN] += 0.3
	d.score[langRU] += 0.3
	d.score[langAR] += 0.2

	best := -1
	for l := 0; l < numLangs; l++ {
		if mask&(1<<l) != 0 && (best < 0 || d.score[l] > d.score[best]) {
			best = l
		}
	}
	sum := math.Exp(float64(d.score[xx] - d.score[best]))
	for l := 0; l < numLangs; l++ {
		if mask&(1<<l) != 0 {
			sum += math.Exp(float64(d.score[l] - d.score[best]))
		}
	}
	p := 1 / sum
	// One word is too little to overrule the user's stored choice, unless its
	// script belongs to one language only.
	enough := d.nWords >= 2 || total >= 2 && ownScript(best)
	return Result{Lang: codes[best], Confidence: p, Confident: p >= Threshold && enough}
}

// ownScript reports whether language l is the only supported one in its script.
func ownScript(l int) bool {
	switch codes[l] {
	case "si", "ta", "am", "zh", "ko":
		return true
	}
	return false
}

// candidateMask turns candidate codes into a bit set and the index of the
// first one known; unknown codes are ignored, and none known means all.
func candidateMask(c []string) (uint32, int) {
	var m uint32
	first := -1
	for _, s := range c {
		i, ok := langIndex[s]
		if !ok {
			i = parseCode(s)
		}
		if i >= 0 {
			m |= 1 << i
			if first < 0 {
				first = i
			}
		}
	}
	if m == 0 {
		return allLangs, 0
	}
	return m, first
}

func parseCode(s string) int {
	if i, ok := langIndex[strings.ToLower(strings.TrimSpace(s))]; ok {
		return i
	}
	t, err := language.Parse(s)
	if err != nil {
		return -1
	}
	b, _ := t.Base()
	switch b.String() {
	case "prs":
		return langFA
	case "pbt", "pbu", "pst":
		return langPS
	case "uzn":
		return langUZ
	case "cmn", "yue":
		return langZH
	case "zsm":
		return langMS
	case "swh":
		return langSW
	case "npi":
		return langNE
	}
	if i, ok := langIndex[b.String()]; ok {
		return i
	}
	return -1
}
