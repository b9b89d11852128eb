package main

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/referralbot/referralbot/bot"
	"github.com/referralbot/referralbot/bot/telegram"
)

// metrics exports what the bot does as Prometheus metrics. Labels are the
// update kind, the reply language and the outcome: nothing about a user.
type metrics struct {
	reg     *prometheus.Registry
	updates *prometheus.CounterVec
	latency *prometheus.HistogramVec
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		updates: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "referralbot_updates_total",
			Help: "Updates handled by the engine, by kind, reply language and result.",
		}, []string{"kind", "lang", "result"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "referralbot_engine_seconds",
			Help:    "Time the engine took to answer one update, by kind.",
			Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .1},
		}, []string{"kind"}),
	}
	m.reg.MustRegister(m.updates, m.latency, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Observe implements bot.Observer.
func (m *metrics) Observe(o bot.Observation) {
	result := "ok"
	if o.Failed {
		result = "failed"
	}
	kind := string(o.Kind)
	switch o.Kind {
	case bot.KindText, bot.KindCallback, bot.KindEdited, bot.KindSticker, bot.KindPhoto, bot.KindVoice, bot.KindLocation:
	default:
		kind = string(bot.KindOther) // keep label values bounded
	}
	m.updates.WithLabelValues(kind, o.Lang, result).Inc()
	m.latency.WithLabelValues(kind).Observe(o.Duration.Seconds())
}

// addTelegram exports the adapter's counters.
func (m *metrics) addTelegram(tg *telegram.Bot) {
	counter := func(name, help string, get func(telegram.Stats) int64) {
		m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: name, Help: help},
			func() float64 { return float64(get(tg.Stats())) }))
	}
	counter("referralbot_telegram_updates_total", "Updates received from Telegram.", func(s telegram.Stats) int64 { return s.Updates })
	counter("referralbot_telegram_ignored_total", "Updates of kinds the bot does not handle, or refused.", func(s telegram.Stats) int64 { return s.Ignored })
	counter("referralbot_telegram_sent_total", "Messages sent.", func(s telegram.Stats) int64 { return s.Sent })
	counter("referralbot_telegram_edited_total", "Menus edited in place.", func(s telegram.Stats) int64 { return s.Edited })
	counter("referralbot_telegram_deleted_total", "Messages deleted (wipe, auto-delete).", func(s telegram.Stats) int64 { return s.Deleted })
	counter("referralbot_telegram_retries_total", "Bot API calls retried.", func(s telegram.Stats) int64 { return s.Retries })
	counter("referralbot_telegram_failures_total", "Bot API calls given up.", func(s telegram.Stats) int64 { return s.Failures })
}

// serveMetrics serves /metrics and /healthz on addr until ctx ends.
func serveMetrics(ctx context.Context, addr string, m *metrics, log *slog.Logger) error {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok\n")) })
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	log.Info("metrics listening", "addr", ln.Addr().String())
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server", "err", err)
		}
	}()
	return nil
}
