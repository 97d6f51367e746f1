/* Practices Digest search: offline Chinese full-text search, decided from the gram index in search/.
   The same algorithm as builder/render/search.py `query` (the tests compare the two): a term of up to three
   characters is one gram lookup, a longer one is decided by the positions of the 3-grams covering it.
   Only the results on screen are fetched (search/r/<id>.json, and r/<id>.txt when the snippet lies beyond its
   first part), a page at a time: its first screen (FIRST results) as soon as they are picked, shown in rank
   order as they arrive, then the rest of the page. The query is decided while it is typed (`prepare`), and
   shown once typing pauses (`showTyped`: search as you type), Enter showing it at once. A query and the snippet texts are folded as the index's
   texts are (`normalize`): Traditional characters as simplified ones from search/fold.txt, fetched once, with
   the first query holding a character it may change.
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
  var cache = {}, decided = {}, searches = {}, lengths = null;  // fetched files, decided terms and queries
  var PAGE = 10, FIRST = 5, HASH = 65599;  // a page of results; the first screen of it
  var current = null, runs = 0;  // the result on screen; how many queries were run
  var pending = null, TYPING_PAUSE = 150;  // a query prepared once typing key by key pauses (ms)
  var showing = null, SHOW_PAUSE = 250, asked = null;  // a query shown once typing pauses; the query last run
  var fold = null, FOLD_FROM = 0x3400;  // code -> folded code of fold.txt's pairs (all at or above FOLD_FROM)

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

  // Every varint of `bytes`, decoded in one pass into a typed array (no array per value; 32-bit values are
  // read back as small integers, never boxed).
  function varints(bytes) {
    var out = new Uint32Array(bytes.length), n = 0, value = 0, scale = 1;
    for (var i = 0; i < bytes.length; i++) {
      var byte = bytes[i];
      value += (byte & 127) * scale;
      if (byte < 128) { out[n++] = value; value = 0; scale = 1; } else scale *= 128;
    }
    return out.subarray(0, n);
  }

  // Length-preserving fold, identical to search.py normalize() once fold.txt is read (`folded`): every
  // pair's characters are one UTF-16 unit each.
  function normalize(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
      else if (c === 0x3000) c = 0x20;
      else if (c >= FOLD_FROM && fold && fold[c]) c = fold[c];
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      out += String.fromCharCode(c);
    }
    return out;
  }

  // Resolves when `text` can be folded: at once when no character of it is one fold.txt may change, else once
  // fold.txt is read (fetched once, with the index's files).
  function folded(text) {
    if (fold) return Promise.resolve();
    var needed = false;
    for (var i = 0; i < text.length && !needed; i++) needed = text.charCodeAt(i) >= FOLD_FROM;
    if (!needed) return Promise.resolve();
    return load("fold.txt").then(function (pairs) {
      if (fold) return;
      var table = new Uint16Array(0x10000);
      for (var j = 0; j + 1 < pairs.length; j += 2) table[pairs.charCodeAt(j)] = pairs.charCodeAt(j + 1);
      fold = table;
    });
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

  // A gram's postings, decoded once into columns: n documents, their ids (ascending), head and text counts,
  // and for a 3-gram where each document's head positions start in `values` (its text positions follow
  // them); positions are runs of differences, summed only for the documents a longer term needs.
  function postings(meta, gram) {
    var positions = Array.from(gram).length >= 3;
    return records(meta, gram).then(function (bytes) {
      var values = varints(bytes);
      if (!values.length) return { n: 0, ids: [], head: [], text: [] };
      var n = values[0], ids = new Uint32Array(n), doc = 0;
      for (var i = 0; i < n; i++) { doc += values[1 + i]; ids[i] = doc; }
      var out = { n: n, ids: ids, head: values.subarray(1 + n, 1 + 2 * n) };
      out.text = values.subarray(1 + 2 * n, 1 + 3 * n);
      if (positions) {
        var at = new Uint32Array(n), cursor = 1 + 3 * n;
        for (i = 0; i < n; i++) { at[i] = cursor; cursor += out.head[i] + out.text[i]; }
        out.at = at;
        out.values = values;
      }
      return out;
    });
  }

  // How many positions p of lists[0]'s document rows[0] (on one side: 0 the head, 1 the text) have every
  // other gram k at p + offsets[k] in its document rows[k] (the first such p goes to found[0]). Positions
  // are summed from their runs of differences as the walk goes forward (all ascending), in the reused
  // arrays next, end and cur (per gram: its next difference, the end of its run, its last position):
  // nothing is allocated per document.
  function matches(lists, rows, offsets, side, next, end, cur, found) {
    var K = lists.length, n = 0, k;
    for (k = 0; k < K; k++) {
      var p = lists[k], row = rows[k];
      next[k] = p.at[row] + (side ? p.head[row] : 0);
      end[k] = next[k] + (side ? p.text[row] : p.head[row]);
      cur[k] = -1;
    }
    var first = lists[0].values, start = 0, stop = end[0];
    for (var i = next[0]; i < stop; i++) {
      start += first[i];
      for (k = 1; k < K; k++) {
        var want = start + offsets[k], values = lists[k].values, c = cur[k], j = next[k], e = end[k];
        while (c < want && j < e) c = (c < 0 ? 0 : c) + values[j++];
        cur[k] = c;
        next[k] = j;
        if (c !== want) break;
      }
      if (k === K && n++ === 0) found[0] = start;
    }
    return n;
  }

  // Hits of a term: `n` documents with ascending `ids` whose text holds it, and per document its occurrences
  // in the head and in the text and where in the text it first occurs (-1 for a term of one or two
  // characters, whose grams have no positions) (typed arrays, room for more than n).
  function termHits(meta, term) {
    var chars = Array.from(term);
    if (chars.length <= 3) {
      return postings(meta, term).then(function (p) {
        var ids = new Uint32Array(p.n), head = new Uint32Array(p.n), text = new Uint32Array(p.n);
        var first = new Int32Array(p.n), m = 0;
        for (var i = 0; i < p.n; i++) {
          if (!p.text[i]) continue;
          ids[m] = p.ids[i];
          head[m] = p.head[i];
          first[m] = p.at ? p.values[p.at[i] + p.head[i]] : -1;  // a text run starts from 0
          text[m++] = p.text[i];
        }
        return { n: m, ids: ids, head: head, text: text, first: first };
      });
    }
    var offsets = cover(chars.length);
    return Promise.all(offsets.map(function (o) {
      return postings(meta, chars.slice(o, o + 3).join(""));
    })).then(function (lists) { return coveredHits(lists, offsets); });
  }

  // The documents every covering 3-gram shares (a merge of ascending ids), counted where all sit at their
  // offsets (offsets[0] is 0: lists[0] is the gram the term starts with).
  function coveredHits(lists, offsets) {
    var K = lists.length, first = lists[0], m = 0, rows = new Int32Array(K);
    var next = new Float64Array(K), end = new Float64Array(K), cur = new Float64Array(K);
    var ids = new Uint32Array(first.n), head = new Uint32Array(first.n), text = new Uint32Array(first.n);
    var at = new Int32Array(first.n), found = new Float64Array(1);
    for (var i = 0; i < first.n; i++) {
      var doc = first.ids[i], k;
      rows[0] = i;
      for (k = 1; k < K; k++) {
        var l = lists[k], r = rows[k];
        while (r < l.n && l.ids[r] < doc) r++;
        rows[k] = r;
        if (r >= l.n || l.ids[r] !== doc) break;
      }
      if (k < K) continue;
      var inText = matches(lists, rows, offsets, 1, next, end, cur, found);
      if (!inText) continue;
      ids[m] = doc;
      at[m] = found[0];
      head[m] = matches(lists, rows, offsets, 0, next, end, cur, found);
      text[m++] = inText;
    }
    return { n: m, ids: ids, head: head, text: text, first: at };
  }

  // A term's hits, decided once per term and kept (a query typed again, or prepared while typing).
  function hitsOf(term) {
    if (!decided[term]) {
      decided[term] = load("meta.json").then(function (meta) { return termHits(meta, term); });
    }
    return decided[term];
  }

  function lengthsOf() {
    if (!lengths) lengths = load("lengths.bin").then(varints);
    return lengths;
  }

  // Ids matching every term, best first: hits of every term, merged on their ascending ids, then ranked
  // (the files of the first screen of results are requested as soon as it is known, before the full sort).
  function search(query) {
    return folded(query).then(function () {
      var ts = terms(query), key = ts.join(" ");
      if (!ts.length) return { terms: ts, ids: [] };
      if (!searches[key]) searches[key] = ranked(ts);
      return searches[key].then(function (found) {
        return { terms: ts, ids: found.ids, meta: found.meta, rests: found.rests };
      });
    });
  }

  function ranked(ts) {
    var restBits = load("rest.bin").catch(function () { return new Uint8Array(0); });  // only a shortcut
    var files = [load("meta.json"), lengthsOf(), restBits];
    return Promise.all(files.concat(ts.map(hitsOf))).then(function (all) {
      var base = all[3], m = 0, ids = new Uint32Array(base.n), head = new Uint32Array(base.n);
      var text = new Uint32Array(base.n), first = new Int32Array(base.n);
      for (var i = 0; i < base.n; i++) {
        var headHits = base.head[i] > 0 ? 1 : 0, count = base.text[i], keep = true;
        for (var t = 4; t < all.length && keep; t++) {
          var at = bisect(all[t], base.ids[i]);
          if (at >= all[t].n || all[t].ids[at] !== base.ids[i]) keep = false;
          else { headHits += all[t].head[at] > 0 ? 1 : 0; count += all[t].text[at]; }
        }
        if (keep) { ids[m] = base.ids[i]; head[m] = headHits; first[m] = base.first[i]; text[m++] = count; }
      }
      var scores = { n: m, ids: ids, head: head, text: text };
      var before = ranking(scores, all[1]), rests = {};
      best(scores, before, PAGE).forEach(function (row, place) {
        var id = ids[row], rest = all[2][id >> 3] & (1 << (id & 7));
        // the snippet lies in the rest (r/<id>.txt): fetched together with r/<id>.json
        rests[id] = rest && first[row] >= 0 && first[row] + ts[0].length + 60 >= all[0].snippet;
        if (place < FIRST) {  // the first screen is fetched while the rest is ranked
          resultDoc(id, ts[0], all[0], rests[id]).catch(function () {});
        }
      });
      return { terms: ts, ids: rank(scores, before), meta: all[0], rests: rests };
    });
  }

  // The first row of `hits` (ascending ids) whose id is not below `doc`.
  function bisect(hits, doc) {
    var lo = 0, hi = hits.n;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (hits.ids[mid] < doc) lo = mid + 1; else hi = mid; }
    return lo;
  }

  // The ranking of scored hits: head hits first, then density (occurrences per character of text, compared
  // exactly by cross-multiplying when the floating-point quotients tie), then document order.
  function ranking(scores, lengths) {
    var size = new Float64Array(scores.n), density = new Float64Array(scores.n);
    for (var i = 0; i < scores.n; i++) {
      size[i] = Math.max(1, lengths[scores.ids[i]]);
      density[i] = scores.text[i] / size[i];
    }
    return function (a, b) {  // negative when row a ranks before row b
      return scores.head[b] - scores.head[a] || density[b] - density[a] ||
        scores.text[b] * size[a] - scores.text[a] * size[b] || scores.ids[a] - scores.ids[b];
    };
  }

  // The `k` best rows, best first: one pass that keeps the k best (no sort of every hit).
  function best(scores, before, k) {
    var top = [];
    for (var i = 0; i < scores.n; i++) {
      if (top.length === k && before(i, top[k - 1]) > 0) continue;
      var at = top.length;
      while (at > 0 && before(i, top[at - 1]) < 0) at--;
      top.splice(at, 0, i);
      if (top.length > k) top.pop();
    }
    return top;
  }

  // The ids of every row, best first.
  function rank(scores, before) {
    var order = new Array(scores.n);
    for (var i = 0; i < scores.n; i++) order[i] = i;
    order.sort(before);
    return order.map(function (i) { return scores.ids[i]; });
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

  // What result `id` shows for `term`: r/<id>.json, and r/<id>.txt when its snippet needs it (fetched once;
  // at once when the index says so: `rest`).
  function resultDoc(id, term, meta, rest) {
    if (rest) load("r/" + id + ".txt").catch(function () {});
    return load("r/" + id + ".json").then(function (doc) { return withRest(id, doc, term, meta); });
  }

  // Appends the next `size` results of `result` in rank order, each as soon as it and those before it have
  // arrived (their files are fetched together), and says how many are shown in data-shown.
  function showNext(result, size) {
    var page = result.ids.slice(result.shown, result.shown + size), term = result.terms[0];
    var docs = page.map(function (id) { return resultDoc(id, term, result.meta, result.rests[id]); });
    return docs.reduce(function (before, doc) {
      return before.then(function () { return doc; }).then(function (shown) {
        if (current !== result) return;
        list.appendChild(item(shown, term));
        result.shown += 1;
        list.setAttribute("data-shown", String(result.shown));
      });
    }, Promise.resolve());
  }

  // A page of results: its first screen (FIRST results) first, then the rest of the page.
  function showPage(result, then) {
    more.hidden = true;
    return showNext(result, FIRST).then(then).then(function () {
      return current === result && showNext(result, PAGE - FIRST);
    }).then(function () {
      if (current === result) more.hidden = result.shown >= result.ids.length;
    });
  }

  // Shows a query's results: data-count is set as soon as the first screen of results is on the page.
  function show(query, result) {
    while (list.firstChild) list.removeChild(list.firstChild);
    current = result;
    result.shown = 0;
    list.setAttribute("data-ids", result.ids.join(" "));
    list.setAttribute("data-shown", "0");
    if (!result.terms.length) { status.textContent = ""; more.hidden = true; return Promise.resolve(); }
    var n = result.ids.length;
    status.textContent = n ? "找到 " + n + " 项实践（" + query + "）" : "没有找到包含“" + query + "”的实践。";
    return showPage(result, function () { if (current === result) list.setAttribute("data-count", String(n)); });
  }

  function run(query, push) {
    asked = query;
    var mine = ++runs;  // an earlier query that answers later is not shown
    status.textContent = "正在搜索…";
    list.removeAttribute("data-count");
    current = null;
    search(query).then(function (result) {
      if (mine !== runs) return;
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

  // While the reader types, the query so far is decided and its first screen of results fetched, so that
  // pressing Enter finds them in the cache: meta.json, lengths.bin and rest.bin at once; the terms' records when a
  // word arrives whole (an IME composition's end, a paste, a filled-in value) and, key by key, once the
  // typing pauses (TYPING_PAUSE), so that every prefix of a word typed letter by letter is not fetched.
  function prepare() {
    var query = input.value;
    load("meta.json").catch(function () {});
    lengthsOf().catch(function () {});
    load("rest.bin").catch(function () {});
    if (terms(query).length) search(query).catch(function () {});
  }

  function prepareSoon(event) {
    clearTimeout(pending);
    clearTimeout(showing);
    if (event.isComposing) return;
    var oneKey = event.inputType === "insertText" && (event.data || "").length === 1;
    if (oneKey) pending = setTimeout(prepare, TYPING_PAUSE);
    else prepare();
    showing = setTimeout(showTyped, SHOW_PAUSE);
  }

  // Search as you type: once typing pauses (SHOW_PAUSE), the query is run as Enter would run it, when it is
  // worth it: a Chinese character, or two letters or digits (one letter finds half the digest). Emptied, the
  // box clears the results.
  function showTyped() {
    var query = input.value;
    if (query === asked) return;
    var text = terms(query).join("");
    if (/[\u3400-\u9fff\uf900-\ufaff]/.test(text) || text.length >= 2) run(query, true);
    else if (!text && asked) clear();
  }

  // The box emptied: no results, no query in the address.
  function clear() {
    asked = null;
    runs++;  // a query still on its way is not shown
    show("", {terms: [], ids: []});
    list.setAttribute("data-count", "0");
    var url = new URL(window.location.href);
    url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
  }
  input.addEventListener("focus", prepare);
  input.addEventListener("input", prepareSoon);
  input.addEventListener("compositionend", prepareSoon);
  prepare();

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(pending);
    clearTimeout(showing);
    run(input.value, true);
  });
  more.addEventListener("click", function () {
    if (current) showPage(current, function () {});
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial, false);
  } else {
    list.setAttribute("data-count", "0");
  }
})();
