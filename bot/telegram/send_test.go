package telegram

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/referralbot/referralbot/bot"
)

func privateIn(chat int64) incoming {
	return incoming{Update: bot.Update{ChatID: chat, UserID: chat, ChatKind: bot.ChatPrivate, Kind: bot.KindText}}
}

const secretText = "my husband got a summons"

func TestRetry429ThenSuccess(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, menuEngine(), nil)
	f.fail("sendMessage", fault{status: 429, retryAfter: 3, desc: "Too Many Requests: retry after 3"})
	tb.deliver(context.Background(), privateIn(chatA), []bot.Reply{{Text: secretText}})
	if n := len(f.callsOf("sendMessage")); n != 2 {
		t.Fatalf("%d sends, want 2", n)
	}
	if s := tb.slept(); len(s) != 1 || s[0] != 3*time.Second {
		t.Fatalf("slept %v, want [3s]", s)
	}
	if st := tb.Stats(); st.Retries != 1 || st.Sent != 1 || st.Failures != 0 {
		t.Fatalf("stats %+v", st)
	}
}

func TestRetry500ThenSuccess(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, menuEngine(), nil)
	f.fail("sendMessage", fault{status: 500, desc: "Internal Server Error"}, fault{status: 502, desc: "Bad Gateway"})
	tb.deliver(context.Background(), privateIn(chatA), []bot.Reply{{Text: secretText}})
	if n := len(f.callsOf("sendMessage")); n != 3 {
		t.Fatalf("%d sends, want 3", n)
	}
	if s := tb.slept(); len(s) != 2 || s[0] != backoffBase || s[1] != 2*backoffBase {
		t.Fatalf("backoff %v", s)
	}
}

func TestRetryTimeoutThenSuccess(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, menuEngine(), func(c *Config) { c.RequestTimeout = 100 * time.Millisecond })
	f.fail("sendMessage", fault{delay: 2 * time.Second})
	start := time.Now()
	tb.deliver(context.Background(), privateIn(chatA), []bot.Reply{{Text: secretText}})
	if n := len(f.callsOf("sendMessage")); n != 2 {
		t.Fatalf("%d sends, want 2", n)
	}
	if took := time.Since(start); took > time.Second {
		t.Fatalf("took %v: the timeout did not cut the call", took)
	}
	if st := tb.Stats(); st.Retries != 1 || st.Sent != 1 {
		t.Fatalf("stats %+v", st)
	}
	if !strings.Contains(tb.logs.String(), "err=timeout") {
		t.Fatalf("retry log does not name the timeout:\n%s", tb.logs)
	}
}

func TestGiveUpLogsNoSecrets(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, menuEngine(), nil)
	for range 5 {
		f.fail("sendMessage", fault{status: 503, desc: "Service Unavailable"})
	}
	tb.deliver(context.Background(), privateIn(chatA), []bot.Reply{{Text: secretText}})
	if n := len(f.callsOf("sendMessage")); n != DefaultMaxAttempts {
		t.Fatalf("%d attempts, want %d", n, DefaultMaxAttempts)
	}
	logs := tb.logs.String()
	if !strings.Contains(logs, "call failed") || !strings.Contains(logs, "attempts=4") {
		t.Fatalf("no give-up line:\n%s", logs)
	}
	if st := tb.Stats(); st.Failures != 1 || st.Retries != 3 || st.Sent != 0 {
		t.Fatalf("stats %+v", st)
	}
	assertPrivate(t, logs, secretText, "summons", "987654321")
}

func TestNetworkErrorLogHidesToken(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, menuEngine(), func(c *Config) { c.MaxAttempts = 2 })
	f.srv.Close() // every call now fails with a *url.Error naming the URL (and token)
	tb.deliver(context.Background(), privateIn(chatA), []bot.Reply{{Text: secretText}})
	logs := tb.logs.String()
	if !strings.Contains(logs, "network") {
		t.Fatalf("no network error logged:\n%s", logs)
	}
	assertPrivate(t, logs, secretText, "987654321")
}

