'use strict';
// Loads grpc.testing from the Debian grpc-proto package (not vendored: the protos are the
// independent reference, so the peers do not share our copies).
const fs = require('fs');
const path = require('path');

const PROTO_ROOT = process.env.GRPC_PROTO_ROOT || '/usr/share/grpc-proto';

function loadModules() {
  try {
    return { grpc: require('@grpc/grpc-js'), protoLoader: require('@grpc/proto-loader') };
  } catch (err) {
    throw new Error(`@grpc/grpc-js or @grpc/proto-loader missing (${err.message}); run: npm ci --prefix ${__dirname}`);
  }
}

function loadTesting() {
  const { grpc, protoLoader } = loadModules();
  const testProto = path.join(PROTO_ROOT, 'grpc/testing/test.proto');
  if (!fs.existsSync(testProto)) {
    throw new Error(`${testProto} not found; run: apt-get install -y grpc-proto`);
  }
  const definition = protoLoader.loadSync('grpc/testing/test.proto', {
    includeDirs: [PROTO_ROOT],
    keepCase: true,
    longs: String,
    enums: String,
    defaults: true,
    oneofs: true,
  });
  const testing = grpc.loadPackageDefinition(definition).grpc.testing;
  return { grpc, testing };
}

module.exports = { loadTesting };
