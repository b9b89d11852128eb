// Package store keeps per-user state with a time to live: in memory now, in
// Redis when several replicas share it. Keys are built by a Keyer from an HMAC
// of the platform id, so the store never holds a raw Telegram id, and every
// value expires. A miss is not an error.
package store

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"strconv"
	"time"
)

// Store is what the engine and the adapters need from a key-value store.
type Store interface {
	// Get returns the value at key, or nil and no error when there is none.
	Get(ctx context.Context, key string) ([]byte, error)
	// Set stores val at key for ttl (ttl must be > 0).
	Set(ctx context.Context, key string, val []byte, ttl time.Duration) error
	// Push appends val to the list at key and sets the list's ttl.
	Push(ctx context.Context, key string, val string, ttl time.Duration) error
	// List returns the list at key, oldest first; nil when there is none.
	List(ctx context.Context, key string) ([]string, error)
	// Delete removes keys; missing keys are not an error.
	Delete(ctx context.Context, keys ...string) error
	// Close releases the store's resources.
	Close() error
}

// Keyer turns platform ids into opaque store keys with an HMAC-SHA256, so a
// dump of the store cannot be joined back to Telegram accounts without the secret.
type Keyer struct{ secret []byte }

// NewKeyer returns a Keyer for secret. The commands make a random secret
// when none is configured.
func NewKeyer(secret []byte) Keyer { return Keyer{secret: append([]byte(nil), secret...)} }

// Key returns "rb:<kind>:<hmac(id)>".
func (k Keyer) Key(kind string, id int64) string {
	m := hmac.New(sha256.New, k.secret)
	m.Write([]byte(strconv.FormatInt(id, 10)))
	sum := m.Sum(nil)[:18]
	return "rb:" + kind + ":" + base64.RawURLEncoding.EncodeToString(sum)
}
