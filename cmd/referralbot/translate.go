package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/referralbot/referralbot/content"
)

const translateUsage = `usage:
  referralbot translate export --lang CODE [--out FILE]   write what CODE lacks, pre-filled in English
  referralbot translate import --lang CODE [--dir content] FILE   add the translated items to content/lang/CODE/
UI messages use go-i18n's own tool; see locales/README.md.
`

// runTranslate exports the content a language lacks for translators and
// imports their work back.
func runTranslate(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 || (args[0] != "export" && args[0] != "import") {
		fmt.Fprint(stderr, translateUsage)
		return exitError(2)
	}
	verb := args[0]
	fs := flag.NewFlagSet("translate "+verb, flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "", "language `CODE`")
	out := fs.String("out", "", "export: write to `FILE` instead of stdout")
	dir := fs.String("dir", "content", "import: the content `DIR` to write into")
	if err := fs.Parse(args[1:]); err != nil || *lang == "" {
		fmt.Fprint(stderr, translateUsage)
		return exitError(2)
	}
	switch verb {
	case "export":
		c, _ := content.Load(content.Dir(*dir))
		if c == nil {
			return fmt.Errorf("cannot load %s", *dir)
		}
		w := stdout
		if *out != "" {
			f, err := os.Create(*out)
			if err != nil {
				return err
			}
			defer f.Close()
			w = f
		}
		b := c.Missing(*lang)
		if err := content.WriteBundle(w, *lang, b); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "%s: %d items to translate\n", *lang, b.Len())
		return nil
	default:
		if fs.NArg() != 1 {
			fmt.Fprint(stderr, translateUsage)
			return exitError(2)
		}
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		b, err := content.ReadBundle(f)
		if err != nil {
			return fmt.Errorf("%s: %w", fs.Arg(0), err)
		}
		n, err := content.Import(*dir, *lang, b)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: added %d items; now run: referralbot check --content %s\n", *lang, n, *dir)
		return nil
	}
}
