package bot

import (
	"slices"
	"strings"
	"unicode"

	"github.com/referralbot/referralbot/bot/search"
)

// Match is what the bot would answer a question with.
type Match struct {
	Kind    string       // "topic", "country", "org", or "" for no answer
	ID      string       // the item's id
	Country string       // a country named in the question, if any
	Urgent  bool         // an urgent situation: organizations and the official route come first
	Score   float64      // how sure the choice is (the Score of what decided it)
	Hits    []search.Hit // the search hits, best first, for "closest topics"
}

// Thresholds of the answer choice, calibrated on the labelled questions (see
// the report of TestEval and TestCalibration).
var (
	// minAnswer is the Score below which a topic or organization found by
	// search is not an answer.
	minAnswer = 0.30
	// minCountryTopic is the Score at which the best topic for the country
	// a question names answers it, if the rest of the question, without the
	// name, still gives it minSupport: the name is evidence that the
	// question is about what the bot knows, but the question must ask
	// something of the topic.
	minCountryTopic = 0.26
	minSupport      = 0.15
	// minUrgent is the Score at which an urgent topic is answered first,
	// whatever else matches, if no other topic scores more; from
	// sureUrgent on, even if another scores a little more (its Score times
	// urgentMargin is less): better to give the emergency contacts to someone
	// who asked something close than to miss an emergency.
	// Under sureUrgent, scores within urgentTie of each other are a tie, and
	// a tie goes to the emergency.
	minUrgent    = 0.20
	sureUrgent   = 0.3
	urgentMargin = 0.85
	urgentTie    = 0.97
	// Under sureUrgent, the urgent topic as a whole must also match the
	// question (search.Result.DocScore) at least minUrgentDoc: one short
	// example question sharing "my son" and "what do I do" with "my son
	// won't eat, what do I do" is not an emergency.
	minUrgentDoc = 0.16
	// minEntity is the quality at which a name in the question is trusted.
	minEntity = 0.6
	// onlyName is the share of a question's weight (search.Result.Weight)
	// the names in it must carry for the question to be about the named
	// organization or country alone ("Nepal?", "what is Get Lost"); from
	// nameShare on, it is when no topic fits the rest.
	onlyName  = 0.8
	nameShare = 0.5
	// minOrgTopic is the Score at which the rest of a question that names an
	// organization is answered with a topic rather than its card.
	minOrgTopic = 0.5
	// foreign scales the Scores found in another language's documents
	// (English for Latin-typed questions, Russian for Cyrillic-typed ones).
	foreign = 0.9
	// sureNative is the Score in lang's own documents from which the other
	// languages' are not searched.
	sureNative = 0.6
	// A question that names a country prefers the topics about it: the
	// Score of a topic about that country and others is scaled by sharedFit,
	// of a topic about no country in particular by genericFit, of a topic
	// about other countries by offCountry (and of a topic that does not
	// offer the organization a question names, too).
	sharedFit  = 0.95
	genericFit = 0.9
	offCountry = 0.8
)

