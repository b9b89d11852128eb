package main

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/referralbot/referralbot/bot"
)

func TestMetrics(t *testing.T) {
	m := newMetrics()
	m.Observe(bot.Observation{Kind: bot.KindText, Lang: "ky", Duration: 300 * time.Microsecond})
	m.Observe(bot.Observation{Kind: bot.KindCallback, Lang: "ru", Failed: true})
	m.Observe(bot.Observation{Kind: "some-future-kind", Lang: "en"})

	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := serveMetrics(ctx, addr, m, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	get := func(path string) string {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d", path, resp.StatusCode)
		}
		return string(b)
	}
	body := get("/metrics")
	for _, want := range []string{
		`referralbot_updates_total{kind="text",lang="ky",result="ok"} 1`,
		`referralbot_updates_total{kind="callback",lang="ru",result="failed"} 1`,
		`referralbot_updates_total{kind="other",lang="en",result="ok"} 1`,
		`referralbot_engine_seconds_bucket{kind="text",le="0.0005"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if get("/healthz") != "ok\n" {
		t.Error("healthz")
	}
}
