package content

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Problem is one thing wrong in a content file, at a line.
type Problem struct {
	File string
	Line int
	Msg  string
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// Problems is the error Load returns when content is not valid.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// AsProblems extracts the problem list from an error returned by Load.
func AsProblems(err error) (Problems, bool) {
	var ps Problems
	ok := errors.As(err, &ps)
	return ps, ok
}

func (ps *Problems) add(file string, line int, format string, args ...any) {
	*ps = append(*ps, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

var yamlLine = regexp.MustCompile(`line (\d+): (.*)`)

// addYAML turns a yaml.v3 error (one or many "line N: ..." parts) into problems.
func (ps *Problems) addYAML(file string, err error) {
	for _, part := range strings.Split(err.Error(), "\n") {
		part = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(part), "yaml:"))
		if part == "" || strings.HasPrefix(part, "unmarshal errors:") {
			continue
		}
		if m := yamlLine.FindStringSubmatch(part); m != nil {
			n, _ := strconv.Atoi(m[1])
			ps.add(file, n, "%s", m[2])
			continue
		}
		ps.add(file, 0, "%s", part)
	}
}

func (ps Problems) sorted() Problems {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
	return ps
}
