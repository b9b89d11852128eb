package bot

import (
	"strings"
)

// Button data is "<version>:<action>[:<arg>[:<arg>]]". The version changes
// when the menus change, so buttons of an old menu are recognised as stale.
// Data is at most 64 bytes (Telegram's limit); ids are at most 40.
const cbVersion = "1"

// Button actions.
const (
	actMain       = "m" // main menu
	actAsk        = "a" // ask a question
	actRegions    = "g" // list of regions
	actRegion     = "r" // countries of a region: r:<region>
	actCountry    = "c" // a country: c:<id>
	actRoutes     = "h" // who can help: h[:<country>]
	actRoute      = "w" // organizations for a route: w:<route>[:<country>]
	actOrg        = "o" // an organization: o:<id>
	actTopic      = "t" // a topic: t:<id>
	actLangs      = "l" // language menu, or l:<code> to choose
	actSafety     = "s" // the safety topic
	actAutoDelete = "d" // auto-delete menu, or d:<minutes>
)

func cb(parts ...string) string { return cbVersion + ":" + strings.Join(parts, ":") }

func cbLang(code string) string { return cb(actLangs, code) }

// callback is parsed button data.
type callback struct {
	act  string
	args []string
}

// parseCallback splits data, rejecting what this version did not make.
func parseCallback(data string) (callback, bool) {
	if len(data) > 64 || !strings.HasPrefix(data, cbVersion+":") {
		return callback{}, false
	}
	parts := strings.Split(data[len(cbVersion)+1:], ":")
	if len(parts) > 3 {
		return callback{}, false
	}
	for _, p := range parts[1:] {
		if !safeID(p) {
			return callback{}, false
		}
	}
	return callback{act: parts[0], args: parts[1:]}, true
}

// safeID: lower-case letters, digits and "-", as content ids are.
func safeID(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

func (c callback) arg(i int) string {
	if i < len(c.args) {
		return c.args[i]
	}
	return ""
}
