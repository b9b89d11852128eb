package search

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entity matching. Every Title of a country or org Doc, in every language, is
// a name. A query word matches a name word when (runes, after Normalize):
//   - they are equal (quality 1);
//   - the name word has at least 4 runes and starts the query word, which goes
//     on for at most min(10, len+2) more runes: "непал" in "непале", "непальцы";
//     "tojikiston" in "tojikistondan" (quality 0.5 + 0.4·len(name)/len(word));
//   - the name word has at least 5 runes and shares with the query word all but
//     its last rune (all but two if it has 8 or more): "россия"/"россии",
//     "нигерия"/"нигерийцы" (quality 0.5 + 0.4·prefix/longer length);
//     within a several-word name all but two, at least 3: "южная осетия" /
//     "южной осетии";
//   - failing those, a one-word name of at least 6 runes is one typo away from
//     the query word's start (two typos from 9 runes): "tadjikistan" (0.5).
//
// Names of 3 runes or fewer match only exactly; 4-rune names match as prefixes
// but not with a changed ending (so "мало" does not name Mali): content should
// list such inflected forms ("Кубы", "Кубе") as aliases. Latin query words are
// also read as Russian translit and Cyrillic ones as Latin (those readings
// score ×0.9), and in Arabic and Ethiopic script a word is also read without
// its first one to three letters, which may be a preposition or the article
// (×0.85); names from another language than the query's score ×0.95. Of
// overlapping matches of the same kind, the longer, then the better wins:
// "south sudan" names South Sudan only; "нигерийцы" names Nigeria, not Niger.

type entityIndex struct {
	ents    []docMeta
	aliases []alias
	byKey   map[string][]int32 // first two runes of the first word -> aliases
}

type alias struct {
	ent   int32
	words []string
	runes []int    // the length of each word, in runes
	langs []string // languages that use this name
}

// key is the lookup key of a word: its first two runes.
func key(w string) string {
	n := 0
	for i := range w {
		if n == 2 {
			return w[:i]
		}
		n++
	}
	return w
}

func (e *entityIndex) build(docs []Doc, codes []string) {
	type akey struct {
		ent  int32
		name string
	}
	entOf := map[docMeta]int32{}
	for _, d := range docs {
		if d.Kind == "country" || d.Kind == "org" {
			entOf[docMeta{d.ID, d.Kind}] = 0
		}
	}
	for m := range entOf {
		e.ents = append(e.ents, m)
	}
	slices.SortFunc(e.ents, func(a, b docMeta) int { return cmp.Or(cmp.Compare(a.ID, b.ID), cmp.Compare(a.Kind, b.Kind)) })
	for i, m := range e.ents {
		entOf[m] = int32(i)
	}
	seen := map[akey]int32{}
	add := func(ent int32, ws []string, lang string) {
		k := akey{ent, strings.Join(ws, " ")}
		if i, ok := seen[k]; ok {
			if !slices.Contains(e.aliases[i].langs, lang) {
				e.aliases[i].langs = append(e.aliases[i].langs, lang)
			}
			return
		}
		seen[k] = int32(len(e.aliases))
		e.aliases = append(e.aliases, alias{ent: ent, words: ws, langs: []string{lang}})
	}
	for _, d := range docs {
		ent, ok := entOf[docMeta{d.ID, d.Kind}]
		if !ok || !(d.Kind == "country" || d.Kind == "org") {
			continue
		}
		for _, t := range d.Titles {
			for _, name := range nameParts(t) {
				ws := strings.Fields(Normalize(name))
				if len(ws) == 0 {
					continue
				}
				add(ent, ws, d.Lang)
				if len(ws) > 1 { // "Sri Lanka" is also typed "Srilanka"
					add(ent, []string{strings.Join(ws, "")}, d.Lang)
				}
			}
		}
	}
	slices.SortFunc(e.aliases, func(a, b alias) int {
		return cmp.Or(cmp.Compare(a.ent, b.ent), slices.Compare(a.words, b.words))
	})
	e.byKey = map[string][]int32{}
	for i := range e.aliases {
		a := &e.aliases[i]
		slices.Sort(a.langs)
		for _, w := range a.words {
			a.runes = append(a.runes, utf8.RuneCountInString(w))
		}
		k := key(a.words[0])
		e.byKey[k] = append(e.byKey[k], int32(i))
	}
}

// maxClitic is the most runes of prepositions or articles written onto a
// name in Arabic or Ethiopic script that Entities looks past.
const maxClitic = 3

