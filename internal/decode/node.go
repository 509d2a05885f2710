package decode

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// NodeOf builds the node tree of a Go value as the YAML encoder would see
// it (following `yaml` struct tags: names, omitempty, inline), without
// writing text and parsing it back: a document built in code is walked as
// if it had been read. Its nodes have no line or column. It supports
// structs, pointers, slices, strings, numbers and booleans.
func NodeOf(v any) *yaml.Node {
	return nodeOf(reflect.ValueOf(v))
}

// CheckTree enforces the depth, count, value-size and list-size limits on
// a node tree, as parsing does.
func CheckTree(file string, root *yaml.Node, lim Limits) error { return checkTree(file, root, lim) }

func nodeOf(v reflect.Value) *yaml.Node {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Struct:
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		addFields(n, v)
		return n
	case reflect.Slice, reflect.Array:
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: make([]*yaml.Node, 0, v.Len())}
		for i := range v.Len() {
			n.Content = append(n.Content, nodeOf(v.Index(i)))
		}
		return n
	case reflect.String:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v.String()}
	case reflect.Bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v.Bool())}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(v.Int(), 10)}
	case reflect.Float32, reflect.Float64:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: strconv.FormatFloat(v.Float(), 'g', -1, 64)}
	}
	panic(fmt.Sprintf("decode.NodeOf: unsupported kind %s", v.Kind())) // a programming error: the document types are fixed
}

// addFields adds the fields of struct v to mapping n, in declaration order.
func addFields(n *yaml.Node, v reflect.Value) {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" {
			continue
		}
		fv := v.Field(i)
		if strings.Contains(opts, "inline") {
			addFields(n, reflect.Indirect(fv))
			continue
		}
		if strings.Contains(opts, "omitempty") && fv.IsZero() {
			continue
		}
		if fv.Kind() == reflect.Slice && fv.Len() == 0 && strings.Contains(opts, "omitempty") {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: name}, nodeOf(fv))
	}
}
