package search

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

var testIndex = sync.OnceValue(func() *Index { return Build(testDocs) })

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		// Uzbek o‘ / g‘ in every spelling, and without the sign
		{"O‘zbekiston", "ozbekiston"},
		{"O'zbekiston", "ozbekiston"},
		{"Oʻzbekiston", "ozbekiston"},
		{"O`zbekiston", "ozbekiston"},
		{"O’zbekiston", "ozbekiston"},
		{"O´zbekiston", "ozbekiston"},
		{"Ozbekiston", "ozbekiston"},
		{"yig‘iladi yigʻiladi yig'iladi", "yigiladi yigiladi yigiladi"},
		// Russian
		{"Ёлка, ЕЩЁ!", "елка еще"},
		{"Как  расторгнуть   контракт?!", "как расторгнуть контракт"},
		{"за́мок", "замок"}, // stress mark
		{"мой", "мой"},      // й is kept
		// Kazakh, Kyrgyz, Tajik, Uzbek Cyrillic letters and their Russian look-alikes
		{"Қазақстан", "казакстан"},
		{"үй-бүлөң", "уй булон"},
		{"ұлы әке іні һәм", "улы аке ини хам"},
		{"ҷавоб ҳамаи ӯ ӣ", "чавоб хамаи у и"},
		{"Ўзбекистон", "узбекистон"},
		{"Қандай", Normalize("кандай")},
		// Latin diacritics
		{"Ünïcödé Straße", "unicode strasse"},
		{"Türkmenistan ýaşaýar ňähili", "turkmenistan yasayar nahili"},
		{"İstanbul ılık", "istanbul ilik"},
		{"Azərbaycan", "azerbaycan"},
		{"Cuba, ¿cómo está?", "cuba como esta"},
		// Arabic script
		{"مُحَمَّدٌ", "محمد"},
		{"مدرسة", "مدرسه"},
		{"علی علىٰ علي", "علي علي علي"},
		{"کتاب كتاب", "كتاب كتاب"},
		{"أحمد إبراهيم آمن", "احمد ابراهيم امن"},
		{"كـــتاب", "كتاب"}, // tatweel
		// Devanagari
		{"ज़िंदगी", "जिंदगी"},         // decomposed nukta
		{"\u095bिंदगी", "जिंदगी"},     // precomposed ज़
		{"चाँद", "चांद"},              // candrabindu -> anusvara
		{"नेपाल\u200dको", "नेपालको"},  // ZWJ dropped
		{"कति नेपाली?", "कति नेपाली"}, // vowel signs kept
		{"सम्झौता", "सम्झौता"},        // virama kept
		// digits of any script, width, punctuation
		{"٢٠٢٣ ۲۰۲۳ २०२३", "2023 2023 2023"},
		{"ＡＢＣ１２３", "abc123"},
		{"18-22 years, 48 hours", "18 22 years 48 hours"},
		{"«Алабуга Старт» — что это?", "алабуга старт что это"},
		{"skol'ko", "skolko"},
		{"hi 👋 there", "hi there"},
		{"", ""},
		{"   ", ""},
		{"\xff\xfeabc\xc0", "abc"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizeIdempotent(t *testing.T) {
	for _, d := range testDocs {
		for _, s := range append(append([]string{d.Body}, d.Titles...), d.Questions...) {
			n := Normalize(s)
			if n2 := Normalize(n); n2 != n {
				t.Errorf("Normalize not idempotent on %q: %q -> %q", s, n, n2)
			}
		}
	}
}

func TestTranslit(t *testing.T) {
	tests := []struct {
		in      string
		variant int
		toCyr   bool
		want    string
	}{
		{"skolko", tlPlain, true, "сколко"},
		{"tadzhikov", tlPlain, true, "таджиков"},
		{"tadjikov", tlPlain, true, "таджиков"},
		{"pogiblo", tlPlain, true, "погибло"},
		{"rastorgnut", tlPlain, true, "расторгнут"},
		{"kontrakt", tlPlain, true, "контракт"},
		{"kakoy", tlPlain, true, "какой"},
		{"novyy", tlPlain, true, "новый"},
		{"shchuka", tlPlain, true, "щука"},
		{"xorosho", tlPlain, true, "хорошо"},
		{"khorosho", tlPlain, true, "хорошо"},
		{"chto", tlPlain, true, "что"},
		{"zhena", tlPlain, true, "жена"},
		{"yaponiya", tlPlain, true, "япония"},
		{"tsena", tlPlain, true, "цена"},
		{"eto", tlAlt, true, "это"},
		{"uzbekiston", tlPlain, false, "uzbekiston"},
		{"таджикистан", tlPlain, false, "tadjikistan"},
		{"хорошо", tlPlain, false, "xorosho"},
		{"хорошо", tlAlt, false, "khorosho"},
		{"жена", tlAlt, false, "zhena"},
		{"сыновья", tlAlt, false, "synovya"},
	}
	for _, tt := range tests {
		var got []byte
		if tt.toCyr {
			got = latinToCyr(nil, []byte(tt.in), tt.variant)
		} else {
			got = cyrToLatin(nil, []byte(Normalize(tt.in)), tt.variant)
		}
		if string(got) != tt.want {
			t.Errorf("translit(%q, %d) = %q, want %q", tt.in, tt.variant, got, tt.want)
		}
	}
}

// searchCase: the query must find want first, with Confidence >= MinConfidence.
type searchCase struct{ lang, query, want string }

func checkSearch(t *testing.T, ix *Index, tests []searchCase) {
	t.Helper()
	for _, tt := range tests {
		hits := ix.Search(tt.lang, tt.query, 3)
		if len(hits) == 0 || hits[0].ID != tt.want {
			t.Errorf("Search(%s, %q) = %v, want %s first", tt.lang, tt.query, hits, tt.want)
			continue
		}
		if c := ix.Confidence(hits); c < MinConfidence {
			t.Errorf("Search(%s, %q): confidence %.3f < %.2f", tt.lang, tt.query, c, MinConfidence)
		}
	}
}

func TestSearch(t *testing.T) {
	checkSearch(t, testIndex(), []searchCase{
		{"en", "What is Alabuga Start?", "alabuga-start"},
		{"en", "alabuga", "alabuga-start"},
		{"en", "how do i terminate my contract", "terminate-contract"},
		{"en", "how many tajiks died", "tajik-deaths"},
		{"en", "did nepal ban work in russia", "nepal-response"},
		{"en", "my son is missing", "find-relative"},
		{"ru", "сколько таджиков погибло", "tajik-deaths"},
		{"ru", "Как расторгнуть контракт?", "terminate-contract"},
		{"ru", "сын пропал на войне", "find-relative"},
		{"ru", "что с непальцами", "nepal-response"},
		{"ru", "алабуга", "alabuga-start"},
		{"ky", "Канча кыргыз өлдү?", "kyrgyz-deaths"},
		{"ne", "कति नेपाली मारिए", "nepal-deaths"},
		{"ne", "सम्झौता कसरी तोड्ने", "terminate-contract"},
		{"ar", "كيف أنهي عقدي", "terminate-contract"},
		{"uz", "Alabuga nima?", "alabuga-start"},
	})
}

func TestSearchVariants(t *testing.T) {
	checkSearch(t, testIndex(), []searchCase{
		// Russian typed in Latin letters
		{"ru", "skolko tadzhikov pogiblo", "tajik-deaths"},
		{"ru", "skol'ko tadjikov pogiblo?", "tajik-deaths"},
		{"ru", "kak rastorgnut kontrakt", "terminate-contract"},
		{"ru", "alabuga", "alabuga-start"},
		{"ru", "syn propal na voyne", "find-relative"},
		// Uzbek: o‘ / g‘ spellings, and Uzbek typed in Cyrillic
		{"uz", "Shartnomani qanday bekor qilsam bo‘ladi?", "terminate-contract"},
		{"uz", "shartnomani qanday bekor qilsam bo'ladi", "terminate-contract"},
		{"uz", "shartnomani qanday bekor qilsam boʻladi", "terminate-contract"},
		{"uz", "shartnomani qanday bekor qilsam boladi", "terminate-contract"},
		{"uz", "шартномани қандай бекор қилсам бўлади", "terminate-contract"},
		{"uz", "ozbek migrantlarini urushga majburlashyaptimi", "uzbek-migrants"},
		// Kyrgyz typed with Russian letters (н for ң, о for ө, у for ү) or in Latin
		{"ky", "келишимди кантип бузсам болот", "terminate-contract"},
		{"ky", "канча кыргыз олду", "kyrgyz-deaths"},
		{"ky", "уй-булом согушка кетти", "kyrgyz-deaths"},
		{"ky", "kelishimdi kantip buzsam bolot", "terminate-contract"},
		// Arabic without hamza and tashkeel, with them
		{"ar", "الابوغا", "alabuga-start"},
		{"ar", "كَيْفَ أُنْهِي عَقْدِي", "terminate-contract"},
	})
}

func TestSearchTypos(t *testing.T) {
	checkSearch(t, testIndex(), []searchCase{
		{"en", "how many tadjiks were kiled", "tajik-deaths"},
		{"en", "how to cancel contrakt with army", "terminate-contract"},
		{"en", "alabugaa start", "alabuga-start"},
		{"en", "my sun is mising in war", "find-relative"},
		{"ru", "расторгуть контракт", "terminate-contract"},
		{"ru", "скока таджиков погибла", "tajik-deaths"},
		{"ru", "алабуго старт", "alabuga-start"},
		{"ru", "kak rastorgnut kontrackt", "terminate-contract"},
	})
}

func TestUnrelatedLowConfidence(t *testing.T) {
	ix := testIndex()
	for _, q := range []struct{ lang, query string }{
		{"en", "what's the weather"},
		{"en", "best pizza recipe"},
		{"en", "hello"},
		{"en", "what time is it in london"},
		{"ru", "рецепт борща"},
		{"ru", "какая погода завтра"},
		{"ru", "привет"},
		{"ru", "kak dela"},
		{"ne", "मौसम कस्तो छ"},
		{"ar", "ما حالة الطقس"},
		{"en", "zzzz qqqq"},
		{"en", "!!!"},
	} {
		hits := ix.Search(q.lang, q.query, 3)
		if c := ix.Confidence(hits); c >= MinConfidence {
			t.Errorf("Search(%s, %q): confidence %.3f >= %.2f for an unrelated query: %v", q.lang, q.query, c, MinConfidence, hits)
		}
	}
}

func TestSearchEdges(t *testing.T) {
	ix := testIndex()
	if h := ix.Search("xx", "alabuga", 3); h != nil {
		t.Errorf("unknown language: %v", h)
	}
	if h := ix.Search("en", "alabuga", 0); h != nil {
		t.Errorf("k=0: %v", h)
	}
	if h := ix.Search("en", "  ?! ", 3); h != nil {
		t.Errorf("empty query: %v", h)
	}
	if h := ix.Search("en", "the", 100); len(h) > 15 {
		t.Errorf("more hits than docs: %d", len(h))
	}
	for _, h := range ix.Search("en", "how many tajiks died in the war", 100) {
		if h.Score <= 0 || h.Score >= 1 {
			t.Errorf("score out of (0,1): %v", h)
		}
	}
	if h := Build(nil).Search("en", "x", 3); h != nil {
		t.Errorf("empty index: %v", h)
	}
	if h := Build(nil).Entities("en", "Nepal"); h != nil {
		t.Errorf("empty index entities: %v", h)
	}
	long := strings.Repeat("alabuga ", 10000)
	if h := ix.Search("en", long, 1); len(h) != 1 || h[0].ID != "alabuga-start" {
		t.Errorf("long query: %v", h)
	}
}

func TestEntities(t *testing.T) {
	ix := testIndex()
	tests := []struct {
		lang, query string
		want        []string // IDs, best first; nil = none
	}{
		{"ru", "Непал", []string{"np"}},
		{"ru", "я из Непала", []string{"np"}},
		{"ru", "что с непальцами в Непале", []string{"np"}},
		{"ru", "непальцы", []string{"np"}},
		{"ru", "Nepal", []string{"np"}}, // Latin in a Russian query
		{"en", "I am from Nepal", []string{"np"}},
		{"en", "nepalese men", []string{"np"}},
		{"en", "Непал", []string{"np"}},                // Cyrillic in an English query
		{"uz", "Tojikistondan keldim", []string{"tj"}}, // Uzbek suffix
		{"uz", "O‘zbekistonlik migrantlar", []string{"uz"}},
		{"uz", "ozbekistondan", []string{"uz"}},
		{"uz", "ўзбекистонлик", []string{"uz"}}, // Uzbek in Cyrillic
		{"ky", "Кыргызстандан келдим", []string{"kg"}},
		{"ru", "tadzhikistan", []string{"tj"}},          // Russian translit
		{"en", "tadjikistan", []string{"tj"}},           // typo
		{"ru", "нигерийцы", []string{"ng"}},             // not Niger
		{"ru", "Нигер и Нигерия", []string{"ne", "ng"}}, // both
		{"en", "south sudan", []string{"ss"}},           // not Sudan
		{"ru", "живу в Южном Судане", []string{"ss"}},
		{"ru", "Судан", []string{"sd"}},
		{"ar", "السودان", []string{"sd"}},
		{"ru", "Шри-Ланкой", []string{"lk"}},
		{"en", "srilanka", []string{"lk"}},
		{"en", "Sri Lankan veterans", []string{"lk"}},
		{"ru", "кубинцы на Кубе", []string{"cu"}},
		{"ne", "नेपालबाट", []string{"np"}},
		{"ru", "идите лесом помогут?", []string{"get-lost"}},
		{"en", "nepal and tajikistan", []string{"np", "tj"}},
		{"ru", "мало денег", nil}, // not Mali
		{"ru", "как расторгнуть контракт", nil},
		{"en", "what is alabuga start", nil},
		{"en", "", nil},
	}
	for _, tt := range tests {
		hits := ix.Entities(tt.lang, tt.query)
		var got []string
		for _, h := range hits {
			got = append(got, h.ID)
			if h.Kind != "country" && h.Kind != "org" {
				t.Errorf("Entities(%q): kind %q", tt.query, h.Kind)
			}
		}
		if !sameSet(got, tt.want) {
			t.Errorf("Entities(%s, %q) = %v, want %v", tt.lang, tt.query, hits, tt.want)
		}
	}
	// An exact name in the query's language beats an inflected or foreign one.
	if h := ix.Entities("ru", "Непал"); len(h) != 1 || h[0].Score != 1 {
		t.Errorf("exact name: %v", h)
	}
	if h := ix.Entities("ru", "Nepal"); len(h) != 1 || h[0].Score >= 1 {
		t.Errorf("foreign name: %v", h)
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]bool{}
	for _, x := range a {
		m[x] = true
	}
	for _, x := range b {
		if !m[x] {
			return false
		}
	}
	return true
}

func TestWordMatch(t *testing.T) {
	tests := []struct {
		w, a  string
		multi bool
		match bool
	}{
		{"непал", "непал", false, true},
		{"непале", "непал", false, true},
		{"непальцами", "непал", false, true},
		{"неправильно", "непал", false, false},
		{"россии", "россия", false, true},
		{"мало", "мали", false, false},
		{"малый", "мали", false, false},
		{"кубы", "куба", false, false}, // 4 runes: aliases must list it
		{"iranlik", "iran", false, true},
		{"irandagilarga", "iran", false, false}, // too long a suffix
		{"чад", "чад", false, true},
		{"чаде", "чад", false, false},
		{"южной", "южная", true, true},
		{"южной", "южная", false, false},
		{"tadjikistan", "tajikistan", false, true},
		{"tajikstan", "tajikistan", false, true},
		{"polsha", "polsha", false, true},
	}
	for _, tt := range tests {
		if got := wordMatch(tt.w, utf8.RuneCountInString(tt.w), tt.a, utf8.RuneCountInString(tt.a), tt.multi) > 0; got != tt.match {
			t.Errorf("wordMatch(%q, %q, %v) = %v", tt.w, tt.a, tt.multi, got)
		}
	}
}

func TestDeterminism(t *testing.T) {
	queries := []struct{ lang, q string }{
		{"en", "how"}, {"en", "the war"}, {"ru", "как"}, {"ru", "kak"}, {"uz", "qanday"},
		{"en", "nepal tajikistan"}, {"ru", "контракт"}, {"ar", "في"},
	}
	a := Build(testDocs)
	// The same docs in another order.
	rev := make([]Doc, len(testDocs))
	for i, d := range testDocs {
		rev[len(testDocs)-1-i] = d
	}
	b := Build(rev)
	for _, q := range queries {
		h1 := a.Search(q.lang, q.q, 100)
		for i := 0; i < 5; i++ {
			if h := a.Search(q.lang, q.q, 100); !reflect.DeepEqual(h, h1) {
				t.Fatalf("Search(%q) not stable: %v vs %v", q.q, h, h1)
			}
		}
		if h := b.Search(q.lang, q.q, 100); !reflect.DeepEqual(h, h1) {
			t.Errorf("Search(%q) depends on input order:\n%v\n%v", q.q, h, h1)
		}
		for i := 1; i < len(h1); i++ {
			if h1[i].Score > h1[i-1].Score || h1[i].Score == h1[i-1].Score && h1[i].ID < h1[i-1].ID {
				t.Errorf("Search(%q) misordered: %v", q.q, h1)
			}
		}
		if e1, e2 := a.Entities(q.lang, q.q), b.Entities(q.lang, q.q); !reflect.DeepEqual(e1, e2) {
			t.Errorf("Entities(%q) depends on input order: %v vs %v", q.q, e1, e2)
		}
	}
}

func TestConcurrent(t *testing.T) {
	ix := testIndex()
	want := fmt.Sprint(ix.Search("ru", "skolko tadzhikov pogiblo", 5), ix.Entities("ru", "Непале"))
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				got := fmt.Sprint(ix.Search("ru", "skolko tadzhikov pogiblo", 5), ix.Entities("ru", "Непале"))
				if got != want {
					t.Errorf("concurrent result differs: %s", got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestTermCount(t *testing.T) {
	var g termGen
	for _, w := range []string{"a", "ab", "abc", "непал", "नेपाल", "日本語", "여권을", "儿", "ሩሲያ", "ለ", strings.Repeat("x", maxWordRunes), strings.Repeat("я", maxWordRunes+7), strings.Repeat("俄", maxWordRunes+3)} {
		if got, want := len(g.add(nil, []byte(w))), termCount([]byte(w)); got != want {
			t.Errorf("terms of %q: %d, termCount %d", w, got, want)
		}
	}
}

func TestCapNormalized(t *testing.T) {
	long := strings.Repeat("abc ", MaxQueryRunes*2)
	got := capNormalized([]byte(long[:len(long)-1]))
	if len(got) > 4*MaxQueryRunes || strings.HasSuffix(string(got), " ") || !strings.HasSuffix(string(got), "abc") {
		t.Errorf("capNormalized: len %d, tail %q", len(got), got[len(got)-5:])
	}
	if got := capNormalized([]byte("a b")); string(got) != "a b" {
		t.Errorf("capNormalized short: %q", got)
	}
	// A query that normalization expands a lot is still bounded.
	ix := testIndex()
	if h := ix.Search("ar", strings.Repeat("ﷺ", 5000), 3); h == nil {
		t.Errorf("expanded query found nothing")
	}
}

func TestQueryResult(t *testing.T) {
	ix := testIndex()
	q := "how do i terminate my contract"
	hits := ix.Search("en", q, 3)
	r := ix.Query("en", q)
	if top := r.Top(3, nil); !reflect.DeepEqual(top, hits) {
		t.Errorf("Query(...).Top = %v, Search = %v", top, hits)
	}
	if s := r.Score(hits[0].ID, hits[0].Kind); s != hits[0].Score {
		t.Errorf("Score = %v, want %v", s, hits[0].Score)
	}
	if s := r.Score("no-such-item", "topic"); s != 0 {
		t.Errorf("Score of an unknown item = %v", s)
	}
	for _, h := range r.Top(10, func(_, kind string) bool { return kind == "country" }) {
		if h.Kind != "country" {
			t.Errorf("Top with keep: %v", h)
		}
	}
	if r.Weight <= 0 || r.Weight != ix.Weight("en", q) {
		t.Errorf("Weight %v, Index.Weight %v", r.Weight, ix.Weight("en", q))
	}
	if w1, w2 := ix.Weight("en", "contract"), ix.Weight("en", "contract zzqx"); w2 <= w1 {
		t.Errorf("an unknown word adds no weight: %v, %v", w1, w2)
	}
	if (Result{}).Top(3, nil) != nil || ix.Query("xx", q).Top(3, nil) != nil || ix.Weight("xx", q) != 0 {
		t.Error("a zero Result or an unknown language has hits or weight")
	}

	// Merge keeps the better score of each item, the other one scaled.
	ru := ix.Query("ru", "как расторгнуть контракт")
	var m Result
	m.Merge(r, 1)
	m.Merge(ru, 0.5)
	for _, id := range []string{"terminate-contract", "tajik-deaths", "alabuga-start"} {
		want := max(r.Score(id, "topic"), float64(float32(ru.Score(id, "topic"))*0.5))
		if got := m.Score(id, "topic"); math.Abs(got-want) > 1e-6 {
			t.Errorf("merged %s: %v, want %v", id, got, want)
		}
	}
	if m.Weight != r.Weight {
		t.Errorf("merged Weight %v, want the first one's %v", m.Weight, r.Weight)
	}
	for _, id := range []string{"terminate-contract", "tajik-deaths"} {
		want := max(r.DocScore(id, "topic"), float64(float32(ru.DocScore(id, "topic"))*0.5))
		if got := m.DocScore(id, "topic"); math.Abs(got-want) > 1e-6 {
			t.Errorf("merged DocScore %s: %v, want %v", id, got, want)
		}
	}
}

// DocScore is the whole-document view: never more than the Score, which is
// the better of it and the nearest example question; an example question
// asked as written wins by its unit, and a question whose words are spread
// over a document's questions by the document.
func TestDocScore(t *testing.T) {
	ix := testIndex()
	exact := ix.Query("en", "How to break a military contract")
	if d, s := exact.DocScore("terminate-contract", "topic"), exact.Score("terminate-contract", "topic"); !(d > 0 && d < s && s > 0.9) {
		t.Errorf("exact question: DocScore %v, Score %v", d, s)
	}
	for _, q := range []string{"contract", "terminate army cancel signed quit", "how many tajiks died"} {
		r := ix.Query("en", q)
		for _, h := range r.Top(10, nil) {
			if d := r.DocScore(h.ID, h.Kind); d > h.Score+1e-6 || d < 0 {
				t.Errorf("%q %s: DocScore %v over Score %v", q, h.ID, d, h.Score)
			}
		}
	}
	if (Result{}).DocScore("terminate-contract", "topic") != 0 || exact.DocScore("no-such", "topic") != 0 {
		t.Error("DocScore of a zero Result or an unknown item is not 0")
	}
}

// An example question asked as written scores close to 1, whatever the
// length of its document.
func TestExactQuestionScore(t *testing.T) {
	ix := testIndex()
	for _, c := range []searchCase{
		{"en", "How to break a military contract", "terminate-contract"},
		{"ru", "Хочу уйти из армии", "terminate-contract"},
		{"zh", "我儿子在俄罗斯失踪了", "find-relative"},
	} {
		if h := ix.Search(c.lang, c.query, 1); len(h) == 0 || h[0].ID != c.want || h[0].Score < 0.8 {
			t.Errorf("Search(%s, %q) = %v, want %s over 0.8", c.lang, c.query, h, c.want)
		}
	}
}

func TestSearchUnspaced(t *testing.T) {
	checkSearch(t, testIndex(), []searchCase{
		{"zh", "合同签了，怎么解除", "terminate-contract"},
		{"zh", "丈夫在军队，联系不上了", "find-relative"},
	})
}

func TestEntitySpans(t *testing.T) {
	ix := testIndex()
	hits := ix.Entities("en", "I am from Nepal, my wife from Sri Lanka")
	spans := map[string][2]int{}
	for _, h := range hits {
		spans[h.ID] = [2]int{h.Start, h.End}
	}
	// i am from nepal my wife from sri lanka
	if spans["np"] != [2]int{3, 4} || spans["lk"] != [2]int{7, 9} {
		t.Errorf("spans %v", spans)
	}
}

func TestEntitiesCliticsAndBrackets(t *testing.T) {
	ix := testIndex()
	for _, c := range []struct{ lang, q, want string }{
		{"ar", "والسودان", "sd"},                                // "and Sudan"
		{"am", "ከኔፓል መጣሁ", "np"},                                // "I came from Nepal"
		{"en", "Conscientious Objectors Movement", "objectors"}, // the part in brackets
		{"uz", "Vijdonan rad etuvchilar harakati nima", "objectors"},
	} {
		hits := ix.Entities(c.lang, c.q)
		if len(hits) == 0 || hits[0].ID != c.want || hits[0].Score < 0.6 {
			t.Errorf("Entities(%s, %q) = %v, want %s", c.lang, c.q, hits, c.want)
		}
	}
	if h := ix.Entities("en", "the sudanese"); len(h) > 0 && h[0].ID == "sd" && h[0].Score >= 1 {
		t.Errorf("a Latin word is not read past its first letters: %v", h)
	}
}

func TestNameParts(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Get Lost", []string{"Get Lost"}},
		{"Get Lost (Идите лесом)", []string{"Get Lost (Идите лесом)", "Идите лесом", "Get Lost  "}},
		{"A (B) C [D]", []string{"A (B) C [D]", "B", "D", "A   C  "}},
		{"broken (bracket", []string{"broken (bracket"}},
	} {
		if got := nameParts(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("nameParts(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Chinese is written without spaces and Korean writes particles onto the
// name: names are found inside the words, and Words cuts around them so the
// rest of the question can be scored without the name.
func TestEntitiesUnspaced(t *testing.T) {
	ix := testIndex()
	for _, c := range []struct {
		lang, q string
		want    string // "" for none
		words   []string
	}{
		{"zh", "有尼泊尔人在俄军里吗", "np", []string{"有", "尼泊尔", "人在俄军里吗"}},
		{"zh", "尼泊尔", "np", []string{"尼泊尔"}},
		{"zh", "我儿子在俄罗斯失踪了", "", []string{"我儿子在俄罗斯失踪了"}},
		{"zh", "去尼泊尔 还是 尼泊尔人", "np", []string{"去", "尼泊尔", "还是", "尼泊尔", "人"}},
		{"ko", "네팔인이 러시아군에", "np", []string{"네팔인", "이", "러시아군에"}},
	} {
		if got := ix.Words(c.q); !slices.Equal(got, c.words) {
			t.Errorf("Words(%q) = %q, want %q", c.q, got, c.words)
		}
		hits := ix.Entities(c.lang, c.q)
		switch {
		case c.want == "" && len(hits) > 0:
			t.Errorf("Entities(%s, %q) = %v, want none", c.lang, c.q, hits)
		case c.want != "" && (len(hits) == 0 || hits[0].ID != c.want || hits[0].Score < 1):
			t.Errorf("Entities(%s, %q) = %v, want %s named exactly", c.lang, c.q, hits, c.want)
		}
	}
	// Space-separated text is left as Normalize cuts it.
	if got := ix.Words("Я из Непала!"); !slices.Equal(got, []string{"я", "из", "непала"}) {
		t.Errorf("Words = %q", got)
	}
}
