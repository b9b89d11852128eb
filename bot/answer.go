package bot

import (
	"slices"

	"github.com/referralbot/referralbot/bot/search"
)

// answer replies to a free-text question with the best piece of content,
// or says honestly that it has none and offers the nearest topics and the
// organizations. It never answers with an unrelated topic.
func (e *Engine) answer(t *turn, q string) {
	hits := e.index.Search(t.lang, q, 5)
	if len(hits) == 0 && t.lang != "en" {
		hits = e.index.Search("en", q, 5)
	}
	country := ""
	for _, h := range e.index.Entities(t.lang, q) {
		if h.Kind == "country" {
			country = h.ID
			break
		}
	}
	if e.index.Confidence(hits) < search.MinConfidence {
		if country != "" {
			t.say(e.countryCard(t.lang, country))
			return
		}
		e.noAnswer(t, hits)
		return
	}
	best := hits[0]
	switch best.Kind {
	case "topic":
		tp := e.c.Topic(best.ID)
		// A question about a country the topic does not cover is about that country.
		if country != "" && !tp.Urgent && !slices.Contains(tp.Countries, country) {
			t.say(e.countryCard(t.lang, country))
			return
		}
		e.topicAnswer(t, best.ID)
	case "country":
		t.say(e.countryCard(t.lang, best.ID))
	case "org":
		t.say(e.orgCard(t.lang, best.ID, ""))
	default:
		e.noAnswer(t, hits)
	}
}

// noAnswer says the bot has no answer and offers the closest topics and the
// ways to get help.
func (e *Engine) noAnswer(t *turn, hits []search.Hit) {
	var rows [][]Button
	for _, h := range hits {
		if h.Kind != "topic" || len(rows) == 3 {
			continue
		}
		rows = append(rows, []Button{{Text: "📖 " + e.topicText(t.lang, h.ID).Title, Data: cb(actTopic, h.ID)}})
	}
	rows = append(rows,
		[]Button{{Text: e.ui.T(t.lang, "menu_organizations", nil), Data: cb(actRoutes)}},
		[]Button{e.mainButton(t.lang)})
	t.say(Reply{Text: e.ui.T(t.lang, "noanswer", nil), Buttons: rows})
}
