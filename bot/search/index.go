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
	"math"
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
	// Start and End, for Entities, are the words of Normalize(query) that
	// name the entity: Fields(Normalize(query))[Start:End].
	Start, End int
}

// MinConfidence is the Confidence below which the engine should say it has no
// answer. Provisional, from the small test corpus: example questions and close
// paraphrases score 0.65-0.8, with typos, translit or another script 0.33-0.7;
// unrelated queries
// 0.02-0.25, small talk made of words the questions use ("how are you") up to
// 0.36. Re-tune it with the eval on the real content.
const MinConfidence = 0.3

// floorTerms: see Search.
var floorTerms = 5.0

// MaxQueryRunes bounds the part of a query that is looked at.
const MaxQueryRunes = 1000

// Index holds per-language BM25 indexes and the entity name dictionary.
type Index struct {
	meta   []docMeta // items: the distinct (ID, Kind) of all languages, in that order
	itemOf map[docMeta]int32
	langs  map[string]*langIndex
	codes  []string
	ents   entityIndex
	pool   sync.Pool // *scratch
}

type docMeta struct{ ID, Kind string }

// Build indexes docs. Languages are indexed in parallel; the result does not
// depend on the order of docs except among docs with equal (Lang, ID, Kind).
func Build(docs []Doc) *Index {
	ix := &Index{langs: map[string]*langIndex{}, itemOf: map[docMeta]int32{}}
	byLang := map[string][]*Doc{}
	for i := range docs {
		d := &docs[i]
		byLang[d.Lang] = append(byLang[d.Lang], d)
		ix.itemOf[docMeta{d.ID, d.Kind}] = 0
	}
	for m := range ix.itemOf {
		ix.meta = append(ix.meta, m)
	}
	slices.SortFunc(ix.meta, func(a, b docMeta) int { return cmp.Or(cmp.Compare(a.ID, b.ID), cmp.Compare(a.Kind, b.Kind)) })
	for i, m := range ix.meta {
		ix.itemOf[m] = int32(i)
	}
	for l := range byLang {
		ix.codes = append(ix.codes, l)
	}
	sort.Strings(ix.codes)
	items := make([][]int32, len(ix.codes))
	for li, l := range ix.codes {
		ds := byLang[l]
		slices.SortStableFunc(ds, func(a, b *Doc) int {
			return cmp.Or(cmp.Compare(a.ID, b.ID), cmp.Compare(a.Kind, b.Kind))
		})
		for _, d := range ds {
			items[li] = append(items[li], ix.itemOf[docMeta{d.ID, d.Kind}])
		}
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
				built[i] = bd.buildLang(l, byLang[l], items[i])
			}
		}()
	}
	ix.ents.build(docs, ix.codes)
	wg.Wait()
	for i, l := range ix.codes {
		ix.langs[l] = built[i]
	}
	ix.pool.New = func() any { return new(scratch) }
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
	gen     termGen
	norm    []byte
	terms   []uint64
	tmp     []uint64
	alt     [tlVariants][]byte
	acc     []float32 // by document
	uacc    []float32 // by unit
	best    []float32 // by document: best unit
	cacc    []float32 // by document: centroid
	total   float64   // Σ query term weights
	unknown float64   // Σ weights of the query terms the index does not know
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
//
// A document's Score is the larger of two views of the query:
//   - BM25F over the whole document (titles and questions weigh more than the
//     body), divided by the most any document could score: the sum of the
//     query terms' weights plus a floor so that a query made only of common
//     words stays low;
//   - its best unit, a title or one example question on its own, scored as
//     Σ weights of the terms it shares with the query divided by
//     (Σ query weights)^unitAlpha · (Σ unit weights)^(1-unitAlpha): 1 for the
//     very question, lower as either side has words the other lacks.
//
// Term weights are idf over the documents of the language (whole words count
// wordBoost times an n-gram); terms the index does not know weigh the most,
// so words foreign to every document pull the Score down.
func (ix *Index) Search(lang, query string, k int) []Hit {
	li := ix.langs[lang]
	if li == nil || k <= 0 {
		return nil
	}
	sc := ix.pool.Get().(*scratch)
	defer ix.pool.Put(sc)
	if !sc.score(li, query) {
		return nil
	}
	return ix.top(li, sc.acc[:len(li.docs)], k, nil)
}

