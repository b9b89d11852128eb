// Package search is referralbot's multilingual retrieval: given the texts of
// topics, countries and organizations (Docs), it finds the ones a free-text
// question is about, and the countries and organizations it names.
//
// Text is normalized (see Normalize), cut into words and character n-grams of
// 3-5 runes with word boundaries, and scored with BM25F per language (questions
// and titles weigh more than the body). Latin-typed queries against a Cyrillic
// language (Russian in translit, "skolko tadzhikov pogiblo") and Cyrillic-typed
// queries against a Latin one (Uzbek in Cyrillic) are transliterated word by
// word, keeping the reading that matches the index best. Everything is pure and
// deterministic; an Index is immutable and safe for concurrent use.
package search

import (
	"bytes"
	"cmp"
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
)

// Doc is one searchable item in one language.
type Doc struct {
	ID        string
	Kind      string   // "topic" | "country" | "org"
	Lang      string   // language code, e.g. "ru"
	Titles    []string // names, aliases, title
	Questions []string // example questions
	Body      string   // answer or summary
}

// Hit is a search result.
type Hit struct {
	ID, Kind string
	// Score, for Search, is in (0, 1): the document's BM25F score divided by
	// the most any document could score on this query (the sum of the query
	// terms' weights, plus a floor so that a query made only of common words
	// stays low). For Entities it is in (0, 1]: the quality of the name match,
	// 1 for an exact name in the query's language.
	Score float64
}

// MinConfidence is the Confidence below which the engine should say it has no
// answer. Provisional, from the small test corpus: example questions and close
// paraphrases score 0.65-0.8, with typos, translit or another script 0.33-0.7;
// unrelated queries
// 0.02-0.25, small talk made of words the questions use ("how are you") up to
// 0.36. Re-tune it with the eval on the real content.
const MinConfidence = 0.3

// floorTerms: see Search.
const floorTerms = 5

// MaxQueryRunes bounds the part of a query that is looked at.
const MaxQueryRunes = 1000

// Index holds per-language BM25 indexes and the entity name dictionary.
type Index struct {
	meta    []docMeta
	langs   map[string]*langIndex
	codes   []string
	maxDocs int
	ents    entityIndex
	pool    sync.Pool // *scratch
}

type docMeta struct{ ID, Kind string }

// Build indexes docs. Languages are indexed in parallel; the result does not
// depend on the order of docs except among docs with equal (Lang, ID, Kind).
func Build(docs []Doc) *Index {
	ix := &Index{langs: map[string]*langIndex{}}
	byLang := map[string][]*Doc{}
	for i := range docs {
		d := &docs[i]
		byLang[d.Lang] = append(byLang[d.Lang], d)
	}
	for l := range byLang {
		ix.codes = append(ix.codes, l)
	}
	sort.Strings(ix.codes)
	metaIdx := make([][]int32, len(ix.codes))
	for li, l := range ix.codes {
		ds := byLang[l]
		slices.SortStableFunc(ds, func(a, b *Doc) int {
			return cmp.Or(cmp.Compare(a.ID, b.ID), cmp.Compare(a.Kind, b.Kind))
		})
		for _, d := range ds {
			metaIdx[li] = append(metaIdx[li], int32(len(ix.meta)))
			ix.meta = append(ix.meta, docMeta{d.ID, d.Kind})
		}
		ix.maxDocs = max(ix.maxDocs, len(ds))
	}

	built := make([]*langIndex, len(ix.codes))
	var next atomic.Int32
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(ix.codes)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var bd builder
			for {
				i := int(next.Add(1)) - 1
				if i >= len(ix.codes) {
					return
				}
				l := ix.codes[i]
				built[i] = bd.buildLang(l, byLang[l], metaIdx[i])
			}
		}()
	}
	ix.ents.build(docs, ix.codes)
	wg.Wait()
	for i, l := range ix.codes {
		ix.langs[l] = built[i]
	}
	ix.pool.New = func() any { return &scratch{acc: make([]float32, ix.maxDocs)} }
	return ix
}

// Languages returns the language codes in the index, sorted.
func (ix *Index) Languages() []string { return slices.Clone(ix.codes) }

// Confidence says how sure the best hit of Search is an answer to the query:
// the top hit's Score (0 if none). Below MinConfidence, say "no answer".
func (ix *Index) Confidence(hits []Hit) float64 {
	if len(hits) == 0 {
		return 0
	}
	return hits[0].Score
}

