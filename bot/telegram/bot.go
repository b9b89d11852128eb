// Package telegram connects the transport-neutral engine (package bot) to the
// Telegram Bot API: it receives updates by long polling or by webhook, turns
// them into bot.Update values, hands them to the engine on a bounded pool of
// workers (one chat's updates in order), and sends the engine's replies within
// Telegram's limits, retrying what can be retried.
//
// Privacy: users may be people whose phones are searched. This package never
// logs message text, button data, user ids, chat ids or the bot token; a log
// line names a chat only by a truncated HMAC tag (see chatTag).
package telegram

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/referralbot/referralbot/bot"
	"github.com/referralbot/referralbot/bot/store"
)

// Engine is what the adapter needs from the engine; *bot.Engine satisfies it.
type Engine interface {
	Handle(ctx context.Context, u bot.Update) []bot.Reply
	Commands(lang string) []bot.Command
	Languages() []string
}

// Defaults for the zero values of Config.
const (
	DefaultSendRate       = 30 // messages per second over all chats (Telegram's documented limit)
	DefaultWorkers        = 8
	DefaultChatRate       = 1 // messages per second in one chat
	DefaultChatBurst      = 3
	DefaultWebhookListen  = ":8443"
	DefaultPollTimeout    = 25 * time.Second
	DefaultRequestTimeout = 15 * time.Second
	DefaultDrainTimeout   = 5 * time.Second
	DefaultMaxAttempts    = 4
	DefaultGroupNoticeTTL = 30 * 24 * time.Hour
)

// Config configures a Bot. Only Token is required; WebhookURL switches from
// long polling to webhook mode, which then requires WebhookSecret.
type Config struct {
	Token string
	// Endpoint is the Bot API URL pattern, "http://host:port/bot%s/%s"
	// (token, method). Empty: Telegram's own (tgbotapi.APIEndpoint).
	Endpoint string
	// WebhookURL is the public URL Telegram posts updates to (its path is the
	// path served). Empty: long polling.
	WebhookURL string
	// WebhookListen is the address the webhook server listens on (default ":8443").
	// TLS is expected to end at a reverse proxy in front of it.
	WebhookListen string
	// WebhookSecret is sent by Telegram in X-Telegram-Bot-Api-Secret-Token:
	// 1-256 characters of A-Z a-z 0-9 _ -. Required in webhook mode.
	WebhookSecret string
	// SendRate is the overall limit in messages per second. 0 means
	// DefaultSendRate (30); a negative value means unlimited.
	SendRate float64
	// ChatRate and ChatBurst limit messages to one chat (default 1/s, burst 3).
	ChatRate  float64
	ChatBurst int
	// Workers is the number of update workers (default 8). Each chat is bound
	// to one worker, so its updates are handled in order.
	Workers int
	// PollTimeout is the long-polling timeout (default 25 s).
	PollTimeout time.Duration
	// RequestTimeout bounds one Bot API call (default 15 s).
	RequestTimeout time.Duration
	// DrainTimeout bounds the time queued updates get after shutdown starts (default 5 s).
	DrainTimeout time.Duration
	// MaxAttempts bounds the tries of one Bot API call (default 4).
	MaxAttempts int
	// GroupNotice returns the one notice sent to a group or channel, telling
	// that the bot works in private chats only. Nil: a built-in English and
	// Russian text.
	GroupNotice func(lang string) string
	// GroupNoticeTTL is how long a group is remembered as told (default 30 days).
	GroupNoticeTTL time.Duration
	Logger         *slog.Logger
	// HTTPClient makes the Bot API calls (nil: a new http.Client). The
	// adapter bounds each call by RequestTimeout (plus PollTimeout for
	// getUpdates); a Timeout set on the client must exceed both together.
	HTTPClient *http.Client
}

// Bot is the Telegram adapter. Create it with New, start it with Run.
type Bot struct {
	cfg    Config
	log    *slog.Logger
	api    botAPI
	eng    Engine
	st     store.Store
	keyer  store.Keyer
	self   string // the bot's username, for "/cmd@name"
	secret []byte // webhook secret
	lim    *limiter
	stats  counters

	// Injectable for tests.
	now       func() time.Time
	sleep     func(ctx context.Context, d time.Duration) error
	jitter    func(d time.Duration) time.Duration
	afterFunc func(d time.Duration, f func()) func() bool
	pollIdle  time.Duration
	// stuckGrace: after the drain deadline, how long handlers get to see
	// their context end before Run returns without them.
	stuckGrace time.Duration

	queues  []chan incoming
	qmu     sync.RWMutex // held for reading while queueing, for writing to close
	qclosed bool
	running atomic.Bool
	addr    atomic.Value // the webhook listener's address, once listening
	offset  int          // next getUpdates offset; owned by the polling goroutine

	// lifeCtx lives until the workers are stopped; timers use it.
	lifeMu  sync.Mutex
	lifeCtx context.Context
	timers  map[*timerEntry]struct{}
}

var secretRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)

