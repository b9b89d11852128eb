package content

// Language is one language the bot speaks.
type Language struct {
	Code     string `yaml:"code"`
	Name     string `yaml:"name"`     // endonym
	Reviewed bool   `yaml:"reviewed"` // false: machine-made translation
	RTL      bool   `yaml:"rtl"`
}

// Source is a named source that figures cite.
type Source struct {
	URL string `yaml:"url"`
}

// Figure is one number with what it counts, when, and where it comes from.
type Figure struct {
	ID     string `yaml:"id"`
	Value  string `yaml:"value"`
	Date   string `yaml:"date"`
	Note   int    `yaml:"note"`   // the article's footnote, 0 if none
	Source string `yaml:"source"` // id in sources.yaml, may be empty when Note > 0
}

// Country is a country or territory whose people are recruited.
type Country struct {
	ID            string   `yaml:"id"`
	ISO           string   `yaml:"iso"`
	Region        string   `yaml:"region"`
	Figures       []Figure `yaml:"figures"`
	Organizations []string `yaml:"organizations"`
	Topics        []string `yaml:"topics"`
}

// Contact is one public way to reach an organization.
type Contact struct {
	Kind       string `yaml:"kind"` // website | telegram | phone | email | instagram
	Value      string `yaml:"value"`
	Source     string `yaml:"source"`   // where it was seen
	Verified   string `yaml:"verified"` // date of that source
	Confidence string `yaml:"confidence"`
}

// Organization is a help organization or an official (consular) route.
type Organization struct {
	ID        string    `yaml:"id"`
	Kind      string    `yaml:"kind"` // ngo | official | surrender
	Routes    []string  `yaml:"routes"`
	Countries []string  `yaml:"countries"`
	Languages []string  `yaml:"languages"`
	Contacts  []Contact `yaml:"contacts"`
}

// Topic is a question topic with its sourced answer.
type Topic struct {
	ID            string   `yaml:"id"`
	Section       string   `yaml:"section"`
	Urgent        bool     `yaml:"urgent"`
	Notes         []int    `yaml:"notes"`
	Sources       []string `yaml:"sources"`
	Figures       []Figure `yaml:"figures"`
	Countries     []string `yaml:"countries"`
	Organizations []string `yaml:"organizations"`
	Related       []string `yaml:"related"`
}

// CountryText is a country's text in one language.
type CountryText struct {
	Name       string            `yaml:"name"`
	Aliases    []string          `yaml:"aliases"`
	Summary    string            `yaml:"summary"`
	Government string            `yaml:"government"`
	Official   string            `yaml:"official"`
	Figures    map[string]string `yaml:"figures"`
}

// OrganizationText is an organization's text in one language.
type OrganizationText struct {
	Name string `yaml:"name"`
	// Aliases are other names users type: the name in Russian or English,
	// short forms, transliterations. Optional.
	Aliases []string `yaml:"aliases"`
	About   string   `yaml:"about"`
	Caveat  string   `yaml:"caveat"`
}

// TopicText is a topic's text in one language.
type TopicText struct {
	Title     string   `yaml:"title"`
	Questions []string `yaml:"questions"`
	Answer    string   `yaml:"answer"`
}

// Text is everything written in one language.
type Text struct {
	Sources       map[string]string
	Countries     map[string]CountryText
	Organizations map[string]OrganizationText
	Topics        map[string]TopicText
}

// Routes are the outcomes an organization can help with, in menu order.
var Routes = []string{"refuse", "terminate", "leave", "surrender", "detained", "family"}

// Regions group countries in the menu, in menu order.
var Regions = []string{"central-asia", "caucasus-europe", "south-asia", "africa", "middle-east", "east-asia", "americas"}

// Sections of the article that topics belong to.
var Sections = []string{"mercenary", "migrants", "industry", "mercenaries-at-war", "professionals", "ideological", "help", "safety"}

// ArticleNotes is the number of footnotes in the article.
const ArticleNotes = 41
