// Package e2e_test runs the Telegram adapter against telegram-test-api, an
// independent Bot API emulator (node), in polling and in webhook mode.
// It runs only with E2E_EMULATOR=1 and node_modules installed: see run.sh.
package e2e_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/referralbot/referralbot/bot"
	"github.com/referralbot/referralbot/bot/store"
	"github.com/referralbot/referralbot/bot/telegram"
)

// engine is a small stand-in for the real engine.
type engine struct {
	mu  sync.Mutex
	got []bot.Update
}

func (e *engine) Handle(_ context.Context, u bot.Update) []bot.Reply {
	e.mu.Lock()
	e.got = append(e.got, u)
	e.mu.Unlock()
	switch {
	case u.Kind == bot.KindText && u.Text == "/start":
		return []bot.Reply{{Lang: "en", Text: "Welcome <to> & the bot",
			Buttons: [][]bot.Button{{{Text: "Ask", Data: "menu:ask"}}}}}
	case u.Kind == bot.KindCallback && u.Data == "menu:ask":
		return []bot.Reply{{Lang: "en", Text: "Step 2", Edit: true,
			Buttons: [][]bot.Button{{{Text: "Back", Data: "menu:root"}}}}}
	case u.Kind == bot.KindText:
		return []bot.Reply{{Lang: "en", Text: "You asked a question"}}
	}
	return nil
}

func (e *engine) Commands(string) []bot.Command {
	return []bot.Command{{Name: "start", Description: "Start"}}
}
func (e *engine) Languages() []string { return []string{"en", "ru"} }

func (e *engine) updates() []bot.Update {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]bot.Update(nil), e.got...)
}

// emulator is the running node process and the lines it prints.
type emulator struct {
	url   string
	lines chan string
}

func startEmulator(t *testing.T) *emulator {
	t.Helper()
	if os.Getenv("E2E_EMULATOR") != "1" {
		t.Skip("set E2E_EMULATOR=1 (see e2e/run.sh) to run against telegram-test-api")
	}
	if _, err := os.Stat("node_modules/telegram-test-api"); err != nil {
		t.Skip("node_modules missing: run e2e/run.sh")
	}
	cmd := exec.Command("node", "emulator.js")
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	})
	em := &emulator{lines: make(chan string, 64)}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			em.lines <- sc.Text()
		}
		close(em.lines)
	}()
	line := em.waitLine(t, "READY ", 15*time.Second)
	em.url = strings.TrimPrefix(line, "READY ")
	return em
}

func (em *emulator) waitLine(t *testing.T, prefix string, d time.Duration) string {
	t.Helper()
	timeout := time.After(d)
	for {
		select {
		case l, ok := <-em.lines:
			if !ok {
				t.Fatalf("emulator exited before %q", prefix)
			}
			if strings.HasPrefix(l, prefix) {
				return l
			}
		case <-timeout:
			t.Fatalf("emulator did not print %q", prefix)
		}
	}
}

// client speaks the emulator's client API as one user in a private chat.
type client struct {
	url, token string
	chat       int64
}