// nameParts returns a name and, if it holds parts in brackets ("Get Lost
// (Идите лесом)", "Department of Consular Services (Ministry of Foreign
// Affairs of Nepal)"), the part outside and each part inside: people type one
// of them.
func nameParts(t string) []string {
	out := []string{t}
	outside, rest := "", t
	for {
		i := strings.IndexAny(rest, "([")
		if i < 0 {
			outside += rest
			break
		}
		j := strings.IndexAny(rest[i:], ")]")
		if j < 0 {
			outside += rest
			break
		}
		outside += rest[:i] + " "
		out = append(out, rest[i+1:i+j])
		rest = rest[i+j+1:]
	}
	if len(out) > 1 {
		out = append(out, outside)
	}
	return out
}

// form is one reading of a query word.
type form struct {
	text   string
	runes  int
	factor float64
}

type entMatch struct {
	ent        int32
	start, end int
	q          float64
}

// Entities returns the countries and organizations named in query, in any
// language's names and inflected forms (see above), best first (then by ID,
// Kind), each with the words that name it (Start, End). lang is the query's
// language, preferred on equal names.
func (ix *Index) Entities(lang, query string) []Hit { return ix.EntitiesIn(lang, ix.Words(query)) }

// EntitiesIn is Entities for a query already cut into words by Words.
func (ix *Index) EntitiesIn(lang string, ws []string) []Hit {
	e := &ix.ents
	if len(ws) == 0 || len(e.aliases) == 0 {
		return nil
	}
	forms := make([][]form, len(ws))
	var buf []byte
	for i, w := range ws {
		forms[i] = append(forms[i], form{w, utf8.RuneCountInString(w), 1})
		b := []byte(w)
		switch wordScript(b) {
		case scriptLatin:
			buf = latinToCyr(buf[:0], b, tlPlain)
			forms[i] = append(forms[i], form{string(buf), utf8.RuneCount(buf), 0.9})
		case scriptCyrillic:
			for v := range tlVariants {
				buf = cyrToLatin(buf[:0], b, v)
				if s := string(buf); s != forms[i][len(forms[i])-1].text {
					forms[i] = append(forms[i], form{s, utf8.RuneCountInString(s), 0.9})
				}
			}
		default:
			// Arabic and Ethiopic write prepositions and the article onto the
			// word: "ለአፍሪካ" (for Africa), "والهند" (and India).
			if r, _ := utf8.DecodeRuneInString(w); unicode.In(r, unicode.Arabic, unicode.Ethiopic) {
				rest := w
				for k := 1; k <= maxClitic; k++ {
					_, size := utf8.DecodeRuneInString(rest)
					rest = rest[size:]
					if utf8.RuneCountInString(rest) < 3 {
						break
					}
					forms[i] = append(forms[i], form{rest, utf8.RuneCountInString(rest), 0.85})
				}
			}
		}
	}

	var matches []entMatch
	for i := range ws {
		for _, f := range forms[i] {
			for _, ai := range e.byKey[key(f.text)] {
				a := &e.aliases[ai]
				if i+len(a.words) > len(ws) {
					continue
				}
				q := 0.0
				for j, aw := range a.words {
					best := 0.0
					for _, g := range forms[i+j] {
						if j == 0 && g.text != f.text {
							continue
						}
						best = max(best, g.factor*wordMatch(g.text, g.runes, aw, a.runes[j], len(a.words) > 1))
					}
					if best == 0 {
						q = 0
						break
					}
					q += best
				}
				if q == 0 {
					continue
				}
				q /= float64(len(a.words))
				if !slices.Contains(a.langs, lang) {
					q *= 0.95
				}
				matches = append(matches, entMatch{a.ent, i, i + len(a.words), q})
			}
		}
	}

	slices.SortFunc(matches, func(a, b entMatch) int {
		return cmp.Or(cmp.Compare(b.end-b.start, a.end-a.start), cmp.Compare(b.q, a.q),
			cmp.Compare(a.ent, b.ent), cmp.Compare(a.start, b.start))
	})
	var kept []entMatch
	for _, m := range matches {
		ok := true
		for _, k := range kept {
			if k.start < m.end && m.start < k.end && e.ents[k.ent].Kind == e.ents[m.ent].Kind &&
				(k.end-k.start > m.end-m.start || k.q > m.q+1e-9) {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, m)
		}
	}

	var hits []Hit
	done := map[int32]bool{}
	for _, m := range kept { // already best first
		if done[m.ent] {
			continue
		}
		done[m.ent] = true
		hits = append(hits, Hit{ID: e.ents[m.ent].ID, Kind: e.ents[m.ent].Kind, Score: m.q, Start: m.start, End: m.end})
	}
	slices.SortStableFunc(hits, func(a, b Hit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID), cmp.Compare(a.Kind, b.Kind))
	})
	return hits
}

