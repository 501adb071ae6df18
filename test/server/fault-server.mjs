// A misbehaving feed server for the network-fault tests: Koa middleware for the web-test-runner dev
// server, answering under /__fault/. Each test uses its own `key` so state (request counts, the
// current fault of a URL) never leaks between tests.
//
//   /__fault/feed.json?key=K        a valid feed; its version, fault mode and counts are set per key:
//   /__fault/set?key=K&v=2&mode=M[&times=N]
//                                   M: ok | 500 | 404 | 429 (Retry-After: 3600) | html | reset | hang |
//                                   drip | cut (Content-Length, half the body, then the connection
//                                   drops) | malformed; with `times`, the fault answers the next N
//                                   requests only, then the feed is served again
//   /__fault/stats?key=K            { hits, conditional, notModified }
//   /__fault/status?code=404        that status
//   /__fault/flaky?key=K&fails=1&code=500[&retryAfter=1]   `fails` errors, then the feed
//   /__fault/hang                   never answers (until the client gives up)
//   /__fault/html                   a web page with status 200
//   /__fault/type?type=image/png    a valid feed with a wrong content type
//   /__fault/truncated, /__fault/malformed, /__fault/shape, /__fault/empty
//   /__fault/huge?mb=25[&length=0]  a 25 MB JSON body (with or without Content-Length)
//   /__fault/drip                   a body that trickles one byte every 200 ms
//   /__fault/tree/NAME.json         feeds that include each other (see TREE)
import { Readable } from 'node:stream';

const PREFIX = '/__fault/';

/** A small valid feed; `version` shows in the product name so tests can tell versions apart. */
export function faultFeed(
  version = 1,
  { name = 'Etalase Uji', includes, productId = 'produk' } = {},
) {
  return {
    version: 1,
    publisher: { name, regionCode: '62' },
    updatedAt: `2026-11-${String(10 + version).padStart(2, '0')}`,
    ...(includes ? { includes } : {}),
    producers: [
      { id: `${productId}-produsen`, name: `Produsen ${name}`, regionCode: '62.71', contact: {} },
    ],
    products: [
      {
        id: productId,
        producerId: `${productId}-produsen`,
        name: `Amplang versi ${version}`,
        category: 'kuliner',
        images: [{ src: 'img/amplang.jpg', alt: 'Amplang', width: 400, height: 300 }],
      },
    ],
  };
}

/** Include graph: root → a, b (missing), root (cycle); a → deep1 → deep2 → deep3 (too deep). */
const TREE = {
  root: { includes: ['a.json', 'b.json', 'root.json', 'a.json'] },
  a: { includes: ['deep1.json'] },
  deep1: { includes: ['deep2.json'] },
  deep2: { includes: ['deep3.json'] },
  deep3: {},
};

const state = new Map();
const stateOf = (key) => {
  if (!state.has(key))
    state.set(key, {
      v: 1,
      mode: 'ok',
      times: 0,
      hits: 0,
      conditional: 0,
      notModified: 0,
      flaky: 0,
    });
  return state.get(key);
};

const json = (ctx, body, status = 200) => {
  ctx.status = status;
  ctx.set('content-type', 'application/json; charset=utf-8');
  ctx.set('cache-control', 'no-store');
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
};

/** Resolves when the client closes the connection, or after `ms`. */
const untilClosed = (ctx, ms) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    ctx.req.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });

function drip(ctx) {
  let sent = 0;
  let timer;
  const stream = new Readable({
    read() {
      if (timer) return;
      timer = setInterval(() => {
        sent++;
        if (sent > 300) {
          clearInterval(timer);
          stream.push(null);
        } else stream.push(sent === 1 ? '{"version":1,' : ' ');
      }, 200);
    },
    destroy(error, callback) {
      clearInterval(timer);
      callback(error);
    },
  });
  ctx.req.on('close', () => stream.destroy());
  return stream;
}

function huge(megabytes) {
  const chunk = Buffer.alloc(64 * 1024, 0x20); // spaces: valid JSON whitespace
  let remaining = megabytes * 1024 * 1024 - 2;
  let opened = false;
  return new Readable({
    read() {
      if (!opened) {
        opened = true;
        this.push('[');
      }
      if (remaining <= 0) {
        this.push(']');
        this.push(null);
        return;
      }
      const size = Math.min(chunk.length, remaining);
      remaining -= size;
      this.push(chunk.subarray(0, size));
    },
  });
}

