package bot

import (
	"strconv"
	"strings"
)

// formatDate renders a content date ("2025", "2025-06", "2024-05-09",
// "2025-summer", "2023/2024", "by 2025-06") in lang.
func (e *Engine) formatDate(lang, d string) string {
	if rest, ok := strings.CutPrefix(d, "by "); ok {
		return e.ui.T(lang, "date_by", map[string]any{"Date": e.formatDate(lang, rest)})
	}
	if a, b, ok := strings.Cut(d, "/"); ok {
		return a + "–" + b
	}
	year, rest, ok := strings.Cut(d, "-")
	if !ok {
		return d
	}
	switch rest {
	case "spring", "summer", "autumn", "winter":
		return e.ui.T(lang, "date_season_"+rest, map[string]any{"Year": year})
	}
	if len(rest) == 2 {
		if m, err := strconv.Atoi(rest); err == nil && m >= 1 && m <= 12 {
			return e.ui.T(lang, "date_month", map[string]any{"Month": e.ui.T(lang, "month_"+strconv.Itoa(m), nil), "Year": year})
		}
	}
	return d
}
