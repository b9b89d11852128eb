package search

import (
	"unicode"
	"unicode/utf8"
)

// Terms are 64-bit hashes: character n-grams of 3 to 5 runes of a word padded
// with one space on each side (" не", "неп", "непа", ..., "ал "), and the whole
// word. In scripts whose every character is a syllable or a morpheme (Han,
// kana, Hangul: "儿子在俄罗斯", "여권을") words are short and Chinese is written
// without spaces, so their n-grams are of 1 and 2 runes instead; of 2 and 3
// in Ethiopic ("ሩሲያ"), whose letters are syllables. N-gram
// hashes have the low bit clear, whole-word hashes have it set. Han and kana
// text has no whole-word terms (see unspaced).
// With about a million distinct terms in the whole corpus a 64-bit collision is
// practically impossible, so no strings are kept.
const (
	minGram    = 3
	maxGram    = 5
	minGramCJK = 1
	maxGramCJK = 2
	// Ethiopic letters are syllables too, words a little longer.
	minGramEthiopic = 2
	maxGramEthiopic = 3
	maxWordRunes    = 48 // longer "words" (unspaced scripts, garbage) get n-grams only
)

func isWordTerm(h uint64) bool { return h&1 == 1 }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	wordSeed  = 0x9e3779b97f4a7c15
)

func fnv(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// mix is the murmur3 finalizer: it spreads FNV's bits so that the top bits can
// pick a bucket.
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func hashGram(b []byte) uint64 {
	if h := mix(fnv(fnvOffset, b)) &^ 1; h != 0 {
		return h
	}
	return 2 // 0 marks an empty slot in u64map
}
func hashWord(b []byte) uint64 { return mix(fnv(fnvOffset^wordSeed, b)) | 1 }

// termGen turns words into term hashes, reusing its buffers.
type termGen struct {
	pad  []byte
	offs []int32
}

// add appends the terms of one normalized word (no spaces) to dst.
func (g *termGen) add(dst []uint64, word []byte) []uint64 {
	g.pad = append(g.pad[:0], ' ')
	g.offs = append(g.offs[:0], 0)
	n := 0
	for i := 0; i < len(word); n++ {
		_, size := utf8.DecodeRune(word[i:])
		g.offs = append(g.offs, int32(len(g.pad)))
		g.pad = append(g.pad, word[i:i+size]...)
		i += size
	}
	if n == 0 {
		return dst
	}
	g.offs = append(g.offs, int32(len(g.pad)))
	g.pad = append(g.pad, ' ')
	g.offs = append(g.offs, int32(len(g.pad)))
	runes := len(g.offs) - 1 // including the two spaces
	lo, hi := gramRange(word)
	for k := lo; k <= hi; k++ {
		for i := 0; i+k <= runes; i++ {
			if k == 1 && (i == 0 || i == runes-1) {
				continue // a space alone
			}
			dst = append(dst, hashGram(g.pad[g.offs[i]:g.offs[i+k]]))
		}
	}
	if n > maxWordRunes || unspaced(word) {
		return dst
	}
	return append(dst, hashWord(word))
}

// unspaced reports whether word is written in Han or kana, which put no
// spaces between words: its "word" is a run of text up to the next
// punctuation ("合同已经签了"), a phrase that hardly ever recurs, so it makes
// n-grams only (Hangul puts spaces between words and is not unspaced).
func unspaced(word []byte) bool {
	r, _ := utf8.DecodeRune(word)
	return r >= 0x3040 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// gramRange returns the n-gram lengths of a normalized word.
func gramRange(word []byte) (lo, hi int) {
	r, _ := utf8.DecodeRune(word)
	switch {
	case isSyllabic(r):
		return minGramCJK, maxGramCJK
	case unicode.Is(unicode.Ethiopic, r):
		return minGramEthiopic, maxGramEthiopic
	}
	return minGram, maxGram
}

// isSyllabic reports whether r is Han, kana or Hangul.
func isSyllabic(r rune) bool {
	return r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) ||
		unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// termCount is the number of terms add makes for a word.
func termCount(word []byte) int {
	n := runeCount(word)
	if n == 0 {
		return 0
	}
	c := 1
	if n > maxWordRunes || unspaced(word) {
		c = 0
	}
	lo, hi := gramRange(word)
	for k := lo; k <= hi; k++ {
		m := n + 2 - k + 1
		if k == 1 {
			m = n
		}
		if m > 0 {
			c += m
		}
	}
	return c
}

// words calls fn for each space-separated word of normalized text.
func words(s []byte, fn func(w []byte)) {
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != ' ' {
			i++
		}
		if i > 0 {
			fn(s[:i])
		}
		if i == len(s) {
			break
		}
		s = s[i+1:]
	}
}
