package store

import (
	"context"
	"strings"
	"testing"
	"time"
)

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
