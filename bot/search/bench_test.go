package search

import (
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// A synthetic corpus of realistic size, generated deterministically: 27
// languages in 13 scripts, 70 documents each (45 topics with a title, 10
// questions of about 60 characters and a 700-character answer; 15 countries
// with 4 names and a 500-character summary; 10 organizations with 2 names and
// a 400-character description). Words are random syllables drawn from a
// 3,000-word vocabulary per language with Zipf frequencies.

type synthLang struct {
	code       string
	cons, vows []rune
	noSpaces   bool // Han: words are written together
}

func runesOf(s string) []rune { return []rune(strings.ReplaceAll(s, " ", "")) }

var synthLangs = func() []synthLang {
	latin := func(code string) synthLang {
		return synthLang{code: code, cons: runesOf("b c d f g h j k l m n p q r s t v x y z sh ch"), vows: runesOf("a e i o u")}
	}
	cyr := func(code string) synthLang {
		return synthLang{code: code, cons: runesOf("б в г д ж з й к л м н п р с т ф х ц ч ш щ"), vows: runesOf("а е и о у ы э ю я")}
	}
	deva := func(code string) synthLang {
		return synthLang{code: code, cons: runesOf("क ख ग घ च छ ज झ ट ठ ड त थ द ध न प फ ब भ म य र ल व स ह"), vows: runesOf("ा ि ी ु ू े ै ो ौ ं")}
	}
	arab := func(code string) synthLang {
		return synthLang{code: code, cons: runesOf("ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه"), vows: runesOf("ا و ي")}
	}
	return []synthLang{
		latin("en"), latin("uz"), latin("tk"), latin("az"), latin("fr"), latin("es"), latin("pt"), latin("sw"), latin("vi"),
		cyr("ru"), cyr("tg"), cyr("ky"), cyr("kk"), cyr("be"), cyr("uk"),
		deva("ne"), deva("hi"), arab("ar"), arab("fa"), arab("ur"),
		{code: "si", cons: runesOf("ක ග ච ජ ට ඩ ත ද න ප බ ම ය ර ල ව ස හ"), vows: runesOf("ා ි ී ු ූ ෙ ො")},
		{code: "ta", cons: runesOf("க ங ச ஞ ட ண த ந ப ம ய ர ல வ ழ ள ற ன"), vows: runesOf("ா ி ீ ு ூ ெ ே ை ொ")},
		{code: "bn", cons: runesOf("ক খ গ ঘ চ ছ জ ঝ ট ঠ ড ত থ দ ধ ন প ফ ব ভ ম য র ল শ স হ"), vows: runesOf("া ি ী ু ূ ে ৈ ো")},
		{code: "am", cons: runesOf("ሀ ለ ሐ መ ሠ ረ ሰ ሸ ቀ በ ተ ቸ ነ ኘ አ ከ ወ ዘ ዠ የ ደ ጀ ገ ጠ ጨ ጰ ጸ ፀ ፈ ፐ"), vows: runesOf("ሁ ሊ ላ ሌ ል ሎ")},
		{code: "hy", cons: runesOf("բ գ դ զ թ ժ լ խ ծ կ հ ձ ղ ճ մ յ ն շ չ պ ջ ռ ս վ տ ր ց փ ք"), vows: runesOf("ա ե է ը ի ո օ")},
		{code: "ka", cons: runesOf("ბ გ დ ვ ზ თ კ ლ მ ნ პ ჟ რ ს ტ ფ ქ ღ ყ შ ჩ ც ძ წ ჭ ხ ჯ ჰ"), vows: runesOf("ა ე ი ო უ")},
		{code: "zh", cons: runesOf("的 一 是 不 了 人 我 在 有 他 这 中 大 来 上 国 个 到 说 们 为 子 和 你 地 出 道 也 时 年 得 就 那 要 下 以 生 会 自 着 去 之 过 家 学 对 可 她 里 后 小 么 心 多 天 而 能 好 都 然 没 日 于 起 还 发 成 事 只 作 当 想 看 文 无 开 手 十 用 主 行 方 又 如 前 所 本 见 经 头 面 公 同 三 已 老 从 动 两 长"), noSpaces: true},
	}
}()

type synthGen struct {
	r     *rand.Rand
	l     synthLang
	vocab []string
	cum   []float64 // Zipf cumulative weights
}

func newSynthGen(l synthLang, seed uint64) *synthGen {
	g := &synthGen{r: rand.New(rand.NewPCG(seed, 0x5eed)), l: l}
	seen := map[string]bool{}
	for len(g.vocab) < 3000 {
		w := g.word()
		if !seen[w] {
			seen[w] = true
			g.vocab = append(g.vocab, w)
		}
	}
	sum := 0.0
	for i := range g.vocab {
		sum += 1 / math.Pow(float64(i+1), 1.0)
		g.cum = append(g.cum, sum)
	}
	return g
}

// word makes a new random word: 1-4 syllables (Han: 1-3 characters).
func (g *synthGen) word() string {
	var b strings.Builder
	if g.l.noSpaces {
		for n := 1 + g.r.IntN(3); n > 0; n-- {
			b.WriteRune(g.l.cons[g.r.IntN(len(g.l.cons))])
		}
		return b.String()
	}
	for n := 1 + g.r.IntN(4); n > 0; n-- {
		b.WriteRune(g.l.cons[g.r.IntN(len(g.l.cons))])
		b.WriteRune(g.l.vows[g.r.IntN(len(g.l.vows))])
		if g.r.IntN(3) == 0 {
			b.WriteRune(g.l.cons[g.r.IntN(len(g.l.cons))])
		}
	}
	return b.String()
}

func (g *synthGen) vocabWord() string {
	x := g.r.Float64() * g.cum[len(g.cum)-1]
	i, _ := slices.BinarySearch(g.cum, x)
	return g.vocab[min(i, len(g.vocab)-1)]
}

// text makes a sentence of about n characters.
func (g *synthGen) text(n int) string {
	var b strings.Builder
	for b.Len() < n*2 && len([]rune(b.String())) < n { // runes, bounded by bytes
		if b.Len() > 0 && !g.l.noSpaces {
			b.WriteByte(' ')
		}
		b.WriteString(g.vocabWord())
	}
	b.WriteString("?")
	return b.String()
}

func synthCorpus() ([]Doc, map[string][]string) {
	var docs []Doc
	queries := map[string][]string{}
	for li, l := range synthLangs {
		g := newSynthGen(l, uint64(li+1))
		var qs []string
		for i := range 70 {
			d := Doc{Lang: l.code}
			switch {
			case i < 45:
				d.ID, d.Kind = "topic-"+string(rune('a'+i/26))+string(rune('a'+i%26)), "topic"
				d.Titles = []string{g.text(30)}
				for range 10 {
					d.Questions = append(d.Questions, g.text(60))
				}
				d.Body = g.text(700)
			case i < 60:
				d.ID, d.Kind = "country-"+string(rune('a'+i-45)), "country"
				name := g.word()
				d.Titles = []string{name, name + g.word(), name + string(l.cons[0]), g.word()}
				d.Body = g.text(500)
			default:
				d.ID, d.Kind = "org-"+string(rune('a'+i-60)), "org"
				d.Titles = []string{g.text(15), g.word()}
				d.Body = g.text(400)
			}
			docs = append(docs, d)
			// Queries: part of a question, sometimes with a typo; random words;
			// words the corpus does not have.
			for range 3 {
				var q string
				switch g.r.IntN(5) {
				case 0, 1, 2:
					if d.Kind != "topic" {
						q = d.Titles[0] + " " + g.text(20)
						break
					}
					ws := strings.Fields(d.Questions[g.r.IntN(len(d.Questions))])
					from := g.r.IntN(len(ws))
					q = strings.Join(ws[from:min(len(ws), from+2+g.r.IntN(8))], " ")
					if rs := []rune(q); g.r.IntN(2) == 0 && len(rs) > 4 {
						rs[g.r.IntN(len(rs))] = l.cons[g.r.IntN(len(l.cons))]
						q = string(rs)
					}
				case 3:
					q = g.text(10 + g.r.IntN(60))
				default:
					var ws []string
					for range 2 + g.r.IntN(6) {
						ws = append(ws, g.word())
					}
					q = strings.Join(ws, " ")
				}
				qs = append(qs, q)
			}
		}
		queries[l.code] = qs
	}
	return docs, queries
}

type benchQuery struct{ lang, q string }

var synth = sync.OnceValues(func() (*Index, []benchQuery) {
	docs, qm := synthCorpus()
	var qs []benchQuery
	for i := 0; ; i++ { // interleave languages
		added := false
		for _, l := range synthLangs {
			if i < len(qm[l.code]) {
				qs = append(qs, benchQuery{l.code, qm[l.code][i]})
				added = true
			}
		}
		if !added {
			break
		}
	}
	return Build(docs), qs
})

func BenchmarkSearch(b *testing.B) {
	ix, qs := synth()
	b.ReportAllocs()
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		q := qs[i%len(qs)]
		t0 := time.Now()
		ix.Search(q.lang, q.q, 5)
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	slices.Sort(lat)
	if len(lat) > 0 {
		b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds()), "p50-ns")
		b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds()), "p99-ns")
		b.ReportMetric(float64(lat[len(lat)-1].Nanoseconds()), "max-ns")
	}
}