// New checks cfg, calls getMe to check the token and returns a Bot ready to Run.
func New(ctx context.Context, cfg Config, engine Engine, st store.Store, keyer store.Keyer) (*Bot, error) {
	if engine == nil || st == nil {
		return nil, errors.New("telegram: engine and store are required")
	}
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	b := &Bot{
		cfg:        cfg,
		log:        cfg.Logger,
		eng:        engine,
		st:         st,
		keyer:      keyer,
		secret:     []byte(cfg.WebhookSecret),
		now:        time.Now,
		sleep:      sleepCtx,
		jitter:     equalJitter,
		afterFunc:  realAfterFunc,
		pollIdle:   250 * time.Millisecond,
		stuckGrace: time.Second,
		timers:     map[*timerEntry]struct{}{},
	}
	b.lim = newLimiter(cfg.SendRate, cfg.ChatRate, cfg.ChatBurst, func() time.Time { return b.now() },
		func(ctx context.Context, d time.Duration) error { return b.sleep(ctx, d) })
	api, self, err := newTGClient(ctx, cfg)
	if err != nil {
		return nil, err
	}
	b.api, b.self = api, self
	return b, nil
}

func (c *Config) fill() error {
	if c.Token == "" {
		return errors.New("telegram: Token is required")
	}
	if c.Endpoint == "" {
		c.Endpoint = tgbotapi.APIEndpoint
	}
	if strings.Count(c.Endpoint, "%s") != 2 {
		return errors.New("telegram: Endpoint must look like http://host:port/bot%s/%s")
	}
	if c.WebhookURL != "" {
		u, err := url.Parse(c.WebhookURL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return errors.New("telegram: WebhookURL must be an absolute http(s) URL")
		}
		if !secretRE.MatchString(c.WebhookSecret) {
			return errors.New("telegram: WebhookSecret must be 1-256 characters of A-Z a-z 0-9 _ - in webhook mode")
		}
		if c.WebhookListen == "" {
			c.WebhookListen = DefaultWebhookListen
		}
	}
	if c.SendRate == 0 {
		c.SendRate = DefaultSendRate
	}
	if c.ChatRate <= 0 {
		c.ChatRate = DefaultChatRate
	}
	if c.ChatBurst <= 0 {
		c.ChatBurst = DefaultChatBurst
	}
	if c.Workers <= 0 {
		c.Workers = DefaultWorkers
	}
	if c.PollTimeout <= 0 {
		c.PollTimeout = DefaultPollTimeout
	}
	if c.RequestTimeout <= 0 {
		c.RequestTimeout = DefaultRequestTimeout
	}
	if c.DrainTimeout <= 0 {
		c.DrainTimeout = DefaultDrainTimeout
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = DefaultMaxAttempts
	}
	if c.GroupNotice == nil {
		c.GroupNotice = defaultGroupNotice
	}
	if c.GroupNoticeTTL <= 0 {
		c.GroupNoticeTTL = DefaultGroupNoticeTTL
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{}
	}
	return nil
}

// Run receives updates until ctx is cancelled, then stops receiving, gives
// the queued updates up to DrainTimeout and returns. It returns nil after a
// clean shutdown and an error when receiving cannot start (bad token, port in
// use). A Bot runs once.
func (b *Bot) Run(ctx context.Context) error {
	if !b.running.CompareAndSwap(false, true) {
		return errors.New("telegram: Run called twice")
	}
	// Workers get a context that outlives ctx by at most DrainTimeout.
	workCtx, hardStop := context.WithCancel(context.WithoutCancel(ctx))
	defer hardStop()
	b.lifeMu.Lock()
	b.lifeCtx = workCtx
	b.lifeMu.Unlock()

	b.queues = make([]chan incoming, b.cfg.Workers)
	var workers sync.WaitGroup
	for i := range b.queues {
		b.queues[i] = make(chan incoming, 64)
		workers.Add(1)
		go func(q <-chan incoming) {
			defer workers.Done()
			b.work(workCtx, q)
		}(b.queues[i])
	}
	cmdCtx, stopCmds := context.WithCancel(ctx)
	defer stopCmds()
	var side sync.WaitGroup
	side.Add(1)
	go func() {
		defer side.Done()
		b.registerCommands(cmdCtx)
	}()

	mode := "polling"
	var err error
	if b.cfg.WebhookURL != "" {
		mode = "webhook"
		err = b.serveWebhook(ctx)
	} else {
		err = b.poll(ctx)
	}
	// Receiving has stopped: close the queues and drain them.
	b.closeQueues()
	done := make(chan struct{})
	go func() { workers.Wait(); close(done) }()
	drained := true
	select {
	case <-done:
	case <-time.After(b.cfg.DrainTimeout):
		drained = false
		b.log.Warn("telegram: drain deadline passed, dropping queued updates")
		hardStop()
		select {
		case <-done:
		case <-time.After(b.stuckGrace):
			// A handler ignores its context; the process is exiting anyway.
			b.log.Error("telegram: workers did not stop, leaving them")
		}
	}
	if drained && mode == "polling" && err == nil {
		b.confirmOffset()
	}
	b.stopTimers()
	hardStop()
	stopCmds()
	side.Wait()
	b.log.Info("telegram: stopped", "mode", mode, "drained", drained)
	if err != nil {
		return fmt.Errorf("telegram: %s: %w", mode, err)
	}
	return nil
}

// Self returns the bot's username as reported by getMe.
func (b *Bot) Self() string { return b.self }

func defaultGroupNotice(string) string {
	return "This bot works only in private chats: open a private chat with it.\n\n" +
		"Этот бот работает только в личных сообщениях: напишите ему лично."
}
