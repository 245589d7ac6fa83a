#!/usr/bin/env node
'use strict';
// grpc.testing.TestService on @grpc/grpc-js: an independent server for the CchcGrpc interop suite.
//
// Usage: node interop_server.js --port N [--host 127.0.0.1] [--exit_on_stdin_close]
// With --port 0 a free port is picked. Either way the first line on stdout is "LISTENING <port>".
//
// Limits of grpc-js (not of this script): its server never compresses responses and does not tell
// a handler whether a request message was compressed, so ResponseParameters.compressed,
// response_compressed and expect_compressed are accepted but have no effect here.

const { loadTesting } = require('./load_protos');

const ECHO_INITIAL_KEY = 'x-grpc-test-echo-initial';
const ECHO_TRAILING_KEY = 'x-grpc-test-echo-trailing-bin';

function parseArgs(argv) {
  const args = { host: '127.0.0.1', port: null, exitOnStdinClose: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === '--port') args.port = Number(value());
    else if (flag === '--host') args.host = value();
    else if (flag === '--exit_on_stdin_close') args.exitOnStdinClose = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!Number.isInteger(args.port) || args.port < 0) throw new Error('--port N is required');
  return args;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const { grpc, testing } = loadTesting();

  const zeros = size => Buffer.alloc(size);
  const payload = size => ({ type: 'COMPRESSABLE', body: zeros(size) });

  // Sends the echoed initial metadata now and returns the trailers to end the call with.
  function echoMetadata(call, extraInitial) {
    const initial = new grpc.Metadata();
    let any = false;
    for (const value of call.metadata.get(ECHO_INITIAL_KEY)) {
      initial.add(ECHO_INITIAL_KEY, value);
      any = true;
    }
    for (const [key, value] of extraInitial || []) {
      initial.add(key, value);
      any = true;
    }
    if (any) call.sendMetadata(initial);
    const trailers = new grpc.Metadata();
    for (const value of call.metadata.get(ECHO_TRAILING_KEY)) trailers.add(ECHO_TRAILING_KEY, value);
    return trailers;
  }

  // The status a request asks for, as the error grpc-js turns into trailers, or null.
  function requestedError(request, trailers) {
    const status = request.response_status;
    if (!status || status.code === 0) return null;
    return { code: status.code, details: status.message, metadata: trailers };
  }

  // Waits interval_us; resolves false early when the call is cancelled.
  function sleep(call, intervalUs) {
    if (call.cancelled) return Promise.resolve(false);
    if (!intervalUs) return Promise.resolve(true);
    return new Promise(resolve => {
      const onCancel = () => {
        clearTimeout(timer);
        resolve(false);
      };
      const timer = setTimeout(() => {
        call.removeListener('cancelled', onCancel);
        resolve(true);
      }, intervalUs / 1000);
      call.once('cancelled', onCancel);
    });
  }

  function write(call, message) {
    return new Promise((resolve, reject) => call.write(message, err => (err ? reject(err) : resolve())));
  }

  async function streamResponses(call, request) {
    for (const params of request.response_parameters) {
      if (!(await sleep(call, params.interval_us))) return false;
      await write(call, { payload: payload(params.size) });
    }
    return true;
  }

  // for-await on the call itself would destroy it when the requests end, before the responses
  // and trailers go out; this iterator leaves the writable side open.
  const requests = call => call.iterator({ destroyOnReturn: false });

  // Streams end with an error event (status + trailers) or end(trailers); a cancelled call needs neither.
  function finish(call, trailers, error) {
    if (call.cancelled) return;
    if (error) call.emit('error', error);
    else call.end(trailers);
  }

  const service = {
    EmptyCall(call, callback) {
      const trailers = echoMetadata(call);
      callback(null, {}, trailers);
    },

    UnaryCall(call, callback) {
      const trailers = echoMetadata(call);
      const error = requestedError(call.request, trailers);
      if (error) return callback(error);
      callback(null, { payload: payload(call.request.response_size) }, trailers);
    },

    CacheableUnaryCall(call, callback) {
      // A timestamp body lets a caller see whether a proxy served a cached copy.
      const trailers = echoMetadata(call, [['cache-control', 'max-age=60, public']]);
      const error = requestedError(call.request, trailers);
      if (error) return callback(error);
      const body = Buffer.from(String(process.hrtime.bigint()), 'ascii');
      callback(null, { payload: { type: 'COMPRESSABLE', body } }, trailers);
    },

    async StreamingOutputCall(call) {
      const trailers = echoMetadata(call);
      const error = requestedError(call.request, trailers);
      if (error) return finish(call, trailers, error);
      try {
        await streamResponses(call, call.request);
        finish(call, trailers);
      } catch (err) {
        finish(call, trailers, { code: grpc.status.INTERNAL, details: String(err), metadata: trailers });
      }
    },

    StreamingInputCall(call, callback) {
      const trailers = echoMetadata(call);
      let total = 0;
      call.on('data', request => {
        total += request.payload ? request.payload.body.length : 0;
      });
      call.on('end', () => callback(null, { aggregated_payload_size: total }, trailers));
      call.on('error', () => {});
    },

    async FullDuplexCall(call) {
      const trailers = echoMetadata(call);
      try {
        for await (const request of requests(call)) {
          const error = requestedError(request, trailers);
          if (error) return finish(call, trailers, error);
          if (!(await streamResponses(call, request))) return;
        }
        finish(call, trailers);
      } catch (err) {
        finish(call, trailers, { code: grpc.status.INTERNAL, details: String(err), metadata: trailers });
      }
    },

    async HalfDuplexCall(call) {
      const trailers = echoMetadata(call);
      try {
        const buffered = [];
        for await (const request of requests(call)) buffered.push(request);
        for (const request of buffered) {
          const error = requestedError(request, trailers);
          if (error) return finish(call, trailers, error);
          if (!(await streamResponses(call, request))) return;
        }
        finish(call, trailers);
      } catch (err) {
        finish(call, trailers, { code: grpc.status.INTERNAL, details: String(err), metadata: trailers });
      }
    },
    // UnimplementedCall is left out on purpose: grpc-js answers it with UNIMPLEMENTED.
  };

  const server = new grpc.Server();
  server.addService(testing.TestService.service, service);
  server.bindAsync(`${args.host}:${args.port}`, grpc.ServerCredentials.createInsecure(), (err, port) => {
    if (err) {
      console.error(`cannot listen on ${args.host}:${args.port}: ${err.message}`);
      process.exit(1);
    }
    process.stdout.write(`LISTENING ${port}\n`);
  });

  const stop = () => server.tryShutdown(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  if (args.exitOnStdinClose) {
    process.stdin.on('end', stop);
    process.stdin.on('error', stop);
    process.stdin.resume();
  }
}

try {
  main();
} catch (err) {
  console.error(err.message);
  process.exit(2);
}
