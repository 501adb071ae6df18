/**
 * The `etalase` command line, run as a user runs it (a child process), for each exit status:
 * 0 valid, 1 the feed has errors, 2 wrong usage or unreadable input.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feedJsonSchema } from '../../src/model/json-schema.js';
import { parseFeed } from '../../src/model/parse.js';
import { TODAY, validFeed } from './model-fixtures.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'src/cli/etalase.ts');
const samplePath = join(root, 'demo/data/produk-unggulan.json');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(
  args: string[],
  options: { env?: Record<string, string>; stdin?: string } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
      cwd: root,
      env: {
        ...process.env,
        NO_COLOR: '1',
        LANG: 'C',
        LC_ALL: '',
        LC_MESSAGES: '',
        ...options.env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

const dir = mkdtempSync(join(tmpdir(), 'etalase-cli-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};

// Certificates in the fixture stay valid until 2029; the CLI uses today's date.
const clean = validFeed();
const withError = validFeed();
// The negative minimum is left out; the product stays, priced by its maximum.
withError.products[1].price = { min: -5, max: 30000 };
const withWarning = validFeed();
delete withWarning.products[1].images;

let server: Server;
let base = '';

describe('etalase CLI', () => {
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/feed.json')
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(clean));
      else if (req.url === '/slow.json') setTimeout(() => res.end('{}'), 5000).unref();
      else res.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('exit 0', () => {
    it('validates the sample feed and prints its summary', async () => {
      const { code, stdout } = await run(['validate', samplePath, '--lang', 'en']);
      const { feed } = parseFeed(JSON.parse(readFileSync(samplePath, 'utf8')));
      assert.equal(code, 0);
      assert.match(
        stdout,
        new RegExp(
          `products ${feed!.products.length} · producers ${feed!.producers.length} · outlets ${feed!.outlets.length}`,
        ),
      );
      assert.match(stdout, /errors 0/);
      assert.match(stdout, /The feed is valid/);
    });

    it('accepts warnings, and lists them', async () => {
      const { code, stdout } = await run(['validate', file('warning.json', withWarning)]);
      assert.equal(code, 0);
      assert.match(stdout, /peringatan {2}products\[1\]\.images {2}\(no-image\)/);
      assert.match(stdout, /Perbaiki:/);
      assert.match(stdout, /Feed sah, dengan peringatan/);
    });

    it('reads a feed from standard input with "-"', async () => {
      const { code, stdout } = await run(['validate', '-', '--json'], {
        stdin: JSON.stringify(clean),
      });
      assert.equal(code, 0);
      assert.equal(JSON.parse(stdout).summary.products, 3);
    });

    it('fetches a feed from a URL', async () => {
      const { code, stdout } = await run(['validate', `${base}/feed.json`, '--json']);
      assert.equal(code, 0, stdout);
      assert.equal(JSON.parse(stdout).valid, true);
    });

    it('prints the JSON Schema', async () => {
      const { code, stdout } = await run(['schema']);
      assert.equal(code, 0);
      assert.deepEqual(JSON.parse(stdout), feedJsonSchema());
    });

    it('prints help and version', async () => {
      const help = await run(['--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /validate/);
      assert.match(help.stdout, /schema/);
      const validateHelp = await run(['validate', '--help']);
      assert.match(validateHelp.stdout, /--strict/);
      const version = await run(['--version']);
      assert.equal(version.code, 0);
      assert.equal(
        version.stdout.trim(),
        JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
      );
    });
  });

  describe('exit 1', () => {
    it('reports errors with path, code and fix', async () => {
      const { code, stdout } = await run(['validate', file('error.json', withError)]);
      assert.equal(code, 1);
      assert.match(
        stdout,
        /galat {2}products\[1\]\.price\.min {2}\(negative-price\)\n {4}Harga tidak boleh negatif\. Perbaiki:/,
      );
      assert.match(stdout, /galat 1/);
      assert.match(stdout, /1 kolom atau butir daftar diabaikan dan 0 nilai diperbaiki/);
      assert.match(stdout, /Feed mengandung galat/);
    });

    it('fails on warnings with --strict', async () => {
      const { code, stdout } = await run([
        'validate',
        file('warning.json', withWarning),
        '--strict',
        '--json',
      ]);
      assert.equal(code, 1);
      const report = JSON.parse(stdout);
      assert.equal(report.valid, false);
      assert.equal(report.strict, true);
      assert.equal(report.summary.warnings, 1);
    });

    it('fails on JSON that is not a feed', async () => {
      const { code, stdout } = await run([
        'validate',
        file('list.json', [1, 2, 3]),
        '--lang',
        'en',
      ]);
      assert.equal(code, 1);
      assert.match(stdout, /not-an-object/);
      assert.match(stdout, /The feed cannot be used/);
    });
  });

  describe('exit 2', () => {
    it('reports a missing file', async () => {
      const { code, stderr } = await run(['validate', join(dir, 'nope.json'), '--lang', 'en']);
      assert.equal(code, 2);
      assert.match(stderr, /File not found: .*nope\.json/);
    });

    it('reports invalid JSON with its line and column', async () => {
      const text = '{\n  "version": 1,\n  "products": [\n    { "id": "a", }\n  ]\n}\n';
      const { code, stderr } = await run(['validate', file('broken.json', text), '--lang', 'en']);
      assert.equal(code, 2);
      // The stray comma before } is on line 4; the parser stops at the } in column 18.
      assert.match(stderr, /line 4, column 18/);
      const indonesian = await run(['validate', join(dir, 'broken.json')]);
      assert.match(indonesian.stderr, /baris 4 kolom 18/);
    });

    it('reports truncated JSON at its end', async () => {
      const { code, stderr } = await run([
        'validate',
        file('cut.json', '{\n  "version": 1,\n  "products": ['),
        '--lang',
        'en',
      ]);
      assert.equal(code, 2);
      // Right after the last character of line 3.
      assert.match(stderr, /line 3, column 16/);
    });

    it('reports an unreadable input in the --json report too', async () => {
      const { code, stdout } = await run([
        'validate',
        join(dir, 'nope.json'),
        '--json',
        '--lang',
        'en',
      ]);
      assert.equal(code, 2);
      const report = JSON.parse(stdout);
      assert.equal(report.valid, false);
      assert.match(report.error, /File not found/);
    });

    it('reports a URL that answers 404, and one that takes too long', async () => {
      const missing = await run(['validate', `${base}/missing.json`, '--lang', 'en']);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /404/);
      const slow = await run(['validate', `${base}/slow.json`, '--timeout', '0.5', '--lang', 'en']);
      assert.equal(slow.code, 2);
      assert.match(slow.stderr, /Timed out after/);
    });

    it('refuses wrong usage', async () => {
      for (const args of [
        [],
        ['validate'],
        ['validate', 'a.json', 'b.json'],
        ['validate', 'a.json', '--wat'],
        ['frobnicate'],
        ['validate', 'a.json', '--lang', 'fr'],
        ['schema', 'extra'],
      ]) {
        const { code, stderr } = await run(args);
        assert.equal(code, 2, args.join(' '));
        assert.match(stderr, /Usage: etalase/, args.join(' '));
      }
    });

    it("points `site --lang id,en` to --langs, the option for the pages' languages", async () => {
      const { code, stderr } = await run(['site', 'a.json', '--out', dir, '--lang', 'id,en']);
      assert.equal(code, 2);
      assert.match(
        stderr,
        /--lang must be "id" or "en" \(got "id,en"\); for the pages' languages use --langs id,en/,
      );
    });
  });

  describe('output', () => {
    it('--json prints a complete machine-readable report', async () => {
      const { stdout } = await run(['validate', file('error.json', withError), '--json']);
      const report = JSON.parse(stdout);
      assert.deepEqual(Object.keys(report).sort(), [
        'counts',
        'issues',
        'source',
        'strict',
        'summary',
        'valid',
      ]);
      // The negative minimum price was left out; its product stays.
      assert.deepEqual(report.counts, {
        read: 9,
        shown: 9,
        products: 3,
        dropped: 0,
        droppedParts: 1,
        repaired: 0,
        errors: 1,
        warnings: 0,
      });
      assert.deepEqual(Object.keys(report.summary).sort(), [
        'categories',
        'errors',
        'outlets',
        'producers',
        'products',
        'regions',
        'warnings',
      ]);
      assert.equal(report.valid, false);
      assert.equal(report.summary.products, 3);
      assert.equal(report.summary.errors, 1);
      const expected = parseFeed(withError, { now: TODAY }).issues;
      assert.deepEqual(report.issues, expected);
      assert.deepEqual(Object.keys(report.issues[0]).sort(), [
        'code',
        'dropped',
        'message',
        'path',
        'severity',
      ]);
    });

    it('--lang en prints English, and LANG=en_US chooses English by default', async () => {
      const english = await run(['validate', file('error.json', withError), '--lang', 'en']);
      assert.match(
        english.stdout,
        /error {2}products\[1\]\.price\.min {2}\(negative-price\)\n {4}A price cannot be negative\. Fix:/,
      );
      assert.match(english.stdout, /The feed has errors/);
      const fromLocale = await run(['validate', join(dir, 'error.json')], {
        env: { LANG: 'en_US.UTF-8' },
      });
      assert.match(fromLocale.stdout, /A price cannot be negative/);
      const overridden = await run(['validate', join(dir, 'error.json'), '--lang', 'id'], {
        env: { LANG: 'en_US.UTF-8' },
      });
      assert.match(overridden.stdout, /Harga tidak boleh negatif/);
    });

    it('colours only when asked to (FORCE_COLOR) and never with NO_COLOR', async () => {
      const plain = await run(['validate', join(dir, 'error.json')]);
      assert.ok(!plain.stdout.includes('\u001b['));
      const coloured = await run(['validate', join(dir, 'error.json')], {
        env: { NO_COLOR: '', FORCE_COLOR: '1' },
      });
      assert.ok(coloured.stdout.includes('\u001b[31m'));
    });
  });
});
