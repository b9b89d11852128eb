package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"

	"github.com/referralbot/referralbot/bot/telegram"
)

func runServe(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg common
	cfg.register(fs, getenv)
	if err := fs.Parse(args); err != nil {
		return exitError(2)
	}
	token := getenv("TELEGRAM_TOKEN")
	if token == "" {
		fmt.Fprintln(stderr, "referralbot serve: TELEGRAM_TOKEN is not set. Get a token from @BotFather and set it, or run \"referralbot chat\" for a local console.")
		return exitError(2)
	}
	tcfg, err := telegramConfig(getenv)
	if err != nil {
		fmt.Fprintln(stderr, "referralbot serve:", err)
		return exitError(2)
	}
	m := newMetrics()
	app, err := Open(ctx, cfg, stderr, m)
	if err != nil {
		return err
	}
	defer app.Close()
	if cfg.secret == "" {
		app.Logger.Warn("REFERRALBOT_SECRET is not set: using a random key, so user state is lost on restart and cannot be shared by replicas")
	}
	tcfg.Token = token
	tcfg.Logger = app.Logger
	tcfg.GroupNotice = func(lang string) string { return app.Locales.T(lang, "group_only", nil) }
	tg, err := telegram.New(ctx, tcfg, app.Engine, app.Store, app.Keyer)
	if err != nil {
		return fmt.Errorf("connect to Telegram: %w", err)
	}
	m.addTelegram(tg)
	if addr := getenv("METRICS_LISTEN"); addr != "" {
		if err := serveMetrics(ctx, addr, m, app.Logger); err != nil {
			return fmt.Errorf("metrics: %w", err)
		}
	}
	app.Logger.Info("serving", "mode", mode(tcfg), "languages", len(app.Engine.Languages()))
	if err := tg.Run(ctx); err != nil {
		return fmt.Errorf("telegram: %w", err)
	}
	app.Logger.Info("stopped")
	return nil
}

func mode(c telegram.Config) string {
	if c.WebhookURL != "" {
		return "webhook"
	}
	return "polling"
}

// telegramConfig reads the adapter's settings from the environment.
// TELEGRAM_SEND_RATE=0 means unlimited, as documented in the README.
func telegramConfig(getenv func(string) string) (telegram.Config, error) {
	c := telegram.Config{
		Endpoint:      getenv("TELEGRAM_API_ENDPOINT"),
		WebhookURL:    getenv("TELEGRAM_WEBHOOK_URL"),
		WebhookListen: getenv("TELEGRAM_WEBHOOK_LISTEN"),
		WebhookSecret: getenv("TELEGRAM_WEBHOOK_SECRET"),
	}
	if v := getenv("TELEGRAM_SEND_RATE"); v != "" {
		r, err := strconv.ParseFloat(v, 64)
		if err != nil || r < 0 {
			return c, fmt.Errorf("TELEGRAM_SEND_RATE %q: want messages per second, 0 for unlimited", v)
		}
		c.SendRate = r
		if r == 0 {
			c.SendRate = -1
		}
	}
	if v := getenv("TELEGRAM_WORKERS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return c, fmt.Errorf("TELEGRAM_WORKERS %q: want a positive number", v)
		}
		c.Workers = n
	}
	return c, nil
}
