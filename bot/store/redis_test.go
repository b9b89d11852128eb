package store

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
)

func TestMiniredisConformance(t *testing.T) {
	mr := miniredis.RunT(t)
	r, err := NewRedis(context.Background(), "redis://"+mr.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	conformance(t, r, mr.FastForward)
}

// TestRedisServerConformance runs the same checks against a real
// redis-server on a loopback port. CI installs it; elsewhere the test is
// skipped when the binary is absent, unless REDIS_REQUIRED=1.
func TestRedisServerConformance(t *testing.T) {
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv("REDIS_REQUIRED") == "1" {
			t.Fatal("redis-server is required (REDIS_REQUIRED=1) but not installed")
		}
		t.Skip("redis-server not installed")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	cmd := exec.Command(bin, "--port", fmt.Sprint(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	url := fmt.Sprintf("redis://127.0.0.1:%d/0", port)
	var r *Redis
	for i := 0; i < 50; i++ {
		if r, err = NewRedis(context.Background(), url); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	conformance(t, r, time.Sleep)
}

func TestRedisURLNotEchoed(t *testing.T) {
	_, err := NewRedis(context.Background(), "http://user:hunter2@host")
	if err == nil {
		t.Fatal("want an error")
	}
	if s := err.Error(); strings.Contains(s, "hunter2") {
		t.Errorf("error repeats the password: %s", s)
	}
}