// Words returns the words of query, normalized, as Entities numbers them
// (Hit.Start, Hit.End): the space-separated words of Normalize(query), with
// words of scripts written without spaces (Han, kana, Hangul with its
// particles) cut around the names they hold: "有中国人在俄军里打仗吗" is
// "有 中国人 在俄军里打仗吗", "중국인이" is "중국인 이".
func (ix *Index) Words(query string) []string {
	ws := strings.Fields(string(capNormalized([]byte(Normalize(capRunes(query, MaxQueryRunes))))))
	var out []string
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !isSyllabic(r) && !strings.ContainsFunc(w, isSyllabic) {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		parts := ix.ents.segment(w)
		if len(parts) > 1 && out == nil {
			out = append(make([]string, 0, len(ws)+2), ws[:i]...)
		}
		if out != nil {
			out = append(out, parts...)
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// segment cuts w before and after every one-word name of at least two
// syllabic runes it holds, the longest name first at each position.
func (e *entityIndex) segment(w string) []string {
	var parts []string
	last := 0 // start of the text not yet cut
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		n := 0
		if isSyllabic(r) {
			for _, ai := range e.byKey[key(w[i:])] {
				a := &e.aliases[ai]
				if len(a.words) == 1 && a.runes[0] >= 2 && len(a.words[0]) > n && strings.HasPrefix(w[i:], a.words[0]) {
					if r2, _ := utf8.DecodeRuneInString(a.words[0]); isSyllabic(r2) {
						n = len(a.words[0])
					}
				}
			}
		}
		if n == 0 {
			i += size
			continue
		}
		if i > last {
			parts = append(parts, w[last:i])
		}
		parts = append(parts, w[i:i+n])
		i += n
		last = i
	}
	if last == 0 {
		return []string{w}
	}
	if last < len(w) {
		parts = append(parts, w[last:])
	}
	return parts
}

// wordMatch is the quality (0 = none) of query word w (lw runes) as name word
// a (la runes); multi says a is part of a several-word name.
func wordMatch(w string, lw int, a string, la int, multi bool) float64 {
	if w == a {
		return 1
	}
	if la <= 3 {
		return 0
	}
	cp := commonPrefix(w, a)
	maxSuffix := min(10, la+2)
	if cp == la {
		if lw-la <= maxSuffix {
			return 0.5 + 0.4*float64(la)/float64(lw)
		}
		return 0
	}
	if la >= 5 || multi {
		need := max(la-1, 4)
		if la >= 8 {
			need = la - 2
		}
		if multi {
			need = max(la-2, 3)
		}
		if cp >= need && lw-cp <= maxSuffix {
			return 0.5 + 0.4*float64(cp)/float64(max(lw, la))
		}
	}
	if !multi && la >= 6 && lw >= la-1 {
		allowed := 1
		if la >= 9 {
			allowed = 2
		}
		var wr, ar [maxWordRunes + 2]rune
		nw, na := toRunes(wr[:], w), toRunes(ar[:], a)
		for l := na - 1; l <= na+1 && l <= nw; l++ {
			if nw-l <= maxSuffix && osa(wr[:l], ar[:na]) <= allowed {
				return 0.5
			}
		}
	}
	return 0
}

func commonPrefix(a, b string) int {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		n++
		a, b = a[sa:], b[sb:]
	}
	return n
}

func toRunes(dst []rune, s string) int {
	n := 0
	for _, r := range s {
		if n == len(dst) {
			break
		}
		dst[n] = r
		n++
	}
	return n
}

// osa is the optimal string alignment distance (Levenshtein with adjacent
// transpositions) between a and b, both at most maxWordRunes+2 runes.
func osa(a, b []rune) int {
	var rows [3][maxWordRunes + 3]int
	pp, p, c := rows[0][:], rows[1][:], rows[2][:]
	for j := 0; j <= len(b); j++ {
		p[j] = j
	}
	for i := 1; i <= len(a); i++ {
		c[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			c[j] = min(p[j]+1, c[j-1]+1, p[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				c[j] = min(c[j], pp[j-2]+1)
			}
		}
		pp, p, c = p, c, pp
	}
	return p[len(b)]
}
