package bot

import (
	"slices"

	"github.com/referralbot/referralbot/bot/search"
)

// Match is what the bot would answer a question with.
type Match struct {
	Kind    string       // "topic", "country", "org", or "" for no answer
	ID      string       // the item's id
	Country string       // a country named in the question, if any
	Hits    []search.Hit // the search hits, best first, for "closest topics"
}

// Match finds the best answer to q in lang. Below the confidence threshold
// it returns a Match with Kind "" rather than a guess.
func (e *Engine) Match(lang, q string) Match {
	q = sanitize(q)
	hits := e.index.Search(lang, q, 5)
	if len(hits) == 0 && lang != "en" {
		hits = e.index.Search("en", q, 5)
	}
	m := Match{Hits: hits}
	for _, h := range e.index.Entities(lang, q) {
		if h.Kind == "country" {
			m.Country = h.ID
			break
		}
	}
	if e.index.Confidence(hits) < search.MinConfidence {
		if m.Country != "" {
			m.Kind, m.ID = "country", m.Country
		}
		return m
	}
	best := hits[0]
	m.Kind, m.ID = best.Kind, best.ID
	if best.Kind == "topic" && m.Country != "" {
		// A question about a country the topic does not cover is about that country.
		if tp := e.c.Topic(best.ID); !tp.Urgent && !slices.Contains(tp.Countries, m.Country) {
			m.Kind, m.ID = "country", m.Country
		}
	}
	return m
}

// answer replies to a free-text question with the best piece of content,
// or says honestly that it has none and offers the nearest topics and the
// organizations. It never answers with an unrelated topic.
func (e *Engine) answer(t *turn, q string) {
	m := e.Match(t.lang, q)
	switch m.Kind {
	case "topic":
		e.topicAnswer(t, m.ID)
	case "country":
		t.say(e.countryCard(t.lang, m.ID))
	case "org":
		t.say(e.orgCard(t.lang, m.ID, ""))
	default:
		e.noAnswer(t, m.Hits)
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
