package telegram

import (
	"context"
	"encoding/json"
	"html"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/referralbot/referralbot/bot"
)

const (
	maxText = 4096 // Telegram's limit, in UTF-16 code units after entity parsing
	rlm     = "\u200F"
)

// deliver sends the engine's replies to one update, in order. A wipe runs
// before its reply is sent (so the confirmation survives it); a forget runs
// after all replies (so nothing sent now is logged again).
func (b *Bot) deliver(ctx context.Context, in incoming, replies []bot.Reply) {
	editID := in.editMsgID
	forget := false
	for _, r := range replies {
		switch r.Action {
		case bot.ActionWipe:
			b.wipe(ctx, in.ChatID)
			editID = 0 // the menu message is gone
		case bot.ActionForget:
			forget = true
		}
		if b.sendReply(ctx, in.ChatID, r, editID) {
			editID = 0 // one edit per update
		}
	}
	if forget {
		b.forget(ctx, in.ChatID)
	}
}

// sendReply sends r, split into parts within Telegram's length limit, with
// its buttons on the last part. With r.Edit and editID set, a one-part reply
// replaces the menu message instead; if that fails it is sent anew. It
// reports whether an edit was tried.
func (b *Bot) sendReply(ctx context.Context, chatID int64, r bot.Reply, editID int) (editTried bool) {
	text := strings.ToValidUTF8(r.Text, "\uFFFD")
	if strings.TrimSpace(text) == "" {
		b.log.Debug("telegram: empty reply skipped", "chat", b.chatTag(chatID))
		return false
	}
	limit := maxText
	if r.RTL {
		limit -= utf16Len(rlm)
	}
	parts := splitText(text, limit)
	markup := b.keyboard(chatID, r.Buttons)
	for i, part := range parts {
		body := html.EscapeString(part)
		if r.RTL && !strings.HasPrefix(part, rlm) {
			// Telegram picks a paragraph's direction from its first strong
			// character; an Arabic-script reply that starts with a digit, a
			// Latin name or a link would otherwise be laid out left to right.
			body = rlm + body
		}
		last := i == len(parts)-1
		if i == 0 && r.Edit && editID != 0 && len(parts) == 1 {
			editTried = true
			if b.edit(ctx, chatID, editID, body, markup) {
				b.autoDelete(chatID, editID, r.AutoDelete)
				continue
			}
		}
		var m *tgbotapi.InlineKeyboardMarkup
		if last {
			m = markup
		}
		id, err := b.sendMessage(ctx, chatID, body, m)
		if err != nil {
			return editTried // later parts would read out of order
		}
		b.logMessage(ctx, chatID, id)
		b.autoDelete(chatID, id, r.AutoDelete)
	}
	return editTried
}

// sendMessage sends one HTML message and returns its id.
func (b *Bot) sendMessage(ctx context.Context, chatID int64, body string, markup *tgbotapi.InlineKeyboardMarkup) (int, error) {
	msg := tgbotapi.NewMessage(chatID, body)
	msg.ParseMode = tgbotapi.ModeHTML
	msg.DisableWebPagePreview = true
	if markup != nil {
		msg.ReplyMarkup = *markup
	}
	resp, err := b.call(ctx, "sendMessage", chatID, paceChat, func(ctx context.Context) (*tgbotapi.APIResponse, error) {
		return b.api.Request(ctx, msg)
	})
	if err != nil {
		return 0, err
	}
	b.stats.sent.Add(1)
	var m struct {
		MessageID int `json:"message_id"`
	}
	_ = json.Unmarshal(resp.Result, &m)
	return m.MessageID, nil
}

// edit replaces the text and buttons of message msgID.
func (b *Bot) edit(ctx context.Context, chatID int64, msgID int, body string, markup *tgbotapi.InlineKeyboardMarkup) bool {
	e := tgbotapi.NewEditMessageText(chatID, msgID, body)
	e.ParseMode = tgbotapi.ModeHTML
	e.DisableWebPagePreview = true
	e.ReplyMarkup = markup
	_, err := b.call(ctx, "editMessageText", chatID, paceGlobal, func(ctx context.Context) (*tgbotapi.APIResponse, error) {
		return b.api.Request(ctx, e)
	})
	if err != nil {
		b.log.Debug("telegram: edit failed, sending anew", "chat", b.chatTag(chatID), "err", describe(err, b.cfg.Token))
		return false
	}
	b.stats.edited.Add(1)
	return true
}

// answerCallback stops the button's spinner. Every callback gets it, whatever
// happens next.
func (b *Bot) answerCallback(ctx context.Context, in incoming) {
	cb := tgbotapi.NewCallback(in.callbackID, "")
	_, _ = b.call(ctx, "answerCallbackQuery", in.ChatID, paceNone, func(ctx context.Context) (*tgbotapi.APIResponse, error) {
		return b.api.Request(ctx, cb)
	})
}
