package bot

import (
	"github.com/referralbot/referralbot/bot/search"
	"github.com/referralbot/referralbot/content"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// cldrName is the CLDR name of the country with ISO code iso in lang, or ""
// when CLDR has none (territories without a code, languages it lacks).
func cldrName(lang, iso string) string {
	if iso == "" {
		return ""
	}
	tag, err := language.Parse(lang)
	if err != nil {
		return ""
	}
	region, err := language.ParseRegion(iso)
	if err != nil {
		return ""
	}
	namer := display.Regions(tag)
	if namer == nil {
		return ""
	}
	return namer.Name(region)
}

// Docs turns content into search documents, one per item and language.
func Docs(c *content.Content) []search.Doc {
	var docs []search.Doc
	for _, code := range c.Codes() {
		t := c.Text[code]
		if t == nil {
			continue
		}
		for _, x := range c.Topics {
			if tt, ok := t.Topics[x.ID]; ok {
				docs = append(docs, search.Doc{ID: x.ID, Kind: "topic", Lang: code,
					Titles: []string{tt.Title}, Questions: tt.Questions, Body: tt.Answer})
			}
		}
		for _, x := range c.Countries {
			if ct, ok := t.Countries[x.ID]; ok {
				titles := append([]string{ct.Name}, ct.Aliases...)
				if name := cldrName(code, x.ISO); name != "" {
					titles = append(titles, name)
				}
				docs = append(docs, search.Doc{ID: x.ID, Kind: "country", Lang: code, Titles: titles, Body: ct.Summary})
			}
		}
		for _, x := range c.Organizations {
			if ot, ok := t.Organizations[x.ID]; ok {
				docs = append(docs, search.Doc{ID: x.ID, Kind: "org", Lang: code,
					Titles: append([]string{ot.Name}, ot.Aliases...), Body: ot.About})
			}
		}
	}
	return docs
}
