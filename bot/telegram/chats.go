package telegram

import (
	"context"
	"html"
)

// groupNotice tells a group or channel, once per GroupNoticeTTL, that the bot
// works in private chats. Nothing written in a group reaches the engine.
func (b *Bot) groupNotice(ctx context.Context, in incoming) {
	key := b.noticeKey(in.ChatID)
	v, err := b.st.Get(ctx, key)
	if err != nil {
		// Unsure whether it was told: stay silent rather than repeat.
		b.log.Warn("telegram: group notice read failed", "chat", b.chatTag(in.ChatID), "err", describe(err, b.cfg.Token))
		return
	}
	if v != nil {
		return
	}
	if err := b.st.Set(ctx, key, []byte{1}, b.cfg.GroupNoticeTTL); err != nil {
		b.log.Warn("telegram: group notice write failed", "chat", b.chatTag(in.ChatID), "err", describe(err, b.cfg.Token))
		return
	}
	text := b.cfg.GroupNotice(in.LangHint)
	if text == "" {
		return
	}
	_, _ = b.sendMessage(ctx, in.ChatID, html.EscapeString(text), nil)
}
