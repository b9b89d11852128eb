package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"

	"github.com/referralbot/referralbot/content"
	"github.com/referralbot/referralbot/locales"
)

type langReport struct {
	UI       float64 `json:"ui"`
	Content  float64 `json:"content"`
	Reviewed bool    `json:"reviewed"`
}

type checkReport struct {
	Languages map[string]langReport `json:"languages"`
	Errors    []string              `json:"errors"`
}

func runCheck(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg common
	cfg.register(fs, getenv)
	asJSON := fs.Bool("json", false, "print one JSON object with coverage per language and the errors")
	if err := fs.Parse(args); err != nil {
		return exitError(2)
	}
	rep := check(cfg.contentDir)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		for _, e := range rep.Errors {
			fmt.Fprintln(stdout, e)
		}
		if len(rep.Errors) == 0 {
			codes := make([]string, 0, len(rep.Languages))
			for code := range rep.Languages {
				codes = append(codes, code)
			}
			sort.Strings(codes)
			fmt.Fprintf(stdout, "ok: %d languages (%v), no problems\n", len(codes), codes)
		}
	}
	if len(rep.Errors) > 0 {
		return exitError(1)
	}
	return nil
}

// check loads content and messages and reports every problem and the
// coverage of every language either of them has.
func check(dir string) checkReport {
	rep := checkReport{Languages: map[string]langReport{}, Errors: []string{}}
	fsys := content.Embedded()
	if dir != "" {
		fsys = content.Dir(dir)
	}
	c, err := content.Load(fsys)
	if ps, ok := content.AsProblems(err); ok {
		for _, p := range ps {
			rep.Errors = append(rep.Errors, "content/"+p.String())
		}
	} else if err != nil {
		rep.Errors = append(rep.Errors, err.Error())
	}
	cat, err := locales.Load(locales.Embedded())
	if err != nil {
		rep.Errors = append(rep.Errors, err.Error())
		return rep
	}
	codes := c.Codes()
	for _, code := range cat.Languages() {
		if _, ok := c.Language(code); !ok {
			rep.Errors = append(rep.Errors, fmt.Sprintf("locales/active.%s.toml: language %q is not in content/languages.yaml", code, code))
		}
	}
	rep.Errors = append(rep.Errors, cat.Check(codes)...)
	for _, code := range codes {
		l, _ := c.Language(code)
		rep.Languages[code] = langReport{UI: round(cat.Coverage(code)), Content: round(c.Coverage(code)), Reviewed: l.Reviewed}
	}
	return rep
}

func round(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
