module github.com/referralbot/referralbot

go 1.26.8

require (
	github.com/BurntSushi/toml v1.6.0
	github.com/nicksnyder/go-i18n/v2 v2.7.0
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/text v0.44.0
)

require (
	github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1
	golang.org/x/time v0.16.0
)
