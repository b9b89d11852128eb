package telegram

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/referralbot/referralbot/bot"
	"github.com/referralbot/referralbot/bot/store"
)

const chatA = 987654321

func menuEngine() *fakeEngine {
	return &fakeEngine{reply: func(u bot.Update) []bot.Reply {
		switch {
		case u.Kind == bot.KindText && u.Text == "/start":
			return []bot.Reply{{Lang: "en", Text: "Welcome", Buttons: [][]bot.Button{{{Text: "Ask", Data: "menu:ask"}, {Text: "Site", URL: "https://example.org"}}}}}
		case u.Kind == bot.KindCallback:
			return []bot.Reply{{Lang: "en", Text: "Step 2", Edit: true, Buttons: [][]bot.Button{{{Text: "Back", Data: "menu:root"}}}}}
		case u.Kind == bot.KindText:
			return []bot.Reply{{Lang: "en", Text: "Answer"}}
		}
		return []bot.Reply{{Lang: "en", Text: "kind " + string(u.Kind)}}
	}}
}

func TestPollingConversation(t *testing.T) {
	f := newFakeAPI(t)
	eng := menuEngine()
	tb := newTestBot(t, f, eng, nil)
	tb.run(t)

	f.push(userMsg(chatA, 1, "/start@RefBot"))
	sent := f.waitCalls("sendMessage", 1)
	if got := sent[0].Form.Get("text"); got != "Welcome" {
		t.Fatalf("text %q", got)
	}
	if sent[0].Form.Get("parse_mode") != "HTML" || sent[0].Form.Get("chat_id") != strconv.Itoa(chatA) {
		t.Fatalf("form %v", sent[0].Form)
	}
	var kb struct {
		InlineKeyboard [][]struct {
			Text         string `json:"text"`
			CallbackData string `json:"callback_data"`
			URL          string `json:"url"`
		} `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(sent[0].Form.Get("reply_markup")), &kb); err != nil || len(kb.InlineKeyboard) != 1 ||
		kb.InlineKeyboard[0][0].CallbackData != "menu:ask" || kb.InlineKeyboard[0][1].URL != "https://example.org" {
		t.Fatalf("keyboard %s", sent[0].Form.Get("reply_markup"))
	}
	menuID, _ := strconv.Atoi("1001") // the fake numbers messages from 1001

	f.push(userMsg(chatA, 2, "how do I refuse?"))
	sent = f.waitCalls("sendMessage", 2)
	if sent[1].Form.Get("text") != "Answer" {
		t.Fatalf("answer %q", sent[1].Form.Get("text"))
	}

	f.push(callback(chatA, menuID, "menu:ask"))
	edits := f.waitCalls("editMessageText", 1)
	if edits[0].Form.Get("message_id") != "1001" || edits[0].Form.Get("text") != "Step 2" ||
		!strings.Contains(edits[0].Form.Get("reply_markup"), "menu:root") {
		t.Fatalf("edit %v", edits[0].Form)
	}
	answers := f.waitCalls("answerCallbackQuery", 1)
	if answers[0].Form.Get("callback_query_id") != "cb1001" {
		t.Fatalf("answer %v", answers[0].Form)
	}
	if n := len(f.callsOf("sendMessage")); n != 2 {
		t.Fatalf("edit sent a new message too: %d sends", n)
	}

	got := eng.updates()
	if len(got) != 3 || got[0].Text != "/start" || got[0].LangHint != "ru" || got[0].UserID != chatA ||
		got[1].Text != "how do I refuse?" || got[2].Data != "menu:ask" || got[2].Kind != bot.KindCallback {
		t.Fatalf("engine got %+v", got)
	}
	// deleteWebhook came first, offsets advanced.
	var order []string
	for _, c := range f.allCalls() {
		if c.Method == "deleteWebhook" || c.Method == "getUpdates" {
			order = append(order, c.Method+":"+c.Form.Get("offset"))
		}
	}
	if len(order) < 4 || order[0] != "deleteWebhook:" || order[1] != "getUpdates:" || order[2] != "getUpdates:102" {
		t.Fatalf("calls %v", order)
	}
	st := tb.Stats()
	if st.Updates != 3 || st.Sent != 2 || st.Edited != 1 || st.Failures != 0 {
		t.Fatalf("stats %+v", st)
	}
	assertPrivate(t, tb.logs.String(), "how do I refuse", strconv.Itoa(chatA), "Welcome")
}

func TestCommandsRegisteredPerLanguage(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, menuEngine(), nil)
	tb.run(t)
	calls := f.waitCalls("setMyCommands", 5)
	var codes []string
	for _, c := range calls {
		codes = append(codes, c.Form.Get("language_code"))
		var cmds []map[string]string
		if err := json.Unmarshal([]byte(c.Form.Get("commands")), &cmds); err != nil || len(cmds) != 2 || cmds[0]["command"] != "start" {
			t.Fatalf("commands %q", c.Form.Get("commands"))
		}
	}
	if strings.Join(codes, ",") != "en,ru,uz,fa," {
		t.Fatalf("language codes %q", codes)
	}
	if !strings.Contains(calls[4].Form.Get("commands"), "Start en") {
		t.Fatalf("default set %q", calls[4].Form.Get("commands"))
	}
}

func TestPerChatOrdering(t *testing.T) {
	f := newFakeAPI(t)
	eng := &fakeEngine{}
	eng.reply = func(u bot.Update) []bot.Reply {
		time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
		return []bot.Reply{{Text: u.Text}}
	}
	tb := newTestBot(t, f, eng, func(c *Config) { c.Workers = 3 })
	tb.run(t)
	chats := []int64{11, 22, 33, 44, 55}
	const n = 30
	for i := range n {
		for _, c := range chats {
			f.push(userMsg(c, i+1, strconv.Itoa(i)))
		}
	}
	f.waitCalls("sendMessage", n*len(chats))
	next := map[string]int{}
	for _, c := range f.callsOf("sendMessage") {
		chat := c.Form.Get("chat_id")
		if c.Form.Get("text") != strconv.Itoa(next[chat]) {
			t.Fatalf("chat %s: got %s, want %d", chat, c.Form.Get("text"), next[chat])
		}
		next[chat]++
	}
}

func TestGroupGetsOneNotice(t *testing.T) {
	f := newFakeAPI(t)
	eng := menuEngine()
	tb := newTestBot(t, f, eng, nil)
	tb.run(t)
	const group = -1001234567890
	f.push(groupMsg(group, 1, "/start"))
	f.push(groupMsg(group, 2, "secret question"))
	f.push(map[string]any{"channel_post": map[string]any{"message_id": 5, "date": 1, "text": "post",
		"chat": map[string]any{"id": -100777, "type": "channel", "title": "c"}}})
	f.push(map[string]any{"channel_post": map[string]any{"message_id": 6, "date": 1, "text": "post 2",
		"chat": map[string]any{"id": -100777, "type": "channel", "title": "c"}}})
	f.push(userMsg(chatA, 9, "private")) // a later private message shows the group ones are done
	waitFor(t, "private reply", func() bool { return len(eng.updates()) == 1 })
	f.waitCalls("sendMessage", 3)
	time.Sleep(20 * time.Millisecond)
	sends := f.callsOf("sendMessage")
	perChat := map[string]int{}
	for _, s := range sends {
		perChat[s.Form.Get("chat_id")]++
	}
	if len(sends) != 3 || perChat["-1001234567890"] != 1 || perChat["-100777"] != 1 {
		t.Fatalf("sends per chat %v", perChat)
	}
	for _, s := range sends {
		if strings.HasPrefix(s.Form.Get("chat_id"), "-") && !strings.Contains(s.Form.Get("text"), "private chats") {
			t.Fatalf("notice %q", s.Form.Get("text"))
		}
	}
	if u := eng.updates(); u[0].ChatKind != bot.ChatPrivate {
		t.Fatalf("engine saw a group update: %+v", u)
	}
}

func TestShutdownWithinTwoSeconds(t *testing.T) {
	f := newFakeAPI(t)
	f.maxPollW = 30 * time.Second // a long poll in flight
	tb := newTestBot(t, f, menuEngine(), func(c *Config) { c.PollTimeout = 25 * time.Second })
	stop := tb.run(t)
	f.waitCalls("getUpdates", 1)
	if took := stop(); took > 2*time.Second {
		t.Fatalf("shutdown took %v", took)
	} else {
		t.Logf("polling shutdown took %v", took)
	}
}

func TestShutdownDrainDeadline(t *testing.T) {
	f := newFakeAPI(t)
	release := make(chan struct{})
	eng := &fakeEngine{}
	eng.reply = func(u bot.Update) []bot.Reply {
		<-release // an engine stuck on this update, deaf to its context
		return nil
	}
	tb := newTestBot(t, f, eng, func(c *Config) { c.DrainTimeout = 300 * time.Millisecond })
	tb.stuckGrace = 200 * time.Millisecond
	stop := tb.run(t)
	f.push(userMsg(chatA, 1, "a"))
	f.push(userMsg(chatA, 2, "b")) // queued behind the stuck one
	waitFor(t, "engine called", func() bool { return len(eng.updates()) == 1 })
	took := stop()
	t.Logf("shutdown with a stuck engine took %v", took)
	if took > time.Second {
		t.Fatalf("shutdown took %v", took)
	}
	close(release)
	time.Sleep(50 * time.Millisecond)
	if n := len(eng.updates()); n != 1 {
		t.Fatalf("the queued update was handled after the hard stop (%d updates)", n)
	}
}

func TestRunTwice(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, menuEngine(), nil)
	tb.run(t)
	f.waitCalls("getUpdates", 1)
	if err := tb.Run(context.Background()); err == nil {
		t.Fatal("second Run did not fail")
	}
}

func TestBadTokenFailsNew(t *testing.T) {
	f := newFakeAPI(t)
	_, err := New(context.Background(), Config{Token: "999:WRONG-token", Endpoint: f.endpoint()}, menuEngine(), nil, store.NewKeyer(nil))
	if err == nil {
		t.Fatal("no error without a store")
	}
	f.token = "other"
	_, err = New(context.Background(), Config{Token: "999:WRONG-token", Endpoint: f.endpoint(), HTTPClient: f.srv.Client()},
		menuEngine(), store.NewMemory(), store.NewKeyer(nil))
	if err == nil || strings.Contains(err.Error(), "WRONG-token") {
		t.Fatalf("err %v", err)
	}
}
