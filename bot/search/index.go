// Package search is referralbot's multilingual retrieval: given the texts of
// topics, countries and organizations (Docs), it finds the ones a free-text
// question is about, and the countries and organizations it names.
//
// Text is normalized (see Normalize), cut into words and character n-grams of
// 3-5 runes with word boundaries (1-2 in Han, kana and Hangul, 2-3 in
// Ethiopic), and scored per language both as whole documents (BM25F:
// questions and titles weigh more than the body) and question by question
// (see Search). Latin-typed queries against a Cyrillic language (Russian in
// translit, "skolko tadzhikov pogiblo") and Cyrillic-typed queries against a
// Latin one (Uzbek in Cyrillic) are transliterated word by word, keeping the
// reading that matches the index best. Everything is pure and deterministic;
// an Index is immutable and safe for concurrent use.
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
	// Score, for Search, is in (0, 1): how well the document answers the
	// query, the better of its whole-document BM25F score and its best
	// title or example question (see Search); comparable between queries and
	// languages. For Entities it is in (0, 1]: the quality of the name match,
	// 1 for an exact name in the query's language.
	Score float64
	// Start and End, for Entities, are the words of Normalize(query) that
	// name the entity: Fields(Normalize(query))[Start:End].
	Start, End int
}

// MinConfidence is the Confidence below which a plain search should say it
// has no answer. The bot's own thresholds (bot.Match) are calibrated on the
// labelled eval questions against the real content, where the right answer
// to a real question scores 0.3-1 (median about 0.6) and the best match of
// an unrelated one 0.06-0.32.
const MinConfidence = 0.3

// Scoring constants (see Search).
const (
	// floorTerms is the floor of the whole-document score: the weight of
	// that many of the rarest terms is added to the query's weight.
	floorTerms = 5
	// unitFloor is the same floor for units.
	unitFloor = 6
	// unitAlpha balances a unit's Score between how much of the query it
	// holds (1) and how much of it the query holds (0).
	unitAlpha = 0.6
	// docWeight scales the whole-document view: a document that holds the
	// query's words spread over several example questions ("how do I
	// refuse" in one, "military contract" in another) should not beat the
	// one whose example question asks what the query asks.
	docWeight = 0.95
)

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
	dacc    []float32 // by document: the whole-document view alone
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
//     words stays low; times docWeight;
//   - its best unit, a title or one example question on its own, scored as
//     Σ weights of the terms it shares with the query divided by
//     (Σ query weights + floor)^unitAlpha · (Σ unit weights)^(1-unitAlpha):
//     close to 1 for the very question, lower as either side has words the
//     other lacks. This "nearest example question" view keeps a topic's
//     many questions from blurring into one bag of words, and rewards a
//     question that is asked as the content asks it.
//
// Term weights are idf over the documents of the language (whole words count
// wordBoost times an n-gram); terms the index does not know weigh the most,
// so words foreign to every document pull the Score down. Scores stay under
// 1 (maxScore).
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
	doc   []float32 // by item: the whole-document view alone (see Search)
	// Weight is the sum of the query terms' weights in the language searched
	// (see Search): words the documents do not know weigh the most, words
	// most documents use the least. A merged Result keeps the first one's.
	Weight float64
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
	n := len(ix.meta)
	buf := make([]float32, 2*n)
	r := Result{ix: ix, score: buf[:n:n], doc: buf[n:], Weight: sc.total}
	for d, s := range sc.acc[:len(li.docs)] {
		it := li.docs[d]
		r.score[it] = max(r.score[it], s)
		r.doc[it] = max(r.doc[it], min(sc.dacc[d], maxScore))
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
		n := len(o.score)
		buf := make([]float32, 2*n)
		r.ix, r.score, r.doc, r.Weight = o.ix, buf[:n:n], buf[n:], o.Weight
	}
	f := float32(factor)
	for i, s := range o.score {
		r.score[i] = max(r.score[i], s*f)
		r.doc[i] = max(r.doc[i], o.doc[i]*f)
	}
}

// Score returns the Score of the item, 0 if it did not match.
func (r Result) Score(id, kind string) float64 { return r.of(r.score, id, kind) }

// DocScore returns the whole-document part of the item's Score (see
// Search): how well the document as a whole, not its nearest example
// question, matches the query; 0 if it did not match.
func (r Result) DocScore(id, kind string) float64 { return r.of(r.doc, id, kind) }

// of returns the item's entry of v (r.score or r.doc), 0 if it has none.
func (r Result) of(v []float32, id, kind string) float64 {
	if r.ix == nil {
		return 0
	}
	if i, ok := r.ix.itemOf[docMeta{id, kind}]; ok {
		return float64(v[i])
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
	var total float64
	for _, h := range sc.terms {
		k := li.find(h)
		w := li.weight(h, k)
		total += float64(w)
		if k < 0 {
			continue
		}
		f := w / 255
		lo, hi := li.offs[k], li.offs[k+1]
		pw := li.pw[lo:hi]
		for i, d := range li.pdoc[lo:hi] {
			acc[d] += f * float32(pw[i])
		}
		for _, u := range li.punit[li.uoffs[k]:li.uoffs[k+1]] {
			uacc[u] += w
		}
	}

	// A query of only common words ("how are you") matches them all; the floor
	// keeps its Score low. It is the weight of floorTerms terms seen in one
	// document.
	docTotal := total
	if len(li.idf) > 1 {
		docTotal += floorTerms * float64(li.idf[1])
	}
	inv := float32(docWeight / docTotal)
	for d := range acc {
		acc[d] *= inv
	}
	sc.dacc = append(sc.dacc[:0], acc...)
	// Each document's best unit, if it beats the whole document.
	qnorm := float32(math.Pow(total+unitFloor*float64(li.idf[min(1, len(li.idf)-1)]), unitAlpha))
	for u, m := range uacc {
		if m == 0 {
			continue
		}
		if s, d := m/(qnorm*li.unorm[u]), li.udoc[u]; s > acc[d] {
			acc[d] = s
		}
	}
	for d, s := range acc {
		acc[d] = min(s, maxScore)
	}
	sc.total = total
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
