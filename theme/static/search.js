/* Practices Digest search: offline Chinese full-text search over the character-bigram index in search/.
   The same algorithm as builder/render/search.py `query` (the tests compare the two).
   No innerHTML anywhere: results are built with DOM nodes and textContent. */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var root = form.getAttribute("data-root") || "";
  var base = root + "search/";
  var cache = {};
  var MAX_SHOWN = 200;

  function load(path) {
    if (!cache[path]) {
      cache[path] = fetch(base + path).then(function (r) {
        if (!r.ok) throw new Error(path + ": " + r.status);
        return r.json();
      });
    }
    return cache[path];
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

  function gramsOf(term) {
    var chars = Array.from(term), grams = {};
    for (var i = 0; i + 1 < chars.length; i++) grams[chars[i] + chars[i + 1]] = true;
    return Object.keys(grams).sort();
  }

  function shardOf(gram, shards) {
    var chars = Array.from(gram);
    return (chars[0].codePointAt(0) * 31 + chars[1].codePointAt(0)) % shards;
  }

  function undelta(deltas) {
    var out = [], total = 0;
    for (var i = 0; i < deltas.length; i++) { total += deltas[i]; out.push(total); }
    return out;
  }

  function count(haystack, needle) {
    return haystack.split(needle).length - 1;
  }

  function search(query) {
    var ts = terms(query);
    if (!ts.length) return Promise.resolve({ terms: ts, hits: [] });
    return load("meta.json").then(function (meta) {
      var grams = [];
      ts.forEach(function (t) { gramsOf(t).forEach(function (g) { grams.push(g); }); });
      return Promise.all(grams.map(function (g) {
        return load("b/" + shardOf(g, meta.shards) + ".json").then(function (shard) {
          return undelta(shard[g] || []);
        });
      })).then(function (lists) {
        var candidates = null;
        lists.forEach(function (ids) {
          var set = {};
          ids.forEach(function (id) { set[id] = true; });
          candidates = candidates === null ? ids : candidates.filter(function (id) { return set[id]; });
        });
        if (candidates === null) {
          candidates = [];
          for (var i = 0; i < meta.docs; i++) candidates.push(i);
        }
        var shards = {};
        candidates.forEach(function (id) { shards[Math.floor(id / meta.docs_per_shard)] = true; });
        return Promise.all(Object.keys(shards).map(function (n) {
          return load("d/" + n + ".json").then(function (docs) { return [Number(n), docs]; });
        })).then(function (loaded) {
          var byShard = {};
          loaded.forEach(function (pair) { byShard[pair[0]] = pair[1]; });
          var hits = [];
          candidates.forEach(function (id) {
            var doc = byShard[Math.floor(id / meta.docs_per_shard)][id % meta.docs_per_shard];
            var norm = normalize(doc[3]), title = normalize(doc[1]), score = 0;
            for (var k = 0; k < ts.length; k++) {
              if (norm.indexOf(ts[k]) < 0) return;
              score += (title.indexOf(ts[k]) >= 0 ? 10 : 0) + Math.min(count(norm, ts[k]), 20);
            }
            hits.push({ id: id, score: score, doc: doc });
          });
          hits.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
          return { terms: ts, hits: hits };
        });
      });
    });
  }

  function snippet(text, term) {
    var at = normalize(text).indexOf(term);
    var start = Math.max(0, at - 40), end = Math.min(text.length, at + term.length + 60);
    var frag = document.createDocumentFragment();
    frag.appendChild(document.createTextNode((start > 0 ? "…" : "") + text.slice(start, at)));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(at, at + term.length);
    frag.appendChild(mark);
    frag.appendChild(document.createTextNode(text.slice(at + term.length, end) + (end < text.length ? "…" : "")));
    return frag;
  }

  function show(query, result) {
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!result.terms.length) { status.textContent = ""; return; }
    var n = result.hits.length;
    status.textContent = n ? "找到 " + n + " 项实践（" + query + "）" : "没有找到包含“" + query + "”的实践。";
    result.hits.slice(0, MAX_SHOWN).forEach(function (hit) {
      var li = document.createElement("li");
      li.setAttribute("data-url", hit.doc[0]);
      var a = document.createElement("a");
      a.href = root + hit.doc[0];
      a.textContent = hit.doc[1];
      li.appendChild(a);
      if (hit.doc[2]) {
        var meta = document.createElement("span");
        meta.className = "result-meta";
        meta.textContent = hit.doc[2];
        li.appendChild(meta);
      }
      var snip = document.createElement("span");
      snip.className = "snippet";
      snip.appendChild(snippet(hit.doc[3], result.terms[0]));
      li.appendChild(snip);
      list.appendChild(li);
    });
    if (n > MAX_SHOWN) status.textContent += "，显示前 " + MAX_SHOWN + " 项";
    list.setAttribute("data-count", String(n));
  }

  function run(query, push) {
    status.textContent = "正在搜索…";
    list.removeAttribute("data-count");
    search(query).then(function (result) {
      show(query, result);
      if (push) {
        var url = new URL(window.location.href);
        url.searchParams.set("q", query);
        window.history.replaceState(null, "", url);
      }
    }).catch(function (err) {
      status.textContent = "搜索索引加载失败：" + err.message;
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run(input.value, true);
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial, false);
  } else {
    list.setAttribute("data-count", "0");
  }
})();
