/**
 * Reproducible hostile requests for the sync and sign-in endpoints. Every generated case
 * carries at least one defect the server must catch before touching data (schema, JSON, encoding,
 * content type, CSRF, shape), so the expected answer is always a 4xx with the error envelope.
 * Seeded (src/shared/demo/rng.ts): a failing case number can be replayed.
 */
import { createRng, type Rng } from '../../../src/shared/demo/rng';
import { MAX_PUSH_MUTATIONS, PROTOCOL_VERSION } from '../../../src/shared/sync-protocol';
import { buildMutation, buildPush } from '../../factories/sync-factories';

export type HostileCase = {
  label: string;
  method: 'get' | 'post';
  path: string;
  query?: Record<string, string | string[]>;
  /** Raw bytes or text: sent exactly as given. */
  body?: Buffer | string;
  contentType?: string;
  /** Drop the CSRF headers / the session cookie. */
  noCsrf?: boolean;
  noCookie?: boolean;
};

const SQL = ["' OR '1'='1", "'; DROP TABLE records; --", '" OR 1=1 --', "1; DELETE FROM users", "') UNION SELECT password_hash FROM users --", '%27%20OR%201=1', "\\'; TRUNCATE sessions; --", '$$; DROP TABLE sessions; $$'];
const UNICODE = ['１２３', '\u202Eevil', 'a\u200Db', '𠮷野家', '\uFEFFbom', 'é'.normalize('NFD'), '🇯🇵'.repeat(30), 'ｱｲｳ', '\u0085\u2028\u2029'];
/** Forbidden anywhere in a body: NUL and unpaired surrogate halves (PostgreSQL cannot store NUL). */
const POISON = ['a\u0000b', '\u0000', 'x\uD800y', '\uDFFF', 'ok\uDBFFend'];
const WRONG_TYPES: unknown[] = [0, -1, 1.5, 1e308, true, false, null, [], {}, [1, 2], { a: 1 }, '', '1', 'null'];
const BAD_UTF8 = [[0xc3, 0x28], [0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82], [0x80]];

type Json = Record<string, unknown>;

function validBody(kind: 'push' | 'resolve' | 'login', rng: Rng, clientId: string): Json {
  if (kind === 'login') return { loginId: 'coordinator', password: 'coordinator-password-1', clientId };
  if (kind === 'resolve') return { protocolVersion: PROTOCOL_VERSION, clientId, userId: 'u' };
  const mutations = Array.from({ length: rng.int(1, 3) }, () => buildMutation({ mutationId: rng.uuid(), recordId: rng.uuid() }));
  return buildPush(mutations, { clientId });
}

/** Paths to every string-or-scalar field a schema checks (ids, enums, versions, times) — never free text. */
function checkedPaths(kind: 'push' | 'resolve' | 'login', body: Json): string[][] {
  if (kind === 'login') return [['loginId'], ['password'], ['clientId']];
  const top = [['protocolVersion'], ['clientId'], ...(kind === 'push' ? [['mutations']] : [])];
  if (kind !== 'push') return top;
  const ms = body['mutations'] as Json[];
  return [...top, ...ms.flatMap((_, i) => ['mutationId', 'entity', 'recordId', 'op', 'patch', 'baseVersion', 'clientTime'].map((f) => ['mutations', String(i), f]))];
}

function setAt(body: Json, path: string[], value: unknown): void {
  let node: Json = body;
  for (const key of path.slice(0, -1)) node = node[key] as Json;
  if (value === undefined) delete node[path[path.length - 1]!];
  else node[path[path.length - 1]!] = value;
}

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}

/** The JSON text with `"key": <raw>` spliced into the first object at `where` (for keys JS cannot hold). */
function spliceRaw(json: string, raw: string, where: 'top' | 'mutation' | 'patch'): string {
  const anchor = where === 'top' ? '{' : where === 'mutation' ? '"mutations":[{' : '"patch":{';
  const at = json.indexOf(anchor);
  if (at < 0) return `{${raw},${json.slice(1)}`;
  const cut = at + anchor.length;
  return `${json.slice(0, cut)}${raw}${json[cut] === '}' ? '' : ','}${json.slice(cut)}`;
}

