/* Practices Digest search: offline Chinese full-text search, decided from the gram index in search/.
   The same algorithm as builder/render/search.py `query` (the tests compare the two): a term of up to three
   characters is one gram lookup, a longer one is decided by the positions of the 3-grams covering it.
   Only the results on screen are fetched (search/r/<id>.json, and r/<id>.txt when the snippet lies beyond its
   first part), a page at a time.
   No innerHTML anywhere: results are built with DOM nodes and textContent. */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var root = form.getAttribute("data-root") || "";
  var base = root + "search/";
  var cache = {};
  var PAGE = 10, HASH = 65599;
  var current = null;

  // A search/ file: the bytes of a .bin file (a Uint8Array), the text of a .txt file, else parsed JSON.
  function load(path) {
    if (!cache[path]) {
      cache[path] = fetch(base + path).then(function (r) {
        if (!r.ok) throw new Error(path + ": " + r.status);
        if (/\.bin$/.test(path)) return r.arrayBuffer().then(function (b) { return new Uint8Array(b); });
        return /\.txt$/.test(path) ? r.text() : r.json();
      });
    }
    return cache[path];
  }

  // LEB128 varints, as builder/render/searchindex.py writes them: [value, offset after it]
  function varint(bytes, at) {
    var value = 0, scale = 1, byte;
    do {
      byte = bytes[at++];
      value += (byte & 127) * scale;
      scale *= 128;
    } while (byte >= 128);
    return [value, at];
  }

  function varints(bytes) {
    var out = [], at = 0, v;
    while (at < bytes.length) { v = varint(bytes, at); out.push(v[0]); at = v[1]; }
    return out;
  }

  // Length-preserving fold, identical to search.py normalize().
  function normalize(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
      else if (c === 0x3000) c = 0x20;
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      out += String.fromCharCode(c);
    }
    return out;
  }

  function terms(query) {
    return normalize(query).split(/\s+/).filter(function (t) { return t.length > 0; });
  }

  function shardOf(gram, shards) {
    var value = 0;
    Array.from(gram).forEach(function (ch) { value = (value * HASH + ch.codePointAt(0)) % shards; });
    return value;
  }

  function cover(size) {
    var offsets = [];
    for (var o = 0; o < size - 3; o += 3) offsets.push(o);
    if (offsets.indexOf(size - 3) < 0) offsets.push(size - 3);
    return offsets;
  }

  function runs(values, at, count) {
    var out = [], total = 0;
    for (var i = at; i < at + count; i++) { total += values[i]; out.push(total); }
    return out;
  }

  // The encoded records of a gram (search.py gram_records): found in its shard's directory, inline or
  // in the gram's own file (named by its code points in hex); an empty array when no document has it.
  function records(meta, gram) {
    var codes = Array.from(gram).map(function (ch) { return ch.codePointAt(0); });
    var size = codes.length, shard = shardOf(gram, meta.shards[size - 1]);
    var path = "g" + size + "/" + shard;
    return load(path + ".bin").then(function (data) {
      var v = varint(data, 0), count = v[0], at = v[1], inline = 0, found = null;
      for (var j = 0; j < count; j++) {
        var same = true;
        for (var k = 0; k < size; k++) { v = varint(data, at); at = v[1]; if (v[0] !== codes[k]) same = false; }
        v = varint(data, at); at = v[1];
        var length = Math.floor(v[0] / 2), external = v[0] % 2;
        if (same) found = [inline, length, external];
        if (!external) inline += length;
      }
      if (!found) return new Uint8Array(0);
      if (found[2]) return load(path + "-" + codes.map(function (c) { return c.toString(16); }).join("-") + ".bin");
      return data.subarray(at + found[0], at + found[0] + found[1]);
    });
  }

  // doc id -> [head positions, text positions] (1- and 2-grams: counts, as arrays of that length)
  function postings(meta, gram) {
    var positions = Array.from(gram).length >= 3;
    return records(meta, gram).then(function (bytes) {
      var values = varints(bytes), out = new Map();
      if (!values.length) return out;
      var n = values[0], doc = 0, at = 1 + 3 * n;
      for (var i = 0; i < n; i++) {
        doc += values[1 + i];
        var inHead = values[1 + n + i], inText = values[1 + 2 * n + i];
        if (!positions) { out.set(doc, [new Array(inHead), new Array(inText)]); continue; }
        var head = runs(values, at, inHead);
        at += inHead;
        var text = runs(values, at, inText);
        at += inText;
        out.set(doc, [head, text]);
      }
      return out;
    });
  }

  function matches(starts, offsets, others) {
    var n = 0;
    starts.forEach(function (p) {
      for (var k = 0; k < offsets.length; k++) if (!others[k].has(p + offsets[k])) return;
      n++;
    });
    return n;
  }

  // doc id -> [occurrences in the head, in the text], for documents whose text holds the term
  function termHits(meta, term) {
    var chars = Array.from(term);
    if (chars.length <= 3) {
      return postings(meta, term).then(function (found) {
        var hits = new Map();
        found.forEach(function (sides, doc) { if (sides[1].length) hits.set(doc, [sides[0].length, sides[1].length]); });
        return hits;
      });
    }
    var offsets = cover(chars.length);
    return Promise.all(offsets.map(function (o) {
      return postings(meta, chars.slice(o, o + 3).join(""));
    })).then(function (lists) {
      var hits = new Map();
      var docs = Array.from(lists[0].keys()).filter(function (doc) {
        return lists.every(function (l) { return l.has(doc); });
      }).sort(function (a, b) { return a - b; });
      docs.forEach(function (doc) {
        var counts = [0, 1].map(function (side) {
          var others = lists.slice(1).map(function (l) { return new Set(l.get(doc)[side]); });
          return matches(lists[0].get(doc)[side], offsets.slice(1), others);
        });
        if (counts[1]) hits.set(doc, counts);
      });
      return hits;
    });
  }

  function search(query) {
    var ts = terms(query);
    if (!ts.length) return Promise.resolve({ terms: ts, ids: [] });
    return load("meta.json").then(function (meta) {
      var lengthsOf = load("lengths.bin");
      return Promise.all(ts.map(function (t) { return termHits(meta, t); })).then(function (all) {
        var scores = null;
        all.forEach(function (hits) {
          var next = new Map();
          if (scores === null) hits.forEach(function (h, doc) { next.set(doc, [h[0] > 0 ? 1 : 0, h[1]]); });
          else scores.forEach(function (s, doc) {
            var h = hits.get(doc);
            if (h) next.set(doc, [s[0] + (h[0] > 0 ? 1 : 0), s[1] + h[1]]);
          });
          scores = next;
        });
        return lengthsOf.then(function (bytes) { return rank(scores, varints(bytes)); });
      }).then(function (ids) { return { terms: ts, ids: ids, meta: meta }; });
    });
  }

  // Head hits first, then density (occurrences per character of text), then document order.
  function rank(scores, lengths) {
    var ids = Array.from(scores.keys());
    ids.sort(function (a, b) {
      var sa = scores.get(a), sb = scores.get(b);
      var la = Math.max(1, lengths[a]), lb = Math.max(1, lengths[b]);
      return sb[0] - sa[0] || sb[1] * la - sa[1] * lb || a - b;
    });
    return ids;
  }

  function snippet(text, term) {
    var at = normalize(text).indexOf(term);
    if (at < 0) {  // found in the title, a theme, a practice or a figure only: the article's opening
      return document.createTextNode(text.slice(0, 100) + (text.length > 100 ? "…" : ""));
    }
    var start = Math.max(0, at - 40), end = Math.min(text.length, at + term.length + 60);
    var frag = document.createDocumentFragment();
    frag.appendChild(document.createTextNode((start > 0 ? "…" : "") + text.slice(start, at)));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(at, at + term.length);
    frag.appendChild(mark);
    frag.appendChild(document.createTextNode(text.slice(at + term.length, end) + (end < text.length ? "…" : "")));
    return frag;
  }

  function item(doc, term) {
    var li = document.createElement("li");
    li.setAttribute("data-url", doc[0]);
    var a = document.createElement("a");
    a.href = root + doc[0];
    a.textContent = doc[1];
    li.appendChild(a);
    if (doc[2]) {
      var meta = document.createElement("span");
      meta.className = "result-meta";
      meta.textContent = doc[2];
      li.appendChild(meta);
    }
    var snip = document.createElement("span");
    snip.className = "snippet";
    snip.appendChild(snippet(doc[3], term));
    li.appendChild(snip);
    return li;
  }

  // A result with the rest of its text (r/<id>.txt) when the snippet of `term` does not fit in the first
  // part (meta.snippet characters): tests/support/search_fetch.py needs_rest is the same rule.
  function withRest(id, doc, term, meta) {
    var text = doc[3], at = normalize(text).indexOf(term);
    if (Array.from(text).length < meta.snippet || (at >= 0 && at + term.length + 60 < text.length)) return doc;
    return load("r/" + id + ".txt").then(function (rest) { return [doc[0], doc[1], doc[2], text + rest]; });
  }

  // Shows the next page of `result`: fetches its documents, then appends them in rank order.
  function showPage(result) {
    var page = result.ids.slice(result.shown, result.shown + PAGE);
    more.hidden = true;
    return Promise.all(page.map(function (id) {
      return load("r/" + id + ".json").then(function (doc) { return withRest(id, doc, result.terms[0], result.meta); });
    })).then(function (docs) {
      if (current !== result) return;
      docs.forEach(function (doc) { list.appendChild(item(doc, result.terms[0])); });
      result.shown += docs.length;
      more.hidden = result.shown >= result.ids.length;
      list.setAttribute("data-shown", String(result.shown));
    });
  }

  function show(query, result) {
    while (list.firstChild) list.removeChild(list.firstChild);
    current = result;
    result.shown = 0;
    list.setAttribute("data-ids", result.ids.join(" "));
    if (!result.terms.length) { status.textContent = ""; more.hidden = true; return Promise.resolve(); }
    var n = result.ids.length;
    status.textContent = n ? "找到 " + n + " 项实践（" + query + "）" : "没有找到包含“" + query + "”的实践。";
    return showPage(result).then(function () { list.setAttribute("data-count", String(n)); });
  }

  function run(query, push) {
    status.textContent = "正在搜索…";
    list.removeAttribute("data-count");
    search(query).then(function (result) {
      if (push) {
        var url = new URL(window.location.href);
        url.searchParams.set("q", query);
        window.history.replaceState(null, "", url);
      }
      return show(query, result);
    }).catch(function (err) {
      status.textContent = "搜索索引加载失败：" + err.message;
    });
  }

  // The files every query needs are fetched as soon as the reader starts to type (cached for the query).
  function prefetch() {
    load("meta.json").catch(function () {});
    load("lengths.bin").catch(function () {});
  }
  input.addEventListener("focus", prefetch);
  input.addEventListener("input", prefetch);

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run(input.value, true);
  });
  more.addEventListener("click", function () {
    if (current) showPage(current);
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial, false);
  } else {
    list.setAttribute("data-count", "0");
  }
})();