// Result holds the Score of every item (a distinct ID and Kind) for one
// query, to pick hits from several times without scoring again, and to merge
// the results of several languages.
type Result struct {
	ix    *Index
	score []float32 // by item
	// Weight is the sum of the query terms' weights in the language searched
	// (see Search): words the documents do not know weigh the most, words
	// most documents use the least.
	Weight float64
	// Unknown is the share of Weight that the documents do not know at all.
	Unknown float64
}

// Query scores every item of lang for query. The zero Result (unknown lang,
// empty query) has no hits.
func (ix *Index) Query(lang, query string) Result {
	li := ix.langs[lang]
	if li == nil {
		return Result{}
	}
	sc := ix.pool.Get().(*scratch)
	defer ix.pool.Put(sc)
	if !sc.score(li, query) {
		return Result{}
	}
	r := Result{ix: ix, score: make([]float32, len(ix.meta)), Weight: sc.total, Unknown: sc.unknown / sc.total}
	for d, s := range sc.acc[:len(li.docs)] {
		it := li.docs[d]
		r.score[it] = max(r.score[it], s)
	}
	return r
}

// Merge keeps, for every item, the better of r's Score and factor times o's.
// A zero r takes o's scores (times factor) and Weight.
func (r *Result) Merge(o Result, factor float64) {
	if o.ix == nil {
		return
	}
	if r.ix == nil {
		r.ix, r.score, r.Weight = o.ix, make([]float32, len(o.score)), o.Weight
	}
	f := float32(factor)
	for i, s := range o.score {
		r.score[i] = max(r.score[i], s*f)
	}
}

// Score returns the Score of the item, 0 if it did not match.
func (r Result) Score(id, kind string) float64 {
	if r.ix == nil {
		return 0
	}
	if i, ok := r.ix.itemOf[docMeta{id, kind}]; ok {
		return float64(r.score[i])
	}
	return 0
}

// Top returns the k best hits for which keep (nil: all) is true, best first,
// equal scores ordered by ID, then Kind.
func (r Result) Top(k int, keep func(id, kind string) bool) []Hit {
	if r.ix == nil || k <= 0 {
		return nil
	}
	return r.ix.top(nil, r.score, k, keep)
}

// Weight returns the sum of the weights of query's terms in lang (see
// Result.Weight), 0 for an unknown lang or an empty query.
func (ix *Index) Weight(lang, query string) float64 {
	li := ix.langs[lang]
	if li == nil {
		return 0
	}
	sc := ix.pool.Get().(*scratch)
	defer ix.pool.Put(sc)
	if !sc.queryTerms(li, query) {
		return 0
	}
	total := 0.0
	for _, h := range sc.terms {
		total += float64(li.weight(h, li.find(h)))
	}
	return total
}

// top picks the k best entries of score (by local document of li, or by
// item if li is nil) with a positive score.
func (ix *Index) top(li *langIndex, score []float32, k int, keep func(id, kind string) bool) []Hit {
	item := func(d int) int32 {
		if li == nil {
			return int32(d)
		}
		return li.docs[d]
	}
	// Entries are in (ID, Kind) order, so their number breaks ties.
	var buf [8]cand
	cands := buf[:0]
	if k > len(buf) {
		cands = make([]cand, 0, min(k, len(score)))
	}
	for d, s := range score {
		if s <= 0 || len(cands) == k && s <= cands[k-1].score {
			continue
		}
		if keep != nil {
			if m := ix.meta[item(d)]; !keep(m.ID, m.Kind) {
				continue
			}
		}
		i := len(cands)
		if i < k {
			cands = append(cands, cand{})
		} else {
			i--
		}
		for i > 0 && cands[i-1].score < s {
			cands[i] = cands[i-1]
			i--
		}
		cands[i] = cand{int32(d), s}
	}
	if len(cands) == 0 {
		return nil
	}
	hits := make([]Hit, len(cands))
	for i, c := range cands {
		m := ix.meta[item(int(c.doc))]
		hits[i] = Hit{ID: m.ID, Kind: m.Kind, Score: float64(c.score)}
	}
	return hits
}

