package lang

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestExplain(t *testing.T) {
	s := os.Getenv("EXPLAIN")
	if s == "" {
		t.Skip()
	}
	var d detector
	d.scan(s)
	r := d.result(allLangs, 0)
	type kv struct {
		l string
		v float32
	}
	var out []kv
	for i := 0; i <= numLangs; i++ {
		n := "xx"
		if i < numLangs {
			n = codes[i]
		}
		out = append(out, kv{n, d.score[i]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].v > out[j].v })
	fmt.Println(r, out[:6])
}
