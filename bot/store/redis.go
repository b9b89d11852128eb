package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// Redis is a Store in Redis, shared by several replicas of the bot. Every
// key is written with its TTL in the same round trip.
type Redis struct {
	c *redis.Client
}

// NewRedis connects to the Redis server at url ("redis://[:password@]host:port/db")
// and checks it answers.
func NewRedis(ctx context.Context, url string) (*Redis, error) {
	opt, err := redis.ParseURL(url)
	if err != nil {
		// The URL may hold a password: do not repeat it.
		return nil, errors.New("store: REDIS_URL is not a valid redis:// URL")
	}
	c := redis.NewClient(opt)
	if err := c.Ping(ctx).Err(); err != nil {
		c.Close()
		return nil, fmt.Errorf("store: redis ping: %w", err)
	}
	return &Redis{c: c}, nil
}

func (r *Redis) Get(ctx context.Context, key string) ([]byte, error) {
	v, err := r.c.Get(ctx, key).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, nil // a miss is not an error
	}
	if err != nil {
		return nil, fmt.Errorf("store: get: %w", err)
	}
	return v, nil
}

func (r *Redis) Set(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	if ttl <= 0 {
		return errTTL
	}
	if err := r.c.Set(ctx, key, val, ttl).Err(); err != nil {
		return fmt.Errorf("store: set: %w", err)
	}
	return nil
}

func (r *Redis) Push(ctx context.Context, key, val string, ttl time.Duration) error {
	if ttl <= 0 {
		return errTTL
	}
	pipe := r.c.TxPipeline()
	pipe.RPush(ctx, key, val)
	pipe.PExpire(ctx, key, ttl)
	if _, err := pipe.Exec(ctx); err != nil {
		return fmt.Errorf("store: push: %w", err)
	}
	return nil
}

func (r *Redis) List(ctx context.Context, key string) ([]string, error) {
	v, err := r.c.LRange(ctx, key, 0, -1).Result()
	if err != nil {
		return nil, fmt.Errorf("store: list: %w", err)
	}
	if len(v) == 0 {
		return nil, nil
	}
	return v, nil
}

func (r *Redis) Delete(ctx context.Context, keys ...string) error {
	if len(keys) == 0 {
		return nil
	}
	if err := r.c.Del(ctx, keys...).Err(); err != nil {
		return fmt.Errorf("store: delete: %w", err)
	}
	return nil
}

func (r *Redis) Close() error { return r.c.Close() }
