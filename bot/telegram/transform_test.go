package telegram

import (
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/referralbot/referralbot/bot"
)

func parseUpdate(t *testing.T, js string) tgbotapi.Update {
	t.Helper()
	var u tgbotapi.Update
	if err := json.Unmarshal([]byte(js), &u); err != nil {
		t.Fatal(err)
	}
	return u
}

func TestTransform(t *testing.T) {
	const priv = `"chat":{"id":5,"type":"private"},"from":{"id":6,"is_bot":false,"first_name":"x","language_code":"uz"}`
	cases := []struct {
		name, js string
		ok       bool
		kind     bot.UpdateKind
		chat     bot.ChatKind
		text     string
	}{
		{"text", `{"update_id":1,"message":{"message_id":1,` + priv + `,"text":"hello"}}`, true, bot.KindText, bot.ChatPrivate, "hello"},
		{"command mention", `{"update_id":1,"message":{"message_id":1,` + priv + `,"text":"/start@refbot now"}}`, true, bot.KindText, bot.ChatPrivate, "/start now"},
		{"other mention", `{"update_id":1,"message":{"message_id":1,` + priv + `,"text":"/start@otherbot"}}`, true, bot.KindText, bot.ChatPrivate, "/start@otherbot"},
		{"sticker", `{"update_id":1,"message":{"message_id":1,` + priv + `,"sticker":{"file_id":"f","file_unique_id":"u","width":1,"height":1}}}`, true, bot.KindSticker, bot.ChatPrivate, ""},
		{"photo with caption", `{"update_id":1,"message":{"message_id":1,` + priv + `,"caption":"my passport","photo":[{"file_id":"f","file_unique_id":"u","width":1,"height":1}]}}`, true, bot.KindPhoto, bot.ChatPrivate, ""},
		{"voice", `{"update_id":1,"message":{"message_id":1,` + priv + `,"voice":{"file_id":"f","file_unique_id":"u","duration":1}}}`, true, bot.KindVoice, bot.ChatPrivate, ""},
		{"audio", `{"update_id":1,"message":{"message_id":1,` + priv + `,"audio":{"file_id":"f","file_unique_id":"u","duration":1}}}`, true, bot.KindVoice, bot.ChatPrivate, ""},
		{"video note", `{"update_id":1,"message":{"message_id":1,` + priv + `,"video_note":{"file_id":"f","file_unique_id":"u","length":1,"duration":1}}}`, true, bot.KindVoice, bot.ChatPrivate, ""},
		{"location", `{"update_id":1,"message":{"message_id":1,` + priv + `,"location":{"latitude":1,"longitude":2}}}`, true, bot.KindLocation, bot.ChatPrivate, ""},
		{"document", `{"update_id":1,"message":{"message_id":1,` + priv + `,"document":{"file_id":"f","file_unique_id":"u"}}}`, true, bot.KindOther, bot.ChatPrivate, ""},
		{"contact", `{"update_id":1,"message":{"message_id":1,` + priv + `,"contact":{"phone_number":"1","first_name":"a"}}}`, true, bot.KindOther, bot.ChatPrivate, ""},
		{"edited", `{"update_id":1,"edited_message":{"message_id":1,` + priv + `,"text":"fixed"}}`, true, bot.KindEdited, bot.ChatPrivate, "fixed"},
		{"group", `{"update_id":1,"message":{"message_id":1,"chat":{"id":-5,"type":"group"},"text":"hi"}}`, true, bot.KindText, bot.ChatGroup, "hi"},
		{"supergroup", `{"update_id":1,"message":{"message_id":1,"chat":{"id":-5,"type":"supergroup"},"text":"hi"}}`, true, bot.KindText, bot.ChatGroup, "hi"},
		{"channel", `{"update_id":1,"channel_post":{"message_id":1,"chat":{"id":-5,"type":"channel"},"text":"hi"}}`, true, bot.KindText, bot.ChatChannel, "hi"},
		{"callback", `{"update_id":1,"callback_query":{"id":"q","data":"menu:1","chat_instance":"c","from":{"id":6,"is_bot":false,"first_name":"x"},"message":{"message_id":9,"chat":{"id":5,"type":"private"}}}}`, true, bot.KindCallback, bot.ChatPrivate, ""},
		{"inline callback", `{"update_id":1,"callback_query":{"id":"q","data":"d","chat_instance":"c","inline_message_id":"i","from":{"id":6,"is_bot":false,"first_name":"x"}}}`, true, bot.KindCallback, "", ""},
		{"my_chat_member", `{"update_id":1,"my_chat_member":{"chat":{"id":5,"type":"private"},"from":{"id":6,"is_bot":false,"first_name":"x"},"date":1,"old_chat_member":{"status":"member","user":{"id":1,"is_bot":true,"first_name":"b"}},"new_chat_member":{"status":"kicked","user":{"id":1,"is_bot":true,"first_name":"b"}}}}`, false, "", "", ""},
		{"inline query", `{"update_id":1,"inline_query":{"id":"q","from":{"id":6,"is_bot":false,"first_name":"x"},"query":"a","offset":""}}`, false, "", "", ""},
		{"empty", `{"update_id":1}`, false, "", "", ""},
	}
	for _, c := range cases {
		in, _, ok := transform(parseUpdate(t, c.js), "RefBot")
		if ok != c.ok || in.Kind != c.kind || in.ChatKind != c.chat || in.Text != c.text {
			t.Errorf("%s: ok=%v kind=%q chat=%q text=%q", c.name, ok, in.Kind, in.ChatKind, in.Text)
		}
	}
	in, _, _ := transform(parseUpdate(t, cases[0].js), "")
	if in.UserID != 6 || in.ChatID != 5 || in.LangHint != "uz" || in.msgID != 1 {
		t.Errorf("ids %+v", in)
	}
	in, _, _ = transform(parseUpdate(t, cases[15].js), "")
	if in.callbackID != "q" || in.editMsgID != 9 || in.Data != "menu:1" || in.msgID != 0 {
		t.Errorf("callback %+v", in)
	}
}

