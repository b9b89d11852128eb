package telegram

import (
	"context"
	"regexp"
	"strings"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/referralbot/referralbot/bot"
)

var commandRE = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

// registerCommands sets the command menu for each of the engine's languages
// (Telegram keys it by a two-letter language_code) and a default one from the
// English commands. Failures are logged; the bot works without a menu.
func (b *Bot) registerCommands(ctx context.Context) {
	seen := map[string]bool{}
	for _, lang := range b.eng.Languages() {
		code := langCode(lang)
		if code == "" || seen[code] {
			continue
		}
		seen[code] = true
		b.setCommands(ctx, code, b.eng.Commands(lang))
	}
	b.setCommands(ctx, "", b.eng.Commands("en"))
}

func (b *Bot) setCommands(ctx context.Context, code string, cmds []bot.Command) {
	list := validCommands(cmds)
	if len(list) == 0 || ctx.Err() != nil {
		return
	}
	c := tgbotapi.SetMyCommandsConfig{Commands: list, LanguageCode: code}
	_, err := b.call(ctx, "setMyCommands", 0, paceNone, func(ctx context.Context) (*tgbotapi.APIResponse, error) {
		return b.api.Request(ctx, c)
	})
	if err == nil {
		b.log.Debug("telegram: commands set", "lang", code, "count", len(list))
	}
}

// validCommands keeps the commands Telegram accepts (name: 1-32 of a-z 0-9 _;
// description: 1-256 characters), at most 100.
func validCommands(cmds []bot.Command) []tgbotapi.BotCommand {
	var out []tgbotapi.BotCommand
	for _, c := range cmds {
		name := strings.TrimPrefix(strings.ToLower(c.Name), "/")
		desc := strings.TrimSpace(strings.ToValidUTF8(c.Description, ""))
		if !commandRE.MatchString(name) || desc == "" {
			continue
		}
		if utf8.RuneCountInString(desc) > 256 {
			desc = string([]rune(desc)[:256])
		}
		out = append(out, tgbotapi.BotCommand{Command: name, Description: desc})
		if len(out) == 100 {
			break
		}
	}
	return out
}

// langCode turns a BCP 47 tag ("pt-BR", "uz_Cyrl") into Telegram's two-letter
// code, or "" when it has none.
func langCode(tag string) string {
	primary, _, _ := strings.Cut(strings.ReplaceAll(tag, "_", "-"), "-")
	primary = strings.ToLower(primary)
	if len(primary) != 2 || primary[0] < 'a' || primary[0] > 'z' || primary[1] < 'a' || primary[1] > 'z' {
		return ""
	}
	return primary
}
