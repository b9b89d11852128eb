package bot

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxQuery is how much of a message the bot reads, in runes. Longer messages
// are answered from their beginning.
const MaxQuery = 1000

// route dispatches one update by its kind.
func (e *Engine) route(ctx context.Context, t *turn) error {
	u := t.u
	if u.ChatKind != "" && u.ChatKind != ChatPrivate {
		t.lang = e.chooseLang(t)
		t.say(Reply{Text: e.ui.T(t.lang, "group_only", nil)})
		return nil
	}
	switch u.Kind {
	case KindText:
		return e.text(ctx, t)
	case KindCallback:
		t.lang = e.chooseLang(t)
		e.rememberAuto(t)
		err := e.button(ctx, t)
		e.machineNotice(t)
		return err
	default:
		t.lang = e.chooseLang(t)
		e.machineNotice(t)
		id := map[UpdateKind]string{
			KindEdited: "input_edited", KindSticker: "input_sticker", KindPhoto: "input_photo",
			KindVoice: "input_voice", KindLocation: "input_location",
		}[u.Kind]
		if id == "" {
			id = "input_other"
		}
		t.say(Reply{Text: e.ui.T(t.lang, id, nil), Buttons: e.mainMenuButtons(t.lang)})
		return nil
	}
}

// rememberAuto keeps the language last used, so that button presses answer
// in the language the user last wrote in.
func (e *Engine) rememberAuto(t *turn) {
	if t.sess.Lang == "" {
		t.sess.Auto = t.lang
	}
}

// text handles a typed message: a command or a question.
func (e *Engine) text(ctx context.Context, t *turn) error {
	s := sanitize(t.u.Text)
	long := utf8.RuneCountInString(s) > MaxQuery
	if long {
		s = string([]rune(s)[:MaxQuery])
	}
	t.u.Text = s
	t.lang = e.chooseLang(t)
	if strings.TrimSpace(s) == "" {
		e.machineNotice(t)
		t.say(Reply{Text: e.ui.T(t.lang, "input_empty", nil), Buttons: e.mainMenuButtons(t.lang)})
		return nil
	}
	if cmd, arg, ok := command(s); ok {
		return e.command(ctx, t, cmd, arg)
	}
	e.rememberAuto(t)
	e.machineNotice(t)
	if long {
		t.say(Reply{Text: e.ui.T(t.lang, "input_long", nil)})
	}
	e.answer(t, s)
	return nil
}

// command splits "/cmd@bot arg" into "cmd" and "arg".
func command(s string) (cmd, arg string, ok bool) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "/") {
		return "", "", false
	}
	cmd, arg, _ = strings.Cut(s[1:], " ")
	cmd, _, _ = strings.Cut(cmd, "@")
	return strings.ToLower(cmd), strings.TrimSpace(arg), true
}

func (e *Engine) command(ctx context.Context, t *turn, cmd, arg string) error {
	switch cmd {
	case "forget":
		lang := t.lang
		if err := e.forget(ctx, t); err != nil {
			return err
		}
		t.say(Reply{Lang: lang, Text: e.ui.T(lang, "forget_done", nil), Action: ActionForget})
		return nil
	}
	e.rememberAuto(t)
	e.machineNotice(t)
	switch cmd {
	case "start":
		if arg != "" && e.deepLink(t, arg) {
			return nil
		}
		t.say(Reply{Text: e.ui.T(t.lang, "start_greeting", nil) + "\n\n" + e.ui.T(t.lang, "start_safety", nil),
			Buttons: e.mainMenuButtons(t.lang)})
	case "language", "lang":
		t.say(e.languageMenu(t))
	case "safety":
		e.topicAnswer(t, "safety")
	case "wipe":
		t.say(Reply{Text: e.ui.T(t.lang, "wipe_done", nil), Action: ActionWipe})
	case "autodelete":
		t.say(e.autoDeleteMenu(t))
	default: // help and anything unknown
		t.say(Reply{Text: e.ui.T(t.lang, "help_text", nil), Buttons: e.mainMenuButtons(t.lang)})
	}
	return nil
}

// deepLink handles /start payloads from links and QR codes:
// lang-<code>, a country id, an organization id or a topic id.
func (e *Engine) deepLink(t *turn, arg string) bool {
	arg = strings.ToLower(arg)
	if code, ok := strings.CutPrefix(arg, "lang-"); ok && e.speaks(code) {
		e.setLang(t, code)
		return true
	}
	switch {
	case e.c.Country(arg) != nil:
		t.say(e.countryCard(t.lang, arg))
	case e.c.Organization(arg) != nil:
		t.say(e.orgCard(t.lang, arg, ""))
	case e.c.Topic(arg) != nil:
		e.topicAnswer(t, arg)
	default:
		return false
	}
	return true
}

