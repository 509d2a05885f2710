package decode

import (
	"reflect"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// nodeReaders read values of types that read themselves from a node (a
// date that must parse, say), reporting problems to w; see ReadWith.
var nodeReaders sync.Map // reflect.Type → func(*Walker, *yaml.Node, string, reflect.Value)

// ReadWith makes Into read every value of type T with read. A package
// registers its types once, at init.
func ReadWith[T any](read func(w *Walker, n *yaml.Node, path string, dst *T)) {
	nodeReaders.Store(reflect.TypeFor[T](), func(w *Walker, n *yaml.Node, path string, v reflect.Value) {
		read(w, n, path, v.Addr().Interface().(*T))
	})
}

// Into reads n into the value dst points to, following `json` struct tags.
// It supports strings, float64, int, bool, structs, slices of those, and
// the types registered with ReadWith; problems go to w. A null leaves the zero value.
func (w *Walker) Into(n *yaml.Node, path string, dst any) {
	w.into(n, path, reflect.ValueOf(dst).Elem())
}

func (w *Walker) into(n *yaml.Node, path string, v reflect.Value) {
	if r, ok := nodeReaders.Load(v.Type()); ok && v.CanAddr() {
		r.(func(*Walker, *yaml.Node, string, reflect.Value))(w, n, path, v)
		return
	}
	if IsNull(n) {
		return
	}
	switch v.Kind() {
	case reflect.String:
		if s, ok := w.String(n, path); ok {
			v.SetString(s)
		}
	case reflect.Float64:
		if f, ok := w.Float(n, path); ok {
			v.SetFloat(f)
		}
	case reflect.Int:
		if i, ok := w.Int(n, path); ok {
			v.SetInt(int64(i))
		}
	case reflect.Bool:
		if b, ok := w.Bool(n, path); ok {
			v.SetBool(b)
		}
	case reflect.Slice:
		w.Sequence(n, path, func(i int, item *yaml.Node, p string) {
			elem := reflect.New(v.Type().Elem()).Elem()
			w.into(item, p, elem)
			v.Set(reflect.Append(v, elem))
		})
	case reflect.Struct:
		t := v.Type()
		fields := make([]Field, 0, t.NumField())
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
			if name == "" || name == "-" || !sf.IsExported() {
				continue
			}
			fv := v.Field(i)
			fields = append(fields, Field{Key: name, Read: func(n *yaml.Node, p string) { w.into(n, p, fv) }})
		}
		w.Mapping(n, path, fields...)
	default:
		panic("decode: unsupported field type " + v.Type().String())
	}
}
