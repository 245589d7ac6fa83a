#!/usr/bin/env node
'use strict';
// A grpc-js client of the cchc.v1 services that knows them only through server reflection.
// Usage: node cchc_client.js --server_host H --server_port P --user U --password PW --unit CODE
// Asks grpc.reflection.v1 for the cchc.v1 services, loads the descriptors the server sends, then,
// with gzip-compressed requests: checks health, signs in, reads the catalog and a report, makes a
// stale UpdateReportValues and decodes the ABORTED status's google.rpc details, streams an
// ImportValues, and probes a deadline and the message size limit. Prints one JSON object; exits 1
// with the reason on stderr when a step fails.
const { modules, loadDebian, loadReflected, googleRpc } = require('./load_protos');

const TIMEOUT_MS = 30000;

function parseArgs(argv) {
  const args = { server_host: '127.0.0.1' };
  for (let i = 2; i < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
  for (const name of ['server_port', 'user', 'password', 'unit']) {
    if (!args[name]) throw new Error(`--${name} is required`);
  }
  return args;
}

const deadline = (ms = TIMEOUT_MS) => new Date(Date.now() + ms);

function unary(client, method, request, metadata, options = {}) {
  return new Promise((resolve, reject) => {
    client[method](request, metadata, { deadline: deadline(options.ms), ...options.call }, (error, reply) => (error ? reject(error) : resolve(reply)));
  });
}

async function expectError(promise, code, codes) {
  try {
    await promise;
  } catch (error) {
    if (error.code !== code) throw new Error(`expected ${codes[code]}, got ${codes[error.code]}: ${error.details}`);
    return error;
  }
  throw new Error(`expected ${codes[code]}, the call succeeded`);
}

async function reflect(grpc, target) {
  const reflection = loadDebian('grpc/reflection/v1/reflection.proto').grpc.reflection.v1;
  const client = new reflection.ServerReflection(target, grpc.credentials.createInsecure());
  const ask = (request) => new Promise((resolve, reject) => {
    const call = client.ServerReflectionInfo({ deadline: deadline() });
    const answers = [];
    call.on('data', (answer) => answers.push(answer));
    call.on('error', reject);
    call.on('end', () => (answers.length === 1 && !answers[0].error_response ? resolve(answers[0]) : reject(new Error(`reflection answered ${JSON.stringify(answers)}`))));
    call.write(request);
    call.end();
  });
  const listed = await ask({ list_services: '*' });
  const services = listed.list_services_response.service.map((s) => s.name);
  const cchc = services.filter((s) => s.startsWith('cchc.v1.')).sort();
  const files = new Map();
  for (const service of cchc) {
    const answer = await ask({ file_containing_symbol: service });
    for (const file of answer.file_descriptor_response.file_descriptor_proto) files.set(file.toString('base64'), file);
  }
  client.close();
  return { services, cchc, files: [...files.values()] };
}

function details(error, rpc) {
  const raw = error.metadata.get('grpc-status-details-bin')[0];
  if (!raw) throw new Error(`${error.code} came without grpc-status-details-bin`);
  const status = rpc('Status').decode(raw);
  const out = { code: status.code, message: status.message };
  for (const detail of status.details) {
    const kind = detail.type_url.split('/').pop();
    if (kind === 'google.rpc.ErrorInfo') {
      const info = rpc('ErrorInfo').decode(detail.value);
      Object.assign(out, { reason: info.reason, domain: info.domain, metadata: info.metadata });
    } else if (kind === 'google.rpc.LocalizedMessage') {
      const localized = rpc('LocalizedMessage').decode(detail.value);
      Object.assign(out, { locale: localized.locale, localized: localized.message });
    }
  }
  return out;
}

async function run(args) {
  const { grpc } = modules();
  const codes = Object.fromEntries(Object.entries(grpc.status).map(([k, v]) => [v, k]));
  const rpc = googleRpc();
  const target = `${args.server_host}:${args.server_port}`;
  const result = {};
  const { services, cchc, files } = await reflect(grpc, target);
  Object.assign(result, { services, cchc_services: cchc });
  const v1 = loadReflected(files).cchc.v1;
  // Every request message is gzip-compressed (grpc-js accepts gzip responses by default).
  const options = { 'grpc.default_compression_algorithm': 2, 'grpc.max_send_message_length': 64 << 20 };
  const client = (service) => new v1[service](target, grpc.credentials.createInsecure(), options);
  const none = new grpc.Metadata();

  const health = new (loadDebian('grpc/health/v1/health.proto').grpc.health.v1.Health)(target, grpc.credentials.createInsecure(), options);
  result.health = (await unary(health, 'Check', { service: 'cchc.v1.Reports' }, none)).status;

  const login = await unary(client('Auth'), 'Login', { user_name: args.user, password: args.password }, none);
  const signedIn = new grpc.Metadata();
  signedIn.set('authorization', `Bearer ${login.token}`);
  result.role = login.principal.role;

  const catalog = await unary(client('Catalog'), 'GetCatalog', {}, signedIn);
  result.catalog = { version: catalog.version, indicators: catalog.indicators.length };

  const report = await unary(client('Reports'), 'GetReport', { name: `reports/${args.unit}/2023` }, signedIn);
  result.report = { name: report.name, values: report.values.length, status: report.status };

  const reports = client('Reports');
  const name = `reports/${args.unit}/2020-Q1`;
  const value = { indicator_id: 'I.1', raw_text: '4' };
  const first = await unary(reports, 'UpdateReportValues', { name, base_revision: 0, values: [value] }, signedIn);
  const english = signedIn.clone();
  english.set('accept-language', 'en');
  const stale = await expectError(unary(reports, 'UpdateReportValues', { name, base_revision: 0, values: [value] }, english), grpc.status.ABORTED, codes);
  result.stale = { first_revision: Number(first.report.revision), ...details(stale, rpc) };

  const imported = await new Promise((resolve, reject) => {
    const call = client('Imports').ImportValues(signedIn, { deadline: deadline() }, (error, reply) => (error ? reject(error) : resolve(reply)));
    call.write({ idempotency_key: `node-peer-${args.unit}-2020-Q2`, unit_code: args.unit, period_id: '2020-Q2',
      rows: [{ indicator: 'I.1', raw_value: '7', source_line: 1 }, { indicator: 'II.1.1', raw_value: '8', source_line: 2 }] });
    call.write({ idempotency_key: `node-peer-${args.unit}-2020-Q3`, unit_code: args.unit, period_id: '2020-Q3',
      rows: [{ indicator: 'I.1', raw_value: '9', source_line: 3 }] });
    call.end();
  });
  result.import = { batches: imported.summary.batches, imported: imported.summary.imported, rejected: imported.summary.rejected };

  // An import whose client goes quiet: the deadline passes while the server waits for the next batch.
  const quiet = new Promise((resolve, reject) => {
    const call = client('Imports').ImportValues(signedIn, { deadline: deadline(500) }, (error, reply) => (error ? reject(error) : resolve(reply)));
    call.write({ idempotency_key: `node-peer-${args.unit}-quiet`, unit_code: args.unit, period_id: '2020-Q4', rows: [{ indicator: 'I.1', raw_value: '1', source_line: 1 }] });
  });
  result.deadline = codes[(await expectError(quiet, grpc.status.DEADLINE_EXCEEDED, codes)).code];

  // Sent uncompressed: the limit is on the message, and gzip would shrink this one below it.
  const plain = new v1.Reports(target, grpc.credentials.createInsecure(), { 'grpc.max_send_message_length': 64 << 20 });
  const huge = { name, base_revision: Number(first.report.revision), values: [{ indicator_id: 'I.1', note: 'x'.repeat(5 * 1024 * 1024) }] };
  result.too_big = codes[(await expectError(unary(plain, 'UpdateReportValues', huge, signedIn), grpc.status.RESOURCE_EXHAUSTED, codes)).code];

  const anonymous = await expectError(unary(client('Units'), 'ListUnits', {}, none), grpc.status.UNAUTHENTICATED, codes);
  result.anonymous = details(anonymous, rpc);
  return result;
}

run(parseArgs(process.argv))
  .then((result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  })
  .catch((error) => {
    process.stderr.write(`FAIL ${error.message}\n`);
    process.exit(1);
  });
