package bot

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/referralbot/referralbot/bot/store"
	"github.com/referralbot/referralbot/content"
	"github.com/referralbot/referralbot/locales"
)

// testEngine is an engine on the embedded content, built once.
var testEngine = sync.OnceValues(func() (*Engine, error) {
	c, err := content.Load(content.Embedded())
	if err != nil {
		return nil, err
	}
	cat, err := locales.Load(locales.Embedded())
	if err != nil {
		return nil, err
	}
	return New(Config{Content: c, Locales: cat, Store: store.NewMemory()})
})

func engine(t testing.TB) *Engine {
	t.Helper()
	e, err := testEngine()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// matchCase: the question, in lang, must be answered with want ("kind:id" or
// "none"); cases in a language the content lacks are skipped.
type matchCase struct{ lang, q, want string }

func got(m Match) string {
	if m.Kind == "" {
		return "none"
	}
	return m.Kind + ":" + m.ID
}

func checkMatches(t *testing.T, cases []matchCase, urgent bool) {
	t.Helper()
	e := engine(t)
	for _, c := range cases {
		if !e.speaks(c.lang) {
			continue
		}
		m := e.Match(c.lang, c.q)
		if got(m) != c.want || m.Urgent != urgent && m.Kind != "" {
			t.Errorf("[%s] %q: got %s (urgent %v, score %.2f), want %s (urgent %v)", c.lang, c.q, got(m), m.Urgent, m.Score, c.want, urgent)
		}
	}
}

// The questions in these tests were written for them: they are neither the
// content's example questions nor the eval questions.

func TestMatchUrgent(t *testing.T) {
	checkMatches(t, []matchCase{
		// Russian typed in Latin letters, whatever language it was taken for.
		{"en", "brata zaderzhali politsiya na rynke, chto delat", "topic:detained"},
		{"sw", "brata zaderzhali politsiya na rynke, chto delat", "topic:detained"},
		{"en", "help, the commander wants me to sign papers for the army right now", "topic:forced-to-sign"},
		{"en", "my husband was arrested by the police in Moscow yesterday", "topic:detained"},
		{"en", "I am a soldier on the front line and I want to leave the war", "topic:at-the-front"},
		{"en", "we have had no news from my brother for two months since he joined the army", "topic:missing-relative"},
		{"en", "my son went to russia from nepal and stopped answering his phone", "topic:missing-relative"},
		{"ru", "на меня давят, чтобы я подписал контракт с армией", "topic:forced-to-sign"},
		{"ru", "полиция задержала меня на рынке, я сейчас в отделении", "topic:detained"},
		{"ru", "сын перестал выходить на связь после того, как уехал в Россию", "topic:missing-relative"},
		{"es", "el reclutador me presiona para firmar papeles del ejército", "topic:forced-to-sign"},
		{"fr", "la police m'a arrêté hier, je suis au poste", "topic:detained"},
		{"uk", "я на передовій і хочу вибратися звідси", "topic:at-the-front"},
		{"it", "mio marito è sparito in russia, non abbiamo sue notizie", "topic:missing-relative"},
		{"hi", "मेरा भाई रूस की सेना में गया और अब उसकी कोई खबर नहीं है", "topic:missing-relative"},
	}, true)
}

func TestMatchCountryOrTopic(t *testing.T) {
	checkMatches(t, []matchCase{
		// Mostly a country's name: its card.
		{"en", "Nepal", "country:np"},
		{"ru", "Куба", "country:cu"},
		{"uz", "O'zbekiston", "country:uz"},
		// A country and a topic it has: the topic.
		{"en", "how many Nepalis died in Russia's war", "topic:nepal-response"},
		{"en", "what did the government of India do for Indians in the Russian army", "topic:india-response"},
		{"es", "cuántos cubanos murieron en la guerra de Rusia", "topic:cuba-recruitment"},
		// A country and a topic about no country in particular.
		{"en", "will I be prosecuted in Serbia for fighting for Russia", "topic:mercenary-charges"},
		// A country and something the bot does not know.
		{"en", "Nepal cricket score today", "none"},
	}, false)
}

func TestMatchOrganization(t *testing.T) {
	checkMatches(t, []matchCase{
		{"en", "OVD-Info", "org:ovd-info"},
		{"en", "how can I reach Get Lost", "org:get-lost"},
		{"ru", "что такое Идите лесом", "org:get-lost"},
		{"fr", "Appeal to Conscience, c'est quoi", "org:appeal-to-conscience"},
		// Names an organization but asks something else.
		{"en", "Get Lost helped my friend, but how do I cancel the army contract I already signed?", "topic:terminate-contract"},
	}, false)
}

func TestMatchNone(t *testing.T) {
	checkMatches(t, []matchCase{
		{"en", "recipe for plov with lamb", "none"},
		{"en", "who won the football world cup", "none"},
		{"ru", "какая завтра погода в Казани", "none"},
		{"es", "dónde puedo ver el partido de fútbol", "none"},
		{"fr", "quel est le prix du pain", "none"},
		{"en", "", "none"},
		{"en", "?!", "none"},
	}, false)
}

// evalFloors are the top-1 accuracy (percent) TestEval requires: the targets
// of issue 5, at least 90% in every language and 95% overall (measured: 92.9%
// to 100% per language, 97.3% overall, 27 languages). A language without an
// entry gets the default.
var evalFloors = map[string]float64{
	"all":     95,
	"default": 90,
}

func readEval(t *testing.T) []EvalCase { return readCases(t, "testdata/eval/questions.tsv") }

// readOfftopic reads the off-topic questions: everyday questions the bot has
// no answer to, half of them with words of its subject in an everyday sense.
func readOfftopic(t *testing.T) []EvalCase { return readCases(t, "testdata/eval/offtopic.tsv") }

func readCases(t *testing.T, name string) []EvalCase {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := ReadEvalCases(f)
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

// evaluate answers cases with the test engine and logs the report with its misses.
func evaluate(t *testing.T, cases []EvalCase) EvalReport {
	t.Helper()
	rep := engine(t).Evaluate(cases)
	var b bytes.Buffer
	rep.Print(&b, true)
	t.Log("\n" + b.String())
	return rep
}

// TestEval answers the labelled questions and fails when a language, or all
// of them, falls under its floor. It logs the table and the misses.
func TestEval(t *testing.T) {
	rep := evaluate(t, readEval(t))
	for _, l := range append(rep.Languages(), "all") {
		lang := l
		if l == "all" {
			lang = ""
		}
		floor, ok := evalFloors[l]
		if !ok {
			floor = evalFloors["default"]
		}
		if a := 100 * rep.Accuracy(lang); a < floor {
			t.Errorf("%s: top-1 accuracy %.1f%% under its floor %.0f%%", l, a, floor)
		}
	}
	if rep.Urgent > 0 && rep.UrgentFound*100 < rep.Urgent*92 {
		t.Errorf("urgent situations answered as urgent: %d of %d, floor 92%%", rep.UrgentFound, rep.Urgent)
	}
}

// TestOfftopic answers everyday questions the bot has no answer to (half of
// them with words of its subject in an everyday sense: a phone contract, a
// parking fine, a son who won't eat) and fails when too many get a topic, or
// are taken for an emergency. Measured: 79.6% answered "no answer", 22 of 216
// taken for an emergency.
func TestOfftopic(t *testing.T) {
	rep := evaluate(t, readOfftopic(t))
	if a := 100 * rep.Accuracy(""); a < 75 {
		t.Errorf("off-topic questions answered with no answer: %.1f%%, floor 75%%", a)
	}
	total := 0
	for _, n := range rep.Total {
		total += n
	}
	if n := rep.FalseUrgent; n*100 > total*12 {
		t.Errorf("off-topic questions taken for an emergency: %d of %d, at most 12%%", n, total)
	}
}

// TestEvalStories answers the second development set, questions told as
// stories ("he went for work in march and hasn't called since june"), and
// fails under floors a little below what was measured (67.4% top-1, 80 of
// 96 urgent situations, 33 of 40 refused ones offering the right topic).
func TestEvalStories(t *testing.T) {
	rep := evaluate(t, readCases(t, "testdata/eval/questions2.tsv"))
	if a := 100 * rep.Accuracy(""); a < 64 {
		t.Errorf("top-1 accuracy %.1f%%, floor 64%%", a)
	}
	if rep.UrgentFound*100 < rep.Urgent*80 {
		t.Errorf("urgent situations answered as urgent: %d of %d, floor 80%%", rep.UrgentFound, rep.Urgent)
	}
}

// TestCalibration logs how the answer thresholds trade unrelated questions
// answered against real questions refused, on the labelled questions.
func TestCalibration(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	e := engine(t)
	cases := append(readEval(t), readOfftopic(t)...)
	if f := os.Getenv("CALIBRATE_WITH"); f != "" {
		cases = append(cases, readCases(t, f)...)
	}
	var b strings.Builder
	sweep := func(name string, p *float64, values []float64) {
		saved := *p
		defer func() { *p = saved }()
		fmt.Fprintf(&b, "\n%-15s top-1   unrelated answered  real refused  urgent found  false urgent\n", name)
		for _, v := range values {
			*p = v
			var right, total, none, noneAnswered, refused, urgent, urgentFound, falseUrgent int
			for _, c := range cases {
				if !e.speaks(c.Lang) {
					continue
				}
				m := e.Match(c.Lang, c.Question)
				total++
				isUrgent := false
				for _, want := range c.Expected {
					if want == got(m) {
						right++
						break
					}
				}
				for _, want := range c.Expected {
					if id, ok := strings.CutPrefix(want, "topic:"); ok && e.isUrgent(id, "topic") {
						isUrgent = true
					}
				}
				switch {
				case c.Expected[0] == "none":
					none++
					if m.Kind != "" {
						noneAnswered++
					}
				case m.Kind == "":
					refused++
				}
				switch {
				case isUrgent:
					urgent++
					if m.Urgent {
						urgentFound++
					}
				case m.Urgent:
					falseUrgent++
				}
			}
			mark := " "
			if v == saved {
				mark = "*"
			}
			fmt.Fprintf(&b, "%s%-14.2f %5.1f%%  %8d of %-4d  %6d of %-4d  %5d of %-4d %6d\n", mark, v, 100*float64(right)/float64(max(total, 1)),
				noneAnswered, none, refused, total-none, urgentFound, urgent, falseUrgent)
		}
	}
	sweep("minAnswer", &minAnswer, []float64{0.2, 0.24, 0.26, 0.28, 0.3, 0.32, 0.34, 0.38, 0.42})
	sweep("minUrgent", &minUrgent, []float64{0.1, 0.15, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3, 0.32, 0.35})
	sweep("minUrgentDoc", &minUrgentDoc, []float64{0, 0.1, 0.13, 0.15, 0.16, 0.17, 0.18, 0.2, 0.22})
	sweep("sureUrgent", &sureUrgent, []float64{0.25, 0.3, 0.35, 0.4, 0.45})
	sweep("urgentTie", &urgentTie, []float64{0.9, 0.95, 0.97, 0.99, 1})
	sweep("minCountryTopic", &minCountryTopic, []float64{0.2, 0.22, 0.24, 0.26, 0.28, 0.3, 0.34})
	t.Log(b.String())
}

// Evaluate counts right answers, urgent situations, and the questions that
// got "no answer" while the reply offers the right topic as a button.
func TestEvaluateCounts(t *testing.T) {
	e := engine(t)
	cases, err := ReadEvalCases(strings.NewReader("lang\texpected\tquestion\n" +
		"en\ttopic:detained\tthe police arrested my brother in moscow yesterday\n" +
		"en\tnone\twhat is the capital of france\n" +
		"en\ttopic:safety\tzzqx wvvy qqpl\n" +
		"xx\tnone\tunknown language\n"))
	if err != nil {
		t.Fatal(err)
	}
	rep := e.Evaluate(cases)
	if rep.Right["en"] != 2 || rep.Total["en"] != 3 || rep.Skipped["xx"] != 1 {
		t.Errorf("right %v of %v, skipped %v", rep.Right, rep.Total, rep.Skipped)
	}
	if rep.Urgent != 1 || rep.UrgentFound != 1 || rep.FalseUrgent != 0 {
		t.Errorf("urgent %d found %d false %d", rep.Urgent, rep.UrgentFound, rep.FalseUrgent)
	}
	if rep.Refused != 1 || rep.Offered != 0 || len(rep.Misses) != 1 || rep.Misses[0].Case.Line != 4 {
		t.Errorf("refused %d offered %d misses %+v", rep.Refused, rep.Offered, rep.Misses)
	}
	m := e.Match("en", "my son in russia stopped answering, and his phone is off since the war, and we are so afraid")
	if m.Kind == "" && !slices.Contains(closestTopics(m), "missing-relative") {
		t.Errorf("neither answered nor offered: %+v", m)
	}
}
