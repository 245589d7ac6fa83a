#!/usr/bin/env node
'use strict';
// grpc.testing interop client cases on @grpc/grpc-js: an independent client for the CchcGrpc interop suite.
//
// Usage: node interop_client.js --server_host H --server_port P --test_case NAME [--skip_compression_probe]
// Exits 0 when the case passes; otherwise prints why on stderr and exits 1.
// --skip_compression_probe: the server cannot tell compressed requests apart (grpc-js, grpcio
// servers), so client_compressed_unary leaves out the step that expects INVALID_ARGUMENT.

const { loadTesting } = require('./load_protos');

const ECHO_INITIAL_KEY = 'x-grpc-test-echo-initial';
const ECHO_INITIAL_VALUE = 'test_initial_metadata_value';
const ECHO_TRAILING_KEY = 'x-grpc-test-echo-trailing-bin';
const ECHO_TRAILING_VALUE = Buffer.from([0xab, 0xab, 0xab]);
const SPECIAL_MESSAGE = '\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \u{1f608}\t\n';
const TIMEOUT_MS = 30000; // no case should need more than a fraction of this
const GZIP = 2; // grpc-js compression algorithm number for gzip

class CaseFailed extends Error {}

function check(condition, message) {
  if (!condition) throw new CaseFailed(message);
}

function parseArgs(argv) {
  const args = { serverHost: '127.0.0.1', serverPort: null, testCase: null, skipCompressionProbe: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === '--server_host') args.serverHost = value();
    else if (flag === '--server_port') args.serverPort = Number(value());
    else if (flag === '--test_case') args.testCase = value();
    else if (flag === '--skip_compression_probe') args.skipCompressionProbe = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!Number.isInteger(args.serverPort) || args.serverPort <= 0) throw new Error('--server_port P is required');
  if (!args.testCase) throw new Error('--test_case NAME is required');
  return args;
}

const deadline = (ms = TIMEOUT_MS) => ({ deadline: Date.now() + ms });

// Turns a grpc-js call's events into awaitables: next message, end of stream, status.
class CallReader {
  constructor(call) {
    this.messages = [];
    this.waiters = [];
    this.ended = false;
    this.error = null;
    this.headers = new Promise(resolve => call.once('metadata', resolve));
    this.status = new Promise(resolve => call.once('status', resolve));
    call.on('data', message => {
      this.messages.push(message);
      this.wake();
    });
    call.on('end', () => {
      this.ended = true;
      this.wake();
    });
    call.on('error', error => {
      this.error = error;
      this.ended = true;
      this.wake();
    });
  }

