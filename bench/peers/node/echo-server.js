// grpc-js peer for the wire benchmark: serves /cchc.bench.BenchService/Echo on 127.0.0.1 (h2c),
// echoing the request payload. Started by the bench harness; prints "LISTENING <port>" once bound
// and exits when its standard input closes (so it never outlives the harness).
'use strict';

const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const protoDir = process.argv[2] || path.join(__dirname, '..', '..', 'Protos');
const definition = protoLoader.loadSync(path.join(protoDir, 'bench.proto'), {
  includeDirs: [protoDir],
  keepCase: true,
});
const bench = grpc.loadPackageDefinition(definition).cchc.bench;

const server = new grpc.Server();
server.addService(bench.BenchService.service, {
  Echo(call, callback) {
    callback(null, { payload: call.request.payload });
  },
});

server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, port) => {
  if (error) {
    console.error(`grpc-js peer: bind failed: ${error.message}`);
    process.exit(1);
  }
  process.stdout.write(`LISTENING ${port}\n`);
});

process.stdin.resume();
process.stdin.on('end', () => server.tryShutdown(() => process.exit(0)));
process.stdin.on('error', () => process.exit(0));