function bodyCase(kind: 'push' | 'resolve' | 'login', rng: Rng, clientId: string, n: number): HostileCase {
  const path = kind === 'push' ? '/api/sync/push' : kind === 'login' ? '/api/auth/login' : `/api/sync/conflicts/${rng.uuid()}/resolve`;
  const body = validBody(kind, rng, clientId);
  const paths = checkedPaths(kind, body);
  const json = (b: unknown) => JSON.stringify(b);
  const mk = (label: string, text: string | Buffer, extra: Partial<HostileCase> = {}): HostileCase => ({ label: `${kind}#${n} ${label}`, method: 'post', path, body: text, contentType: 'application/json', ...extra });
  const variant = n % 14;
  switch (variant) {
    case 0: {
      const p = rng.pick(paths);
      // A string is a well-formed (if wrong) password or login id: a real sign-in attempt, not garbage.
      const types = kind === 'login' ? WRONG_TYPES.filter((v) => typeof v !== 'string') : WRONG_TYPES;
      setAt(body, p, rng.pick(types.filter((v) => !(p.at(-1) === 'patch' && v && typeof v === 'object' && !Array.isArray(v)))));
      return mk(`wrong type at ${p.join('.')}`, json(body));
    }
    case 1: {
      const p = rng.pick(paths);
      setAt(body, p, undefined);
      return mk(`missing ${p.join('.')}`, json(body));
    }
    case 2: {
      const p = rng.pick(paths.filter((x) => x.at(-1) !== 'patch' && x.at(-1) !== 'mutations'));
      // Each size is beyond that field's limit (ids 100, login id 64, password 1,024; 2 MB > the body limit).
      setAt(body, p, 'x'.repeat(rng.pick(p.at(-1) === 'password' ? [1025, 70_000, 2_000_000] : [101, 1025, 70_000, 2_000_000])));
      return mk(`huge string at ${p.join('.')}`, json(body));
    }
    case 3: {
      const depth = rng.pick([17, 40, 500, 5000]);
      const deep = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
      return mk(`nesting ${depth}`, spliceRaw(json(body), `"deep":${deep}`, rng.pick(['top', 'mutation', 'patch'] as const)));
    }
    case 4: {
      const key = rng.pick(['"__proto__":{"isAdmin":true}', '"constructor":{"prototype":{"isAdmin":true}}', '"prototype":{"role":"admin"}', '"__proto__":null']);
      return mk(`pollution ${key.slice(0, 16)}`, spliceRaw(json(body), key, rng.pick(['top', 'mutation', 'patch'] as const)));
    }
    case 5:
      return mk('SQL in every string', json(mapStrings(body, () => rng.pick(SQL))));
    case 6: {
      const text = Buffer.from(json(body));
      const at = text.indexOf('"', rng.int(2, Math.max(2, text.length - 2))) + 1 || 2;
      return mk('invalid UTF-8', Buffer.concat([text.subarray(0, at), Buffer.from(rng.pick(BAD_UTF8)), text.subarray(at)]));
    }
    case 7:
      return mk('wrong content type', json(body), { contentType: rng.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json-patch', 'text/json; charset=latin1']) });
    case 8: {
      if (kind === 'push') body['mutations'] = Array.from({ length: MAX_PUSH_MUTATIONS + 1 }, () => (body['mutations'] as unknown[])[0]);
      else body[rng.pick(paths)[0]!] = Array.from({ length: 5000 }, (_, i) => i);
      return mk('huge array', json(body));
    }
    case 9: {
      const p = rng.pick(paths);
      const text = json(body).replace(`"${p.at(-1)}":`, `"${p.at(-1)}":${rng.pick(['NaN', 'Infinity', '-Infinity', 'undefined', '0x10', '1e999', '.5'])},"_was":`);
      return mk(`non-JSON number at ${p.join('.')}`, text);
    }
    case 10: {
      // Any text is a valid password, and ＡＢＣ１ (NFKC) or ' bom' (trim) normalise to valid login ids:
      // those would be real sign-in attempts (counted by the throttle), not malformed requests.
      const p = rng.pick(paths.filter((x) => x.at(-1) !== 'patch' && x.at(-1) !== 'mutations' && x.at(-1) !== 'password'));
      setAt(body, p, rng.pick(kind === 'login' ? UNICODE.filter((u) => u !== '１２３' && !u.startsWith('\uFEFF')) : UNICODE));
      return mk(`unicode at ${p.join('.')}`, json(body));
    }
    case 11: {
      // Poison inside any string, free text included: caught by the shape guard, not the schema.
      const poisoned = mapStrings(body, (s) => (rng.chance(0.5) ? s + rng.pick(POISON) : s));
      const text = json(poisoned);
      return mk('NUL or lone surrogate', text.includes('\\u0000') || /\\ud[89ab]|\\ud[c-f]/iu.test(text) ? text : json({ ...body, clientId: POISON[0] }));
    }
    case 12: {
      const text = json(body);
      return mk('malformed JSON', rng.pick([text.slice(0, rng.int(1, text.length - 1)), `${text}}`, text.replaceAll('"', "'"), `/*c*/${text}`, '', 'null', '"str"', '42', 'true', '[]', `${text},${text}`]));
    }
    default:
      return rng.chance(0.5)
        ? mk('no CSRF headers', json(mapStrings(body, (s) => s)), { noCsrf: true })
        : { ...mk('bad cookie', json(body)), noCookie: true, ...(kind === 'login' ? { noCsrf: true } : {}) };
  }
}

function queryCase(kind: 'pull' | 'snapshot' | 'conflicts', rng: Rng, clientId: string, n: number): HostileCase {
  const query: Record<string, string | string[]> = { protocolVersion: String(PROTOCOL_VERSION), clientId, userId: 'u', cursor: '', limit: '10' };
  const keys = Object.keys(query).filter((k) => kind !== 'conflicts' || ['protocolVersion', 'clientId', 'userId'].includes(k));
  const key = rng.pick(keys.filter((k) => k !== 'limit' || kind !== 'conflicts'));
  const bad: Record<string, string[]> = {
    protocolVersion: ['NaN', 'Infinity', '-1', '1e999', 'abc', '', '0x1', '99'],
    clientId: ['x'.repeat(101), "' OR 1=1 --", 'a b', '../../etc', 'other-device', '\u0000', '１２３'],
    userId: ['x'.repeat(101), "'; DROP TABLE users; --", 'a b', '', '𠮷'],
    cursor: ["' OR 1=1 --", 'epoch:NaN', 'x'.repeat(200), 'abc:-1', ':1', 'a:1:2', 'a:99999999999999999999'],
    limit: ['0', '-5', 'NaN', 'Infinity', '1e10', '5001', 'ten', '1.5'],
  };
  const variant = n % 4;
  if (variant === 0) query[key] = rng.pick(bad[key] ?? ['?']);
  else if (variant === 1) query[key] = [String(query[key]), rng.pick(SQL)];
  else if (variant === 2) delete query[rng.pick(['protocolVersion', 'clientId', 'userId'])];
  else query[key === 'cursor' ? 'cursor' : 'protocolVersion'] = rng.pick(SQL);
  if (kind === 'snapshot' && key === 'limit' && query['limit'] === '5001') query['limit'] = '50001';
  const path = kind === 'conflicts' ? '/api/sync/conflicts' : `/api/sync/${kind}`;
  return { label: `${kind}#${n} query ${key}=${JSON.stringify(query[key] ?? null).slice(0, 40)}`, method: 'get', path, query };
}

export function generateHostileCases(seed: number, count: number, clientId: string): HostileCase[] {
  const rng = createRng(seed, 'hostile');
  const kinds = ['push', 'push', 'login', 'resolve', 'pull', 'snapshot', 'conflicts'] as const;
  const cases: HostileCase[] = [];
  for (let n = 0; n < count; n++) {
    const kind = kinds[n % kinds.length]!;
    const i = Math.floor(n / kinds.length);
    cases.push(kind === 'push' || kind === 'login' || kind === 'resolve' ? bodyCase(kind, rng, clientId, i) : queryCase(kind, rng, clientId, i));
  }
  // Path parameters too: a conflict id that is not an id.
  for (const raw of SQL.concat(UNICODE.slice(0, 3))) cases.push({ label: `resolve path ${raw.slice(0, 20)}`, method: 'post', path: `/api/sync/conflicts/${encodeURIComponent(raw)}/resolve`, body: JSON.stringify(validBody('resolve', rng, clientId)), contentType: 'application/json' });
  return cases;
}
