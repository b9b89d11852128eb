package bot

import (
	"slices"
	"strings"

	"github.com/referralbot/referralbot/bot/lang"
)

// chooseLang picks the reply language: the user's explicit choice, then the
// language of the message when detection is confident, then the language
// used last, then the client's language, then detection's best guess when
// it is at least plausible, then English.
func (e *Engine) chooseLang(t *turn) string {
	if e.speaks(t.u.Lang) {
		return t.u.Lang
	}
	if e.speaks(t.sess.Lang) {
		return t.sess.Lang
	}
	var guess lang.Result
	if t.u.Kind == KindText && !strings.HasPrefix(t.u.Text, "/") {
		guess = lang.Detect(t.u.Text, e.langs)
		if guess.Confident && e.speaks(guess.Lang) {
			return guess.Lang
		}
	}
	if e.speaks(t.sess.Auto) {
		return t.sess.Auto
	}
	if hint := baseLang(t.u.LangHint); e.speaks(hint) {
		return hint
	}
	if guess.Confidence >= plausible && e.speaks(guess.Lang) {
		return guess.Lang
	}
	return "en"
}

// plausible is the detection confidence at which a guess beats the English
// default when nothing else is known of the user.
const plausible = 0.4

func (e *Engine) speaks(code string) bool { return code != "" && slices.Contains(e.langs, code) }

// baseLang reduces a client language code such as "pt-BR" or "uz-Latn" to the
// code the bot uses.
func baseLang(code string) string {
	code = strings.ToLower(strings.TrimSpace(code))
	if i := strings.IndexAny(code, "-_"); i > 0 {
		code = code[:i]
	}
	return code
}

// languageMenu lists every language by its own name.
func (e *Engine) languageMenu(t *turn) Reply {
	var rows [][]Button
	var row []Button
	for _, l := range e.c.Languages {
		row = append(row, Button{Text: l.Name, Data: cbLang(l.Code)})
		if len(row) == 3 {
			rows = append(rows, row)
			row = nil
		}
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	rows = append(rows, []Button{e.mainButton(t.lang)})
	return Reply{Text: e.ui.T(t.lang, "language_prompt", nil), Buttons: rows, Edit: true}
}

// setLang records an explicit choice of language.
func (e *Engine) setLang(t *turn, code string) {
	t.sess.Lang = code
	t.lang = code
	t.say(Reply{Text: e.ui.T(code, "language_set", nil)})
	e.mainMenu(t, "menu_prompt")
}

// machineNotice tells the user once per language that its translation is
// machine-made, and offers Russian or English instead.
func (e *Engine) machineNotice(t *turn) {
	l, ok := e.c.Language(t.lang)
	if !ok || l.Reviewed || slices.Contains(t.sess.Noticed, t.lang) {
		return
	}
	t.sess.Noticed = append(t.sess.Noticed, t.lang)
	var row []Button
	for _, code := range []string{"ru", "en"} {
		if alt, ok := e.c.Language(code); ok && code != t.lang {
			row = append(row, Button{Text: alt.Name, Data: cbLang(code)})
		}
	}
	r := Reply{Text: e.ui.T(t.lang, "machine_notice", nil)}
	if len(row) > 0 {
		r.Buttons = [][]Button{row}
	}
	t.say(r)
}