func BenchmarkSearchRuTranslit(b *testing.B) {
	ix, _ := synth()
	b.ReportAllocs()
	for b.Loop() {
		ix.Search("ru", "skolko tadzhikov pogiblo na voyne", 5)
	}
}

func BenchmarkEntities(b *testing.B) {
	ix, qs := synth()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		q := qs[i%len(qs)]
		ix.Entities(q.lang, q.q)
	}
}

func BenchmarkNormalize(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Normalize("Сколько граждан Таджикистана погибло на войне в 2024 году?")
	}
}

func BenchmarkBuild(b *testing.B) {
	docs, _ := synthCorpus()
	b.ReportAllocs()
	for b.Loop() {
		Build(docs)
	}
}

// TestSynthHeap logs the size of the index of the synthetic corpus, the time
// to build it, and search quality on it (log only, no assertions on timing).
func TestSynthHeap(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	docs, _ := synthCorpus()
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	t0 := time.Now()
	ix := Build(docs)
	el := time.Since(t0)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	terms, postings := 0, 0
	for _, li := range ix.langs {
		terms += len(li.hashes)
		postings += len(li.pdoc)
	}
	t.Logf("synthetic corpus: %d docs, %d languages; Build %v; heap after build %.1f MB (index %.1f MB); %d terms, %d postings",
		len(docs), len(ix.codes), el, float64(m1.HeapAlloc)/(1<<20), float64(int64(m1.HeapAlloc)-int64(m0.HeapAlloc))/(1<<20), terms, postings)
	runtime.KeepAlive(ix)
	runtime.KeepAlive(docs)
}

// TestSynthQuality checks that on the large corpus questions still find their
// documents and random words do not.
func TestSynthQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	docs, _ := synthCorpus()
	ix, _ := synth()
	found, total := 0, 0
	for i, d := range docs {
		if d.Kind != "topic" || i%3 != 0 {
			continue
		}
		total++
		if h := ix.Search(d.Lang, d.Questions[i%10], 1); len(h) == 1 && h[0].ID == d.ID && ix.Confidence(h) >= MinConfidence {
			found++
		}
	}
	if found < total*95/100 {
		t.Errorf("exact questions found: %d of %d", found, total)
	}
	g := newSynthGen(synthLangs[0], 999)
	high := 0
	for range 200 {
		q := g.word() + " " + g.word() + " " + g.word()
		if ix.Confidence(ix.Search("en", q, 1)) >= MinConfidence {
			high++
		}
	}
	t.Logf("exact questions found: %d of %d; random words over MinConfidence: %d of 200", found, total, high)
	if high > 10 {
		t.Errorf("random words over MinConfidence: %d of 200", high)
	}
}
