package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/referralbot/referralbot/bot"
)

// consoleUser is the id of the one person at the console.
const consoleUser = 1

func runChat(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("chat", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg common
	cfg.register(fs, getenv)
	hint := fs.String("lang-hint", envOr(getenv, "LANG_HINT", ""), "the client language to pretend, as Telegram's language_code")
	if err := fs.Parse(args); err != nil {
		return exitError(2)
	}
	app, err := Open(ctx, cfg, stderr, nil)
	if err != nil {
		return err
	}
	defer app.Close()
	fmt.Fprintln(stdout, "referralbot local console (no Telegram): type a message or /start, a number presses a button, Ctrl-D quits. To connect Telegram, set TELEGRAM_TOKEN and run: referralbot serve")
	return console(ctx, app.Engine, *hint, stdin, stdout)
}

// console runs a chat on text streams: messages and /commands go to the
// engine; buttons print numbered, and typing a number presses one.
func console(ctx context.Context, eng *bot.Engine, hint string, in io.Reader, out io.Writer) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var buttons []bot.Button
	for {
		fmt.Fprint(out, "> ")
		if !sc.Scan() {
			fmt.Fprintln(out)
			return sc.Err()
		}
		if err := ctx.Err(); err != nil {
			return nil
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		u := bot.Update{UserID: consoleUser, ChatID: consoleUser, ChatKind: bot.ChatPrivate, Kind: bot.KindText, LangHint: hint, Text: line}
		if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(buttons) {
			b := buttons[n-1]
			if b.URL != "" {
				fmt.Fprintf(out, "(link: %s)\n", b.URL)
				continue
			}
			u.Kind, u.Text, u.Data = bot.KindCallback, "", b.Data
		}
		buttons = printReplies(out, eng.Handle(ctx, u))
	}
}

// printReplies prints replies as plain text with numbered buttons and
// returns the buttons in number order.
func printReplies(out io.Writer, replies []bot.Reply) []bot.Button {
	var buttons []bot.Button
	for _, r := range replies {
		fmt.Fprintln(out, r.Text)
		if r.Action != bot.ActionNone {
			fmt.Fprintf(out, "(action: %s)\n", r.Action)
		}
		for _, row := range r.Buttons {
			var cells []string
			for _, b := range row {
				buttons = append(buttons, b)
				cell := fmt.Sprintf("[%d] %s", len(buttons), b.Text)
				if b.URL != "" {
					cell += " <" + b.URL + ">"
				}
				cells = append(cells, cell)
			}
			fmt.Fprintln(out, "  "+strings.Join(cells, "  "))
		}
		fmt.Fprintln(out)
	}
	return buttons
}
