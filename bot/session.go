package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
)

// session is what the bot remembers about a user, under an HMAC key, for
// SessionTTL. It never holds message text.
type session struct {
	Lang       string   `json:"l,omitempty"` // language the user chose explicitly
	Auto       string   `json:"a,omitempty"` // language last used when none was chosen
	Noticed    []string `json:"n,omitempty"` // languages whose machine-translation notice was shown
	AutoDelete int      `json:"d,omitempty"` // minutes after which the bot's messages are deleted; 0 keeps them
}

func (s session) equal(o session) bool {
	return s.Lang == o.Lang && s.Auto == o.Auto && s.AutoDelete == o.AutoDelete && slices.Equal(s.Noticed, o.Noticed)
}

func (e *Engine) loadSession(ctx context.Context, t *turn) error {
	data, err := e.st.Get(ctx, t.key)
	if err != nil {
		return fmt.Errorf("get session: %w", err)
	}
	if data == nil {
		return nil
	}
	if err := json.Unmarshal(data, &t.sess); err != nil {
		// A damaged record is dropped rather than trusted.
		t.sess = session{}
		return fmt.Errorf("decode session: %w", err)
	}
	t.saved = t.sess
	t.saved.Noticed = slices.Clone(t.sess.Noticed)
	return nil
}

func (e *Engine) saveSession(ctx context.Context, t *turn) error {
	if t.sess.equal(t.saved) {
		return nil
	}
	data, err := json.Marshal(t.sess)
	if err != nil {
		return err
	}
	if err := e.st.Set(ctx, t.key, data, SessionTTL); err != nil {
		return fmt.Errorf("set session: %w", err)
	}
	return nil
}

// forget erases the user's session; the turn goes on with a blank state
// that is not written back.
func (e *Engine) forget(ctx context.Context, t *turn) error {
	if err := e.st.Delete(ctx, t.key); err != nil {
		return fmt.Errorf("forget: %w", err)
	}
	t.sess, t.saved = session{}, session{}
	return nil
}