/** Sends the first half of `body` with the whole body's Content-Length, then drops the connection. */
function cut(ctx, body) {
  const bytes = Buffer.from(body);
  ctx.respond = false;
  ctx.res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(bytes.length),
    'cache-control': 'no-store',
  });
  ctx.res.write(bytes.subarray(0, bytes.length >> 1), () =>
    setTimeout(() => ctx.req.socket.destroy(), 50),
  );
}

async function feedRoute(ctx, s) {
  s.hits++;
  const etag = `"v${s.v}"`;
  const conditional = ctx.get('if-none-match');
  if (conditional) s.conditional++;
  const mode = s.mode;
  if (s.times > 0 && --s.times === 0) s.mode = 'ok';
  switch (mode) {
    case '500':
    case '404':
      ctx.status = Number(mode);
      ctx.body = 'error';
      return;
    case '429':
      ctx.status = 429;
      ctx.set('retry-after', '3600');
      ctx.body = 'busy';
      return;
    case 'drip':
      ctx.status = 200;
      ctx.set('content-type', 'application/json');
      ctx.body = drip(ctx);
      return;
    case 'cut':
      return cut(ctx, JSON.stringify(faultFeed(s.v)));
    case 'html':
      ctx.status = 200;
      ctx.set('content-type', 'text/html');
      ctx.body = '<!doctype html><title>Login</title>';
      return;
    case 'malformed':
      return json(ctx, '{"version": 1, "products": [');
    case 'reset':
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    case 'hang':
      await untilClosed(ctx, 20000);
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
  }
  ctx.set('etag', etag);
  ctx.set('last-modified', new Date(Date.UTC(2026, 10, 10 + s.v)).toUTCString());
  if (conditional === etag) {
    s.notModified++;
    ctx.status = 304;
    return;
  }
  json(ctx, faultFeed(s.v));
}

/** @returns {import('koa').Middleware} */
export function faultServer() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const route = ctx.path.slice(PREFIX.length);
    const q = ctx.query;
    const s = stateOf(String(q.key ?? ''));
    if (route === 'feed.json') return feedRoute(ctx, s);
    if (route === 'set') {
      if (q.v) s.v = Number(q.v);
      if (q.mode) s.mode = String(q.mode);
      s.times = Number(q.times ?? 0);
      return json(ctx, s);
    }
    if (route === 'stats') return json(ctx, s);
    if (route === 'status') {
      ctx.status = Number(q.code);
      ctx.body = `status ${q.code}`;
      return;
    }
    if (route === 'flaky') {
      s.hits++;
      if (s.flaky < Number(q.fails ?? 1)) {
        s.flaky++;
        ctx.status = Number(q.code ?? 500);
        if (q.retryAfter) ctx.set('retry-after', String(q.retryAfter));
        ctx.body = 'try again';
        return;
      }
      return json(ctx, faultFeed(1));
    }
    if (route === 'hang') {
      await untilClosed(ctx, 20000);
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (route === 'html') {
      ctx.status = 200;
      ctx.set('content-type', 'text/html; charset=utf-8');
      ctx.body = '<!doctype html><html><body><h1>Halaman tidak ditemukan</h1></body></html>';
      return;
    }
    if (route === 'type') {
      ctx.status = 200;
      ctx.set('content-type', String(q.type));
      ctx.body = JSON.stringify(faultFeed(1));
      return;
    }
    if (route === 'truncated') return json(ctx, JSON.stringify(faultFeed(1)).slice(0, 120));
    if (route === 'malformed') return json(ctx, "{version: 1, publisher: {name: 'x'},}");
    if (route === 'shape') return json(ctx, { version: 1, publisher: 'Dinas', products: { a: 1 } });
    if (route === 'empty') return json(ctx, {});
    if (route === 'huge') {
      const mb = Number(q.mb ?? 25);
      ctx.status = 200;
      ctx.set('content-type', 'application/json');
      ctx.body = huge(mb);
      if (q.length !== '0') ctx.set('content-length', String(mb * 1024 * 1024));
      return;
    }
    if (route === 'drip') {
      ctx.status = 200;
      ctx.set('content-type', 'application/json');
      ctx.body = drip(ctx);
      return;
    }
    const tree = /^tree\/(\w+)\.json$/.exec(route);
    if (tree && TREE[tree[1]]) {
      const name = tree[1];
      return json(
        ctx,
        faultFeed(1, { name, includes: TREE[name].includes, productId: `produk-${name}` }),
      );
    }
    ctx.status = 404;
    ctx.body = 'unknown fault route';
  };
}
