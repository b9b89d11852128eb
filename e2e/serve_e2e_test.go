package e2e_test

import (
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildBinary builds cmd/referralbot once per test run.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "referralbot")
	cmd := exec.Command("go", "build", "-o", bin, "../cmd/referralbot")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// TestServeBinary runs the real program, "referralbot serve", against the
// emulator through TELEGRAM_API_ENDPOINT, holds a conversation with the real
// engine and content in polling and in webhook mode, and stops it with
// SIGTERM.
func TestServeBinary(t *testing.T) {
	em := startEmulator(t)
	bin := buildBinary(t)
	modes := []struct {
		name string
		env  func() []string
	}{
		{"polling", func() []string { return nil }},
		{"webhook", func() []string {
			port := strconv.Itoa(freePort(t))
			return []string{
				"TELEGRAM_WEBHOOK_URL=http://127.0.0.1:" + port + "/telegram",
				"TELEGRAM_WEBHOOK_LISTEN=127.0.0.1:" + port,
				"TELEGRAM_WEBHOOK_SECRET=e2e_secret-" + port,
			}
		}},
	}
	for i, mode := range modes {
		t.Run(mode.name, func(t *testing.T) {
			token := strconv.Itoa(3000+i) + ":e2e-serve-token"
			metricsAddr := "127.0.0.1:" + strconv.Itoa(freePort(t))
			logs := &logBuf{}
			cmd := exec.Command(bin, "serve")
			cmd.Env = append(os.Environ(),
				"TELEGRAM_TOKEN="+token,
				"TELEGRAM_API_ENDPOINT="+em.url+"/bot%s/%s",
				"REFERRALBOT_SECRET=e2e-secret-key",
				"LOG_LEVEL=debug",
				"METRICS_LISTEN="+metricsAddr,
			)
			cmd.Env = append(cmd.Env, mode.env()...)
			cmd.Stdout, cmd.Stderr = logs, logs
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			defer func() {
				if t.Failed() || os.Getenv("E2E_SHOW_LOGS") == "1" {
					t.Logf("referralbot log:\n%s", logs)
				}
			}()
			// Loading 27 languages takes a moment on a busy machine: wait until
			// the program serves (its health endpoint answers) before talking.
			ready := time.Now().Add(60 * time.Second)
			for {
				resp, err := http.Get("http://" + metricsAddr + "/healthz")
				if err == nil {
					resp.Body.Close()
					break
				}
				if time.Now().After(ready) {
					t.Fatal("referralbot did not start within 60 s")
				}
				time.Sleep(100 * time.Millisecond)
			}
			if mode.name == "webhook" {
				em.waitLine(t, "WEBHOOK SET", 15*time.Second)
			}
			c := client{url: em.url, token: token, chat: int64(7000 + i)}

			c.say(t, "/start")
			greeting := c.next(t)
			if !strings.Contains(greeting.Message.Text, "Hello") || greeting.Message.ParseMode != "HTML" {
				t.Fatalf("greeting %q", greeting.Message.Text)
			}
			var countries string
			for _, row := range greeting.Message.ReplyMarkup.InlineKeyboard {
				for _, b := range row {
					if strings.Contains(b.Text, "Countries") {
						countries = b.CallbackData
					}
				}
			}
			if countries == "" {
				t.Fatalf("no Countries button in %+v", greeting.Message.ReplyMarkup)
			}

			c.say(t, "How can I refuse to sign a contract?")
			answer := c.next(t)
			if !strings.Contains(answer.Message.Text, "refus") || !strings.Contains(answer.Message.Text, "Source") {
				t.Fatalf("answer %q", answer.Message.Text)
			}

			// A menu button edits the greeting in place.
			c.press(t, greeting.MessageID, countries)
			deadline := time.Now().Add(10 * time.Second)
			for !strings.Contains(c.textOf(t, greeting.MessageID), "region") {
				if time.Now().After(deadline) {
					t.Fatalf("menu not edited: %q", c.textOf(t, greeting.MessageID))
				}
				time.Sleep(50 * time.Millisecond)
			}

			// A forged button gets the expired notice.
			c.press(t, greeting.MessageID, "1:c:zz")
			if m := c.next(t); !strings.Contains(m.Message.Text, "expired") {
				t.Fatalf("forged button: %q", m.Message.Text)
			}

			// The operator's view: Prometheus metrics count the conversation.
			resp, err := http.Get("http://" + metricsAddr + "/metrics")
			if err != nil {
				t.Fatal(err)
			}
			metrics, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			for _, want := range []string{`referralbot_updates_total{kind="text",lang="en",result="ok"} 2`, "referralbot_telegram_sent_total"} {
				if !strings.Contains(string(metrics), want) {
					t.Errorf("metrics lack %s", want)
				}
			}

			start := time.Now()
			if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
				t.Fatal(err)
			}
			select {
			case err := <-exited:
				if err != nil {
					t.Fatalf("exit after SIGTERM: %v", err)
				}
				t.Logf("stopped %v after SIGTERM", time.Since(start).Round(time.Millisecond))
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
				t.Fatal("referralbot did not stop within 10 s of SIGTERM")
			}
			for _, secret := range []string{token, "refuse to sign a contract", "e2e-secret-key"} {
				if strings.Contains(logs.String(), secret) {
					t.Errorf("log holds %q", secret)
				}
			}
		})
	}
}
