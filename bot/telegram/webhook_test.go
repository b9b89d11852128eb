package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

const hookSecret = "s3cr3t_Hook-token"

func startWebhookBot(t *testing.T) (*testBot, *fakeAPI, string, func() time.Duration) {
	t.Helper()
	f := newFakeAPI(t)
	tb := newTestBot(t, f, menuEngine(), func(c *Config) {
		c.WebhookURL = "https://bot.example.org/tg/hook"
		c.WebhookListen = "127.0.0.1:0"
		c.WebhookSecret = hookSecret
	})
	stop := tb.run(t)
	set := f.waitCalls("setWebhook", 1)[0].Form
	if set.Get("url") != "https://bot.example.org/tg/hook" || set.Get("secret_token") != hookSecret ||
		!strings.Contains(set.Get("allowed_updates"), "callback_query") {
		t.Fatalf("setWebhook %v", set)
	}
	addr, _ := tb.addr.Load().(string)
	return tb, f, "http://" + addr + "/tg/hook", stop
}

func post(t *testing.T, url, secret string, body []byte) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if secret != "" {
		req.Header.Set(secretHeader, secret)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func TestWebhook(t *testing.T) {
	tb, f, url, stop := startWebhookBot(t)
	upd, _ := json.Marshal(map[string]any{"update_id": 1, "message": userMsg(chatA, 1, "/start")["message"]})

	if got := post(t, url, "", upd); got != http.StatusUnauthorized {
		t.Errorf("missing secret: %d", got)
	}
	if got := post(t, url, "wrong", upd); got != http.StatusUnauthorized {
		t.Errorf("wrong secret: %d", got)
	}
	if got := post(t, url, hookSecret+"x", upd); got != http.StatusUnauthorized {
		t.Errorf("longer secret: %d", got)
	}
	big := append([]byte(`{"update_id":2,"message":{"text":"`), bytes.Repeat([]byte("a"), maxWebhookBody)...)
	big = append(big, `"}}`...)
	if got := post(t, url, hookSecret, big); got != http.StatusRequestEntityTooLarge {
		t.Errorf("oversize: %d", got)
	}
	if got := post(t, url, hookSecret, []byte("{not json")); got != http.StatusBadRequest {
		t.Errorf("bad json: %d", got)
	}
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: %d", resp.StatusCode)
	}
	if got := post(t, strings.Replace(url, "/tg/hook", "/other", 1), hookSecret, upd); got != http.StatusNotFound {
		t.Errorf("other path: %d", got)
	}
	if n := len(tb.eng.updates()); n != 0 {
		t.Fatalf("a refused request reached the engine (%d)", n)
	}

	if got := post(t, url, hookSecret, upd); got != http.StatusOK {
		t.Fatalf("right secret: %d", got)
	}
	if s := f.waitCalls("sendMessage", 1)[0].Form.Get("text"); s != "Welcome" {
		t.Fatalf("reply %q", s)
	}
	if len(f.callsOf("getUpdates")) != 0 || len(f.callsOf("deleteWebhook")) != 0 {
		t.Fatal("webhook mode polled")
	}
	took := stop()
	t.Logf("webhook shutdown took %v", took)
	if took > 2*time.Second {
		t.Fatalf("shutdown took %v", took)
	}
	assertPrivate(t, tb.logs.String(), hookSecret)
}

func TestWebhookConfig(t *testing.T) {
	f := newFakeAPI(t)
	for _, secret := range []string{"", "has space", "ünï", strings.Repeat("a", 257), "semi;colon"} {
		_, err := New(context.Background(), Config{Token: f.token, Endpoint: f.endpoint(), HTTPClient: f.srv.Client(),
			WebhookURL: "https://x.org/h", WebhookSecret: secret}, menuEngine(), nil, tbKeyer())
		if err == nil {
			t.Errorf("secret %q accepted", secret)
		}
	}
	for _, u := range []string{"ftp://x.org/h", "/relative", "https://"} {
		_, err := New(context.Background(), Config{Token: f.token, Endpoint: f.endpoint(), HTTPClient: f.srv.Client(),
			WebhookURL: u, WebhookSecret: "ok"}, menuEngine(), memStore(), tbKeyer())
		if err == nil {
			t.Errorf("url %q accepted", u)
		}
	}
	b, err := New(context.Background(), Config{Token: f.token, Endpoint: f.endpoint(), HTTPClient: f.srv.Client(),
		WebhookURL: "https://x.org/h", WebhookSecret: strings.Repeat("a-Z_9", 51)}, menuEngine(), memStore(), tbKeyer())
	if err != nil || b.cfg.WebhookListen != DefaultWebhookListen {
		t.Fatalf("valid config: %v", err)
	}
	if _, err := New(context.Background(), Config{Endpoint: f.endpoint()}, menuEngine(), memStore(), tbKeyer()); err == nil {
		t.Error("empty token accepted")
	}
	if _, err := New(context.Background(), Config{Token: "t", Endpoint: "http://x/%s"}, menuEngine(), memStore(), tbKeyer()); err == nil {
		t.Error("bad endpoint accepted")
	}
}

func TestWebhookListenError(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, menuEngine(), func(c *Config) {
		c.WebhookURL, c.WebhookSecret, c.WebhookListen = "https://x.org/h", "ok", "256.0.0.1:1"
	})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := tb.Run(ctx); err == nil {
		t.Fatal("Run did not fail on a bad listen address")
	}
}

func TestWebhookBusyWhileShuttingDown(t *testing.T) {
	f := newFakeAPI(t)
	tb := newTestBot(t, f, menuEngine(), func(c *Config) {
		c.WebhookURL, c.WebhookSecret = "https://x.org/h", hookSecret
	})
	tb.queues = []chan incoming{make(chan incoming, 1)}
	tb.closeQueues()
	srv := httptest.NewServer(tb.webhookHandler("/h"))
	defer srv.Close()
	upd, _ := json.Marshal(map[string]any{"update_id": 1, "message": userMsg(chatA, 1, "hi")["message"]})
	if got := post(t, srv.URL+"/h", hookSecret, upd); got != http.StatusServiceUnavailable {
		t.Fatalf("status %d, want 503 so Telegram delivers again", got)
	}
}