func TestTransformInvalidUTF8(t *testing.T) {
	bad := "caf\xe9 \xff"
	u := tgbotapi.Update{Message: &tgbotapi.Message{MessageID: 1, Text: bad, Chat: &tgbotapi.Chat{ID: 1, Type: "private"}}}
	in, _, ok := transform(u, "x")
	if !ok || in.Text != bad {
		t.Fatalf("text %q", in.Text)
	}
	u.Message.Text = "/\xff@x"
	_, _, _ = transform(u, "x") // no panic
}

func TestDescribeHidesSecrets(t *testing.T) {
	tok := "123:ABC-secret"
	uerr := &url.Error{Op: "Post", URL: "https://api.telegram.org/bot" + tok + "/sendMessage", Err: errors.New("connection refused")}
	if d := describe(uerr, tok); strings.Contains(d, "ABC-secret") || !strings.Contains(d, "connection refused") {
		t.Fatalf("%q", d)
	}
	apiErr := &tgbotapi.Error{Code: 400, Message: `Bad Request: can't parse entities: Unsupported start tag "summons" at byte offset 3`}
	if d := describe(apiErr, tok); d != "api 400: Bad Request: can't parse entities" {
		t.Fatalf("%q", d)
	}
	if d := describe(errors.New("boom "+tok), tok); strings.Contains(d, tok) {
		t.Fatalf("%q", d)
	}
}

func TestLangCode(t *testing.T) {
	for in, want := range map[string]string{"en": "en", "pt-BR": "pt", "uz_Cyrl": "uz", "FA": "fa", "fil": "", "": "", "1x": ""} {
		if got := langCode(in); got != want {
			t.Errorf("langCode(%q) = %q, want %q", in, got, want)
		}
	}
	cmds := validCommands([]bot.Command{{Name: "Start", Description: "go"}, {Name: "bad name", Description: "x"}, {Name: "empty"}, {Name: "/wipe", Description: "w"}})
	if len(cmds) != 2 || cmds[0].Command != "start" || cmds[1].Command != "wipe" {
		t.Fatalf("%+v", cmds)
	}
}
