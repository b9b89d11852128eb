package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// botAPI is the part of the Bot API this package uses. tgbotapi predates
// context.Context; tgClient adds it.
type botAPI interface {
	// Request calls the method of c and returns Telegram's answer.
	Request(ctx context.Context, c tgbotapi.Chattable) (*tgbotapi.APIResponse, error)
	// MakeRequest calls a method by name with raw parameters.
	MakeRequest(ctx context.Context, method string, p tgbotapi.Params) (*tgbotapi.APIResponse, error)
}

// tgClient is botAPI over tgbotapi.BotAPI. Every call runs on a shallow copy
// of the BotAPI whose HTTP client binds the request to the call's context, so
// a cancelled context or a timeout aborts the request.
type tgClient struct {
	api     *tgbotapi.BotAPI
	http    *http.Client
	timeout time.Duration // per call; getUpdates adds its long-poll timeout
	token   string
}

// ctxDoer is a tgbotapi.HTTPClient that sends every request with ctx.
type ctxDoer struct {
	ctx context.Context
	c   *http.Client
}

func (d ctxDoer) Do(req *http.Request) (*http.Response, error) { return d.c.Do(req.WithContext(d.ctx)) }

func newTGClient(ctx context.Context, cfg Config) (*tgClient, string, error) {
	cctx, cancel := context.WithTimeout(ctx, cfg.RequestTimeout)
	defer cancel()
	// The constructor calls getMe.
	api, err := tgbotapi.NewBotAPIWithClient(cfg.Token, cfg.Endpoint, ctxDoer{cctx, cfg.HTTPClient})
	if err != nil {
		return nil, "", &safeError{msg: "telegram: getMe: " + describe(err, cfg.Token), err: err}
	}
	api.Client = cfg.HTTPClient
	return &tgClient{api: api, http: cfg.HTTPClient, timeout: cfg.RequestTimeout, token: cfg.Token}, api.Self.UserName, nil
}

func (t *tgClient) bound(ctx context.Context, extra time.Duration) (*tgbotapi.BotAPI, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(ctx, t.timeout+extra)
	c := *t.api
	c.Client = ctxDoer{ctx, t.http}
	return &c, cancel
}

func (t *tgClient) Request(ctx context.Context, c tgbotapi.Chattable) (*tgbotapi.APIResponse, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var extra time.Duration
	if u, ok := c.(tgbotapi.UpdateConfig); ok {
		extra = time.Duration(u.Timeout) * time.Second
	}
	api, cancel := t.bound(ctx, extra)
	defer cancel()
	return api.Request(c)
}

func (t *tgClient) MakeRequest(ctx context.Context, method string, p tgbotapi.Params) (*tgbotapi.APIResponse, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	api, cancel := t.bound(ctx, 0)
	defer cancel()
	return api.MakeRequest(method, p)
}

// getUpdates fetches updates with a long poll.
func getUpdates(ctx context.Context, api botAPI, cfg tgbotapi.UpdateConfig) ([]tgbotapi.Update, error) {
	resp, err := api.Request(ctx, cfg)
	if err != nil {
		return nil, err
	}
	var ups []tgbotapi.Update
	if err := json.Unmarshal(resp.Result, &ups); err != nil {
		return nil, err
	}
	return ups, nil
}

// safeError carries an error whose text may hold the token (net/http puts the
// request URL, with the token in its path, into its errors) behind a message
// that does not.
type safeError struct {
	msg string
	err error
}

func (e *safeError) Error() string { return e.msg }
func (e *safeError) Unwrap() error { return e.err }

// describe returns a short text for a log line about err: the API error code
// and the generic part of Telegram's description, or the kind of network
// failure. It never holds the token or the request URL, and it cuts
// Telegram's description after its second colon, where details quoting the
// sent text (entity parse errors) would start.
func describe(err error, token string) string {
	var s string
	var apiErr *tgbotapi.Error
	var uerr *url.Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &apiErr):
		d := apiErr.Message
		if i := strings.Index(d, ":"); i >= 0 {
			if j := strings.Index(d[i+1:], ":"); j >= 0 {
				d = d[:i+1+j]
			}
		}
		if d == "" {
			d = "(no description)"
		}
		s = "api " + strconv.Itoa(apiErr.Code) + ": " + d
	case errors.Is(err, context.DeadlineExceeded):
		s = "timeout"
	case errors.Is(err, context.Canceled):
		s = "canceled"
	case errors.As(err, &uerr):
		if uerr.Timeout() {
			s = "timeout"
		} else {
			s = "network: " + uerr.Err.Error()
		}
	default:
		s = err.Error()
	}
	if token != "" {
		s = strings.ReplaceAll(s, token, "<token>")
	}
	if len(s) > 160 {
		s = s[:160]
	}
	return strings.ToValidUTF8(s, "?")
}
