package content

import (
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"
)

// unknownFields reports every mapping key in n that the Go type t has no
// field for, with its line: the strictness of yaml's KnownFields, found on
// the node tree that is parsed once anyway.
func unknownFields(file string, n *yaml.Node, t reflect.Type, ps *Problems) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case n.Kind == yaml.AliasNode && n.Alias != nil:
		unknownFields(file, n.Alias, t, ps)
	case t.Kind() == reflect.Struct && n.Kind == yaml.MappingNode:
		fields := structFields(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			ft, ok := fields[k.Value]
			if !ok {
				ps.add(file, k.Line, "field %s not found in type %s", k.Value, t.String())
				continue
			}
			unknownFields(file, v, ft, ps)
		}
	case (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) && n.Kind == yaml.SequenceNode:
		for _, item := range n.Content {
			unknownFields(file, item, t.Elem(), ps)
		}
	case t.Kind() == reflect.Map && n.Kind == yaml.MappingNode:
		for i := 1; i < len(n.Content); i += 2 {
			unknownFields(file, n.Content[i], t.Elem(), ps)
		}
	}
}

// structFields maps the YAML names of t's fields to their types.
func structFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		out[name] = f.Type
	}
	return out
}
