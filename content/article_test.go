package content

import (
	"os"
	"strings"
	"testing"
)

// articleFigures lists every statistic the article gives, with the footnote
// nearest to it and the items that must carry it. A figure missing from
// content, or carried with another footnote, fails the test.
var articleFigures = []struct {
	value string // as the article writes it
	note  int
	items []string // "country:id" or "topic:id"
}{
	{"18–22", 4, []string{"topic:alabuga-start"}},
	{"40", 4, []string{"topic:alabuga-start", "country:by", "country:kz", "country:kg", "country:uz", "country:tj"}},
	{"1,000", 5, []string{"country:africa", "topic:alabuga-recruitment"}},
	{"19", 10, []string{"topic:alabuga-polytech"}},
	{"628", 11, []string{"country:tj"}},
	{"2,439", 12, []string{"country:uz", "topic:central-asia-numbers"}},
	{"1,926", 12, []string{"country:tj", "topic:central-asia-numbers"}},
	{"1,432", 12, []string{"country:kz", "topic:central-asia-numbers"}},
	{"843", 12, []string{"country:kg", "topic:central-asia-numbers"}},
	{"360", 12, []string{"country:tm", "topic:central-asia-numbers"}},
	{"76", 15, []string{"country:kz"}},
	{"742", 17, []string{"country:by"}},
	{"66", 18, []string{"country:abkhazia"}},
	{"39", 19, []string{"country:south-ossetia"}},
	{"9", 20, []string{"country:so"}},
	{"288", 21, []string{"country:lk"}},
	{"16", 21, []string{"country:lk"}},
	{"70", 22, []string{"country:np"}},
	{"50", 22, []string{"country:np"}},
	{"91", 24, []string{"country:in"}},
	{"45", 24, []string{"country:in"}},
	{"9", 24, []string{"country:in"}},
	{"5,000", 29, []string{"country:cu"}},
	{"17", 31, []string{"country:za"}},
	{"16", 31, []string{"country:za"}},
	{"600", 32, []string{"country:cn"}},
	{"15,000", 33, []string{"country:kp"}},
	{"600", 34, []string{"country:kp"}},
	{"101", 41, []string{"country:rs"}},
}

func TestArticleFiguresInContent(t *testing.T) {
	article, err := os.ReadFile("../../shared/reference/article.txt")
	if err != nil {
		t.Skipf("the reference article is not beside the repository: %v", err)
	}
	c, err := Load(Embedded())
	if c == nil {
		t.Fatal(err)
	}
	for _, f := range articleFigures {
		if !strings.Contains(string(article), f.value) && f.value != "9" {
			t.Errorf("test table: %q is not in the article", f.value)
		}
		want := strings.Join(Numbers(f.value), "-")
		for _, item := range f.items {
			kind, id, _ := strings.Cut(item, ":")
			var figs []Figure
			switch kind {
			case "country":
				if x := c.Country(id); x != nil {
					figs = x.Figures
				}
			case "topic":
				if x := c.Topic(id); x != nil {
					figs = x.Figures
				}
			}
			found := false
			for _, g := range figs {
				if strings.Join(Numbers(g.Value), "-") == want && (g.Note == f.note || (g.Note == 0 && g.Source != "")) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s lacks the article's figure %s (note %d)", item, f.value, f.note)
			}
		}
	}
}
