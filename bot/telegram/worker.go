package telegram

import (
	"context"
	"errors"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/referralbot/referralbot/bot"
)

var errClosed = errors.New("telegram: shutting down")

// accept transforms u and queues it for its chat's worker. It returns an
// error only when the update could not be queued (ctx ended, shutting down).
func (b *Bot) accept(ctx context.Context, u tgbotapi.Update) error {
	in, kind, ok := transform(u, b.self)
	if !ok {
		b.stats.ignored.Add(1)
		b.log.Debug("telegram: update ignored", "type", kind)
		return nil
	}
	return b.enqueue(ctx, in)
}

// enqueue puts in on the queue of its chat's worker, so one chat's updates
// are handled in order. It blocks while that queue is full.
func (b *Bot) enqueue(ctx context.Context, in incoming) error {
	b.qmu.RLock()
	defer b.qmu.RUnlock()
	if b.qclosed {
		return errClosed
	}
	q := b.queues[shard(in.ChatID, len(b.queues))]
	select {
	case q <- in:
		b.stats.updates.Add(1)
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (b *Bot) closeQueues() {
	b.qmu.Lock()
	defer b.qmu.Unlock()
	b.qclosed = true
	for _, q := range b.queues {
		close(q)
	}
}

// shard maps a chat to a worker. Fibonacci hashing spreads sequential ids.
func shard(chatID int64, n int) int {
	return int((uint64(chatID) * 0x9E3779B97F4A7C15 >> 32) % uint64(n))
}

// work handles the updates of its queue until the queue is closed; after a
// hard stop (ctx done) it drops what is left.
func (b *Bot) work(ctx context.Context, q <-chan incoming) {
	for in := range q {
		if ctx.Err() != nil {
			continue
		}
		b.handle(ctx, in)
	}
}

func (b *Bot) handle(ctx context.Context, in incoming) {
	defer func() {
		if r := recover(); r != nil {
			// The panic value may quote the update: not logged.
			b.stats.failures.Add(1)
			b.log.Error("telegram: panic while handling an update", "chat", b.chatTag(in.ChatID), "kind", in.Kind)
		}
	}()
	if in.callbackID != "" {
		b.answerCallback(ctx, in)
	}
	switch in.ChatKind {
	case bot.ChatPrivate:
	case bot.ChatGroup, bot.ChatChannel:
		b.groupNotice(ctx, in)
		return
	default:
		return
	}
	if in.Kind == bot.KindCallback && (in.Data == "" || len(in.Data) > maxCallbackData) {
		// Not from one of our buttons (a modified client can send anything).
		b.stats.ignored.Add(1)
		b.log.Debug("telegram: callback data refused", "chat", b.chatTag(in.ChatID), "len", len(in.Data))
		return
	}
	if in.Kind != bot.KindEdited {
		b.logMessage(ctx, in.ChatID, in.msgID)
	}
	b.deliver(ctx, in, b.eng.Handle(ctx, in.Update))
}
