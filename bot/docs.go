package bot

import (
	"github.com/referralbot/referralbot/bot/search"
	"github.com/referralbot/referralbot/content"
)

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
				docs = append(docs, search.Doc{ID: x.ID, Kind: "country", Lang: code,
					Titles: append([]string{ct.Name}, ct.Aliases...), Body: ct.Summary})
			}
		}
		for _, x := range c.Organizations {
			if ot, ok := t.Organizations[x.ID]; ok {
				docs = append(docs, search.Doc{ID: x.ID, Kind: "org", Lang: code,
					Titles: []string{ot.Name}, Body: ot.About})
			}
		}
	}
	return docs
}
