package telegram

import "github.com/referralbot/referralbot/bot"

// The real engine must satisfy the interface this package consumes.
var _ Engine = (*bot.Engine)(nil)
