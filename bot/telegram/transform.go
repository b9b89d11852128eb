package telegram

import (
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/referralbot/referralbot/bot"
)

// incoming is an update for the engine plus what the adapter needs to answer it.
type incoming struct {
	bot.Update
	callbackID string // set for callback queries: must be answered
	msgID      int    // the user's message, for the wipe log (0 for callbacks)
	editMsgID  int    // the message whose button was pressed, edited in place
}

// maxCallbackData is Telegram's limit on callback data; longer data did not
// come from our buttons.
const maxCallbackData = 64

// transform turns a Telegram update into an engine update. ok is false for
// kinds the bot does not handle; kind then names the update type, for a
// debug log that holds no content.
func transform(u tgbotapi.Update, self string) (in incoming, kind string, ok bool) {
	switch {
	case u.CallbackQuery != nil:
		q := u.CallbackQuery
		in.Kind = bot.KindCallback
		in.callbackID = q.ID
		in.Data = q.Data
		if q.From != nil {
			in.UserID = q.From.ID
			in.LangHint = q.From.LanguageCode
		}
		if q.Message != nil && q.Message.Chat != nil {
			in.ChatID = q.Message.Chat.ID
			in.ChatKind = chatKind(q.Message.Chat)
			in.editMsgID = q.Message.MessageID
		}
		// A callback without a chat (inline message) is still answered.
		return in, "callback", true
	case u.Message != nil:
		return fromMessage(u.Message, false, self)
	case u.EditedMessage != nil:
		return fromMessage(u.EditedMessage, true, self)
	case u.ChannelPost != nil:
		return fromMessage(u.ChannelPost, false, self)
	case u.EditedChannelPost != nil:
		return fromMessage(u.EditedChannelPost, true, self)
	}
	return in, updateType(u), false
}

func fromMessage(m *tgbotapi.Message, edited bool, self string) (in incoming, kind string, ok bool) {
	if m.Chat == nil {
		return in, "message without chat", false
	}
	in.ChatID = m.Chat.ID
	in.ChatKind = chatKind(m.Chat)
	if in.ChatKind == "" {
		return in, "chat type", false
	}
	in.msgID = m.MessageID
	if m.From != nil {
		in.UserID = m.From.ID
		in.LangHint = m.From.LanguageCode
	}
	in.Kind = messageKind(m)
	if edited {
		in.Kind = bot.KindEdited
	}
	if in.Kind == bot.KindText || in.Kind == bot.KindEdited {
		// Passed on as is, even if it is not valid UTF-8: the engine sanitizes.
		in.Text = stripMention(m.Text, self)
	}
	return in, "message", true
}

func chatKind(c *tgbotapi.Chat) bot.ChatKind {
	switch c.Type {
	case "private":
		return bot.ChatPrivate
	case "group", "supergroup":
		return bot.ChatGroup
	case "channel":
		return bot.ChatChannel
	}
	return ""
}

func messageKind(m *tgbotapi.Message) bot.UpdateKind {
	switch {
	case m.Text != "":
		return bot.KindText
	case m.Sticker != nil:
		return bot.KindSticker
	case len(m.Photo) > 0:
		return bot.KindPhoto
	case m.Voice != nil || m.Audio != nil || m.VideoNote != nil:
		return bot.KindVoice
	case m.Location != nil || m.Venue != nil:
		return bot.KindLocation
	}
	// Documents, videos, animations, contacts, polls, dice, service messages.
	return bot.KindOther
}

// stripMention turns "/start@ThisBot args" into "/start args".
func stripMention(text, self string) string {
	if self == "" || !strings.HasPrefix(text, "/") {
		return text
	}
	end := strings.IndexAny(text, " \n")
	if end < 0 {
		end = len(text)
	}
	cmd := text[:end]
	at := strings.IndexByte(cmd, '@')
	if at < 0 || !strings.EqualFold(cmd[at+1:], self) {
		return text
	}
	return cmd[:at] + text[end:]
}

func updateType(u tgbotapi.Update) string {
	switch {
	case u.InlineQuery != nil:
		return "inline_query"
	case u.ChosenInlineResult != nil:
		return "chosen_inline_result"
	case u.MyChatMember != nil:
		return "my_chat_member"
	case u.ChatMember != nil:
		return "chat_member"
	case u.ChatJoinRequest != nil:
		return "chat_join_request"
	case u.Poll != nil, u.PollAnswer != nil:
		return "poll"
	case u.ShippingQuery != nil, u.PreCheckoutQuery != nil:
		return "payment"
	}
	return "unknown"
}
