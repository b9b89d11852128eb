package store

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestMemoryTTL(t *testing.T) {
	ctx := context.Background()
	m := NewMemory()
	now := time.Unix(1000, 0)
	m.SetClock(func() time.Time { return now })

	if v, err := m.Get(ctx, "missing"); v != nil || err != nil {
		t.Fatalf("a miss is nil, nil; got %q, %v", v, err)
	}
	if err := m.Set(ctx, "k", []byte("v"), time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := m.Set(ctx, "k0", []byte("v"), 0); err == nil {
		t.Error("a key without a TTL must be refused")
	}
	m.Push(ctx, "l", "a", time.Hour)
	m.Push(ctx, "l", "b", time.Hour)
	if v, _ := m.Get(ctx, "k"); string(v) != "v" {
		t.Fatalf("got %q", v)
	}
	if l, _ := m.List(ctx, "l"); strings.Join(l, ",") != "a,b" {
		t.Fatalf("list %q", l)
	}
	now = now.Add(time.Minute)
	if v, _ := m.Get(ctx, "k"); v != nil {
		t.Errorf("expired key still there: %q", v)
	}
	if m.Len() != 1 {
		t.Errorf("live keys %d, want 1 (the list)", m.Len())
	}
	m.Delete(ctx, "l", "nothing")
	if l, _ := m.List(ctx, "l"); l != nil {
		t.Errorf("deleted list still there: %q", l)
	}
}

func TestMemorySweepBoundsMemory(t *testing.T) {
	ctx := context.Background()
	m := NewMemory()
	now := time.Unix(0, 0)
	m.SetClock(func() time.Time { return now })
	for i := 0; i < 5000; i++ {
		m.Set(ctx, "k"+strings.Repeat("x", i%50)+string(rune('a'+i%26))+time.Duration(i).String(), []byte("v"), time.Second)
		now = now.Add(10 * time.Millisecond)
	}
	m.mu.Lock()
	n := len(m.data)
	m.mu.Unlock()
	if n > 1200 {
		t.Errorf("%d entries held; expired ones must be swept", n)
	}
}

func TestKeyer(t *testing.T) {
	a, b := NewKeyer([]byte("secret-a")), NewKeyer([]byte("secret-b"))
	k := a.Key("s", 123456789)
	if strings.Contains(k, "123456789") {
		t.Fatalf("key %q holds the raw id", k)
	}
	if k != a.Key("s", 123456789) || k == a.Key("s", 123456788) || k == b.Key("s", 123456789) || k == a.Key("m", 123456789) {
		t.Error("keys must be stable per secret, kind and id, and differ otherwise")
	}
	if !strings.HasPrefix(k, "rb:s:") {
		t.Errorf("key %q", k)
	}
}