// Match finds the best answer to q in lang. Below the confidence thresholds
// it returns a Match with Kind "" rather than a guess.
//
// The question is scored against the topics and organizations of lang (and
// of English and Russian for Latin- and Cyrillic-typed words), and the
// countries and organizations it names are found. Then, in order:
//  1. a question that is mostly an organization's name (nameShare), or
//     little more than a country's (onlyName), gets its card;
//  2. an urgent situation (see urgent) is answered with that urgent topic,
//     whatever else the question names;
//  3. a question that names an organization gets its card, unless the rest
//     of the question clearly asks something a topic answers (minOrgTopic);
//  4. a question that names a country gets that country's official channel
//     if it asks for it; else the best topic for that country (see
//     countryFit) if the rest of the question asks for it (minAnswer); else
//     the country's card if the name is most of the question (nameShare);
//     else that topic if it scores minAnswer, or minCountryTopic and the
//     rest still minSupport; else no answer;
//  5. otherwise the best topic or organization, if it scores minAnswer.
//
// Names in the question are evidence of which item it is about, not of
// what it asks: urgency and the topic a name leaves room for are judged on
// the rest of the question.
func (e *Engine) Match(lang, q string) Match {
	q = sanitize(q)
	res := e.query(lang, q)
	m := Match{Hits: res.Top(5, nil)}

	var named []search.Hit
	var country, org *search.Hit
	words := e.index.Words(q)
	for _, h := range e.index.EntitiesIn(lang, words) {
		if h.Score >= minEntity {
			named = append(named, h)
		}
	}
	for i := range named {
		switch h := &named[i]; {
		case h.Kind == "country" && country == nil:
			country = h
		case h.Kind == "org" && org == nil:
			org = h
		}
	}
	if org != nil && country != nil && org.Start <= country.Start && country.End <= org.End {
		country = nil // "Kyrgyz Embassy in Moscow" names the embassy
	}
	if country != nil {
		m.Country = country.ID
	}

	// The rest of the question, and the share of its weight the names carry.
	rres, share := res, 0.0
	if len(named) > 0 {
		rres, share = search.Result{}, 1
		if rest := residual(words, named); rest != "" {
			rres = e.query(lang, rest)
			if res.Weight > 0 {
				share = max(0, 1-rres.Weight/res.Weight)
			}
		}
	}
	card := func(h *search.Hit) Match {
		m.Kind, m.ID, m.Score = h.Kind, h.ID, share
		return m
	}

	switch {
	case org != nil && share >= nameShare:
		return card(org)
	case country != nil && share >= onlyName:
		return card(country)
	}
	// Naming an organization asks about it: only a clear emergency overrides that.
	floor := minUrgent
	if org != nil {
		floor = sureUrgent
	}
	if id, s := e.urgent(rres, floor); id != "" {
		m.Kind, m.ID, m.Urgent, m.Score = "topic", id, true, s
		return m
	}
	switch {
	case org != nil:
		// The rest must clearly ask what a topic answers.
		if id, s := e.bestTopic(rres, func(id string) float64 { return e.orgFit(id, org.ID) }); s >= minOrgTopic {
			m.Kind, m.ID, m.Score = "topic", id, s
			return m
		}
		return card(org)
	case country != nil:
		id, s := e.bestTopic(res, func(id string) float64 { return e.countryFit(id, country.ID) })
		// The country's own official channel, asked for by what it is
		// ("the Indian embassy in Moscow") rather than by its name.
		for _, o := range e.c.Organizations {
			if so := res.Score(o.ID, "org"); slices.Contains(o.Countries, country.ID) && so >= minAnswer && so > s {
				m.Kind, m.ID, m.Score = "org", o.ID, so
				return m
			}
		}
		rs := rres.Score(id, "topic")
		switch {
		case id != "" && rs >= minAnswer:
			m.Kind, m.ID, m.Score = "topic", id, s
			return m
		case share >= nameShare:
			return card(country)
		case id != "" && (s >= minAnswer || s >= minCountryTopic && rs >= minSupport):
			m.Kind, m.ID, m.Score = "topic", id, s
			return m
		}
		m.Score = s
		return m
	}
	if h := res.Top(1, isAnswer); len(h) > 0 {
		m.Score = h[0].Score
		if h[0].Score >= minAnswer {
			m.Kind, m.ID = h[0].Kind, h[0].ID
		}
	}
	return m
}

// bestTopic returns the topic of res whose Score times fit is the best.
func (e *Engine) bestTopic(res search.Result, fit func(id string) float64) (string, float64) {
	best, score := "", 0.0
	for _, h := range res.Top(8, isTopic) {
		if s := h.Score * fit(h.ID); s > score {
			best, score = h.ID, s
		}
	}
	return best, score
}

// urgent returns the urgent topic res is about, if any, and its Score: the
// best urgent topic, if it scores floor and no other topic scores more than
// 1/urgentTie times as much (from sureUrgent on, 1/urgentMargin times); under
// sureUrgent, the topic as a whole must match too (minUrgentDoc).
func (e *Engine) urgent(res search.Result, floor float64) (string, float64) {
	u := res.Top(1, e.isUrgent)
	if len(u) == 0 || u[0].Score < floor || u[0].Score < sureUrgent && res.DocScore(u[0].ID, u[0].Kind) < minUrgentDoc {
		return "", 0
	}
	if o := res.Top(1, e.notUrgent); len(o) > 0 {
		margin := urgentTie
		if u[0].Score >= sureUrgent {
			margin = urgentMargin
		}
		if o[0].Score*margin > u[0].Score {
			return "", 0
		}
	}
	return u[0].ID, u[0].Score
}

func (e *Engine) notUrgent(id, kind string) bool { return kind == "topic" && !e.isUrgent(id, kind) }

func isTopic(_, kind string) bool  { return kind == "topic" }
func isAnswer(_, kind string) bool { return kind == "topic" || kind == "org" }

func (e *Engine) isUrgent(id, kind string) bool {
	if kind != "topic" {
		return false
	}
	tp := e.c.Topic(id)
	return tp != nil && tp.Urgent
}

// countryFit scales a topic's Score for a question naming country: 1 if the
// topic is about that country alone, sharedFit if the topic and the country
// list each other, genericFit if the topic is about no country in
// particular, offCountry if it is about others only.
func (e *Engine) countryFit(topic, country string) float64 {
	tp, c := e.c.Topic(topic), e.c.Country(country)
	switch {
	case tp == nil || c == nil:
		return offCountry
	case len(tp.Countries) == 1 && tp.Countries[0] == country:
		return 1 // the country's own topic
	case slices.Contains(tp.Countries, country) || slices.Contains(c.Topics, topic):
		return sharedFit
	case len(tp.Countries) == 0:
		return genericFit
	}
	return offCountry
}

