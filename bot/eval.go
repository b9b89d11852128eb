package bot

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
)

// EvalCase is one labelled question: the answers that count as right are
// "kind:id" strings, or "none" when the bot should say it has no answer.
type EvalCase struct {
	Line     int
	Lang     string
	Expected []string
	Question string
}

// ReadEvalCases reads "lang<TAB>expected<TAB>question" lines; expected holds
// one or more "kind:id" or "none" separated by "|". A header line starting
// with "lang" and lines starting with "#" are skipped.
func ReadEvalCases(r io.Reader) ([]EvalCase, error) {
	var out []EvalCase
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "lang\texpected\t") {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 {
			return nil, fmt.Errorf("line %d: want lang<TAB>expected<TAB>question", n)
		}
		out = append(out, EvalCase{Line: n, Lang: f[0], Expected: strings.Split(f[1], "|"), Question: f[2]})
	}
	return out, sc.Err()
}

// EvalMiss is a question answered wrongly.
type EvalMiss struct {
	Case  EvalCase
	Got   string
	Score float64 // Match.Score of the answer given
}

// EvalReport holds top-1 accuracy per language and overall, and the misses.
// Questions in a language the content lacks are not answered but counted in
// Skipped: the bot would not answer them in that language.
type EvalReport struct {
	Right, Total map[string]int
	Skipped      map[string]int
	Misses       []EvalMiss
	// Urgent situations: questions labelled with an urgent topic (Urgent),
	// those answered as urgent (UrgentFound), and other questions answered
	// as urgent (FalseUrgent).
	Urgent, UrgentFound, FalseUrgent int
	// Questions with an answer that got "no answer" (Refused), and those of
	// them whose reply offers the right item as a button (Offered): one tap
	// away.
	Refused, Offered int
}

// Accuracy returns the share of right answers in lang ("" for all).
func (r EvalReport) Accuracy(lang string) float64 {
	right, total := 0, 0
	for l, n := range r.Total {
		if lang == "" || l == lang {
			right += r.Right[l]
			total += n
		}
	}
	if total == 0 {
		return 0
	}
	return float64(right) / float64(total)
}

// Languages returns the languages in the report, sorted.
func (r EvalReport) Languages() []string {
	var out []string
	for l := range r.Total {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// Evaluate answers every case as the bot would and counts the right ones.
func (e *Engine) Evaluate(cases []EvalCase) EvalReport {
	rep := EvalReport{Right: map[string]int{}, Total: map[string]int{}, Skipped: map[string]int{}}
	for _, c := range cases {
		if !e.speaks(c.Lang) {
			rep.Skipped[c.Lang]++
			continue
		}
		m := e.Match(c.Lang, c.Question)
		got := "none"
		if m.Kind != "" {
			got = m.Kind + ":" + m.ID
		}
		rep.Total[c.Lang]++
		ok, urgent := false, false
		for _, want := range c.Expected {
			ok = ok || want == got
			if id, isTopic := strings.CutPrefix(want, "topic:"); isTopic {
				urgent = urgent || e.isUrgent(id, "topic")
			}
		}
		switch {
		case urgent:
			rep.Urgent++
			if m.Urgent {
				rep.UrgentFound++
			}
		case m.Urgent:
			rep.FalseUrgent++
		}
		if !ok && got == "none" && c.Expected[0] != "none" {
			rep.Refused++
			offers := []string{"country:" + m.Country}
			for _, id := range closestTopics(m) {
				offers = append(offers, "topic:"+id)
			}
			for _, want := range c.Expected {
				if slices.Contains(offers, want) {
					rep.Offered++
					break
				}
			}
		}
		if ok {
			rep.Right[c.Lang]++
		} else {
			rep.Misses = append(rep.Misses, EvalMiss{Case: c, Got: got, Score: m.Score})
		}
	}
	return rep
}

// Print writes the accuracy per language, overall, and the misses.
func (r EvalReport) Print(w io.Writer, misses bool) {
	fmt.Fprintf(w, "%-5s %5s %5s %7s\n", "lang", "right", "total", "top-1")
	for _, l := range r.Languages() {
		fmt.Fprintf(w, "%-5s %5d %5d %6.1f%%\n", l, r.Right[l], r.Total[l], 100*r.Accuracy(l))
	}
	right, total := 0, 0
	for _, l := range r.Languages() {
		right += r.Right[l]
		total += r.Total[l]
	}
	fmt.Fprintf(w, "%-5s %5d %5d %6.1f%%\n", "all", right, total, 100*r.Accuracy(""))
	fmt.Fprintf(w, "urgent situations answered as urgent: %d of %d; other questions answered as urgent: %d\n",
		r.UrgentFound, r.Urgent, r.FalseUrgent)
	if r.Refused > 0 {
		fmt.Fprintf(w, "questions with an answer that got \"no answer\": %d, of which %d offer the right answer as a button\n", r.Refused, r.Offered)
	}
	if len(r.Skipped) > 0 {
		var skipped []string
		for l, n := range r.Skipped {
			skipped = append(skipped, fmt.Sprintf("%s %d", l, n))
		}
		sort.Strings(skipped)
		fmt.Fprintf(w, "skipped, language not in the content: %s\n", strings.Join(skipped, ", "))
	}
	if !misses {
		return
	}
	for _, m := range r.Misses {
		fmt.Fprintf(w, "miss line %d [%s] want %s got %s (score %.2f): %s\n", m.Case.Line, m.Case.Lang, strings.Join(m.Case.Expected, "|"), m.Got, m.Score, m.Case.Question)
	}
}
