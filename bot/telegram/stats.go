package telegram

import (
	"strings"
	"sync/atomic"
)

// Stats is a snapshot of the adapter's counters, for metrics.
type Stats struct {
	Updates  int64 // updates received and handed to a worker
	Ignored  int64 // updates of kinds the bot does not handle, or refused
	Sent     int64 // messages sent (each part of a split reply counts)
	Edited   int64 // menus edited in place
	Deleted  int64 // messages deleted (wipe, auto-delete)
	Retries  int64 // Bot API calls retried
	Failures int64 // Bot API calls given up
}

type counters struct {
	updates, ignored, sent, edited, deleted, retries, failures atomic.Int64
}

// Stats returns the counters so far.
func (b *Bot) Stats() Stats {
	c := &b.stats
	return Stats{
		Updates:  c.updates.Load(),
		Ignored:  c.ignored.Load(),
		Sent:     c.sent.Load(),
		Edited:   c.edited.Load(),
		Deleted:  c.deleted.Load(),
		Retries:  c.retries.Load(),
		Failures: c.failures.Load(),
	}
}

// chatTag names a chat in a log line: 8 characters of the keyer's HMAC of
// its id, enough to follow one chat through a log, useless without the
// secret. The HMAC is taken of the id's complement, so a tag never matches
// the start of a store key (the Keyer hashes the id alone, whatever the kind).
func (b *Bot) chatTag(chatID int64) string {
	if chatID == 0 {
		return "-"
	}
	k := b.keyer.Key("log", ^chatID)
	k = k[strings.LastIndexByte(k, ':')+1:]
	if len(k) > 8 {
		k = k[:8]
	}
	return k
}
