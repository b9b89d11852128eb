package telegram

import (
	"context"
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiter paces outgoing calls: a token bucket over all chats and one per
// chat. Both use an injected clock and sleep, so tests do not wait.
type limiter struct {
	global    *rate.Limiter // nil: unlimited
	chatRate  rate.Limit
	chatBurst int
	now       func() time.Time
	sleep     func(ctx context.Context, d time.Duration) error

	mu    sync.Mutex
	chats map[int64]*chatBucket
	ops   int
}

type chatBucket struct {
	lim  *rate.Limiter
	last time.Time
}

func newLimiter(perSec, chatPerSec float64, chatBurst int, now func() time.Time, sleep func(context.Context, time.Duration) error) *limiter {
	l := &limiter{
		chatRate:  rate.Limit(chatPerSec),
		chatBurst: chatBurst,
		now:       now,
		sleep:     sleep,
		chats:     map[int64]*chatBucket{},
	}
	if perSec > 0 {
		l.global = rate.NewLimiter(rate.Limit(perSec), int(math.Max(1, perSec)))
	}
	return l
}

// wait blocks until one more call may go out: to chatID when perChat is set
// (messages), and in any case within the global rate (deletes, edits too).
func (l *limiter) wait(ctx context.Context, chatID int64, perChat bool) error {
	if perChat {
		if err := l.take(ctx, l.chat(chatID)); err != nil {
			return err
		}
	}
	if l.global != nil {
		return l.take(ctx, l.global)
	}
	return nil
}

func (l *limiter) take(ctx context.Context, lim *rate.Limiter) error {
	now := l.now()
	r := lim.ReserveN(now, 1)
	if !r.OK() {
		return nil // burst 0 cannot happen; never block forever
	}
	d := r.DelayFrom(now)
	if d <= 0 {
		return nil
	}
	if err := l.sleep(ctx, d); err != nil {
		r.CancelAt(l.now())
		return err
	}
	return nil
}

// chat returns the bucket of chatID, dropping buckets idle for a minute now
// and then so the map stays bounded by the chats active lately. Chat ids live
// only in this map in memory.
func (l *limiter) chat(chatID int64) *rate.Limiter {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	l.ops++
	if l.ops >= 4096 {
		l.ops = 0
		for id, c := range l.chats {
			if now.Sub(c.last) > time.Minute {
				delete(l.chats, id)
			}
		}
	}
	c := l.chats[chatID]
	if c == nil {
		c = &chatBucket{lim: rate.NewLimiter(l.chatRate, l.chatBurst)}
		l.chats[chatID] = c
	}
	c.last = now
	return c.lim
}