func (c client) post(t *testing.T, path string, body any, out any) {
	t.Helper()
	b, _ := json.Marshal(body)
	resp, err := http.Post(c.url+path, "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("%s: HTTP %d", path, resp.StatusCode)
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
}

func (c client) common() map[string]any {
	return map[string]any{
		"botToken": c.token,
		"date":     time.Now().Unix(),
		"from":     map[string]any{"id": c.chat, "is_bot": false, "first_name": "User"},
		"chat":     map[string]any{"id": c.chat, "type": "private", "first_name": "User"},
	}
}

func (c client) say(t *testing.T, text string) {
	m := c.common()
	m["text"] = text
	if strings.HasPrefix(text, "/") {
		m["entities"] = []map[string]any{{"offset": 0, "length": len(text), "type": "bot_command"}}
		c.post(t, "/sendCommand", m, nil)
		return
	}
	c.post(t, "/sendMessage", m, nil)
}

func (c client) press(t *testing.T, msgID int, data string) {
	m := c.common()
	c.post(t, "/sendCallback", map[string]any{
		"botToken": c.token,
		"from":     m["from"],
		"data":     data,
		"message":  map[string]any{"message_id": msgID, "date": m["date"], "chat": m["chat"]},
	}, nil)
}

type botMessage struct {
	MessageID int `json:"messageId"`
	Message   struct {
		Text        string `json:"text"`
		ParseMode   string `json:"parse_mode"`
		ReplyMarkup struct {
			InlineKeyboard [][]struct {
				Text         string `json:"text"`
				CallbackData string `json:"callback_data"`
			} `json:"inline_keyboard"`
		} `json:"reply_markup"`
	} `json:"message"`
}

// next waits for the bot's next unread message to the user.
func (c client) next(t *testing.T) botMessage {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		var r struct {
			Result []botMessage `json:"result"`
		}
		c.post(t, "/getUpdates", map[string]any{"token": c.token, "chatId": c.chat}, &r)
		if len(r.Result) > 0 {
			return r.Result[0]
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("no reply from the bot")
	return botMessage{}
}

// textOf reads the current text of the bot's message id from the history.
func (c client) textOf(t *testing.T, id int) string {
	var r struct {
		Result []botMessage `json:"result"`
	}
	c.post(t, "/getUpdatesHistory", map[string]any{"token": c.token}, &r)
	for _, m := range r.Result {
		if m.MessageID == id {
			return m.Message.Text
		}
	}
	return ""
}

// conversation: /start, a question, a button press that edits the menu.
func conversation(t *testing.T, c client, eng *engine) {
	start := time.Now()
	c.say(t, "/start")
	m := c.next(t)
	if m.Message.Text != "Welcome &lt;to&gt; &amp; the bot" || m.Message.ParseMode != "HTML" {
		t.Fatalf("welcome %+v", m.Message)
	}
	kb := m.Message.ReplyMarkup.InlineKeyboard
	if len(kb) != 1 || kb[0][0].CallbackData != "menu:ask" {
		t.Fatalf("keyboard %+v", kb)
	}
	c.say(t, "how do I refuse the draft?")
	if a := c.next(t); a.Message.Text != "You asked a question" {
		t.Fatalf("answer %q", a.Message.Text)
	}
	c.press(t, m.MessageID, kb[0][0].CallbackData)
	deadline := time.Now().Add(10 * time.Second)
	for c.textOf(t, m.MessageID) != "Step 2" {
		if time.Now().After(deadline) {
			t.Fatalf("menu not edited: %q", c.textOf(t, m.MessageID))
		}
		time.Sleep(50 * time.Millisecond)
	}
	got := eng.updates()
	if len(got) != 3 || got[0].Text != "/start" || got[1].Text != "how do I refuse the draft?" ||
		got[2].Kind != bot.KindCallback || got[2].Data != "menu:ask" {
		t.Fatalf("engine got %+v", got)
	}
	t.Logf("conversation took %v", time.Since(start))
}

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

func runBot(t *testing.T, cfg telegram.Config, eng *engine) (logs *logBuf, stop func()) {
	t.Helper()
	logs = &logBuf{}
	cfg.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	cfg.PollTimeout = time.Second
	cfg.DrainTimeout = time.Second
	b, err := telegram.New(context.Background(), cfg, eng, store.NewMemory(), store.NewKeyer([]byte("e2e")))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	return logs, func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("Run did not stop")
		}
		if t.Failed() || os.Getenv("E2E_SHOW_LOGS") == "1" {
			t.Logf("bot log:\n%s", logs)
		}
	}
}

func checkLogs(t *testing.T, logs, token string) {
	t.Helper()
	for _, s := range []string{token, "refuse the draft", "Welcome"} {
		if strings.Contains(logs, s) {
			t.Errorf("bot log holds %q", s)
		}
	}
}

func freePort(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

func TestEmulator(t *testing.T) {
	em := startEmulator(t)

	t.Run("polling", func(t *testing.T) {
		token := "1001:e2e-polling-token"
		eng := &engine{}
		logs, stop := runBot(t, telegram.Config{Token: token, Endpoint: em.url + "/bot%s/%s"}, eng)
		conversation(t, client{url: em.url, token: token, chat: 501}, eng)
		stop()
		checkLogs(t, logs.String(), token)
	})

	t.Run("webhook", func(t *testing.T) {
		token := "1002:e2e-webhook-token"
		port := freePort(t)
		eng := &engine{}
		logs, stop := runBot(t, telegram.Config{
			Token:         token,
			Endpoint:      em.url + "/bot%s/%s",
			WebhookURL:    fmt.Sprintf("http://127.0.0.1:%d/tg/hook", port),
			WebhookListen: fmt.Sprintf("127.0.0.1:%d", port),
			WebhookSecret: "e2e_Secret-1",
		}, eng)
		em.waitLine(t, "WEBHOOK SET", 10*time.Second)
		conversation(t, client{url: em.url, token: token, chat: 502}, eng)
		stop()
		checkLogs(t, logs.String(), token)
	})
}
