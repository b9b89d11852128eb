package telegram

import (
	"context"
	"errors"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// allowedUpdates are the update types the bot asks Telegram for.
var allowedUpdates = []string{"message", "edited_message", "channel_post", "callback_query"}

// quickPoll: an empty getUpdates answer faster than this did not long-poll
// (an emulator, a proxy); the loop then pauses pollIdle.
const quickPoll = 50 * time.Millisecond

// poll receives updates by long polling until ctx ends. It removes any
// webhook first, since Telegram refuses getUpdates while one is set.
func (b *Bot) poll(ctx context.Context) error {
	_, err := b.call(ctx, "deleteWebhook", 0, paceNone, func(ctx context.Context) (*tgbotapi.APIResponse, error) {
		return b.api.Request(ctx, tgbotapi.DeleteWebhookConfig{})
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return &safeError{msg: "deleteWebhook: " + describe(err, b.cfg.Token), err: err}
	}
	b.log.Info("telegram: polling", "workers", b.cfg.Workers)
	failures := 0
	for ctx.Err() == nil {
		cfg := tgbotapi.UpdateConfig{
			Offset:         b.offset,
			Timeout:        int(b.cfg.PollTimeout / time.Second),
			AllowedUpdates: allowedUpdates,
		}
		start := b.now()
		ups, err := getUpdates(ctx, b.api, cfg)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			var apiErr *tgbotapi.Error
			if errors.As(err, &apiErr) && (apiErr.Code == 401 || apiErr.Code == 404) {
				return &safeError{msg: "getUpdates: " + describe(err, b.cfg.Token), err: err}
			}
			failures++
			b.log.Warn("telegram: getUpdates failed", "failures", failures, "err", describe(err, b.cfg.Token))
			_ = b.sleep(ctx, b.backoff(failures))
			continue
		}
		failures = 0
		for _, u := range ups {
			if u.UpdateID < b.offset {
				continue
			}
			if err := b.accept(ctx, u); err != nil {
				return nil // shutting down; this update stays unconfirmed
			}
			b.offset = u.UpdateID + 1
		}
		if len(ups) == 0 && b.now().Sub(start) < quickPoll {
			_ = b.sleep(ctx, b.pollIdle)
		}
	}
	return nil
}

// confirmOffset tells Telegram that the updates handled so far are done, so
// the next start does not get them again.
func (b *Bot) confirmOffset() {
	if b.offset == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_, _ = b.api.Request(ctx, tgbotapi.UpdateConfig{Offset: b.offset, Limit: 1, AllowedUpdates: allowedUpdates})
}
