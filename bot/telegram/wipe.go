package telegram

import (
	"context"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// logTTL: Telegram lets a bot delete messages for 48 hours; older ids are useless.
const logTTL = 48 * time.Hour

// logKey is the store list of message ids in a chat: the bot's messages and
// the user's own (a bot may delete incoming messages in private chats), as
// "<msgID>:<unix>", so /wipe can remove the conversation from the phone.
func (b *Bot) logKey(chatID int64) string    { return b.keyer.Key("m", chatID) }
func (b *Bot) noticeKey(chatID int64) string { return b.keyer.Key("g", chatID) }

func (b *Bot) logMessage(ctx context.Context, chatID int64, msgID int) {
	if msgID == 0 {
		return
	}
	v := strconv.Itoa(msgID) + ":" + strconv.FormatInt(b.now().Unix(), 10)
	if err := b.st.Push(ctx, b.logKey(chatID), v, logTTL); err != nil {
		b.log.Warn("telegram: message log write failed", "chat", b.chatTag(chatID), "err", describe(err, b.cfg.Token))
	}
}

// wipe deletes every logged message younger than 48 hours, newest first,
// then the log. Messages the user already deleted are skipped quietly.
func (b *Bot) wipe(ctx context.Context, chatID int64) {
	key := b.logKey(chatID)
	entries, err := b.st.List(ctx, key)
	if err != nil {
		b.log.Warn("telegram: message log read failed", "chat", b.chatTag(chatID), "err", describe(err, b.cfg.Token))
		return
	}
	cutoff := b.now().Add(-logTTL).Unix()
	seen := map[int]bool{}
	deleted := 0
	for i := len(entries) - 1; i >= 0; i-- {
		id, at, ok := parseLogEntry(entries[i])
		if !ok || seen[id] || at <= cutoff {
			continue
		}
		seen[id] = true
		if b.deleteMessage(ctx, chatID, id) {
			deleted++
		}
	}
	if err := b.st.Delete(ctx, key); err != nil {
		b.log.Warn("telegram: message log delete failed", "chat", b.chatTag(chatID), "err", describe(err, b.cfg.Token))
	}
	b.log.Info("telegram: wiped", "chat", b.chatTag(chatID), "deleted", deleted, "logged", len(seen))
}

// forget drops what the adapter keeps about a chat.
func (b *Bot) forget(ctx context.Context, chatID int64) {
	if err := b.st.Delete(ctx, b.logKey(chatID), b.noticeKey(chatID)); err != nil {
		b.log.Warn("telegram: forget failed", "chat", b.chatTag(chatID), "err", describe(err, b.cfg.Token))
	}
}

func parseLogEntry(e string) (id int, at int64, ok bool) {
	a, c, found := strings.Cut(e, ":")
	if !found {
		return 0, 0, false
	}
	id, err1 := strconv.Atoi(a)
	at, err2 := strconv.ParseInt(c, 10, 64)
	return id, at, err1 == nil && err2 == nil && id > 0
}

func (b *Bot) deleteMessage(ctx context.Context, chatID int64, msgID int) bool {
	d := tgbotapi.NewDeleteMessage(chatID, msgID)
	_, err := b.call(ctx, "deleteMessage", chatID, paceGlobal, func(ctx context.Context) (*tgbotapi.APIResponse, error) {
		return b.api.Request(ctx, d)
	})
	if err != nil {
		return false
	}
	b.stats.deleted.Add(1)
	return true
}

// timerEntry is one scheduled deletion.
type timerEntry struct{ stop func() bool }

// autoDelete deletes message msgID after d (d <= 0: keep). One timer per
// message, in this process: pending deletions are lost on restart (the
// message stays in the wipe log). With several replicas this moves to a
// Redis sorted set scored by due time, swept by any live replica.
func (b *Bot) autoDelete(chatID int64, msgID int, d time.Duration) {
	if d <= 0 || msgID == 0 {
		return
	}
	b.lifeMu.Lock()
	defer b.lifeMu.Unlock()
	ctx := b.lifeCtx
	if ctx == nil || ctx.Err() != nil {
		return
	}
	e := &timerEntry{}
	e.stop = b.afterFunc(d, func() {
		b.lifeMu.Lock()
		_, live := b.timers[e]
		delete(b.timers, e)
		b.lifeMu.Unlock()
		if live {
			b.deleteMessage(ctx, chatID, msgID)
		}
	})
	b.timers[e] = struct{}{}
}

func (b *Bot) stopTimers() {
	b.lifeMu.Lock()
	defer b.lifeMu.Unlock()
	for e := range b.timers {
		e.stop()
		delete(b.timers, e)
	}
}

func realAfterFunc(d time.Duration, f func()) func() bool { return time.AfterFunc(d, f).Stop }
