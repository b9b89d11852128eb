// Command referralbot runs the referralbot Telegram bot, a local console
// chat on the same engine, one-shot answers, and the content check.
//
//	referralbot [serve|chat|ask|check] [flags]
//
// With no subcommand it serves Telegram when TELEGRAM_TOKEN is set and
// opens the console chat otherwise.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := Run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	var exit exitError
	switch {
	case errors.As(err, &exit):
		os.Exit(int(exit))
	case err != nil:
		fmt.Fprintln(os.Stderr, "referralbot:", err)
		os.Exit(1)
	}
}

// exitError ends the program with a code after the command has said why.
type exitError int

func (e exitError) Error() string { return fmt.Sprintf("exit %d", int(e)) }

const usage = `usage: referralbot [command] [flags]

commands:
  serve   run the Telegram bot (needs TELEGRAM_TOKEN)
  chat    talk to the bot in this terminal (the default without TELEGRAM_TOKEN)
  ask     answer one message: referralbot ask [--lang CODE] [--json] QUESTION|-
  check   load and check content/ and locales/: referralbot check [--json]
  translate  export what a language lacks for translators, import it back
  eval    answer a labelled question set, print accuracy: referralbot eval [--file F] [--misses]

every command takes --content DIR to read content from a directory instead of
the copy built into the binary. Run "referralbot COMMAND -h" for its flags.
`

// Run runs one command. getenv, stdin, stdout and stderr are passed in so
// tests can run the whole program in-process.
func Run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd := ""
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	if cmd == "" {
		cmd = "chat"
		if getenv("TELEGRAM_TOKEN") != "" {
			cmd = "serve"
		}
	}
	switch cmd {
	case "serve":
		return runServe(ctx, args, getenv, stderr)
	case "chat":
		return runChat(ctx, args, getenv, stdin, stdout, stderr)
	case "ask":
		return runAsk(ctx, args, getenv, stdin, stdout, stderr)
	case "check":
		return runCheck(ctx, args, getenv, stdout, stderr)
	case "eval":
		return runEval(ctx, args, getenv, stdout, stderr)
	case "translate":
		return runTranslate(ctx, args, getenv, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprintf(stderr, "referralbot: unknown command %q\n\n%s", cmd, usage)
		return exitError(2)
	}
}
