package bot_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/referralbot/referralbot/bot"
	"github.com/referralbot/referralbot/bot/search"
	"github.com/referralbot/referralbot/bot/store"
	"github.com/referralbot/referralbot/content"
	"github.com/referralbot/referralbot/locales"
)

var (
	loadOnce sync.Once
	cont     *content.Content
	cat      *locales.Catalog
	index    *search.Index // built once: every harness shares it
	loadErr  error
)

func load(t testing.TB) (*content.Content, *locales.Catalog) {
	t.Helper()
	loadOnce.Do(func() {
		cont, loadErr = content.Load(content.Embedded())
		if loadErr == nil {
			cat, loadErr = locales.Load(locales.Embedded())
			index = search.Build(bot.Docs(cont))
		}
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return cont, cat
}

type harness struct {
	eng  *bot.Engine
	st   store.Store
	keys store.Keyer
	logs *bytes.Buffer
}

func newHarness(t testing.TB, st store.Store) *harness {
	c, l := load(t)
	if st == nil {
		st = store.NewMemory()
	}
	var logs bytes.Buffer
	keys := store.NewKeyer([]byte("test-secret"))
	eng, err := bot.New(bot.Config{Content: c, Locales: l, Store: st, Keyer: keys, Index: index,
		Logger: slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	if err != nil {
		t.Fatal(err)
	}
	return &harness{eng: eng, st: st, keys: keys, logs: &logs}
}

const user = 424242

func (h *harness) text(s, hint string) []bot.Reply {
	return h.eng.Handle(context.Background(), bot.Update{UserID: user, ChatID: user, ChatKind: bot.ChatPrivate, Kind: bot.KindText, Text: s, LangHint: hint})
}

func (h *harness) press(data string) []bot.Reply {
	return h.eng.Handle(context.Background(), bot.Update{UserID: user, ChatID: user, ChatKind: bot.ChatPrivate, Kind: bot.KindCallback, Data: data})
}

func last(rs []bot.Reply) bot.Reply {
	if len(rs) == 0 {
		return bot.Reply{}
	}
	return rs[len(rs)-1]
}

func allText(rs []bot.Reply) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.Text + "\n")
	}
	return b.String()
}

func TestStartGreetsInClientLanguage(t *testing.T) {
	cases := []struct{ hint, lang, want string }{
		{"en", "en", "Hello"},
		{"ru", "ru", "Здравствуйте"},
		{"ru-RU", "ru", "Здравствуйте"},
		{"", "en", "Hello"},
		{"xx", "en", "Hello"},
	}
	for _, c := range cases {
		h := newHarness(t, nil)
		rs := h.text("/start", c.hint)
		r := last(rs)
		if r.Lang != c.lang || !strings.Contains(r.Text, c.want) || len(r.Buttons) == 0 {
			t.Errorf("hint %q: got lang %q text %q buttons %d", c.hint, r.Lang, r.Text, len(r.Buttons))
		}
	}
}

// The explicit choice beats the message's language, which beats the client's.
func TestLanguageOrder(t *testing.T) {
	h := newHarness(t, nil)
	if r := last(h.text("Как отказаться от контракта?", "en")); r.Lang != "ru" {
		t.Errorf("a Russian message from an English client: reply in %s, want ru", r.Lang)
	}
	h.press("1:l:en") // explicit choice
	if r := last(h.text("Как отказаться от контракта?", "ru")); r.Lang != "en" {
		t.Errorf("after choosing English: reply in %s, want en", r.Lang)
	}
	if r := last(h.eng.Handle(context.Background(), bot.Update{UserID: user, Kind: bot.KindText, Text: "help", Lang: "ru"})); r.Lang != "ru" {
		t.Errorf("a language set for one update (ask --lang) wins: got %s", r.Lang)
	}
}

// Every button reachable from /start, in every language, leads to a reply
// with text, carries valid data within Telegram's 64 bytes, and no reply
// exceeds what a phone shows comfortably.
func TestCrawlMenus(t *testing.T) {
	c, _ := load(t)
	for _, lang := range c.Codes() {
		h := newHarness(t, nil)
		h.press("1:l:" + lang)
		seen := map[string]bool{}
		queue := []string{}
		enqueue := func(rs []bot.Reply, from string) {
			for _, r := range rs {
				if strings.TrimSpace(r.Text) == "" {
					t.Errorf("%s: empty reply after %q", lang, from)
				}
				if n := utf8.RuneCountInString(r.Text); n > 4096 {
					t.Errorf("%s: reply of %d characters after %q", lang, n, from)
				}
				for _, row := range r.Buttons {
					for _, b := range row {
						if b.Text == "" || (b.URL == "") == (b.Data == "") {
							t.Errorf("%s: bad button %+v after %q", lang, b, from)
						}
						if len(b.Data) > 64 {
							t.Errorf("%s: button data %q over 64 bytes", lang, b.Data)
						}
						if b.Data != "" && !seen[b.Data] {
							seen[b.Data] = true
							queue = append(queue, b.Data)
						}
					}
				}
			}
		}
		enqueue(h.text("/start", ""), "/start")
		for len(queue) > 0 {
			d := queue[0]
			queue = queue[1:]
			if strings.HasPrefix(d, "1:l:") && d != "1:l:"+lang {
				continue // choosing another language: TestLanguageOrder covers it
			}
			rs := h.press(d)
			for _, r := range rs {
				if r.Lang != lang {
					t.Errorf("%s: button %q answered in %s", lang, d, r.Lang)
				}
			}
			enqueue(rs, d)
		}
		if len(seen) < len(c.Countries)+len(c.Organizations) {
			t.Errorf("%s: only %d buttons reachable", lang, len(seen))
		}
	}
}

// Forged, stale or oversized button data gets "this menu has expired" and a
// fresh menu, never a crash or an empty card.
func TestForgedCallbacks(t *testing.T) {
	h := newHarness(t, nil)
	for _, data := range []string{"", "garbage", "0:m", "2:m", "1:c:xx", "1:c", "1:o:nope", "1:t:../../etc",
		"1:l:zz", "1:d:7", "1:w:fly", "1:m:extra", "1:c:np:x:y", strings.Repeat("1:c:np", 40), "1:c:NP", "1:c:\xff"} {
		rs := h.press(data)
		if len(rs) < 2 || !strings.Contains(rs[0].Text, "expired") || len(last(rs).Buttons) == 0 {
			t.Errorf("data %q: want the expired notice and a menu, got %q", data, allText(rs))
		}
	}
}

// Bad input gets a kind reply and loses nothing already stored.
func TestBadInputKeepsState(t *testing.T) {
	h := newHarness(t, nil)
	h.press("1:l:ru")
	inputs := []string{"\xff\xfe\xfd", strings.Repeat("я", 100000), "   ", "\x00\x01", "/", "/nonexistent", "🙂🙂🙂"}
	for _, in := range inputs {
		rs := h.text(in, "en")
		if len(rs) == 0 || strings.TrimSpace(allText(rs)) == "" {
			t.Errorf("input %q: no reply", trim(in))
		}
		for _, r := range rs {
			if r.Lang != "ru" || !utf8.ValidString(r.Text) {
				t.Errorf("input %q: reply in %q (want ru, the stored choice), valid UTF-8 %v", trim(in), r.Lang, utf8.ValidString(r.Text))
			}
		}
	}
	kinds := []bot.UpdateKind{bot.KindSticker, bot.KindPhoto, bot.KindVoice, bot.KindLocation, bot.KindEdited, bot.KindOther, "future-kind"}
	for _, k := range kinds {
		rs := h.eng.Handle(context.Background(), bot.Update{UserID: user, ChatKind: bot.ChatPrivate, Kind: k})
		if len(rs) != 1 || rs[0].Lang != "ru" || rs[0].Text == "" || len(rs[0].Buttons) == 0 {
			t.Errorf("kind %s: want one Russian reply with the menu, got %+v", k, rs)
		}
	}
}

func trim(s string) string {
	if len(s) > 20 {
		return s[:20] + "..."
	}
	return s
}

func TestForgetErasesState(t *testing.T) {
	h := newHarness(t, nil)
	h.press("1:l:ru")
	key := h.keys.Key("s", user)
	if v, _ := h.st.Get(context.Background(), key); v == nil {
		t.Fatal("the language choice was not stored")
	}
	rs := h.text("/forget", "")
	if last(rs).Action != bot.ActionForget || last(rs).Lang != "ru" {
		t.Errorf("forget: want the forget action in the user's language, got %+v", last(rs))
	}
	if v, _ := h.st.Get(context.Background(), key); v != nil {
		t.Errorf("state still stored after /forget: %s", v)
	}
	if r := last(h.text("/start", "en")); r.Lang != "en" {
		t.Errorf("after /forget the choice must be gone; reply in %s", r.Lang)
	}
}

// The store never holds message text or the raw id.
func TestStoreHoldsNoText(t *testing.T) {
	st := store.NewMemory()
	h := newHarness(t, st)
	h.text("my brother Rustam is at the front near Bakhmut", "ru")
	h.press("1:d:60")
	v, _ := st.Get(context.Background(), h.keys.Key("s", user))
	if v == nil {
		t.Fatal("nothing stored")
	}
	for _, bad := range []string{"Rustam", "front", "424242"} {
		if bytes.Contains(v, []byte(bad)) {
			t.Errorf("stored session %s holds %q", v, bad)
		}
	}
	if r := last(h.text("hello", "")); r.AutoDelete != time.Hour {
		t.Errorf("auto-delete 60 minutes: replies carry %v", r.AutoDelete)
	}
}

func TestLogsHoldNoText(t *testing.T) {
	h := newHarness(t, nil)
	secret := "my passport number is AB1234567 and I live at Lenina 5"
	h.text(secret, "en")
	h.press("1:c:np")
	for _, bad := range []string{"AB1234567", "Lenina", "passport", "424242"} {
		if strings.Contains(h.logs.String(), bad) {
			t.Errorf("logs hold %q:\n%s", bad, h.logs.String())
		}
	}
}

// failingStore fails every call, as an unreachable Redis would.
type failingStore struct{ store.Store }

var errDown = errors.New("store down")

func (failingStore) Get(context.Context, string) ([]byte, error)               { return nil, errDown }
func (failingStore) Set(context.Context, string, []byte, time.Duration) error  { return errDown }
func (failingStore) Delete(context.Context, ...string) error                   { return errDown }
func (failingStore) Push(context.Context, string, string, time.Duration) error { return errDown }
func (failingStore) List(context.Context, string) ([]string, error)            { return nil, errDown }
func (failingStore) Close() error                                              { return nil }

func TestStoreDownStillAnswers(t *testing.T) {
	h := newHarness(t, failingStore{})
	if r := last(h.text("/start", "en")); !strings.Contains(r.Text, "Hello") {
		t.Errorf("with the store down /start must still greet, got %q", r.Text)
	}
	rs := h.text("/forget", "en")
	if !strings.Contains(allText(rs), "wrong") {
		t.Errorf("a failed /forget must say so, not pretend: %q", allText(rs))
	}
	if !strings.Contains(h.logs.String(), "store down") {
		t.Error("store errors must be logged")
	}
}

func TestGroupsGetOneLine(t *testing.T) {
	h := newHarness(t, nil)
	rs := h.eng.Handle(context.Background(), bot.Update{UserID: user, ChatID: -100, ChatKind: bot.ChatGroup, Kind: bot.KindText, Text: "/start", LangHint: "ru"})
	if len(rs) != 1 || !strings.Contains(rs[0].Text, "личных") {
		t.Errorf("group: %+v", rs)
	}
}

func TestDeepLinks(t *testing.T) {
	cases := []struct{ payload, want string }{
		{"np", "Nepal"},
		{"lang-ru", "по-русски"},
		{"get-lost", "Get Lost"},
		{"alabuga-start", "Alabuga Start"},
		{"nonsense", "Hello"},
	}
	for _, c := range cases {
		h := newHarness(t, nil)
		if got := allText(h.text("/start "+c.payload, "en")); !strings.Contains(got, c.want) {
			t.Errorf("/start %s: want %q in %q", c.payload, c.want, trim(got))
		}
	}
}

func TestCountryCardCitesEveryFigure(t *testing.T) {
	c, _ := load(t)
	h := newHarness(t, nil)
	for _, country := range c.Countries {
		text := allText(h.press("1:c:" + country.ID))
		for _, f := range country.Figures {
			if !strings.Contains(text, f.Value) {
				t.Errorf("%s: figure %s (%s) not shown", country.ID, f.ID, f.Value)
			}
		}
		if len(country.Figures) > 0 && !strings.Contains(text, "note") {
			t.Errorf("%s: figures shown without their footnote", country.ID)
		}
	}
}
