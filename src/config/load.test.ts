import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, DEMO_CONFIG_FILE, loadConfig, parseConfig } from './load.ts';

const minimal = (extra = '') => `resources:\n  r1:\n    backend:\n      type: local\n      nodes: [{ name: n1, cpus: 2, memory: 1024 }]\n      partitions: [{ name: p1, nodes: [n1] }]\n${extra}`;

describe('config', () => {
  it('the bundled demo config serves defiant, wombat and quokka; defiant has batch-cpu as default and more', () => {
    const cfg = loadConfig({ file: DEMO_CONFIG_FILE, env: {} });
    assert.deepEqual(Object.keys(cfg.resources), ['defiant', 'wombat', 'quokka']);
    assert.equal(cfg.listen.port, 8080);
    assert.equal(cfg.listen.host, '127.0.0.1');
    const d = cfg.resources.defiant.backend;
    assert.equal(d.type, 'local');
    if (d.type === 'local') {
      assert.equal(d.partitions.find((p) => p.default)?.name, 'batch-cpu');
      assert.ok(d.partitions.length >= 2);
    }
  });

  it('environment overrides listen address and data dir', () => {
    const cfg = loadConfig({ file: DEMO_CONFIG_FILE, env: { S3M_PORT: '9999', S3M_HOST: '0.0.0.0', S3M_DATA_DIR: '/tmp/x' } });
    assert.equal(cfg.listen.port, 9999);
    assert.equal(cfg.listen.host, '0.0.0.0');
    assert.equal(cfg.dataDir, '/tmp/x');
    assert.throws(() => loadConfig({ file: DEMO_CONFIG_FILE, env: { S3M_PORT: 'eighty' } }), /S3M_PORT/);
  });

  it('admin (the /metrics listener): absent means none; host and port, port 0 allowed', () => {
    assert.equal(parseConfig(minimal(), 'c.yaml').admin, undefined);
    assert.deepEqual(parseConfig(`admin: { port: 0 }\n${minimal()}`, 'c.yaml').admin, { host: '127.0.0.1', port: 0 });
    assert.deepEqual(parseConfig(`admin: {}\n${minimal()}`, 'c.yaml').admin, { host: '127.0.0.1', port: 9464 });
    assert.deepEqual(parseConfig(`admin: { host: 10.1.2.3, port: 9100 }\n${minimal()}`, 'c.yaml').admin, { host: '10.1.2.3', port: 9100 });
    assert.throws(() => parseConfig(`admin: { port: 70000 }\n${minimal()}`, 'c.yaml'), /admin\.port/);
    assert.throws(() => parseConfig(`admin: { path: /m }\n${minimal()}`, 'c.yaml'), /admin/);
  });

  it('S3M_CONFIG names the file; JSON works too', () => {
    const dir = mkdtempSync(join(tmpdir(), 's3m-cfg-'));
    const f = join(dir, 'c.json');
    writeFileSync(f, JSON.stringify({ resources: { r: { backend: { type: 'local', nodes: [{ name: 'n', cpus: 1, memory: 1 }], partitions: [{ name: 'p', nodes: ['n'] }] } } } }));
    const cfg = loadConfig({ env: { S3M_CONFIG: f } });
    assert.deepEqual(Object.keys(cfg.resources), ['r']);
    assert.equal(cfg.source, f);
  });

  it('a bad config fails with an error naming the field', () => {
    const bad: [string, RegExp][] = [
      [minimal().replace('cpus: 2', 'cpus: two'), /resources\.r1\.backend\.nodes\[0\]\.cpus/],
      [minimal().replace('nodes: [n1]', 'nodes: [n9]'), /resources\.r1\.backend\.partitions\[0\]\.nodes\[0\]: unknown node "n9"/],
      [minimal().replace('type: local', 'type: pbs'), /resources\.r1\.backend\.type/],
      [minimal('listen: { port: 70000 }'), /listen\.port/],
      [minimal('colour: blue'), /colour/],
      ['resources: {}', /resources: at least one resource/],
      ['resources: [unclosed', /not valid YAML/],
      // The enclave is a URL segment of /slurm/{enclave}/{version}/{resource}/...
      [minimal().replace('  r1:\n', '  r1:\n    securityEnclave: a/b\n'), /resources\.r1\.securityEnclave: a URL path segment/],
      [minimal().replace('  r1:\n', '  r1:\n    securityEnclave: v0.0.43\n'), /resources\.r1\.securityEnclave: must not look like an API version/],
    ];
    for (const [text, pattern] of bad) {
      assert.throws(() => parseConfig(text, 'c.yaml'), (e: unknown) => e instanceof ConfigError && pattern.test(e.message), text);
    }
  });

  it('securityEnclave: open by default, any URL path segment otherwise', () => {
    assert.equal(parseConfig(minimal(), 'c.yaml').resources.r1.securityEnclave, 'open');
    assert.equal(parseConfig(minimal().replace('  r1:\n', '  r1:\n    securityEnclave: moderate-2\n'), 'c.yaml').resources.r1.securityEnclave, 'moderate-2');
  });

  it('a missing file is a clear error', () => {
    assert.throws(() => loadConfig({ file: '/no/such/config.yaml', env: {} }), /cannot read config file \/no\/such\/config.yaml: ENOENT/);
  });
});
