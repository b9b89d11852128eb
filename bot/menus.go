package bot

import (
	"github.com/referralbot/referralbot/content"
)

func regionsOrder() []string { return content.Regions }
func routesOrder() []string  { return content.Routes }

func (e *Engine) mainButton(lang string) Button {
	return Button{Text: e.ui.T(lang, "menu_main", nil), Data: cb(actMain)}
}

func (e *Engine) mainMenuButtons(lang string) [][]Button {
	return [][]Button{
		{{Text: e.ui.T(lang, "menu_ask", nil), Data: cb(actAsk)}},
		{{Text: e.ui.T(lang, "menu_countries", nil), Data: cb(actRegions)},
			{Text: e.ui.T(lang, "menu_organizations", nil), Data: cb(actRoutes)}},
		{{Text: e.ui.T(lang, "menu_language", nil), Data: cb(actLangs)},
			{Text: e.ui.T(lang, "menu_safety", nil), Data: cb(actSafety)}},
	}
}

func (e *Engine) mainMenu(t *turn, promptID string) {
	t.say(Reply{Text: e.ui.T(t.lang, promptID, nil), Buttons: e.mainMenuButtons(t.lang), Edit: true})
}

// regionsMenu lists the regions that have countries.
func (e *Engine) regionsMenu(lang string) Reply {
	var rows [][]Button
	for _, r := range content.Regions {
		if len(e.countriesIn(r)) == 0 {
			continue
		}
		rows = append(rows, []Button{{Text: e.ui.T(lang, "region_"+r, nil), Data: cb(actRegion, r)}})
	}
	rows = append(pairs(rows), []Button{e.mainButton(lang)})
	return Reply{Text: e.ui.T(lang, "countries_prompt", nil), Buttons: rows, Edit: true}
}

func (e *Engine) countriesIn(region string) []*content.Country {
	var out []*content.Country
	for _, c := range e.c.Countries {
		if c.Region == region {
			out = append(out, c)
		}
	}
	return out
}

// regionMenu lists the countries of a region, two to a row.
func (e *Engine) regionMenu(lang, region string) Reply {
	var rows [][]Button
	for _, c := range e.countriesIn(region) {
		rows = append(rows, []Button{{Text: e.countryLabel(lang, c), Data: cb(actCountry, c.ID)}})
	}
	rows = pairs(rows)
	rows = append(rows, []Button{{Text: e.ui.T(lang, "menu_back", nil), Data: cb(actRegions)}, e.mainButton(lang)})
	return Reply{Text: e.ui.T(lang, "region_prompt", nil), Buttons: rows, Edit: true}
}

// routesMenu asks what the user needs; country narrows official routes.
func (e *Engine) routesMenu(lang, country string) Reply {
	var rows [][]Button
	for _, r := range content.Routes {
		data := cb(actRoute, r)
		if country != "" {
			data = cb(actRoute, r, country)
		}
		rows = append(rows, []Button{{Text: e.ui.T(lang, "route_"+r, nil), Data: data}})
	}
	back := Button{Text: e.ui.T(lang, "menu_back", nil), Data: cb(actMain)}
	if country != "" {
		back.Data = cb(actCountry, country)
	}
	rows = append(rows, []Button{back, e.mainButton(lang)})
	return Reply{Text: e.ui.T(lang, "routes_prompt", nil), Buttons: rows, Edit: true}
}

// routeOrgs lists the organizations for a route: the country's official
// channel first when a country is known, then the others.
func (e *Engine) routeOrgs(lang, route, country string) Reply {
	orgs := e.c.OrganizationsFor(route, country)
	text := e.ui.T(lang, "route_organizations", nil)
	if len(orgs) == 0 {
		text = e.ui.T(lang, "route_none", nil)
		orgs = e.c.OrganizationsFor("", country)
	}
	var rows [][]Button
	for _, o := range orgs {
		rows = append(rows, []Button{{Text: e.orgName(lang, o.ID), Data: cb(actOrg, o.ID, route)}})
	}
	back := cb(actRoutes)
	if country != "" {
		back = cb(actRoutes, country)
	}
	rows = append(rows, []Button{{Text: e.ui.T(lang, "menu_back", nil), Data: back}, e.mainButton(lang)})
	return Reply{Text: e.ui.T(lang, "route_"+route, nil) + "\n" + text, Buttons: rows, Edit: true}
}

// pairs joins single-button rows two by two, leaving longer rows alone.
func pairs(rows [][]Button) [][]Button {
	var out [][]Button
	for i := 0; i < len(rows); i++ {
		if len(rows[i]) == 1 && i+1 < len(rows) && len(rows[i+1]) == 1 {
			out = append(out, []Button{rows[i][0], rows[i+1][0]})
			i++
			continue
		}
		out = append(out, rows[i])
	}
	return out
}