  wake() {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  // Resolves to the next message, or null when the stream ended; rejects with the call's error.
  async next() {
    for (;;) {
      if (this.messages.length > 0) return this.messages.shift();
      if (this.error) throw this.error;
      if (this.ended) return null;
      await new Promise(resolve => this.waiters.push(resolve));
    }
  }

  async all() {
    const out = [];
    for (let m = await this.next(); m !== null; m = await this.next()) out.push(m);
    return out;
  }
}

function unary(client, method, request, metadata, options) {
  return new Promise((resolve, reject) => {
    let headers = null;
    let outcome = null;
    let trailers = null;
    // Settles once both the callback and the status (which carries the trailers) are in.
    const settle = () => {
      if (!outcome || !trailers) return;
      if (outcome.err) reject(outcome.err);
      else resolve({ response: outcome.response, headers, trailers });
    };
    const call = client[method](request, metadata || new client.grpc.Metadata(), options || deadline(), (err, response) => {
      outcome = { err, response };
      settle();
    });
    call.on('metadata', md => {
      headers = md;
    });
    call.on('status', status => {
      trailers = status.metadata;
      settle();
    });
  });
}

async function expectError(promise, code, what, details) {
  try {
    await promise;
  } catch (err) {
    check(err.code === code, `${what}: status ${err.code} (${JSON.stringify(err.details)}), expected ${code}`);
    if (details !== undefined) {
      check(err.details === details, `${what}: message ${JSON.stringify(err.details)}, expected ${JSON.stringify(details)}`);
    }
    return err;
  }
  throw new CaseFailed(`${what}: call succeeded, expected status ${code}`);
}

function makeCases(grpc, testing, target, options) {
  const credentials = grpc.credentials.createInsecure();
  const client = new testing.TestService(target, credentials);
  client.grpc = grpc;
  const status = grpc.status;

  const zeros = size => Buffer.alloc(size);
  const payload = size => ({ type: 'COMPRESSABLE', body: zeros(size) });
  const largeRequest = extra => Object.assign(
    { response_type: 'COMPRESSABLE', response_size: 314159, payload: payload(271828) }, extra || {});

  function checkPayload(p, size, what) {
    check(p, `${what}: no payload`);
    check(p.type === 'COMPRESSABLE', `${what}: payload type ${p.type}, expected COMPRESSABLE`);
    check(p.body.length === size, `${what}: payload of ${p.body.length} bytes, expected ${size}`);
    check(p.body.every(b => b === 0), `${what}: payload bytes are not all zero`);
  }

  function echoMetadata() {
    const md = new grpc.Metadata();
    md.add(ECHO_INITIAL_KEY, ECHO_INITIAL_VALUE);
    md.add(ECHO_TRAILING_KEY, ECHO_TRAILING_VALUE);
    return md;
  }

  function checkEcho(headers, trailers, what) {
    const initial = headers ? headers.get(ECHO_INITIAL_KEY) : [];
    check(initial.length === 1 && initial[0] === ECHO_INITIAL_VALUE,
      `${what}: initial metadata ${ECHO_INITIAL_KEY}=${JSON.stringify(initial)}, expected ["${ECHO_INITIAL_VALUE}"]`);
    const trailing = trailers ? trailers.get(ECHO_TRAILING_KEY) : [];
    check(trailing.length === 1 && Buffer.isBuffer(trailing[0]) && trailing[0].equals(ECHO_TRAILING_VALUE),
      `${what}: trailing metadata ${ECHO_TRAILING_KEY}=${trailing.map(v => Buffer.from(v).toString('hex'))}, expected [ababab]`);
  }

  return {
    async empty_unary() {
      const { response } = await unary(client, 'EmptyCall', {});
      check(response !== null && typeof response === 'object', 'no Empty response');
    },

    async large_unary() {
      const { response } = await unary(client, 'UnaryCall', largeRequest());
      checkPayload(response.payload, 314159, 'response');
    },

    async client_streaming() {
      const sizes = [27182, 8, 1828, 45904];
      const response = await new Promise((resolve, reject) => {
        const call = client.StreamingInputCall(new grpc.Metadata(), deadline(), (err, res) => (err ? reject(err) : resolve(res)));
        for (const size of sizes) call.write({ payload: payload(size) });
        call.end();
      });
      check(response.aggregated_payload_size === 74922,
        `aggregated_payload_size ${response.aggregated_payload_size}, expected 74922`);
    },

    async server_streaming() {
      const sizes = [31415, 9, 2653, 58979];
      const call = client.StreamingOutputCall(
        { response_type: 'COMPRESSABLE', response_parameters: sizes.map(size => ({ size })) }, new grpc.Metadata(), deadline());
      const responses = await new CallReader(call).all();
      check(responses.length === sizes.length, `${responses.length} responses, expected ${sizes.length}`);
      responses.forEach((r, i) => checkPayload(r.payload, sizes[i], `response ${i}`));
    },

    async ping_pong() {
      const requestSizes = [27182, 8, 1828, 45904];
      const responseSizes = [31415, 9, 2653, 58979];
      const call = client.FullDuplexCall(new grpc.Metadata(), deadline());
      const reader = new CallReader(call);
      for (let i = 0; i < requestSizes.length; i++) {
        call.write({
          response_type: 'COMPRESSABLE',
          response_parameters: [{ size: responseSizes[i] }],
          payload: payload(requestSizes[i]),
        });
        const response = await reader.next();
        check(response !== null, `stream ended before response ${i}`);
        checkPayload(response.payload, responseSizes[i], `response ${i}`);
      }
      call.end();
      check((await reader.next()) === null, 'server sent more responses than requested');
      const final = await reader.status;
      check(final.code === status.OK, `status ${final.code}, expected OK`);
    },

    async empty_stream() {
      const call = client.FullDuplexCall(new grpc.Metadata(), deadline());
      const reader = new CallReader(call);
      call.end();
      const responses = await reader.all();
      check(responses.length === 0, `${responses.length} responses, expected none`);
    },

    async status_code_and_message() {
      const message = 'test status message';
      const response_status = { code: 2, message };
      await expectError(unary(client, 'UnaryCall', { response_status }), status.UNKNOWN, 'UnaryCall', message);
      const call = client.FullDuplexCall(new grpc.Metadata(), deadline());
      const reader = new CallReader(call);
      call.write({ response_status });
      call.end();
      await expectError(reader.all(), status.UNKNOWN, 'FullDuplexCall', message);
    },

    async special_status_message() {
      await expectError(unary(client, 'UnaryCall', { response_status: { code: 2, message: SPECIAL_MESSAGE } }),
        status.UNKNOWN, 'UnaryCall', SPECIAL_MESSAGE);
    },

    async custom_metadata() {
      const { response, headers, trailers } = await unary(client, 'UnaryCall', largeRequest(), echoMetadata());
      checkPayload(response.payload, 314159, 'UnaryCall response');
      checkEcho(headers, trailers, 'UnaryCall');

      const call = client.FullDuplexCall(echoMetadata(), deadline());
      const reader = new CallReader(call);
      call.write({ response_type: 'COMPRESSABLE', response_parameters: [{ size: 314159 }], payload: payload(271828) });
      call.end();
      const responses = await reader.all();
      check(responses.length === 1, `FullDuplexCall: ${responses.length} responses, expected 1`);
      checkPayload(responses[0].payload, 314159, 'FullDuplexCall response');
      const final = await reader.status;
      checkEcho(await reader.headers, final.metadata, 'FullDuplexCall');
    },

    async timeout_on_sleeping_server() {
      const call = client.FullDuplexCall(new grpc.Metadata(), deadline(1));
      const reader = new CallReader(call);
      // The request may or may not get out before the deadline; either way the call must end.
      call.write({ payload: payload(27182) });
      await expectError(reader.all(), status.DEADLINE_EXCEEDED, 'FullDuplexCall');
    },

    async cancel_after_begin() {
      const result = new Promise((resolve, reject) => {
        const call = client.StreamingInputCall(new grpc.Metadata(), deadline(), (err, res) => (err ? reject(err) : resolve(res)));
        call.cancel();
      });
      await expectError(result, status.CANCELLED, 'StreamingInputCall');
    },

    async cancel_after_first_response() {
      const call = client.FullDuplexCall(new grpc.Metadata(), deadline());
      const reader = new CallReader(call);
      call.write({ response_type: 'COMPRESSABLE', response_parameters: [{ size: 31415 }], payload: payload(27182) });
      const response = await reader.next();
      check(response !== null, 'stream ended before the first response');
      checkPayload(response.payload, 31415, 'first response');
      call.cancel();
      await expectError(reader.all(), status.CANCELLED, 'after cancel');
    },

    async unimplemented_method() {
      await expectError(unary(client, 'UnimplementedCall', {}), status.UNIMPLEMENTED, 'TestService/UnimplementedCall');
    },

    async unimplemented_service() {
      const other = new testing.UnimplementedService(target, credentials);
      other.grpc = grpc;
      try {
        await expectError(unary(other, 'UnimplementedCall', {}), status.UNIMPLEMENTED, 'UnimplementedService/UnimplementedCall');
      } finally {
        other.close();
      }
    },

    async client_compressed_unary() {
      if (!options.skipCompressionProbe) {
        await expectError(unary(client, 'UnaryCall', largeRequest({ expect_compressed: { value: true } })),
          status.INVALID_ARGUMENT, 'probe (uncompressed request expecting compression)');
      }
      // grpc-js compresses per channel; a channel of its own keeps the other calls plain.
      const gzipClient = new testing.TestService(target, credentials, { 'grpc.default_compression_algorithm': GZIP });
      gzipClient.grpc = grpc;
      try {
        const { response } = await unary(gzipClient, 'UnaryCall', largeRequest({ expect_compressed: { value: true } }));
        checkPayload(response.payload, 314159, "compressed request's response");
      } finally {
        gzipClient.close();
      }
      const { response } = await unary(client, 'UnaryCall', largeRequest({ expect_compressed: { value: false } }));
      checkPayload(response.payload, 314159, "uncompressed request's response");
    },

    async server_compressed_streaming() {
      // grpc-js decompresses transparently and does not show the per-message flag: sizes only.
      const call = client.StreamingOutputCall({
        response_type: 'COMPRESSABLE',
        response_parameters: [
          { size: 31415, compressed: { value: true } },
          { size: 92653, compressed: { value: false } },
        ],
      }, new grpc.Metadata(), deadline());
      const responses = await new CallReader(call).all();
      check(responses.length === 2, `${responses.length} responses, expected 2`);
      checkPayload(responses[0].payload, 31415, 'response 0 (compressed)');
      checkPayload(responses[1].payload, 92653, 'response 1 (uncompressed)');
    },

    close() {
      client.close();
    },
  };
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err.message);
    return 2;
  }
  const { grpc, testing } = loadTesting();
  const target = `${args.serverHost}:${args.serverPort}`;
  const cases = makeCases(grpc, testing, target, args);
  const run = cases[args.testCase];
  if (typeof run !== 'function' || args.testCase === 'close') {
    console.error(`unknown test case ${args.testCase}`);
    return 2;
  }
  try {
    await run();
  } catch (err) {
    const why = err instanceof CaseFailed ? err.message : `unexpected status ${err.code}: ${JSON.stringify(err.details || err.message)}`;
    console.error(`FAIL ${args.testCase} against ${target}: ${why}`);
    return 1;
  } finally {
    cases.close();
  }
  console.log(`PASS ${args.testCase}`);
  return 0;
}

main().then(code => process.exit(code), err => {
  console.error(err.stack || String(err));
  process.exit(2);
});
