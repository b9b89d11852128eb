package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/referralbot/referralbot/bot"
)

// runEval answers a labelled question set and prints top-1 accuracy per
// language, overall, and (with --misses) every wrong answer.
func runEval(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg common
	cfg.register(fs, getenv)
	file := fs.String("file", "bot/testdata/eval/questions.tsv", "labelled questions: lang<TAB>expected<TAB>question")
	misses := fs.Bool("misses", false, "list every wrong answer")
	if err := fs.Parse(args); err != nil {
		return exitError(2)
	}
	f, err := os.Open(*file)
	if err != nil {
		return err
	}
	defer f.Close()
	cases, err := bot.ReadEvalCases(f)
	if err != nil {
		return fmt.Errorf("%s: %w", *file, err)
	}
	app, err := Open(ctx, cfg, stderr, nil)
	if err != nil {
		return err
	}
	defer app.Close()
	app.Engine.Evaluate(cases).Print(stdout, *misses)
	return nil
}
