package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden transcripts in testdata/transcripts")

// run runs the whole program in-process, as main would.
func run(t *testing.T, env map[string]string, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	getenv := func(k string) string { return env[k] }
	err = Run(context.Background(), args, getenv, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

// Golden transcripts of console conversations: each testdata/transcripts/NAME.in
// is typed into the console line by line; the whole screen must equal NAME.golden.
func TestTranscripts(t *testing.T) {
	ins, _ := filepath.Glob("testdata/transcripts/*.in")
	if len(ins) == 0 {
		t.Fatal("no transcripts")
	}
	for _, in := range ins {
		name := strings.TrimSuffix(filepath.Base(in), ".in")
		t.Run(name, func(t *testing.T) {
			script, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			env := map[string]string{"LOG_LEVEL": "error"}
			// A first line "#hint xx" pretends the Telegram client language.
			if first, rest, ok := strings.Cut(string(script), "\n"); ok && strings.HasPrefix(first, "#hint ") {
				env["LANG_HINT"] = strings.TrimPrefix(first, "#hint ")
				script = []byte(rest)
			}
			out, errOut, err := run(t, env, string(script), "chat")
			if err != nil {
				t.Fatalf("chat: %v\n%s", err, errOut)
			}
			golden := strings.TrimSuffix(in, ".in") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/referralbot -run TestTranscripts -update)", err)
			}
			if out != string(want) {
				t.Errorf("transcript %s differs from %s (run with -update and review the diff):\n%s", name, golden, firstDiff(string(want), out))
			}
		})
	}
}

// firstDiff shows the first line where two texts differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\nwant: " + wl + "\ngot:  " + gl
		}
	}
	return ""
}

func TestNoTokenRunsConsole(t *testing.T) {
	out, _, err := run(t, map[string]string{"LOG_LEVEL": "error"}, "/start\n")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "local console") || !strings.Contains(out, "TELEGRAM_TOKEN") {
		t.Errorf("the console must say it is local and how to connect Telegram:\n%s", out)
	}
	if !strings.Contains(out, "[1]") {
		t.Errorf("buttons must print numbered:\n%s", out)
	}
}

func TestServeWithoutToken(t *testing.T) {
	_, errOut, err := run(t, map[string]string{}, "", "serve")
	if err == nil || !strings.Contains(errOut, "TELEGRAM_TOKEN") {
		t.Fatalf("serve without a token must exit with a clear message; err=%v stderr=%q", err, errOut)
	}
}

func TestAskJSON(t *testing.T) {
	cases := []struct {
		args     []string
		stdin    string
		wantLang string
	}{
		{[]string{"ask", "--json", "How can I refuse to sign a military contract?"}, "", "en"},
		{[]string{"ask", "--json", "Как отказаться от подписания контракта?"}, "", "ru"},
		{[]string{"ask", "--json", "--lang", "ru", "what is Alabuga Start"}, "", "ru"},
		{[]string{"ask", "--json", "-"}, "Что такое Алабуга Старт?", "ru"},
	}
	for _, c := range cases {
		out, errOut, err := run(t, map[string]string{"LOG_LEVEL": "error"}, c.stdin, c.args...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", c.args, err, errOut)
		}
		var got struct {
			Lang    string `json:"lang"`
			Text    string `json:"text"`
			Buttons []struct {
				Text, URL, Data string
			} `json:"buttons"`
			Replies []json.RawMessage `json:"replies"`
		}
		dec := json.NewDecoder(strings.NewReader(out))
		if err := dec.Decode(&got); err != nil {
			t.Fatalf("%v: not JSON: %v\n%s", c.args, err, out)
		}
		if dec.More() {
			t.Errorf("%v: more than one JSON object", c.args)
		}
		if got.Lang != c.wantLang || got.Text == "" || len(got.Replies) == 0 {
			t.Errorf("%v: lang %q text %q replies %d; want lang %q and a text", c.args, got.Lang, got.Text, len(got.Replies), c.wantLang)
		}
		for _, b := range got.Buttons {
			if (b.URL == "") == (b.Data == "") {
				t.Errorf("%v: button %q must have exactly one of url and data", c.args, b.Text)
			}
		}
	}
}

func TestCheck(t *testing.T) {
	out, _, err := run(t, nil, "", "check", "--json")
	if err != nil {
		t.Fatalf("check failed: %v\n%s", err, out)
	}
	var rep checkReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Errors) != 0 {
		t.Errorf("errors: %v", rep.Errors)
	}
	for code, l := range rep.Languages {
		if l.UI != 1 || l.Content != 1 {
			t.Errorf("%s: ui %.3f content %.3f, want 1 and 1", code, l.UI, l.Content)
		}
	}
	if !rep.Languages["en"].Reviewed {
		t.Error("en must be reviewed")
	}
}

// A broken content directory fails check with file:line lines and exit 1.
func TestCheckReportsFileLine(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, "../../content", dir)
	path := filepath.Join(dir, "countries.yaml")
	data, _ := os.ReadFile(path)
	data = bytes.Replace(data, []byte("region:"), []byte("regoin:"), 1)
	os.WriteFile(path, data, 0o644)
	out, _, err := run(t, nil, "", "check", "--content", dir)
	if code, ok := err.(exitError); !ok || code != 1 {
		t.Fatalf("want exit 1, got %v", err)
	}
	if !strings.Contains(out, "content/countries.yaml:") || !strings.Contains(out, "regoin") {
		t.Errorf("want a countries.yaml:LINE problem naming the unknown field, got:\n%s", out)
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.Walk(from, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if info.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
