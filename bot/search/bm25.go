package search

import (
	"math"
	"math/bits"
	"slices"
)

// BM25F parameters. A term's weight in a document is
//
//	tfw = Σ_field W_f · tf_f / (1 - b_f + b_f · len_f / avglen_f)
//	s   = tfw / (tfw + k1)                      (0 <= s < 1, stored as a byte)
//
// and a query scores a document Σ_t qw_t · s(t, d), where qw_t = idf(df_t), times
// wordBoost for whole-word terms.
const k1 = 1.2

// wordBoost is how many times a whole word weighs more than an n-gram.
const wordBoost = 2

const (
	fTitles = iota
	fQuestions
	fBody
	nFields
)

var fieldW = [nFields]float64{fTitles: 3, fQuestions: 3, fBody: 1}
var fieldB = [nFields]float64{fTitles: 0.3, fQuestions: 0.4, fBody: 0.75}

// maxLangDocs is the most documents one language can hold (postings keep a
// 16-bit document number); more are ignored.
const maxLangDocs = math.MaxUint16

// maxLangUnits is the most units (titles and questions) one language can
// hold; more are scored with their document only.
const maxLangUnits = math.MaxUint16

// langIndex is the inverted index of one language. Terms are kept sorted by
// hash; bucket[b]..bucket[b+1] is the range of terms whose top bits are b.
type langIndex struct {
	lang   string
	script script
	docs   []int32   // local document number -> item (Index.meta)
	idf    []float32 // idf by document frequency 0..len(docs)
	shift  uint8
	bucket []uint32
	hashes []uint64
	offs   []uint32 // postings of hashes[i] are offs[i]..offs[i+1]
	pdoc   []uint16
	pw     []uint8 // s·255

	// Units: every title and every example question of a document with
	// example questions is also scored on its own (see Search). uoffs[i]..uoffs[i+1] are the units
	// holding hashes[i].
	uoffs []uint32
	punit []uint16
	udoc  []uint16  // unit -> local document number
	unorm []float32 // unit -> (Σ weights of its terms)^(1-unitAlpha)
}

// find returns the number of term h in hashes, or -1 if unknown.
func (li *langIndex) find(h uint64) int {
	b := h >> li.shift
	for k := li.bucket[b]; k < li.bucket[b+1]; k++ {
		switch x := li.hashes[k]; {
		case x == h:
			return int(k)
		case x > h:
			return -1
		}
	}
	return -1
}

// df is the number of documents holding term k (0 for -1).
func (li *langIndex) df(k int) uint32 {
	if k < 0 {
		return 0
	}
	return li.offs[k+1] - li.offs[k]
}

// weight is the query weight of term h whose number is k: its idf, times
// wordBoost for whole words.
func (li *langIndex) weight(h uint64, k int) float32 {
	w := li.idf[li.df(k)]
	if isWordTerm(h) {
		w *= wordBoost
	}
	return w
}

// builder holds the reusable buffers of one Build worker.
type builder struct {
	gen    termGen
	terms  []uint64
	local  u64map // term -> index in uniq, for one document
	uniq   []uint64
	tf     [][nFields]uint16
	global u64map // term -> term number, for one language
	ghash  []uint64
	ptid   []int32
	pdoc   []uint16
	pw     []uint8
	utid   []int32
	punit  []uint16
}

// u64map is an open-addressing hash table from term hashes (never 0) to int32.
type u64map struct {
	keys []uint64
	vals []int32
	n    int
}

func (m *u64map) reset(capacity int) {
	size := 64
	for size < 2*capacity {
		size *= 2
	}
	if len(m.keys) < size {
		m.keys, m.vals = make([]uint64, size), make([]int32, size)
	} else {
		clear(m.keys) // never shrinks: the buffers are reused
	}
	m.n = 0
}

// get returns the value of h, or stores v for it and returns v, false.
func (m *u64map) get(h uint64, v int32) (int32, bool) {
	if 2*(m.n+1) > len(m.keys) {
		old, oldv := m.keys, m.vals
		m.keys, m.vals = make([]uint64, 2*len(old)), make([]int32, 2*len(old))
		m.n = 0
		for i, k := range old {
			if k != 0 {
				m.get(k, oldv[i])
			}
		}
	}
	mask := uint64(len(m.keys) - 1)
	for i := (h >> 1) & mask; ; i = (i + 1) & mask {
		switch m.keys[i] {
		case h:
			return m.vals[i], true
		case 0:
			m.keys[i], m.vals[i] = h, v
			m.n++
			return v, false
		}
	}
}

