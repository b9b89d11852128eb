package telegram

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/referralbot/referralbot/bot"
	"github.com/referralbot/referralbot/bot/store"
)

// fakeEngine records what it gets and answers with reply (default: echo the
// kind). It satisfies Engine as *bot.Engine does.
type fakeEngine struct {
	mu    sync.Mutex
	got   []bot.Update
	reply func(u bot.Update) []bot.Reply
}

func (e *fakeEngine) Handle(_ context.Context, u bot.Update) []bot.Reply {
	e.mu.Lock()
	e.got = append(e.got, u)
	f := e.reply
	e.mu.Unlock()
	if f != nil {
		return f(u)
	}
	return []bot.Reply{{Lang: "en", Text: "got " + string(u.Kind)}}
}

func (e *fakeEngine) Commands(lang string) []bot.Command {
	return []bot.Command{{Name: "start", Description: "Start " + lang}, {Name: "wipe", Description: "Delete messages"}}
}

func (e *fakeEngine) Languages() []string { return []string{"en", "ru", "uz-Cyrl", "fa"} }

func (e *fakeEngine) updates() []bot.Update {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]bot.Update(nil), e.got...)
}

// logBuf is a goroutine-safe log sink.
type logBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// testBot is a Bot against a fakeAPI, with sleeps recorded instead of slept.
type testBot struct {
	*Bot
	api    *fakeAPI
	eng    *fakeEngine
	st     *store.Memory
	keyer  store.Keyer
	logs   *logBuf
	mu     sync.Mutex
	sleeps []time.Duration
}

func newTestBot(t *testing.T, f *fakeAPI, eng *fakeEngine, mutate func(*Config)) *testBot {
	t.Helper()
	logs := &logBuf{}
	cfg := Config{
		Token:          f.token,
		Endpoint:       f.endpoint(),
		SendRate:       -1,
		ChatRate:       1000,
		ChatBurst:      1000,
		Workers:        4,
		PollTimeout:    time.Second,
		RequestTimeout: 2 * time.Second,
		DrainTimeout:   time.Second,
		Logger:         slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		HTTPClient:     f.srv.Client(),
	}
	if mutate != nil {
		mutate(&cfg)
	}
	st := store.NewMemory()
	keyer := store.NewKeyer([]byte("test-secret"))
	b, err := New(context.Background(), cfg, eng, st, keyer)
	if err != nil {
		t.Fatal(err)
	}
	tb := &testBot{Bot: b, api: f, eng: eng, st: st, keyer: keyer, logs: logs}
	b.sleep = func(ctx context.Context, d time.Duration) error {
		tb.mu.Lock()
		tb.sleeps = append(tb.sleeps, d)
		tb.mu.Unlock()
		return ctx.Err()
	}
	b.jitter = func(d time.Duration) time.Duration { return d }
	return tb
}

func (tb *testBot) slept() []time.Duration {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]time.Duration(nil), tb.sleeps...)
}

// run starts Run and returns a stop function that cancels it and returns
// how long Run took to return; it fails the test if Run errs or hangs.
func (tb *testBot) run(t *testing.T) (stop func() time.Duration) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- tb.Run(ctx) }()
	var once sync.Once
	var took time.Duration
	stop = func() time.Duration {
		once.Do(func() {
			start := time.Now()
			cancel()
			select {
			case err := <-done:
				took = time.Since(start)
				if err != nil {
					t.Errorf("Run: %v", err)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Run did not return after cancel")
			}
		})
		return took
	}
	t.Cleanup(func() { stop() })
	return stop
}

// assertPrivate fails if the logs hold any of the secrets.
func assertPrivate(t *testing.T, logs string, secrets ...string) {
	t.Helper()
	for _, s := range append(secrets, testToken, "SECRET-token") {
		if s != "" && strings.Contains(logs, s) {
			t.Errorf("log holds %q:\n%s", s, logs)
		}
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func memStore() *store.Memory { return store.NewMemory() }
func tbKeyer() store.Keyer    { return store.NewKeyer([]byte("test-secret")) }
