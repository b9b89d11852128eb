package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/referralbot/referralbot/bot"
)

// orgButtons returns the organization ids of a reply's buttons, in order.
func orgButtons(r bot.Reply) []string {
	var ids []string
	for _, row := range r.Buttons {
		for _, b := range row {
			if id, ok := strings.CutPrefix(b.Data, "1:o:"); ok {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// An urgent situation is answered first with who to contact (the official
// channel of the country it names first), then with the topic, in the
// user's language.
func TestUrgentAnswer(t *testing.T) {
	_, cat := load(t)
	cases := []struct {
		lang, q    string
		topicTitle string   // words of the topic's title, in the second reply
		first      string   // the first organization button
		absent     []string // organizations that must not be offered first
	}{
		{"en", "my son went to russia from nepal and stopped answering his phone", "missing", "np-consular", []string{"lk-defence-ministry", "in-embassy"}},
		{"en", "I am from Kyrgyzstan and they are forcing me to sign a military contract", "forcing", "kg-embassy", []string{"tj-migration", "in-embassy"}},
		{"en", "the police detained me in a raid and I am in a cell now", "detained", "ovd-info", nil},
		{"ru", "я на фронте и хочу уйти, помогите", "фронт", "appeal-to-conscience", nil},
		{"es", "el reclutador me presiona para firmar papeles del ejército", "firmar", "conscientious-objectors", nil},
	}
	h := newHarness(t, nil)
	for n, c := range cases {
		ask := func(u bot.Update) []bot.Reply {
			u.UserID, u.ChatKind, u.LangHint = int64(1000+n), bot.ChatPrivate, c.lang
			return h.eng.Handle(context.Background(), u)
		}
		ask(bot.Update{Kind: bot.KindCallback, Data: "1:l:" + c.lang})
		rs := ask(bot.Update{Kind: bot.KindText, Text: c.q})
		if len(rs) < 2 {
			t.Errorf("%q: want the urgent notice and the answer, got %d replies", c.q, len(rs))
			continue
		}
		// Replies after a language choice may include the machine notice.
		i := 0
		for i < len(rs) && rs[i].Text != cat.T(c.lang, "urgent_intro", nil) {
			i++
		}
		if i+1 >= len(rs) {
			t.Errorf("%q: no urgent notice followed by the answer: %q", c.q, allText(rs))
			continue
		}
		orgs := orgButtons(rs[i])
		if len(orgs) == 0 || orgs[0] != c.first {
			t.Errorf("%q: organizations %v, want %s first", c.q, orgs, c.first)
		}
		for _, id := range c.absent {
			for _, o := range orgs {
				if o == id {
					t.Errorf("%q: %s offered for another country: %v", c.q, id, orgs)
				}
			}
		}
		if ans := strings.ToLower(rs[i+1].Text); !strings.Contains(ans, strings.ToLower(c.topicTitle)) {
			t.Errorf("%q: the answer after the notice is %q", c.q, trim(rs[i+1].Text))
		}
		for _, r := range rs {
			if r.Lang != c.lang {
				t.Errorf("%q: reply in %s, want %s", c.q, r.Lang, c.lang)
			}
		}
	}
}

// A question that is not urgent gets no urgent notice.
func TestNotUrgentAnswer(t *testing.T) {
	_, cat := load(t)
	h := newHarness(t, nil)
	for _, q := range []string{"what is the Alabuga Start programme", "how many Nepalis died in Russia's war", "OVD-Info"} {
		if got := allText(h.text(q, "en")); strings.Contains(got, cat.T("en", "urgent_intro", nil)) {
			t.Errorf("%q answered as urgent: %q", q, trim(got))
		}
	}
}

// With no answer, the bot says so and offers the country the question named,
// the closest topics and who can help.
func TestNoAnswerOffersCountry(t *testing.T) {
	_, cat := load(t)
	h := newHarness(t, nil)
	r := last(h.text("Nepal cricket score today", "en"))
	if r.Text != cat.T("en", "noanswer", nil) {
		t.Fatalf("want the no-answer reply, got %q", trim(r.Text))
	}
	if len(r.Buttons) == 0 || r.Buttons[0][0].Data != "1:c:np" {
		t.Errorf("want Nepal's card first, got %+v", r.Buttons)
	}
	if got := last(h.text("recipe for plov with lamb", "en")); got.Text != cat.T("en", "noanswer", nil) {
		t.Errorf("unrelated question answered: %q", trim(got.Text))
	}
}
