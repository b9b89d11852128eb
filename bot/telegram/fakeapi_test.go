package telegram

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeAPI is an in-process Bot API: it serves the methods the adapter uses,
// records every call, and can be told to fail a method (status, retry_after,
// delay) a number of times.
type fakeAPI struct {
	t     *testing.T
	srv   *httptest.Server
	token string

	mu       sync.Mutex
	calls    []apiCall
	updates  []fakeUpdate // queued until confirmed by an offset
	nextUpd  int
	nextMsg  int
	known    map[string]bool // "chat:msg" of messages that exist
	faults   map[string][]fault
	arrived  chan struct{} // closed and replaced when an update is queued
	maxPollW time.Duration
}

type apiCall struct {
	Method string
	Form   url.Values
}

type fakeUpdate struct {
	id  int
	raw map[string]any
}

type fault struct {
	status     int           // HTTP status and error_code; 0: none
	retryAfter int           // for 429
	desc       string        // description
	delay      time.Duration // wait before answering (or until the client gives up)
}

const testToken = "123456:SECRET-token-XYZ"

func newFakeAPI(t *testing.T) *fakeAPI {
	f := &fakeAPI{
		t:        t,
		token:    testToken,
		nextUpd:  100,
		nextMsg:  1000,
		known:    map[string]bool{},
		faults:   map[string][]fault{},
		arrived:  make(chan struct{}),
		maxPollW: time.Second,
	}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeAPI) endpoint() string { return f.srv.URL + "/bot%s/%s" }

func (f *fakeAPI) fail(method string, fs ...fault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults[method] = append(f.faults[method], fs...)
}

// push queues an update (the map holds one of message, callback_query, ...)
// and returns its update_id.
func (f *fakeAPI) push(u map[string]any) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nextUpd++
	u["update_id"] = f.nextUpd
	for _, k := range []string{"message", "edited_message", "channel_post"} {
		if m, ok := u[k].(map[string]any); ok {
			chat := m["chat"].(map[string]any)
			f.known[fmt.Sprintf("%v:%v", chat["id"], m["message_id"])] = true
		}
	}
	f.updates = append(f.updates, fakeUpdate{id: f.nextUpd, raw: u})
	close(f.arrived)
	f.arrived = make(chan struct{})
	return f.nextUpd
}

func (f *fakeAPI) callsOf(method string) []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []apiCall
	for _, c := range f.calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

func (f *fakeAPI) allCalls() []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]apiCall(nil), f.calls...)
}