// queryTerms sets sc.terms to the distinct terms of query as li reads it;
// false if there are none.
func (sc *scratch) queryTerms(li *langIndex, query string) bool {
	sc.norm = appendNormalized(sc.norm[:0], capRunes(query, MaxQueryRunes))
	sc.terms = sc.terms[:0]
	words(capNormalized(sc.norm), func(w []byte) {
		sc.terms = sc.gen.add(sc.terms, sc.pick(li, w))
	})
	if len(sc.terms) == 0 {
		return false
	}
	slices.Sort(sc.terms)
	sc.terms = slices.Compact(sc.terms)
	return true
}

// maxScore keeps every Score under 1, which only the exact question would reach.
const maxScore = 0.999

// score fills acc[:len(li.docs)] with the Score of every document; false if
// the query has no terms.
func (sc *scratch) score(li *langIndex, query string) bool {
	if !sc.queryTerms(li, query) {
		return false
	}

	nd, nu := len(li.docs), len(li.udoc)
	if cap(sc.acc) < nd {
		sc.acc = make([]float32, nd)
	}
	if cap(sc.uacc) < nu {
		sc.uacc = make([]float32, nu)
	}
	acc, uacc := sc.acc[:nd], sc.uacc[:nu]
	clear(acc)
	clear(uacc)
	if cap(sc.cacc) < nd {
		sc.cacc = make([]float32, nd)
	}
	cacc := sc.cacc[:nd]
	clear(cacc)
	var total, unknown, q2 float64
	for _, h := range sc.terms {
		k := li.find(h)
		w := li.weight(h, k)
		total += float64(w)
		q2 += float64(w) * float64(w)
		if k < 0 {
			unknown += float64(w)
			continue
		}
		f := w / 255
		for p := li.offs[k]; p < li.offs[k+1]; p++ {
			acc[li.pdoc[p]] += f * float32(li.pw[p])
			cacc[li.pdoc[p]] += w * li.pc[p]
		}
		for p := li.uoffs[k]; p < li.uoffs[k+1]; p++ {
			uacc[li.punit[p]] += w
		}
	}

	// A query of only common words ("how are you") matches them all; the floor
	// keeps its Score low. It is the weight of floorTerms terms seen in one
	// document.
	docTotal := total
	if len(li.idf) > 1 {
		docTotal += floorTerms * float64(li.idf[1])
	}
	inv := float32(1 / docTotal)
	for d := range acc {
		acc[d] *= inv * docWeight
	}
	qnorm := float32(math.Pow(total+unitFloor*float64(li.idf[min(1, len(li.idf)-1)]), unitAlpha))
	best := sc.best[:0]
	for range nd {
		best = append(best, 0)
	}
	sc.best = best
	for u, m := range uacc {
		if m == 0 {
			continue
		}
		s := m / (qnorm * li.unorm[u])
		if d := li.udoc[u]; s > best[d] {
			best[d] = s
		}
	}
	qinv := float32(1 / math.Sqrt(q2))
	for d, c := range cacc {
		acc[d] += c * qinv * centroidWeight
	}
	for d, b := range best {
		if blendSum {
			acc[d] += b * unitWeight
		} else {
			acc[d] = max(acc[d], b*unitWeight)
		}
	}
	for d, s := range acc {
		acc[d] = min(s, maxScore)
	}
	sc.total, sc.unknown = total, unknown
	return true
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
		if li.find(h) >= 0 {
			known++
		}
	}
	return known * 1000 / len(sc.tmp)
}

// Known returns the share of query's words that lang's documents know: the
// word itself, or at least knownGrams of its n-grams (an inflected form, a
// typo). 1 for an empty query or unknown lang.
func (ix *Index) Known(lang, query string) float64 {
	li := ix.langs[lang]
	if li == nil {
		return 1
	}
	sc := ix.pool.Get().(*scratch)
	defer ix.pool.Put(sc)
	sc.norm = appendNormalized(sc.norm[:0], capRunes(query, MaxQueryRunes))
	n, known := 0, 0
	words(capNormalized(sc.norm), func(w []byte) {
		n++
		if sc.coverage(li, sc.pick(li, w)) >= knownGrams {
			known++
		}
	})
	if n == 0 {
		return 1
	}
	return float64(known) / float64(n)
}

// knownGrams is the share (per mille) of a word's terms the index must know
// for Known to count it.
const knownGrams = 700
