package telegram

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

const (
	secretHeader   = "X-Telegram-Bot-Api-Secret-Token"
	maxWebhookBody = 1 << 20 // 1 MiB; Telegram's updates are far smaller
	enqueueWait    = 2 * time.Second
)

// serveWebhook listens on WebhookListen, registers WebhookURL with its secret
// and serves until ctx ends, then shuts the server down.
func (b *Bot) serveWebhook(ctx context.Context) error {
	u, err := url.Parse(b.cfg.WebhookURL)
	if err != nil {
		return err
	}
	path := u.Path
	if path == "" {
		path = "/"
	}
	ln, err := net.Listen("tcp", b.cfg.WebhookListen)
	if err != nil {
		return err
	}
	b.addr.Store(ln.Addr().String())
	srv := &http.Server{
		Handler:           b.webhookHandler(path),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       60 * time.Second,
		ErrorLog:          slog.NewLogLogger(b.log.Handler(), slog.LevelDebug),
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	defer func() {
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()

	// Registered after listening, so the first delivery finds the server.
	allowed, _ := json.Marshal(allowedUpdates)
	params := tgbotapi.Params{
		"url":             b.cfg.WebhookURL,
		"secret_token":    b.cfg.WebhookSecret,
		"allowed_updates": string(allowed),
	}
	_, err = b.call(ctx, "setWebhook", 0, paceNone, func(ctx context.Context) (*tgbotapi.APIResponse, error) {
		return b.api.MakeRequest(ctx, "setWebhook", params)
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return &safeError{msg: "setWebhook: " + describe(err, b.cfg.Token), err: err}
	}
	b.log.Info("telegram: webhook serving", "listen", ln.Addr().String(), "workers", b.cfg.Workers)
	select {
	case <-ctx.Done():
		return nil
	case err := <-served:
		return err
	}
}

// webhookHandler accepts Telegram's POSTs on path: it checks the secret header
// in constant time, bounds the body, queues the update and answers 200 at
// once. Telegram retries deliveries answered with an error.
func (b *Bot) webhookHandler(path string) http.Handler {
	want := sha256.Sum256(b.secret)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != path {
			http.NotFound(w, r)
			return
		}
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		// Hashing first makes the comparison constant-time in the length too.
		got := sha256.Sum256([]byte(r.Header.Get(secretHeader)))
		if len(b.secret) == 0 || subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
			b.stats.ignored.Add(1)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxWebhookBody))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				http.Error(w, "too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		var u tgbotapi.Update
		if err := json.Unmarshal(body, &u); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), enqueueWait)
		defer cancel()
		if err := b.accept(ctx, u); err != nil {
			// Queue full or shutting down: Telegram will deliver it again.
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
}
