package bot

import (
	"slices"

	"github.com/referralbot/referralbot/content"
)

// maxUrgentOrgs bounds the organization buttons before an urgent answer.
const maxUrgentOrgs = 5

// urgentAnswer answers an urgent situation: first who to contact (the
// official channel of the country the question or the topic names, then
// the topic's organizations), then the topic's answer.
func (e *Engine) urgentAnswer(t *turn, topic, country string) {
	var rows [][]Button
	for _, o := range e.urgentOrgs(topic, country) {
		rows = append(rows, []Button{{Text: "🆘 " + e.orgName(t.lang, o.ID), Data: cb(actOrg, o.ID)}})
	}
	t.say(Reply{Text: e.ui.T(t.lang, "urgent_intro", nil), Buttons: rows})
	e.topicAnswer(t, topic)
}

// urgentOrgs lists the organizations for an urgent topic: the official
// channels of the country (named in the question, or the topic's only
// country) first, then the topic's organizations, leaving out other
// countries' official channels when the country is known.
func (e *Engine) urgentOrgs(topic, country string) []*content.Organization {
	tp := e.c.Topic(topic)
	if tp == nil {
		return nil
	}
	if country == "" && len(tp.Countries) == 1 {
		country = tp.Countries[0]
	}
	var out []*content.Organization
	add := func(o *content.Organization) {
		if o != nil && len(out) < maxUrgentOrgs && !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	if country != "" {
		for _, o := range e.c.OrganizationsFor("", country) {
			if o.Kind == "official" && slices.Contains(o.Countries, country) {
				add(o)
			}
		}
	}
	for _, id := range tp.Organizations {
		o := e.c.Organization(id)
		if o == nil || country != "" && o.Kind == "official" && !slices.Contains(o.Countries, country) {
			continue
		}
		add(o)
	}
	return out
}
