package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/referralbot/referralbot/bot"
)

// jsonReply is one reply in ask --json output.
type jsonReply struct {
	Lang    string       `json:"lang"`
	Text    string       `json:"text"`
	Buttons []bot.Button `json:"buttons"`
}

type jsonAnswer struct {
	jsonReply
	Replies []jsonReply `json:"replies"`
}

func runAsk(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg common
	cfg.register(fs, getenv)
	lang := fs.String("lang", "", "answer in language `CODE` instead of detecting it")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := fs.Parse(args); err != nil {
		return exitError(2)
	}
	question := strings.Join(fs.Args(), " ")
	if question == "-" {
		data, err := io.ReadAll(io.LimitReader(stdin, 1<<20))
		if err != nil {
			return fmt.Errorf("read question: %w", err)
		}
		question = string(data)
	}
	if strings.TrimSpace(question) == "" {
		fmt.Fprintln(stderr, "usage: referralbot ask [--lang CODE] [--json] QUESTION|-")
		return exitError(2)
	}
	app, err := Open(ctx, cfg, stderr, nil)
	if err != nil {
		return err
	}
	defer app.Close()
	if *lang != "" && !contains(app.Engine.Languages(), *lang) {
		fmt.Fprintf(stderr, "referralbot: language %q is not one of %s\n", *lang, strings.Join(app.Engine.Languages(), ", "))
		return exitError(2)
	}
	replies := app.Engine.Handle(ctx, bot.Update{UserID: consoleUser, ChatID: consoleUser, ChatKind: bot.ChatPrivate,
		Kind: bot.KindText, Lang: *lang, Text: question})
	if !*asJSON {
		printReplies(stdout, replies)
		return nil
	}
	var ans jsonAnswer
	ans.Replies = []jsonReply{}
	for _, r := range replies {
		jr := jsonReply{Lang: r.Lang, Text: r.Text, Buttons: []bot.Button{}}
		for _, row := range r.Buttons {
			jr.Buttons = append(jr.Buttons, row...)
		}
		ans.Replies = append(ans.Replies, jr)
	}
	if len(ans.Replies) > 0 {
		ans.jsonReply = ans.Replies[0]
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(ans)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
