package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"time"

	"github.com/referralbot/referralbot/bot/search"
	"github.com/referralbot/referralbot/bot/store"
	"github.com/referralbot/referralbot/content"
	"github.com/referralbot/referralbot/locales"
)

// SessionTTL is how long a user's state lives after their last message.
const SessionTTL = 30 * 24 * time.Hour

// Config holds what the engine is built from.
type Config struct {
	Content *content.Content
	Locales *locales.Catalog
	Store   store.Store
	Keyer   store.Keyer
	Logger  *slog.Logger
	// Observer, if set, is told of every handled update (for metrics).
	Observer Observer
	// Index is a search index built from Content with Docs; nil builds it.
	// Engines that share content may share one index.
	Index *search.Index
}

// Observer receives one Observation per handled update. It never sees the
// user, the text or anything that identifies either.
type Observer interface {
	Observe(Observation)
}

// Observation is what the engine tells an Observer about one update.
type Observation struct {
	Kind     UpdateKind
	Lang     string
	Failed   bool // an error became the kind "something went wrong" reply
	Duration time.Duration
}

// Engine turns updates into replies. It is safe for concurrent use.
type Engine struct {
	c     *content.Content
	ui    *locales.Catalog
	st    store.Store
	keys  store.Keyer
	log   *slog.Logger
	obs   Observer
	index *search.Index
	langs []string // content languages, in content order
}

// New builds the engine and its search index.
func New(cfg Config) (*Engine, error) {
	if cfg.Content == nil || cfg.Locales == nil || cfg.Store == nil {
		return nil, errors.New("bot: content, locales and store are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	e := &Engine{c: cfg.Content, ui: cfg.Locales, st: cfg.Store, keys: cfg.Keyer, log: cfg.Logger, obs: cfg.Observer}
	for _, code := range cfg.Content.Codes() {
		e.langs = append(e.langs, code)
	}
	e.index = cfg.Index
	if e.index == nil {
		e.index = search.Build(Docs(cfg.Content))
	}
	return e, nil
}

// Languages returns the languages the bot speaks.
func (e *Engine) Languages() []string { return append([]string(nil), e.langs...) }

// Commands returns the slash commands with their descriptions in lang.
func (e *Engine) Commands(lang string) []Command {
	names := []string{"start", "help", "language", "safety", "wipe", "autodelete", "forget"}
	out := make([]Command, len(names))
	for i, n := range names {
		out[i] = Command{Name: n, Description: e.ui.T(lang, "cmd_"+n, nil)}
	}
	return out
}

// turn is one update being handled: the user's session and chosen language.
type turn struct {
	u       Update
	key     string
	sess    session
	saved   session // as loaded, to write only on change
	lang    string
	replies []Reply
}

// Handle answers one update. It never returns an error: failures become a
// kind reply here, in one place, and a log line without the user's text.
func (e *Engine) Handle(ctx context.Context, u Update) (replies []Reply) {
	start := time.Now()
	t := &turn{u: u, key: e.keys.Key("s", u.UserID)}
	defer func() {
		if r := recover(); r != nil {
			e.log.Error("engine panic", "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			replies = []Reply{e.errorReply(t.lang)}
		}
	}()
	if err := e.loadSession(ctx, t); err != nil {
		// The user still gets an answer; the state is simply not remembered.
		e.log.Warn("session load failed", "err", err)
	}
	err := e.route(ctx, t)
	if e.obs != nil {
		defer func() {
			e.obs.Observe(Observation{Kind: u.Kind, Lang: t.lang, Failed: err != nil, Duration: time.Since(start)})
		}()
	}
	if err != nil {
		e.log.Error("update failed", "kind", u.Kind, "err", err)
		t.replies = append(t.replies, e.errorReply(t.lang))
	}
	if err := e.saveSession(ctx, t); err != nil {
		e.log.Warn("session save failed", "err", err)
	}
	e.log.Debug("update", "kind", u.Kind, "lang", t.lang, "replies", len(t.replies), "dur", time.Since(start))
	return e.finish(t)
}

func (e *Engine) errorReply(lang string) Reply {
	if lang == "" {
		lang = locales.Source
	}
	return Reply{Lang: lang, Text: e.ui.T(lang, "error_internal", nil), Buttons: [][]Button{{e.mainButton(lang)}}}
}

// finish stamps every reply with its language, direction and the user's
// auto-delete choice.
func (e *Engine) finish(t *turn) []Reply {
	for i := range t.replies {
		r := &t.replies[i]
		if r.Lang == "" {
			r.Lang = t.lang
		}
		if l, ok := e.c.Language(r.Lang); ok && l.RTL {
			r.RTL = true
			r.Text = isolateRTL(r.Text)
		}
		r.AutoDelete = time.Duration(t.sess.AutoDelete) * time.Minute
	}
	return t.replies
}

func (t *turn) say(r Reply) { t.replies = append(t.replies, r) }