// scratch is the per-query working memory, pooled.
type scratch struct {
	gen   termGen
	norm  []byte
	terms []uint64
	tmp   []uint64
	alt   [tlVariants][]byte
	acc   []float32
	cands []cand
}

type cand struct {
	doc   int32
	score float32
}

// capNormalized cuts normalized text to at most 4·MaxQueryRunes bytes, at a
// word boundary: normalization can expand text (NFKC makes 18 letters of ﷺ).
func capNormalized(b []byte) []byte {
	const n = 4 * MaxQueryRunes
	if len(b) <= n {
		return b
	}
	b = b[:n+1]
	for len(b) > 0 && b[len(b)-1] != ' ' {
		b = b[:len(b)-1]
	}
	return bytes.TrimRight(b, " ")
}

// capRunes cuts s to at most n runes.
func capRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// Search returns the k documents of language lang that best answer query,
// best first; equal scores are ordered by ID, then Kind. Unknown lang, empty
// query or k <= 0 give nil.
func (ix *Index) Search(lang, query string, k int) []Hit {
	li := ix.langs[lang]
	if li == nil || k <= 0 {
		return nil
	}
	sc := ix.pool.Get().(*scratch)
	defer ix.pool.Put(sc)

	sc.norm = appendNormalized(sc.norm[:0], capRunes(query, MaxQueryRunes))
	sc.terms = sc.terms[:0]
	words(capNormalized(sc.norm), func(w []byte) {
		sc.terms = sc.gen.add(sc.terms, sc.pick(li, w))
	})
	if len(sc.terms) == 0 {
		return nil
	}
	slices.Sort(sc.terms)
	sc.terms = slices.Compact(sc.terms)

	acc := sc.acc[:len(li.docs)]
	clear(acc)
	var total float64
	for _, h := range sc.terms {
		lo, hi := li.find(h)
		w := li.idf[hi-lo]
		if isWordTerm(h) {
			w *= wordBoost
		}
		total += float64(w)
		f := w / 255
		for p := lo; p < hi; p++ {
			acc[li.pdoc[p]] += f * float32(li.pw[p])
		}
	}

	// A query of only common words ("how are you") matches them all; the floor
	// keeps its Score low. It is the weight of floorTerms terms seen in one
	// document.
	if len(li.idf) > 1 {
		total += floorTerms * float64(li.idf[1])
	}

	sc.cands = sc.cands[:0]
	for d, a := range acc {
		if a > 0 {
			sc.cands = append(sc.cands, cand{int32(d), a})
		}
	}
	slices.SortFunc(sc.cands, func(a, b cand) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.doc, b.doc) // documents are in (ID, Kind) order
	})
	hits := make([]Hit, min(k, len(sc.cands)))
	for i := range hits {
		m := ix.meta[li.docs[sc.cands[i].doc]]
		hits[i] = Hit{ID: m.ID, Kind: m.Kind, Score: float64(sc.cands[i].score) / total}
	}
	return hits
}

// pick returns w, or, if w is written in the other of Latin and Cyrillic than
// the language's documents, the transliteration of w whose terms the index
// knows best (w itself on a tie).
func (sc *scratch) pick(li *langIndex, w []byte) []byte {
	ws := wordScript(w)
	var conv func(dst, w []byte, variant int) []byte
	switch {
	case li.script == scriptCyrillic && ws == scriptLatin:
		conv = latinToCyr
	case li.script == scriptLatin && ws == scriptCyrillic:
		conv = cyrToLatin
	default:
		return w
	}
	best, bestCov := w, sc.coverage(li, w)
	for v := range tlVariants {
		sc.alt[v] = conv(sc.alt[v][:0], w, v)
		if c := sc.coverage(li, sc.alt[v]); c > bestCov {
			best, bestCov = sc.alt[v], c
		}
	}
	return best
}

// coverage is the share (per mille) of w's terms that the index knows.
func (sc *scratch) coverage(li *langIndex, w []byte) int {
	sc.tmp = sc.gen.add(sc.tmp[:0], w)
	if len(sc.tmp) == 0 {
		return 0
	}
	known := 0
	for _, h := range sc.tmp {
		if lo, hi := li.find(h); hi > lo {
			known++
		}
	}
	return known * 1000 / len(sc.tmp)
}
