package main

import (
	"context"
	"crypto/rand"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/referralbot/referralbot/bot"
	"github.com/referralbot/referralbot/bot/store"
	"github.com/referralbot/referralbot/content"
	"github.com/referralbot/referralbot/locales"
)

// common holds the flags and settings every command shares.
type common struct {
	contentDir string
	logLevel   string
	secret     string
	redisURL   string
}

func (c *common) register(fs *flag.FlagSet, getenv func(string) string) {
	fs.StringVar(&c.contentDir, "content", getenv("REFERRALBOT_CONTENT"), "read content from `DIR` instead of the embedded copy")
	fs.StringVar(&c.logLevel, "log-level", envOr(getenv, "LOG_LEVEL", "info"), "log level: debug, info, warn, error")
	c.secret = getenv("REFERRALBOT_SECRET")
	c.redisURL = getenv("REDIS_URL")
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}

// App is the wired program: content, messages, store and engine.
type App struct {
	Content *content.Content
	Locales *locales.Catalog
	Store   store.Store
	Keyer   store.Keyer
	Engine  *bot.Engine
	Logger  *slog.Logger
}

// newLogger returns a JSON logger on w. It never sees message text or tokens.
func newLogger(w io.Writer, level string) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("log level %q: %w", level, err)
	}
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: l})), nil
}

// loadContent loads and checks content and messages; any problem is an error
// listing file:line: problem.
func loadContent(dir string) (*content.Content, *locales.Catalog, error) {
	fsys := content.Embedded()
	if dir != "" {
		fsys = content.Dir(dir)
	}
	c, err := content.Load(fsys)
	if err != nil {
		return nil, nil, fmt.Errorf("content has problems:\n%w", err)
	}
	cat, err := locales.Load(locales.Embedded())
	if err != nil {
		return nil, nil, err
	}
	if problems := cat.Check(c.Codes()); len(problems) > 0 {
		return nil, nil, fmt.Errorf("locales have problems:\n%s", strings.Join(problems, "\n"))
	}
	return c, cat, nil
}

// Open wires the app. With no secret it makes a random one: state then lives
// only as long as the process, which is right for the console.
func Open(ctx context.Context, cfg common, logw io.Writer, obs bot.Observer) (*App, error) {
	logger, err := newLogger(logw, cfg.logLevel)
	if err != nil {
		return nil, err
	}
	c, cat, err := loadContent(cfg.contentDir)
	if err != nil {
		return nil, err
	}
	secret := []byte(cfg.secret)
	if len(secret) == 0 {
		secret = make([]byte, 32)
		rand.Read(secret)
	}
	var st store.Store = store.NewMemory()
	if cfg.redisURL != "" {
		if st, err = store.NewRedis(ctx, cfg.redisURL); err != nil {
			return nil, err
		}
	}
	keyer := store.NewKeyer(secret)
	eng, err := bot.New(bot.Config{Content: c, Locales: cat, Store: st, Keyer: keyer, Logger: logger, Observer: obs})
	if err != nil {
		return nil, err
	}
	return &App{Content: c, Locales: cat, Store: st, Keyer: keyer, Engine: eng, Logger: logger}, nil
}

// Close releases the app's resources.
func (a *App) Close() error { return a.Store.Close() }
