package content

import (
	"errors"
	"io/fs"
	"path"
	"reflect"
	"runtime"
	"sort"
	"sync"

	"go.yaml.in/yaml/v3"
)

// Top-level files, and the per-language files under lang/<code>/.
const (
	fileLanguages     = "languages.yaml"
	fileSources       = "sources.yaml"
	fileCountries     = "countries.yaml"
	fileOrganizations = "organizations.yaml"
	fileTopics        = "topics.yaml"
)

// Load reads and validates the content in fsys. It returns the content even
// when it has problems (so check can report coverage), together with a
// Problems error listing each one as file:line: problem.
func Load(fsys fs.FS) (*Content, error) {
	l := &loader{fsys: fsys, c: &Content{Sources: map[string]Source{}, Text: map[string]*Text{}}}
	l.loadBase()
	l.loadTexts()
	l.index()
	l.validate()
	if len(l.problems) > 0 {
		return l.c, l.problems.sorted()
	}
	return l.c, nil
}

type loader struct {
	fsys     fs.FS
	c        *Content
	problems Problems
	// nodes maps "file\x00id" to the YAML node of that item, for line numbers.
	nodes map[string]*yaml.Node
}

// parsed is one file read and decoded: its node tree and its problems.
type parsed struct {
	file     string
	root     *yaml.Node
	problems Problems
}

// parse reads file, parses it once into a node tree, reports unknown fields
// with their lines, and decodes the tree into v. root is nil when the file is
// missing or broken.
func parse(fsys fs.FS, file string, v any, required bool) parsed {
	p := parsed{file: file}
	data, err := fs.ReadFile(fsys, file)
	if errors.Is(err, fs.ErrNotExist) {
		if required {
			p.problems.add(file, 0, "file is missing")
		}
		return p
	}
	if err != nil {
		p.problems.add(file, 0, "%v", err)
		return p
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		p.problems.addYAML(file, err)
		return p
	}
	if len(doc.Content) == 0 {
		return p
	}
	p.root = doc.Content[0]
	unknownFields(file, p.root, reflect.TypeOf(v), &p.problems)
	if err := p.root.Decode(v); err != nil {
		p.problems.addYAML(file, err)
	}
	return p
}

// read parses one file and records its problems.
func (l *loader) read(file string, v any, required bool) *yaml.Node {
	p := parse(l.fsys, file, v, required)
	l.problems = append(l.problems, p.problems...)
	return p.root
}

func (l *loader) node(file, id string) *yaml.Node { return l.nodes[file+"\x00"+id] }

// line returns the line of item id in file, or of its field key when given.
func (l *loader) line(file, id, field string) int {
	n := l.node(file, id)
	if n == nil {
		return 0
	}
	if field != "" && n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == field {
				return n.Content[i].Line
			}
		}
	}
	return n.Line
}

// rememberSeq records the node of each item of a sequence of mappings with an "id" (or "code") key.
func (l *loader) rememberSeq(file string, root *yaml.Node, key string) {
	if root == nil || root.Kind != yaml.SequenceNode {
		return
	}
	for _, item := range root.Content {
		if item.Kind != yaml.MappingNode {
			continue
		}
		for i := 0; i+1 < len(item.Content); i += 2 {
			if item.Content[i].Value == key {
				l.nodes[file+"\x00"+item.Content[i+1].Value] = item
			}
		}
	}
}

// rememberMap records the value node of each key of a mapping, keeping the key's line.
func (l *loader) rememberMap(file string, root *yaml.Node) {
	if root == nil || root.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		// The item's line is its key's line; its fields keep their own.
		item := *v
		item.Line = k.Line
		l.nodes[file+"\x00"+k.Value] = &item
	}
}

func (l *loader) loadBase() {
	l.nodes = map[string]*yaml.Node{}
	l.rememberSeq(fileLanguages, l.read(fileLanguages, &l.c.Languages, true), "code")
	l.rememberMap(fileSources, l.read(fileSources, &l.c.Sources, true))
	l.rememberSeq(fileCountries, l.read(fileCountries, &l.c.Countries, true), "id")
	l.rememberSeq(fileOrganizations, l.read(fileOrganizations, &l.c.Organizations, true), "id")
	l.rememberSeq(fileTopics, l.read(fileTopics, &l.c.Topics, true), "id")
}

func langFile(code, file string) string { return path.Join("lang", code, file) }

func (l *loader) loadTexts() {
	// The language files are most of the content: parse them in parallel,
	// then record the results in a fixed order so problems come out stable.
	type job struct {
		file   string
		target any
		out    parsed
	}
	declared := map[string]bool{}
	var jobs []*job
	for _, lg := range l.c.Languages {
		declared[lg.Code] = true
		t := &Text{}
		l.c.Text[lg.Code] = t
		jobs = append(jobs,
			&job{file: langFile(lg.Code, fileSources), target: &t.Sources},
			&job{file: langFile(lg.Code, fileCountries), target: &t.Countries},
			&job{file: langFile(lg.Code, fileOrganizations), target: &t.Organizations},
			&job{file: langFile(lg.Code, fileTopics), target: &t.Topics})
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for _, j := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			j.out = parse(l.fsys, j.file, j.target, true)
		}()
	}
	wg.Wait()
	for _, j := range jobs {
		l.problems = append(l.problems, j.out.problems...)
		l.rememberMap(j.file, j.out.root)
	}
	dirs, err := fs.ReadDir(l.fsys, "lang")
	if err != nil {
		l.problems.add("lang", 0, "%v", err)
		return
	}
	for _, d := range dirs {
		if d.IsDir() && !declared[d.Name()] {
			l.problems.add(fileLanguages, 0, "lang/%s exists but language %q is not declared", d.Name(), d.Name())
		}
	}
}

func (l *loader) index() {
	c := l.c
	c.langByCode = indexBy(l, fileLanguages, "language", c.Languages, func(x Language) string { return x.Code })
	c.countryByID = indexBy(l, fileCountries, "country", c.Countries, func(x *Country) string { return x.ID })
	c.orgByID = indexBy(l, fileOrganizations, "organization", c.Organizations, func(x *Organization) string { return x.ID })
	c.topicByID = indexBy(l, fileTopics, "topic", c.Topics, func(x *Topic) string { return x.ID })
}

// indexBy maps items by id, reporting ids declared twice.
func indexBy[T any](l *loader, file, kind string, items []T, id func(T) string) map[string]T {
	out := make(map[string]T, len(items))
	for _, x := range items {
		k := id(x)
		if _, dup := out[k]; dup {
			l.problems.add(file, l.line(file, k, ""), "%s %q declared twice", kind, k)
		}
		out[k] = x
	}
	return out
}

// sortedKeys returns m's keys in order, so problems come out stable.
func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