func TestSplitTenThousandChars(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, menuEngine(), nil)
	var paras []string
	for i := 0; len(strings.Join(paras, "\n\n")) < 10000; i++ {
		paras = append(paras, strings.Repeat(string(rune('a'+i%26)), 97+i%50))
	}
	text := strings.Join(paras, "\n\n")[:10000]
	tb.deliver(context.Background(), privateIn(chatA), []bot.Reply{{Text: text, Buttons: [][]bot.Button{{{Text: "More", Data: "more"}}}}})
	sends := f.callsOf("sendMessage")
	if len(sends) != 3 {
		t.Fatalf("%d parts, want 3", len(sends))
	}
	var joined []string
	for i, s := range sends {
		part := s.Form.Get("text")
		if n := utf16Len(part); n > maxText || n < 1000 {
			t.Fatalf("part %d has %d units", i, n)
		}
		if strings.HasPrefix(part, "\n") || strings.HasSuffix(part, "\n") {
			t.Fatalf("part %d not cut at a paragraph", i)
		}
		hasKB := s.Form.Get("reply_markup") != ""
		if hasKB != (i == len(sends)-1) {
			t.Fatalf("part %d keyboard=%v", i, hasKB)
		}
		joined = append(joined, part)
	}
	if strings.Join(joined, "\n\n") != text {
		t.Fatal("parts do not add up to the text")
	}
}

func TestSplitText(t *testing.T) {
	// No breaks at all: cut at rune boundaries, never inside a rune.
	s := strings.Repeat("ж", 25)
	parts := splitText(s, 10)
	if len(parts) != 3 || parts[0] != strings.Repeat("ж", 10) || parts[2] != strings.Repeat("ж", 5) {
		t.Fatalf("%q", parts)
	}
	// Astral characters count two units and stay whole.
	parts = splitText(strings.Repeat("😀", 5), 4)
	if len(parts) != 3 || parts[0] != "😀😀" || !utf8.ValidString(parts[0]) {
		t.Fatalf("%q", parts)
	}
	// A line break is preferred to a space, a paragraph to a line.
	parts = splitText("aaa bbb\nccc ddd\n\neee", 16)
	if parts[0] != "aaa bbb\nccc ddd" || parts[1] != "eee" {
		t.Fatalf("%q", parts)
	}
	parts = splitText("aaa bbb\nccc ddd eee", 12)
	if parts[0] != "aaa bbb" {
		t.Fatalf("%q", parts)
	}
	parts = splitText("aaaa bbbb cccc", 10)
	if parts[0] != "aaaa bbbb" || parts[1] != "cccc" {
		t.Fatalf("%q", parts)
	}
	// Invalid UTF-8 does not crash.
	_ = splitText("\xff\xfe"+strings.Repeat("x", 30), 7)
}

func TestHTMLEscapingAndRTL(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, menuEngine(), nil)
	tb.deliver(context.Background(), privateIn(chatA), []bot.Reply{
		{Text: `<b>bold</b> & "q" 'a' <script>`},
		{Text: "2024 سال", RTL: true},
		{Text: "bad \xff utf8"},
		{Text: "  \n "}, // empty: skipped
	})
	sends := f.callsOf("sendMessage")
	if len(sends) != 3 {
		t.Fatalf("%d sends", len(sends))
	}
	if got := sends[0].Form.Get("text"); got != "&lt;b&gt;bold&lt;/b&gt; &amp; &#34;q&#34; &#39;a&#39; &lt;script&gt;" {
		t.Fatalf("escaped %q", got)
	}
	if got := sends[1].Form.Get("text"); got != "\u200F2024 سال" {
		t.Fatalf("rtl %q", got)
	}
	if got := sends[2].Form.Get("text"); !utf8.ValidString(got) {
		t.Fatalf("invalid utf8 sent %q", got)
	}
}

