package telegram

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/referralbot/referralbot/bot"
)

func wipeEngine() *fakeEngine {
	return &fakeEngine{reply: func(u bot.Update) []bot.Reply {
		switch u.Text {
		case "/wipe":
			return []bot.Reply{{Text: "Deleted.", Action: bot.ActionWipe}}
		case "/forget":
			return []bot.Reply{{Text: "Forgotten.", Action: bot.ActionForget}}
		case "/timer":
			return []bot.Reply{{Text: "self-destructs", AutoDelete: time.Minute}}
		}
		return []bot.Reply{{Text: "reply to " + u.Text}, {Text: "second"}}
	}}
}

func TestWipeDeletesLoggedMessages(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, wipeEngine(), nil)
	key := tb.keyer.Key("m", chatA)
	ctx := context.Background()
	// An entry older than 48 h: Telegram would refuse it, so it is not tried.
	_ = tb.st.Push(ctx, key, "7:"+strconv.FormatInt(time.Now().Add(-49*time.Hour).Unix(), 10), logTTL)
	tb.run(t)

	f.push(userMsg(chatA, 1, "q1"))
	f.push(userMsg(chatA, 2, "q2"))
	f.waitCalls("sendMessage", 4)
	// The user already deleted one of the bot's messages.
	f.mu.Lock()
	delete(f.known, strconv.Itoa(chatA)+":1002")
	f.mu.Unlock()

	f.push(userMsg(chatA, 3, "/wipe"))
	sends := f.waitCalls("sendMessage", 5)
	dels := f.callsOf("deleteMessage")
	var ids []string
	for _, d := range dels {
		ids = append(ids, d.Form.Get("message_id"))
	}
	// Newest first: the /wipe message, the bot's 4 replies, the user's 2.
	if got := strings.Join(ids, ","); got != "3,1004,1003,2,1002,1001,1" {
		t.Fatalf("deleted %s", got)
	}
	if sends[4].Form.Get("text") != "Deleted." {
		t.Fatalf("confirmation %q", sends[4].Form.Get("text"))
	}
	// The log now holds only the confirmation, sent after the wipe.
	list, _ := tb.st.List(ctx, key)
	if len(list) != 1 || !strings.HasPrefix(list[0], "1005:") {
		t.Fatalf("log after wipe %v", list)
	}
	if st := tb.Stats(); st.Deleted != 6 || st.Failures != 0 {
		t.Fatalf("stats %+v", st)
	}
	assertPrivate(t, tb.logs.String(), "q1", strconv.Itoa(chatA))
}

func TestForgetDropsKeys(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, wipeEngine(), nil)
	ctx := context.Background()
	_ = tb.st.Set(ctx, tb.keyer.Key("g", chatA), []byte{1}, time.Hour)
	tb.run(t)
	f.push(userMsg(chatA, 1, "q"))
	f.push(userMsg(chatA, 2, "/forget"))
	f.waitCalls("sendMessage", 3)
	waitFor(t, "keys dropped", func() bool { return tb.st.Len() == 0 })
	if len(f.callsOf("deleteMessage")) != 0 {
		t.Fatal("forget deleted messages")
	}
}

func TestAutoDelete(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, wipeEngine(), nil)
	var gotD time.Duration
	fire := make(chan func(), 1)
	tb.afterFunc = func(d time.Duration, fn func()) func() bool {
		gotD = d
		fire <- fn
		return func() bool { return true }
	}
	tb.run(t)
	f.push(userMsg(chatA, 1, "/timer"))
	var fn func()
	select {
	case fn = <-fire:
	case <-time.After(5 * time.Second):
		t.Fatal("no deletion scheduled")
	}
	if gotD != time.Minute {
		t.Fatalf("scheduled after %v", gotD)
	}
	fn()
	if d := f.waitCalls("deleteMessage", 1)[0].Form.Get("message_id"); d != "1001" {
		t.Fatalf("deleted %s", d)
	}
}

func TestAutoDeleteStoppedOnShutdown(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, wipeEngine(), nil)
	tb.afterFunc = realAfterFunc
	stop := tb.run(t)
	f.push(userMsg(chatA, 1, "/timer"))
	f.waitCalls("sendMessage", 1)
	waitFor(t, "timer", func() bool { tb.lifeMu.Lock(); defer tb.lifeMu.Unlock(); return len(tb.timers) == 1 })
	stop()
	tb.lifeMu.Lock()
	defer tb.lifeMu.Unlock()
	if len(tb.timers) != 0 {
		t.Fatal("timers left after shutdown")
	}
}
