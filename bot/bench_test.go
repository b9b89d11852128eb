package bot_test

import (
	"context"
	"os"
	"runtime"
	"sort"
	"testing"
	"time"

	"github.com/referralbot/referralbot/bot"
	"github.com/referralbot/referralbot/bot/store"
	"github.com/referralbot/referralbot/content"
	"github.com/referralbot/referralbot/locales"
)

// benchQuestions are the labelled eval questions, so the benchmark answers
// what users ask, in every language.
func benchQuestions(b *testing.B) []bot.EvalCase {
	f, err := os.Open("testdata/eval/questions.tsv")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	cases, err := bot.ReadEvalCases(f)
	if err != nil || len(cases) == 0 {
		b.Fatal(err)
	}
	return cases
}

// BenchmarkAnswer measures a whole free-text turn: session load, language
// detection, search, rendering, session save. It reports the 99th
// percentile of single answers as p99-ns.
func BenchmarkAnswer(b *testing.B) {
	h := newHarness(b, nil)
	cases := benchQuestions(b)
	ctx := context.Background()
	durs := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := cases[i%len(cases)]
		start := time.Now()
		h.eng.Handle(ctx, bot.Update{UserID: int64(i % 1000), ChatKind: bot.ChatPrivate, Kind: bot.KindText, Text: c.Question, LangHint: c.Lang})
		durs = append(durs, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(durs, func(i, j int) bool { return durs[i] < durs[j] })
	b.ReportMetric(float64(durs[len(durs)*99/100].Nanoseconds()), "p99-ns")
}

// BenchmarkMatch measures retrieval alone: the answer choice for a question.
func BenchmarkMatch(b *testing.B) {
	h := newHarness(b, nil)
	cases := benchQuestions(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := cases[i%len(cases)]
		h.eng.Match(c.Lang, c.Question)
	}
}

// BenchmarkButton measures a menu step (a country card).
func BenchmarkButton(b *testing.B) {
	h := newHarness(b, nil)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		h.eng.Handle(ctx, bot.Update{UserID: 1, ChatKind: bot.ChatPrivate, Kind: bot.KindCallback, Data: "1:c:np"})
	}
}

// BenchmarkStartup measures loading and checking all content and messages
// and building the search index: what a replica does before it serves.
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		loadEngine(b)
	}
}

// loadEngine loads the embedded content and messages and builds an engine.
func loadEngine(tb testing.TB) *bot.Engine {
	tb.Helper()
	c, err := content.Load(content.Embedded())
	if err != nil {
		tb.Fatal(err)
	}
	cat, err := locales.Load(locales.Embedded())
	if err != nil {
		tb.Fatal(err)
	}
	eng, err := bot.New(bot.Config{Content: c, Locales: cat, Store: store.NewMemory()})
	if err != nil {
		tb.Fatal(err)
	}
	return eng
}

// TestHeapAfterLoad logs the live heap held by a loaded engine (a figure,
// not a timing assertion; the target, 40 MB, is checked loosely).
func TestHeapAfterLoad(t *testing.T) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	eng := loadEngine(t)
	runtime.GC()
	runtime.ReadMemStats(&after)
	mb := float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20)
	t.Logf("heap held by content, messages and index for %d languages: %.1f MB", len(eng.Languages()), mb)
	if mb > 40 {
		t.Errorf("heap after load %.1f MB, target under 40 MB", mb)
	}
	runtime.KeepAlive(eng)
}