func TestKeyboardLimits(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, menuEngine(), nil)
	long := strings.Repeat("d", 65)
	row := []bot.Button{{Text: "ok", Data: "ok"}, {Text: "long", Data: long}, {Text: "", Data: "x"},
		{Text: "js", URL: "javascript:alert(1)"}, {Text: "none"}}
	var many []bot.Button
	for range 120 {
		many = append(many, bot.Button{Text: "b", Data: "b"})
	}
	kb := tb.keyboard(chatA, [][]bot.Button{row, many})
	if len(kb.InlineKeyboard[0]) != 1 || *kb.InlineKeyboard[0][0].CallbackData != "ok" {
		t.Fatalf("first row %+v", kb.InlineKeyboard[0])
	}
	total := 0
	for _, r := range kb.InlineKeyboard {
		if len(r) > maxRowLength {
			t.Fatalf("row of %d", len(r))
		}
		total += len(r)
	}
	if total != maxButtons {
		t.Fatalf("%d buttons", total)
	}
	logs := tb.logs.String()
	if !strings.Contains(logs, "buttons dropped") || !strings.Contains(logs, "dropped=25") {
		t.Fatalf("no drop log:\n%s", logs)
	}
	assertPrivate(t, logs, long)
	if tb.keyboard(chatA, [][]bot.Button{{{Text: "x", Data: long}}}) != nil {
		t.Fatal("keyboard of dropped buttons only is not nil")
	}
}

func TestEditFallsBackToSend(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, menuEngine(), nil)
	in := privateIn(chatA)
	in.Kind, in.editMsgID = bot.KindCallback, 5 // unknown to the fake: edit fails
	tb.deliver(context.Background(), in, []bot.Reply{{Text: "menu", Edit: true, Buttons: [][]bot.Button{{{Text: "a", Data: "a"}}}}})
	if len(f.callsOf("editMessageText")) != 1 || len(f.callsOf("sendMessage")) != 1 {
		t.Fatalf("calls %v", f.allCalls())
	}
	if f.callsOf("sendMessage")[0].Form.Get("reply_markup") == "" {
		t.Fatal("fallback lost the buttons")
	}
	if strings.Contains(tb.logs.String(), "call failed") {
		t.Fatal("an expected edit refusal was logged as a failure")
	}
}

func TestCallbackAnsweredEvenWhenEnginePanics(t *testing.T) {
	f := newFakeAPI(t)
	eng := &fakeEngine{reply: func(u bot.Update) []bot.Reply { panic("engine bug with " + u.Data) }}
	tb := newTestBot(t, f, eng, nil)
	tb.run(t)
	f.push(callback(chatA, 1001, "menu:x"))
	f.waitCalls("answerCallbackQuery", 1)
	waitFor(t, "panic logged", func() bool { return strings.Contains(tb.logs.String(), "panic") })
	// The worker survived.
	eng.mu.Lock()
	eng.reply = nil
	eng.mu.Unlock()
	f.push(userMsg(chatA, 2, "hi"))
	f.waitCalls("sendMessage", 1)
	assertPrivate(t, tb.logs.String(), "menu:x")
}

func TestForgedCallbackData(t *testing.T) {
	f := newFakeAPI(t)
	eng := menuEngine()
	tb := newTestBot(t, f, eng, nil)
	tb.run(t)
	forged := strings.Repeat("A", 200)
	f.push(callback(chatA, 1001, forged))
	f.push(callback(chatA, 1002, ""))
	f.waitCalls("answerCallbackQuery", 2)
	f.push(userMsg(chatA, 3, "after"))
	f.waitCalls("sendMessage", 1)
	if u := eng.updates(); len(u) != 1 || u[0].Text != "after" {
		t.Fatalf("engine got %+v", u)
	}
	assertPrivate(t, tb.logs.String(), forged)
}

func TestSendRateLimits(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, menuEngine(), func(c *Config) { c.SendRate, c.ChatRate, c.ChatBurst = 0, 0, 0 })
	if tb.cfg.SendRate != DefaultSendRate || tb.cfg.ChatRate != 1 || tb.cfg.ChatBurst != 3 {
		t.Fatalf("defaults %+v", tb.cfg)
	}
	var replies []bot.Reply
	for range 5 {
		replies = append(replies, bot.Reply{Text: "x"})
	}
	tb.deliver(context.Background(), privateIn(chatA), replies)
	// Burst of 3 in one chat, then about one a second: the 4th and 5th wait.
	var waited time.Duration
	for _, d := range tb.slept() {
		waited += d
	}
	if s := tb.slept(); len(s) < 2 || waited < 1500*time.Millisecond {
		t.Fatalf("limiter slept %v", s)
	}
}