// waitCalls waits until method was called at least n times.
func (f *fakeAPI) waitCalls(method string, n int) []apiCall {
	f.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		cs := f.callsOf(method)
		if len(cs) >= n {
			return cs
		}
		if time.Now().After(deadline) {
			f.t.Fatalf("%s: %d calls, want %d", method, len(cs), n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot"+f.token+"/")
	if !ok {
		writeJSON(w, 404, map[string]any{"ok": false, "error_code": 404, "description": "Not Found"})
		return
	}
	method := rest
	_ = r.ParseForm()
	f.mu.Lock()
	f.calls = append(f.calls, apiCall{Method: method, Form: r.PostForm})
	var ft *fault
	if q := f.faults[method]; len(q) > 0 {
		ft = &q[0]
		f.faults[method] = q[1:]
	}
	f.mu.Unlock()
	if ft != nil {
		if ft.delay > 0 {
			select {
			case <-time.After(ft.delay):
			case <-r.Context().Done():
				return
			}
		}
		if ft.status != 0 {
			resp := map[string]any{"ok": false, "error_code": ft.status, "description": ft.desc}
			if ft.retryAfter > 0 {
				resp["parameters"] = map[string]any{"retry_after": ft.retryAfter}
			}
			writeJSON(w, ft.status, resp)
			return
		}
	}
	form := r.PostForm
	switch method {
	case "getMe":
		ok200(w, map[string]any{"id": 42, "is_bot": true, "first_name": "Ref", "username": "RefBot"})
	case "getUpdates":
		f.getUpdates(w, r)
	case "sendMessage":
		f.mu.Lock()
		f.nextMsg++
		id := f.nextMsg
		f.known[form.Get("chat_id")+":"+strconv.Itoa(id)] = true
		f.mu.Unlock()
		chat, _ := strconv.ParseInt(form.Get("chat_id"), 10, 64)
		ok200(w, map[string]any{"message_id": id, "date": time.Now().Unix(),
			"chat": map[string]any{"id": chat, "type": "private"}, "text": form.Get("text")})
	case "editMessageText":
		f.mu.Lock()
		exists := f.known[form.Get("chat_id")+":"+form.Get("message_id")]
		f.mu.Unlock()
		if !exists {
			writeJSON(w, 400, map[string]any{"ok": false, "error_code": 400, "description": "Bad Request: message to edit not found"})
			return
		}
		id, _ := strconv.Atoi(form.Get("message_id"))
		ok200(w, map[string]any{"message_id": id, "date": time.Now().Unix(), "text": form.Get("text")})
	case "deleteMessage":
		key := form.Get("chat_id") + ":" + form.Get("message_id")
		f.mu.Lock()
		exists := f.known[key]
		delete(f.known, key)
		f.mu.Unlock()
		if !exists {
			writeJSON(w, 400, map[string]any{"ok": false, "error_code": 400, "description": "Bad Request: message to delete not found"})
			return
		}
		ok200(w, true)
	case "answerCallbackQuery", "setMyCommands", "setWebhook", "deleteWebhook":
		ok200(w, true)
	default:
		writeJSON(w, 404, map[string]any{"ok": false, "error_code": 404, "description": "Not Found: method not found"})
	}
}

// getUpdates answers like Telegram: updates from offset on (earlier ones are
// confirmed and dropped), waiting up to the timeout (capped) for one to come.
func (f *fakeAPI) getUpdates(w http.ResponseWriter, r *http.Request) {
	offset, _ := strconv.Atoi(r.PostForm.Get("offset"))
	timeout, _ := strconv.Atoi(r.PostForm.Get("timeout"))
	wait := min(time.Duration(timeout)*time.Second, f.maxPollW)
	deadline := time.After(wait)
	for {
		f.mu.Lock()
		var keep []fakeUpdate
		var out []map[string]any
		for _, u := range f.updates {
			if u.id >= offset {
				keep = append(keep, u)
				out = append(out, u.raw)
			}
		}
		f.updates = keep
		arrived := f.arrived
		f.mu.Unlock()
		if len(out) > 0 || wait == 0 {
			if out == nil {
				out = []map[string]any{}
			}
			ok200(w, out)
			return
		}
		select {
		case <-arrived:
		case <-deadline:
			wait = 0
		case <-r.Context().Done():
			return
		}
	}
}

func ok200(w http.ResponseWriter, result any) {
	writeJSON(w, 200, map[string]any{"ok": true, "result": result})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Update builders.

func userMsg(chat int64, msgID int, text string) map[string]any {
	return map[string]any{"message": map[string]any{
		"message_id": msgID, "date": time.Now().Unix(), "text": text,
		"from": map[string]any{"id": chat, "is_bot": false, "first_name": "U", "language_code": "ru"},
		"chat": map[string]any{"id": chat, "type": "private"},
	}}
}

func groupMsg(chat int64, msgID int, text string) map[string]any {
	return map[string]any{"message": map[string]any{
		"message_id": msgID, "date": time.Now().Unix(), "text": text,
		"from": map[string]any{"id": 77, "is_bot": false, "first_name": "G"},
		"chat": map[string]any{"id": chat, "type": "supergroup", "title": "g"},
	}}
}

func callback(chat int64, msgID int, data string) map[string]any {
	return map[string]any{"callback_query": map[string]any{
		"id": "cb" + strconv.Itoa(msgID), "data": data, "chat_instance": "x",
		"from": map[string]any{"id": chat, "is_bot": false, "first_name": "U"},
		"message": map[string]any{"message_id": msgID, "date": time.Now().Unix(), "text": "menu",
			"chat": map[string]any{"id": chat, "type": "private"}},
	}}
}
