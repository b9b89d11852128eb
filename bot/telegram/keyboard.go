package telegram

import (
	"net/url"
	"strings"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/referralbot/referralbot/bot"
)

const (
	maxButtons   = 100 // Telegram's limit per keyboard
	maxRowLength = 8   // Telegram's limit per row
)

// keyboard turns the engine's button rows into an inline keyboard within
// Telegram's limits. A button Telegram would refuse (callback data over 64
// bytes, no text, a link that is not http(s) or tg) is dropped, so the rest
// of the message still goes out; the log line says how many, not which.
func (b *Bot) keyboard(chatID int64, rows [][]bot.Button) *tgbotapi.InlineKeyboardMarkup {
	var out [][]tgbotapi.InlineKeyboardButton
	n, dropped := 0, 0
	for _, row := range rows {
		var cur []tgbotapi.InlineKeyboardButton
		for _, bt := range row {
			btn, ok := button(bt)
			if !ok || n >= maxButtons {
				dropped++
				continue
			}
			if len(cur) == maxRowLength {
				out = append(out, cur)
				cur = nil
			}
			cur = append(cur, btn)
			n++
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
	}
	if dropped > 0 {
		b.log.Warn("telegram: buttons dropped", "chat", b.chatTag(chatID), "dropped", dropped, "kept", n)
	}
	if len(out) == 0 {
		return nil
	}
	m := tgbotapi.NewInlineKeyboardMarkup(out...)
	return &m
}

func button(bt bot.Button) (tgbotapi.InlineKeyboardButton, bool) {
	text := strings.TrimSpace(strings.ToValidUTF8(bt.Text, "\uFFFD"))
	if text == "" {
		return tgbotapi.InlineKeyboardButton{}, false
	}
	if bt.URL != "" {
		u, err := url.Parse(bt.URL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http" && u.Scheme != "tg") {
			return tgbotapi.InlineKeyboardButton{}, false
		}
		return tgbotapi.NewInlineKeyboardButtonURL(text, bt.URL), true
	}
	if bt.Data == "" || len(bt.Data) > maxCallbackData || !utf8.ValidString(bt.Data) {
		return tgbotapi.InlineKeyboardButton{}, false
	}
	return tgbotapi.NewInlineKeyboardButtonData(text, bt.Data), true
}