// orgFit scales a topic's Score for a question naming an organization: 1 if
// the topic offers it, offCountry if not.
func (e *Engine) orgFit(topic, org string) float64 {
	if tp := e.c.Topic(topic); tp != nil && slices.Contains(tp.Organizations, org) {
		return 1
	}
	return offCountry
}

// searchLang is the language whose documents answer lang: lang itself, or
// English when the content lacks it.
func (e *Engine) searchLang(lang string) string {
	if slices.Contains(e.index.Languages(), lang) {
		return lang
	}
	return "en"
}

// query scores q in lang's documents, and, unless they answer it well
// (sureNative), also in the English ones when q has Latin words and in the
// Russian ones when it has Cyrillic words or only Latin ones (people often
// type in those scripts, mix in English or Russian words, or type Russian in
// Latin letters); those Scores count foreign times.
func (e *Engine) query(lang, q string) search.Result {
	sl := e.searchLang(lang)
	res := e.index.Query(sl, q)
	if h := res.Top(1, nil); len(h) > 0 && h[0].Score >= sureNative {
		return res // another language could not do much better
	}
	latin, cyrillic := scripts(q)
	if latin && sl != "en" {
		res.Merge(e.index.Query("en", q), foreign)
	}
	if latin && sl != "ru" && !cyrillic {
		// Russian typed in Latin letters ("menya zaderzhali"), whatever
		// language was guessed: the Russian index reads it transliterated.
		res.Merge(e.index.Query("ru", q), foreign)
	}
	if cyrillic && sl != "ru" {
		res.Merge(e.index.Query("ru", q), foreign)
	}
	return res
}

// scripts says whether s has a word of two or more Latin, Cyrillic letters.
func scripts(s string) (latin, cyrillic bool) {
	run, last := 0, 0
	for _, r := range s {
		sc := 0
		switch {
		case unicode.Is(unicode.Latin, r):
			sc = 1
		case unicode.Is(unicode.Cyrillic, r):
			sc = 2
		}
		if sc != 0 && sc == last {
			run++
		} else {
			run = 1
		}
		last = sc
		if run >= 2 {
			latin = latin || sc == 1
			cyrillic = cyrillic || sc == 2
		}
	}
	return latin, cyrillic
}

// residual is the question's words (search.Index.Words) without those that
// name the entities.
func residual(ws []string, ents []search.Hit) string {
	var out []string
	for i, w := range ws {
		named := false
		for _, h := range ents {
			named = named || h.Start <= i && i < h.End
		}
		if !named {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// answer replies to a free-text question with the best piece of content,
// or says honestly that it has none and offers the nearest topics and the
// organizations. It never answers with an unrelated topic. An urgent
// situation is answered with the organizations first.
func (e *Engine) answer(t *turn, q string) {
	m := e.Match(t.lang, q)
	switch m.Kind {
	case "topic":
		if m.Urgent {
			e.urgentAnswer(t, m.ID, m.Country)
			return
		}
		e.topicAnswer(t, m.ID)
	case "country":
		t.say(e.countryCard(t.lang, m.ID))
	case "org":
		t.say(e.orgCard(t.lang, m.ID, ""))
	default:
		e.noAnswer(t, m)
	}
}

// noAnswer says the bot has no answer and offers the country the question
// named, the closest topics and the ways to get help.
func (e *Engine) noAnswer(t *turn, m Match) {
	var rows [][]Button
	if c := e.c.Country(m.Country); c != nil {
		rows = append(rows, []Button{{Text: e.countryLabel(t.lang, c), Data: cb(actCountry, c.ID)}})
	}
	for _, id := range closestTopics(m) {
		rows = append(rows, []Button{{Text: "📖 " + e.topicText(t.lang, id).Title, Data: cb(actTopic, id)}})
	}
	rows = append(rows,
		[]Button{{Text: e.ui.T(t.lang, "menu_organizations", nil), Data: cb(actRoutes)}},
		[]Button{e.mainButton(t.lang)})
	t.say(Reply{Text: e.ui.T(t.lang, "noanswer", nil), Buttons: rows})
}

// closestTopics are the topics a "no answer" reply offers as buttons: the
// best three topic hits.
func closestTopics(m Match) []string {
	var ids []string
	for _, h := range m.Hits {
		if h.Kind == "topic" && len(ids) < 3 {
			ids = append(ids, h.ID)
		}
	}
	return ids
}
