vcl 4.1;

# Kiosque's edge: a page cache in front of the origin (`npm run start:edge` fills in the @…@ values).
# Public GET pages, feeds and sitemaps are cached, gzipped once; the origin purges what a change touches.

import std;

backend origin {
  .host = "@ORIGIN_HOST@";
  .port = "@ORIGIN_PORT@";
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
  .probe = {
    .url = "@HEALTH_PATH@";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
  }
}

# Only the origin may purge.
acl purgers {
  @PURGERS@
}

sub vcl_recv {
  set req.backend_hint = origin;
  # The address a proxy in front of this edge declared is not trusted here: this edge is the site's front door.
  set req.http.X-Forwarded-For = client.ip;

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Purge refused"));
    }
    if (req.http.Purge-Scope == "all") {
      ban("obj.status != 0");
    } elsif (req.url == "/") {
      ban("obj.http.x-url ~ ^/(\?|$)");
    } else {
      # A path purges the page with any query (its ?page= and ?cpage= copies) and what lies under it (feeds).
      ban("obj.http.x-url ~ ^" + regsuball(req.url, "([][.*+?^$(){}|\\])", "\\\1") + "([/?]|$)");
    }
    return (synth(200, "Purged"));
  }

  # Links shared on social networks carry tracking parameters: one cached copy, whoever shared it.
  if (req.url ~ "[?&](fbclid|gclid|utm_[a-z]+)=") {
    set req.url = regsuball(req.url, "(?<=[?&])(fbclid|gclid|utm_[a-z]+)=[^&]*&?", "");
    set req.url = regsub(req.url, "[?&]$", "");
  }

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Staff, next-auth, the version switch (it sets a cookie), search results (one per query, rendered per
  # request), the reader's own copy, previews of unpublished articles (never stored: an expired link must
  # stop working), and a commenter's "Mes données" (their comments, behind a cookie of their own).
  if (req.url ~ "^/(admin|api|version|apercu|mes-donnees)(/|\?|$)" || req.url ~ "^/recherche(/|\?|$)" || req.url ~ "^/article/[^/?]+/perso") {
    return (pass);
  }
  # A commenter with a held comment or a remembered name sees a copy of the article made for them.
  if (req.http.Cookie ~ "(^|;\s*)(kq_commentateur|kq_attente)=") {
    return (pass);
  }
  # Client-side navigations (React Server Component requests) vary on router state: reader links are plain
  # <a>, so these are rare; they go to the origin rather than multiply the cached copies.
  if (req.http.rsc || req.http.Next-Router-Prefetch || req.http.Next-Router-State-Tree || req.http.Next-Action) {
    return (pass);
  }
  # Two versions at one address (scripts/light-responses.ts): the light one for a reader who chose it in the
  # footer, else for a browser in data-saver mode. Normalised to Save-Data on or absent, which is all the
  # origin reads once the cookie is gone, and which vcl_hash keeps apart.
  if (req.http.Cookie ~ "(^|;\s*)kq_version=legere(;|$)" ||
      (req.http.Cookie !~ "(^|;\s*)kq_version=complete(;|$)" && req.http.Save-Data ~ "(?i)^\s*on\s*(;|$)")) {
    set req.http.Save-Data = "on";
  } else {
    unset req.http.Save-Data;
  }
  # Any other cookie (the reader id of the report form) changes nothing on a public page.
  unset req.http.Cookie;
  unset req.http.Next-Router-Segment-Prefetch;

  # Grace serves stale pages while the origin is down; while it is up, a stale page is only served for the
  # few seconds it takes to fetch the new one. Purged pages are banned outright and never come back stale.
  if (std.healthy(req.backend_hint)) {
    set req.grace = 10s;
  }
  return (hash);
}

sub vcl_hash {
  # The light and the full version of a page are two objects under one address: a purge of it bans both.
  if (req.http.Save-Data) {
    hash_data("light");
  }
}

sub vcl_backend_response {
  # Lets bans find an object by its address without the request (the ban lurker works in the background).
  set beresp.http.x-url = bereq.url;
  set beresp.grace = 6h;
  if (beresp.status >= 500) {
    if (bereq.is_bgfetch) {
      return (abandon);
    }
    set beresp.uncacheable = true;
    set beresp.ttl = 0s;
    return (deliver);
  }
  # Next names its router headers in Vary; plain page requests carry none of them (see vcl_recv). The
  # versions' Save-Data and Cookie are in the hash, normalised, rather than in Vary's raw values.
  if (beresp.http.Vary ~ "Save-Data") {
    set beresp.http.x-versions = "1";
  }
  if (beresp.http.Vary) {
    set beresp.http.Vary = "Accept-Encoding";
  }
  # Next answered with its own stale copy while it regenerates: keep it only for a moment.
  if (beresp.http.x-nextjs-cache == "STALE") {
    set beresp.ttl = 1s;
  }
  return (deliver);
}

sub vcl_backend_error {
  set beresp.http.Content-Type = "text/html; charset=utf-8";
  set beresp.http.Retry-After = "30";
  set beresp.http.Cache-Control = "no-store";
  synthetic({"@UNAVAILABLE_PAGE@"});
  set beresp.status = 503;
  return (deliver);
}

sub vcl_deliver {
  # Caches past the edge (a browser's, a proxy's) must still tell the two versions apart.
  if (resp.http.x-versions) {
    set resp.http.Vary = "Accept-Encoding, Save-Data, Cookie";
    unset resp.http.x-versions;
  }
  unset resp.http.x-url;
  unset resp.http.x-nextjs-cache;
  unset resp.http.x-nextjs-stale-time;
  unset resp.http.x-nextjs-prerender;
  unset resp.http.X-Varnish;
  unset resp.http.Via;
  if (req.http.x-pass) {
    set resp.http.X-Cache = "PASS";
  } elsif (obj.hits > 0) {
    if (obj.ttl <= 0s) {
      set resp.http.X-Cache = "HIT-STALE";
    } else {
      set resp.http.X-Cache = "HIT";
    }
  } else {
    set resp.http.X-Cache = "MISS";
  }
}

sub vcl_pass {
  set req.http.x-pass = "1";
}

sub vcl_synth {
  set resp.http.Content-Type = "text/plain; charset=utf-8";
  set resp.body = resp.reason;
  return (deliver);
}
