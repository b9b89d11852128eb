package store

import (
	"context"
	"strings"
	"testing"
	"time"
)

// conformance checks the behaviour every Store must have. wait lets the
// clock pass: a fake clock for Memory and miniredis, real time for Redis.
func conformance(t *testing.T, s Store, wait func(time.Duration)) {
	ctx := context.Background()
	if v, err := s.Get(ctx, "rb:t:missing"); v != nil || err != nil {
		t.Fatalf("a miss is nil, nil; got %q, %v", v, err)
	}
	if l, err := s.List(ctx, "rb:t:nolist"); l != nil || err != nil {
		t.Fatalf("a missing list is nil, nil; got %q, %v", l, err)
	}
	if err := s.Set(ctx, "rb:t:k", []byte("v\x00\xff"), time.Second); err != nil {
		t.Fatal(err)
	}
	if err := s.Set(ctx, "rb:t:forever", []byte("v"), 0); err == nil {
		t.Error("a key without a TTL must be refused")
	}
	if err := s.Push(ctx, "rb:t:forever", "v", 0); err == nil {
		t.Error("a list without a TTL must be refused")
	}
	if v, _ := s.Get(ctx, "rb:t:k"); string(v) != "v\x00\xff" {
		t.Fatalf("binary value changed: %q", v)
	}
	for _, v := range []string{"1:100", "2:200", "3:300"} {
		if err := s.Push(ctx, "rb:t:l", v, 3*time.Second); err != nil {
			t.Fatal(err)
		}
	}
	if l, _ := s.List(ctx, "rb:t:l"); strings.Join(l, ",") != "1:100,2:200,3:300" {
		t.Fatalf("list %q, want oldest first", l)
	}
	wait(1500 * time.Millisecond)
	if v, _ := s.Get(ctx, "rb:t:k"); v != nil {
		t.Errorf("key outlived its TTL: %q", v)
	}
	if l, _ := s.List(ctx, "rb:t:l"); len(l) != 3 {
		t.Errorf("list expired early: %q", l)
	}
	if err := s.Delete(ctx, "rb:t:l", "rb:t:none"); err != nil {
		t.Fatal(err)
	}
	if l, _ := s.List(ctx, "rb:t:l"); l != nil {
		t.Errorf("deleted list still there: %q", l)
	}
	if err := s.Delete(ctx); err != nil {
		t.Errorf("deleting no keys: %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Get(cancelled, "rb:t:k"); err == nil {
		t.Error("a cancelled context must fail the call")
	}
}

func TestMemoryConformance(t *testing.T) {
	m := NewMemory()
	now := time.Unix(0, 0)
	m.SetClock(func() time.Time { return now })
	conformance(t, m, func(d time.Duration) { now = now.Add(d) })
}
