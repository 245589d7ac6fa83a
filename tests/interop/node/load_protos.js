'use strict';
// Loads the protos the node peer needs: grpc.reflection.v1 and grpc.health.v1 from the Debian
// grpc-proto package (the independent reference, not our copies), and the cchc.v1 services from
// whatever the server's reflection sends.
const fs = require('fs');
const path = require('path');

const PROTO_ROOT = process.env.GRPC_PROTO_ROOT || '/usr/share/grpc-proto';
const OPTIONS = { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true };

function modules() {
  try {
    return { grpc: require('@grpc/grpc-js'), protoLoader: require('@grpc/proto-loader'), protobuf: require('protobufjs') };
  } catch (err) {
    throw new Error(`@grpc/grpc-js, @grpc/proto-loader or protobufjs missing (${err.message}); run: npm ci --prefix ${__dirname}`);
  }
}

function loadDebian(relative) {
  const { grpc, protoLoader } = modules();
  if (!fs.existsSync(path.join(PROTO_ROOT, relative))) {
    throw new Error(`${path.join(PROTO_ROOT, relative)} not found; run: apt-get install -y grpc-proto`);
  }
  return grpc.loadPackageDefinition(protoLoader.loadSync(relative, { ...OPTIONS, includeDirs: [PROTO_ROOT] }));
}

// A FileDescriptorSet is `repeated FileDescriptorProto file = 1`: each file as field 1, length-delimited.
function descriptorSet(files) {
  const parts = [];
  for (const file of files) {
    const length = [];
    let n = file.length;
    do {
      let byte = n & 0x7f;
      n >>>= 7;
      if (n > 0) byte |= 0x80;
      length.push(byte);
    } while (n > 0);
    parts.push(Buffer.from([0x0a, ...length]), file);
  }
  return Buffer.concat(parts);
}

function loadReflected(files) {
  const { grpc, protoLoader } = modules();
  return grpc.loadPackageDefinition(protoLoader.loadFileDescriptorSetFromBuffer(descriptorSet(files), OPTIONS));
}

// google.rpc's error types, field by field as google/rpc/status.proto and error_details.proto define them
// (Debian ships no google/rpc protos).
function googleRpc() {
  const { protobuf } = modules();
  const root = protobuf.Root.fromJSON({
    nested: {
      google: {
        nested: {
          protobuf: { nested: { Any: { fields: { type_url: { type: 'string', id: 1 }, value: { type: 'bytes', id: 2 } } } } },
          rpc: {
            nested: {
              Status: { fields: { code: { type: 'int32', id: 1 }, message: { type: 'string', id: 2 }, details: { rule: 'repeated', type: 'google.protobuf.Any', id: 3 } } },
              ErrorInfo: { fields: { reason: { type: 'string', id: 1 }, domain: { type: 'string', id: 2 }, metadata: { keyType: 'string', type: 'string', id: 3 } } },
              LocalizedMessage: { fields: { locale: { type: 'string', id: 1 }, message: { type: 'string', id: 2 } } },
            },
          },
        },
      },
    },
  });
  return (name) => root.lookupType(`google.rpc.${name}`);
}

module.exports = { modules, loadDebian, loadReflected, googleRpc };