// buildLang indexes the documents of one language, already in ID order.
func (bd *builder) buildLang(lang string, docs []*Doc, items []int32) *langIndex {
	if len(docs) > maxLangDocs {
		docs, items = docs[:maxLangDocs], items[:maxLangDocs]
	}
	n := len(docs)
	li := &langIndex{lang: lang, docs: items}

	// Pass 1: normalized fields and their lengths in terms; units.
	texts := make([][nFields][]byte, n)
	lens := make([][nFields]float64, n)
	var units [][]byte
	var sum [nFields]float64
	var cnt [nFields]int
	var sc scriptCounter
	for d, doc := range docs {
		for f, parts := range [nFields][]string{doc.Titles, doc.Questions, {doc.Body}} {
			var t []byte
			for _, p := range parts {
				if len(t) > 0 {
					t = append(t, ' ')
				}
				start := len(t)
				t = appendNormalized(t, p)
				if f != fBody && len(doc.Questions) > 0 && len(t) > start && len(units) < maxLangUnits {
					units = append(units, t[start:len(t):len(t)])
					li.udoc = append(li.udoc, uint16(d))
				}
			}
			texts[d][f] = t
			l := 0
			words(t, func(w []byte) { l += termCount(w) })
			sc.add(t)
			lens[d][f] = float64(l)
			if l > 0 {
				sum[f] += float64(l)
				cnt[f]++
			}
		}
	}
	li.script = sc.major()
	var avg [nFields]float64
	for f := range avg {
		avg[f] = 1
		if cnt[f] > 0 {
			avg[f] = sum[f] / float64(cnt[f])
		}
	}

	// Pass 2: term frequencies per field, weights, postings.
	bd.global.reset(1 << 14)
	bd.ghash, bd.ptid, bd.pdoc, bd.pw = bd.ghash[:0], bd.ptid[:0], bd.pdoc[:0], bd.pw[:0]
	for d := range docs {
		bd.local.reset(max(len(bd.uniq), 1024))
		bd.uniq, bd.tf = bd.uniq[:0], bd.tf[:0]
		var norm [nFields]float64
		for f := range nFields {
			norm[f] = fieldW[f] / (1 - fieldB[f] + fieldB[f]*lens[d][f]/avg[f])
			words(texts[d][f], func(w []byte) {
				bd.terms = bd.gen.add(bd.terms[:0], w)
				for _, h := range bd.terms {
					i, ok := bd.local.get(h, int32(len(bd.uniq)))
					if !ok {
						bd.uniq = append(bd.uniq, h)
						bd.tf = append(bd.tf, [nFields]uint16{})
					}
					if bd.tf[i][f] < math.MaxUint16 {
						bd.tf[i][f]++
					}
				}
			})
		}
		for i, h := range bd.uniq {
			tfw := 0.0
			for f := range nFields {
				tfw += float64(bd.tf[i][f]) * norm[f]
			}
			q := math.Round(255 * tfw / (tfw + k1))
			if q < 1 {
				q = 1
			}
			id, ok := bd.global.get(h, int32(len(bd.ghash)))
			if !ok {
				bd.ghash = append(bd.ghash, h)
			}
			bd.ptid = append(bd.ptid, id)
			bd.pdoc = append(bd.pdoc, uint16(d))
			bd.pw = append(bd.pw, uint8(q))
		}
	}
	// The terms of each unit, once each; every one is a term of its document.
	bd.utid, bd.punit = bd.utid[:0], bd.punit[:0]
	for u, t := range units {
		bd.uniq = bd.uniq[:0]
		words(t, func(w []byte) { bd.uniq = bd.gen.add(bd.uniq, w) })
		slices.Sort(bd.uniq)
		for _, h := range slices.Compact(bd.uniq) {
			id, _ := bd.global.get(h, 0)
			bd.utid = append(bd.utid, id)
			bd.punit = append(bd.punit, uint16(u))
		}
	}

	// Lay the terms out by hash, postings in document (unit) order.
	nt := len(bd.ghash)
	li.hashes = slices.Clone(bd.ghash)
	slices.Sort(li.hashes)
	rank := make([]int32, nt)
	for r, h := range li.hashes {
		id, _ := bd.global.get(h, 0)
		rank[id] = int32(r)
	}
	li.offs = layout(nt, bd.ptid, rank)
	next := slices.Clone(li.offs[:nt])
	li.pdoc = make([]uint16, len(bd.ptid))
	li.pw = make([]uint8, len(bd.ptid))
	for p, id := range bd.ptid {
		r := rank[id]
		li.pdoc[next[r]] = bd.pdoc[p]
		li.pw[next[r]] = bd.pw[p]
		next[r]++
	}
	li.uoffs = layout(nt, bd.utid, rank)
	next = slices.Clone(li.uoffs[:nt])
	li.punit = make([]uint16, len(bd.utid))
	for p, id := range bd.utid {
		r := rank[id]
		li.punit[next[r]] = bd.punit[p]
		next[r]++
	}

	// About four terms per bucket.
	nb := 1
	if nt > 4 {
		nb = 1 << bits.Len(uint(nt/4))
	}
	li.shift = uint8(64 - bits.TrailingZeros(uint(nb))) // 64 for one bucket: h>>64 == 0
	li.bucket = make([]uint32, nb+1)
	for _, h := range li.hashes {
		li.bucket[(h>>li.shift)+1]++
	}
	for i := 1; i <= nb; i++ {
		li.bucket[i] += li.bucket[i-1]
	}

	li.idf = make([]float32, n+1)
	for df := range li.idf {
		li.idf[df] = float32(math.Log(1 + (float64(n-df)+0.5)/(float64(df)+0.5)))
	}

	// A unit's norm: the weight of all its terms, as a query would weigh them.
	uw := make([]float64, len(units))
	for p, id := range bd.utid {
		r := int(rank[id])
		uw[bd.punit[p]] += float64(li.weight(li.hashes[r], r))
	}
	li.unorm = make([]float32, len(units))
	for u, w := range uw {
		li.unorm[u] = float32(math.Pow(max(w, 1e-6), 1-unitAlpha))
	}

	return li
}

// layout returns the postings offsets of nt terms ranked by rank, given the
// term id of every posting.
func layout(nt int, tid []int32, rank []int32) []uint32 {
	offs := make([]uint32, nt+1)
	for _, id := range tid {
		offs[rank[id]+1]++
	}
	for i := 1; i <= nt; i++ {
		offs[i] += offs[i-1]
	}
	return offs
}

func runeCount(b []byte) int {
	n := 0
	for _, c := range b {
		if c&0xc0 != 0x80 {
			n++
		}
	}
	return n
}
