import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressFromPeer, addressKey } from './client-address.ts';

describe('client addresses', () => {
  it('the address of a gRPC peer, without its port', () => {
    assert.equal(addressFromPeer('127.0.0.1:54321'), '127.0.0.1');
    assert.equal(addressFromPeer('::1:54321'), '::1', 'grpc-js writes IPv6 peers without brackets');
    assert.equal(addressFromPeer('2001:db8::5:443'), '2001:db8::5');
    assert.equal(addressFromPeer('::ffff:10.0.0.1:9000'), '::ffff:10.0.0.1');
    assert.equal(addressFromPeer('[2001:db8::1]:443'), '2001:db8::1');
    assert.equal(addressFromPeer('ipv4:10.1.2.3:80'), '10.1.2.3');
    assert.equal(addressFromPeer('10.1.2.3'), '10.1.2.3');
    assert.equal(addressFromPeer('unknown'), 'unknown');
  });

  it('keys: IPv4 as is (also IPv4-mapped), IPv6 by its /64', () => {
    assert.equal(addressKey('127.0.0.1'), '127.0.0.1');
    assert.equal(addressKey('::ffff:127.0.0.3'), '127.0.0.3');
    assert.equal(addressKey('::FFFF:7f00:3'), '127.0.0.3');
    assert.equal(addressKey('2001:db8:1:2:3:4:5:6'), '2001:db8:1:2::/64');
    assert.equal(addressKey('2001:db8:1:2::ffff'), '2001:db8:1:2::/64', 'the same /64, another host part');
    assert.equal(addressKey('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(addressKey('::1'), '0:0:0:0::/64');
    assert.equal(addressKey('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(addressKey('unknown'), 'unknown');
    assert.equal(addressKey('/run/s3m.sock'), '/run/s3m.sock');
  });
});
