package telegram

import (
	"context"
	"errors"
	"math/rand/v2"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

const (
	backoffBase   = 500 * time.Millisecond
	backoffMax    = 10 * time.Second
	maxRetryAfter = 60 * time.Second // a longer flood wait is not waited for
)

// pace says which limits a call is subject to.
type pace int

const (
	paceNone   pace = iota // callbacks, commands, getUpdates
	paceGlobal             // deletes and edits: the overall rate only
	paceChat               // new messages: the chat's rate and the overall rate
)

// call runs f until it succeeds, fails for good or MaxAttempts are used:
// a 429 waits for Telegram's retry_after, a 5xx, network error or timeout
// waits an exponential backoff with jitter, any other API error is final.
// The give-up log line names the method, the chat's tag and the error kind,
// never the text.
func (b *Bot) call(ctx context.Context, method string, chatID int64, p pace,
	f func(ctx context.Context) (*tgbotapi.APIResponse, error)) (*tgbotapi.APIResponse, error) {
	for attempt := 1; ; attempt++ {
		if p != paceNone {
			if err := b.lim.wait(ctx, chatID, p == paceChat); err != nil {
				return nil, err
			}
		}
		resp, err := f(ctx)
		if err == nil {
			return resp, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		wait, retry := b.retryAfter(err, attempt)
		if !retry || attempt >= b.cfg.MaxAttempts {
			if retry || !quietError(method, err) {
				b.stats.failures.Add(1)
				b.log.Warn("telegram: call failed", "method", method, "chat", b.chatTag(chatID),
					"attempts", attempt, "err", describe(err, b.cfg.Token))
			}
			return nil, err
		}
		b.stats.retries.Add(1)
		b.log.Debug("telegram: retrying", "method", method, "chat", b.chatTag(chatID),
			"attempt", attempt, "wait", wait, "err", describe(err, b.cfg.Token))
		if err := b.sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// retryAfter says whether err is worth another try and after how long.
func (b *Bot) retryAfter(err error, attempt int) (time.Duration, bool) {
	var apiErr *tgbotapi.Error
	if errors.As(err, &apiErr) {
		switch {
		case apiErr.Code == 429:
			d := time.Duration(apiErr.RetryAfter) * time.Second
			if d <= 0 {
				d = time.Second
			}
			return d, d <= maxRetryAfter
		case apiErr.Code >= 500:
			return b.backoff(attempt), true
		}
		return 0, false
	}
	// Network errors, timeouts, a proxy's HTML error page: worth a retry.
	return b.backoff(attempt), true
}

// backoff is base·2^(attempt-1), capped, with jitter.
func (b *Bot) backoff(attempt int) time.Duration {
	d := backoffBase << min(attempt-1, 10)
	return b.jitter(min(d, backoffMax))
}

// equalJitter returns a duration in [d/2, d).
func equalJitter(d time.Duration) time.Duration {
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2)
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// quietError: expected refusals not worth a warning (a message already
// deleted, a menu not modified).
func quietError(method string, err error) bool {
	var apiErr *tgbotapi.Error
	if !errors.As(err, &apiErr) || apiErr.Code != 400 {
		return false
	}
	return method == "deleteMessage" || method == "editMessageText" || method == "answerCallbackQuery"
}