// button handles a button press.
func (e *Engine) button(ctx context.Context, t *turn) error {
	c, ok := parseCallback(t.u.Data)
	if !ok || !e.pressValid(c) {
		t.say(Reply{Text: e.ui.T(t.lang, "expired", nil)})
		e.mainMenu(t, "menu_prompt")
		return nil
	}
	switch c.act {
	case actMain:
		e.mainMenu(t, "menu_prompt")
	case actAsk:
		t.say(Reply{Text: e.ui.T(t.lang, "ask_prompt", nil), Buttons: [][]Button{{e.mainButton(t.lang)}}})
	case actRegions:
		t.say(e.regionsMenu(t.lang))
	case actRegion:
		t.say(e.regionMenu(t.lang, c.arg(0)))
	case actCountry:
		t.say(e.countryCard(t.lang, c.arg(0)))
	case actRoutes:
		t.say(e.routesMenu(t.lang, c.arg(0)))
	case actRoute:
		t.say(e.routeOrgs(t.lang, c.arg(0), c.arg(1)))
	case actOrg:
		t.say(e.orgCard(t.lang, c.arg(0), c.arg(1)))
	case actTopic:
		e.topicAnswer(t, c.arg(0))
	case actSafety:
		e.topicAnswer(t, "safety")
	case actLangs:
		if c.arg(0) == "" {
			t.say(e.languageMenu(t))
		} else {
			e.setLang(t, c.arg(0))
		}
	case actAutoDelete:
		if c.arg(0) == "" {
			t.say(e.autoDeleteMenu(t))
		} else {
			e.setAutoDelete(t, c.arg(0))
		}
	}
	return nil
}

// pressValid checks that the ids in a button still exist, so forged or stale
// data gets "this menu has expired" instead of an empty card.
func (e *Engine) pressValid(c callback) bool {
	n := len(c.args)
	switch c.act {
	case actMain, actAsk, actRegions, actSafety:
		return n == 0
	case actRegion:
		return n == 1 && containsStr(regionsOrder(), c.arg(0))
	case actCountry:
		return n == 1 && e.c.Country(c.arg(0)) != nil
	case actRoutes:
		return n == 0 || n == 1 && e.c.Country(c.arg(0)) != nil
	case actRoute:
		return (n == 1 || n == 2) && containsStr(routesOrder(), c.arg(0)) && (n == 1 || e.c.Country(c.arg(1)) != nil)
	case actOrg:
		return (n == 1 || n == 2) && e.c.Organization(c.arg(0)) != nil && (n == 1 || containsStr(routesOrder(), c.arg(1)))
	case actTopic:
		return n == 1 && e.c.Topic(c.arg(0)) != nil
	case actLangs:
		return n == 0 || n == 1 && e.speaks(c.arg(0))
	case actAutoDelete:
		return n == 0 || n == 1 && autoDeleteValid(c.arg(0))
	}
	return false
}

var autoDeleteChoices = []struct {
	minutes int
	id      string
}{{0, "autodelete_off"}, {60, "autodelete_1h"}, {24 * 60, "autodelete_24h"}}

func autoDeleteValid(arg string) bool {
	m, err := strconv.Atoi(arg)
	if err != nil {
		return false
	}
	for _, c := range autoDeleteChoices {
		if c.minutes == m {
			return true
		}
	}
	return false
}

func (e *Engine) autoDeleteMenu(t *turn) Reply {
	var row []Button
	for _, c := range autoDeleteChoices {
		label := e.ui.T(t.lang, c.id, nil)
		if c.minutes == t.sess.AutoDelete {
			label = "✓ " + label
		}
		row = append(row, Button{Text: label, Data: cb(actAutoDelete, strconv.Itoa(c.minutes))})
	}
	return Reply{Text: e.ui.T(t.lang, "autodelete_prompt", nil), Buttons: [][]Button{row, {e.mainButton(t.lang)}}, Edit: true}
}

func (e *Engine) setAutoDelete(t *turn, arg string) {
	m, _ := strconv.Atoi(arg)
	t.sess.AutoDelete = m
	for _, c := range autoDeleteChoices {
		if c.minutes == m {
			t.say(Reply{Text: e.ui.T(t.lang, "autodelete_set", map[string]any{"Choice": e.ui.T(t.lang, c.id, nil)}),
				Buttons: [][]Button{{e.mainButton(t.lang)}}, Edit: true})
		}
	}
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
