package store

import (
	"context"
	"errors"
	"sync"
	"time"
)

// Memory is a Store in process memory, for one replica and for tests.
type Memory struct {
	mu   sync.Mutex
	now  func() time.Time
	data map[string]entry
	// ops counts writes since the last sweep of expired keys.
	ops int
}

type entry struct {
	val     []byte
	list    []string
	expires time.Time
}

// NewMemory returns an empty in-memory store.
func NewMemory() *Memory { return &Memory{now: time.Now, data: map[string]entry{}} }

// SetClock replaces the clock, for tests of expiry.
func (m *Memory) SetClock(now func() time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.now = now
}

var errTTL = errors.New("store: ttl must be positive")

func (m *Memory) live(key string) (entry, bool) {
	e, ok := m.data[key]
	if !ok {
		return entry{}, false
	}
	if !m.now().Before(e.expires) {
		delete(m.data, key)
		return entry{}, false
	}
	return e, true
}

// sweep drops expired keys now and then, so memory stays bounded by live users.
func (m *Memory) sweep() {
	m.ops++
	if m.ops < 1024 {
		return
	}
	m.ops = 0
	now := m.now()
	for k, e := range m.data {
		if !now.Before(e.expires) {
			delete(m.data, k)
		}
	}
}

func (m *Memory) Get(ctx context.Context, key string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.live(key)
	if !ok || e.val == nil {
		return nil, nil
	}
	return append([]byte(nil), e.val...), nil
}

func (m *Memory) Set(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if ttl <= 0 {
		return errTTL
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sweep()
	m.data[key] = entry{val: append([]byte{}, val...), expires: m.now().Add(ttl)}
	return nil
}

func (m *Memory) Push(ctx context.Context, key, val string, ttl time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if ttl <= 0 {
		return errTTL
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sweep()
	e, _ := m.live(key)
	e.val = nil
	e.list = append(e.list, val)
	e.expires = m.now().Add(ttl)
	m.data[key] = e
	return nil
}

func (m *Memory) List(ctx context.Context, key string) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.live(key)
	if !ok || len(e.list) == 0 {
		return nil, nil
	}
	return append([]string(nil), e.list...), nil
}

func (m *Memory) Delete(ctx context.Context, keys ...string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, k := range keys {
		delete(m.data, k)
	}
	return nil
}

// Len returns the number of live keys, for tests and metrics.
func (m *Memory) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := 0
	now := m.now()
	for _, e := range m.data {
		if now.Before(e.expires) {
			n++
		}
	}
	return n
}

func (m *Memory) Close() error { return nil }
