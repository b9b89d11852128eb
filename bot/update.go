// Package bot is the transport-neutral engine of referralbot: an Update comes
// in, a list of Replies goes out. It knows nothing of Telegram.
package bot

import "time"

// ChatKind says where a message was written.
type ChatKind string

const (
	ChatPrivate ChatKind = "private"
	ChatGroup   ChatKind = "group"
	ChatChannel ChatKind = "channel"
)

// UpdateKind says what the user sent.
type UpdateKind string

const (
	KindText     UpdateKind = "text"     // a text message or a /command
	KindCallback UpdateKind = "callback" // a button press; Data holds the button's data
	KindEdited   UpdateKind = "edited"   // an edited message
	KindSticker  UpdateKind = "sticker"
	KindPhoto    UpdateKind = "photo"
	KindVoice    UpdateKind = "voice" // voice notes, audio, video notes
	KindLocation UpdateKind = "location"
	KindOther    UpdateKind = "other" // anything else the adapter cannot name
)

// Update is one thing a user did.
type Update struct {
	UserID   int64      // the platform's user id; never logged, only hashed for storage
	ChatID   int64      // the chat the update came from
	ChatKind ChatKind   // private, group or channel
	Kind     UpdateKind // what was sent
	LangHint string     // the client's language (Telegram language_code), may be empty
	Lang     string     // a language chosen for this update alone (a command-line flag); overrides all else
	Text     string     // message text, for KindText and KindEdited
	Data     string     // button data, for KindCallback
}

// Action asks the adapter to do something beyond sending text.
type Action string

const (
	ActionNone Action = ""
	// ActionWipe: delete the bot's own messages in this chat that it still can.
	ActionWipe Action = "wipe"
	// ActionForget: the user's stored state was erased; the adapter drops what it keeps too.
	ActionForget Action = "forget"
)

// Reply is one message to send.
type Reply struct {
	Lang    string     // BCP 47 code of the reply's language
	Text    string     // plain text (the adapter escapes it for its markup)
	Buttons [][]Button // rows of buttons, may be empty
	// Edit: this reply is a menu step and may replace the message whose button was pressed.
	Edit   bool
	Action Action
	// RTL: the reply is in a right-to-left language.
	RTL bool
	// AutoDelete: the user asked for the bot's messages to be deleted after
	// this long (0: keep). The adapter schedules the deletion.
	AutoDelete time.Duration
}

// Button is a link (URL set) or a callback (Data set). Data is at most 64 bytes.
type Button struct {
	Text string `json:"text"`
	Data string `json:"data,omitempty"`
	URL  string `json:"url,omitempty"`
}

// Command is a slash command with its description in one language, for the
// platform's command menu.
type Command struct {
	Name        string // without the slash
	Description string
}
