#!/usr/bin/python3
"""A grpcio client of the cchc.v1 services that knows them only through server reflection.

Usage: cchc_client.py --server_host H --server_port P --user U --password PW --unit CODE
It asks grpc.reflection.v1 for the cchc.v1 services, builds their message classes from the
descriptors the server sends, and then, with gzip-compressed requests: checks health, signs in,
reads the catalog and a report, makes a stale UpdateReportValues and decodes the ABORTED
status's google.rpc details, streams an ImportValues, and probes a deadline and the message size
limit. Prints one JSON object with what it saw; exits 1 with the reason on stderr when a step fails.
"""

import argparse
import json
import sys
import time

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf import any_pb2, field_mask_pb2, timestamp_pb2, duration_pb2, wrappers_pb2, empty_pb2

import peer_protos

TIMEOUT = 30


class StepFailed(Exception):
    pass


def reflect(channel):
    """Every cchc.v1 service and a pool holding the files that define them."""
    pb = peer_protos.generate("grpc/reflection/v1/reflection.proto")
    info = channel.stream_stream("/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
                                 pb.ServerReflectionRequest.SerializeToString, pb.ServerReflectionResponse.FromString)

    def ask(request):
        responses = list(info(iter([request]), timeout=TIMEOUT))
        if len(responses) != 1 or responses[0].HasField("error_response"):
            raise StepFailed(f"reflection answered {responses}")
        return responses[0]

    services = [s.name for s in ask(pb.ServerReflectionRequest(list_services="*")).list_services_response.service]
    cchc = sorted(s for s in services if s.startswith("cchc.v1."))
    files = {}
    for service in cchc:
        for raw in ask(pb.ServerReflectionRequest(file_containing_symbol=service)).file_descriptor_response.file_descriptor_proto:
            proto = descriptor_pb2.FileDescriptorProto.FromString(raw)
            files[proto.name] = proto
    pool = descriptor_pool.DescriptorPool()
    # Well-known types may or may not be sent; the library has them.
    for known in (any_pb2, field_mask_pb2, timestamp_pb2, duration_pb2, wrappers_pb2, empty_pb2):
        if known.DESCRIPTOR.name not in files:
            pool.AddSerializedFile(known.DESCRIPTOR.serialized_pb)
    added = set()
    while len(added) < len(files):
        progress = False
        for name, proto in files.items():
            if name not in added and all(d in added or d not in files for d in proto.dependency):
                pool.Add(proto)
                added.add(name)
                progress = True
        if not progress:
            raise StepFailed(f"cannot order files by their imports: {sorted(set(files) - added)}")
    return services, cchc, pool


class Cchc:
    """Unary and client-streaming callables for cchc.v1 methods, typed by the reflected descriptors."""

    def __init__(self, channel, pool):
        self.channel = channel
        self.pool = pool
        self.factory = message_factory.MessageFactory(pool)

    def message(self, full_name, **fields):
        cls = self.factory.GetPrototype(self.pool.FindMessageTypeByName(full_name))
        return cls(**fields)

    def _method(self, service, name):
        method = self.pool.FindServiceByName(service).FindMethodByName(name)
        response = self.factory.GetPrototype(method.output_type)
        return method, response

    def unary(self, service, name):
        method, response = self._method(service, name)
        return self.channel.unary_unary(f"/{service}/{name}", lambda m: m.SerializeToString(), response.FromString)

    def client_streaming(self, service, name):
        method, response = self._method(service, name)
        return self.channel.stream_unary(f"/{service}/{name}", lambda m: m.SerializeToString(), response.FromString)


def details(error, rpc):
    """The google.rpc.Status in grpc-status-details-bin, decoded: reason, locale, message, violations."""
    raw = dict(error.trailing_metadata() or ()).get("grpc-status-details-bin")
    if raw is None:
        raise StepFailed(f"{error.code()} came without grpc-status-details-bin")
    status = rpc["Status"].FromString(raw)
    out = {"code": status.code, "message": status.message}
    for detail in status.details:
        kind = detail.type_url.split("/")[-1]
        if kind == "google.rpc.ErrorInfo":
            info = rpc["ErrorInfo"].FromString(detail.value)
            out.update(reason=info.reason, domain=info.domain, metadata=dict(info.metadata))
        elif kind == "google.rpc.LocalizedMessage":
            localized = rpc["LocalizedMessage"].FromString(detail.value)
            out.update(locale=localized.locale, localized=localized.message)
        elif kind == "google.rpc.PreconditionFailure":
            out["violations"] = [v.description for v in rpc["PreconditionFailure"].FromString(detail.value).violations]
    return out


def expect_error(call, code):
    try:
        call()
    except grpc.RpcError as error:
        if error.code() != code:
            raise StepFailed(f"expected {code}, got {error.code()}: {error.details()}")
        return error
    raise StepFailed(f"expected {code}, the call succeeded")


def run(args):
    rpc = peer_protos.google_rpc()
    result = {}
    target = f"{args.server_host}:{args.server_port}"
    # Every request message is gzip-compressed; grpcio accepts gzip responses by default.
    with grpc.insecure_channel(target, compression=grpc.Compression.Gzip) as channel:
        services, cchc_services, pool = reflect(channel)
        result["services"] = services
        result["cchc_services"] = cchc_services
        api = Cchc(channel, pool)

        health = peer_protos.generate("grpc/health/v1/health.proto")
        check = channel.unary_unary("/grpc.health.v1.Health/Check", health.HealthCheckRequest.SerializeToString, health.HealthCheckResponse.FromString)
        result["health"] = health.HealthCheckResponse.ServingStatus.Name(check(health.HealthCheckRequest(service="cchc.v1.Reports"), timeout=TIMEOUT).status)

        login = api.unary("cchc.v1.Auth", "Login")(api.message("cchc.v1.LoginRequest", user_name=args.user, password=args.password), timeout=TIMEOUT)
        signed_in = [("authorization", "Bearer " + login.token)]
        result["role"] = pool.FindEnumTypeByName("cchc.v1.Role").values_by_number[login.principal.role].name

        catalog = api.unary("cchc.v1.Catalog", "GetCatalog")(api.message("cchc.v1.GetCatalogRequest"), timeout=TIMEOUT, metadata=signed_in)
        result["catalog"] = {"version": catalog.version, "indicators": len(catalog.indicators)}

        report = api.unary("cchc.v1.Reports", "GetReport")(api.message("cchc.v1.GetReportRequest", name=f"reports/{args.unit}/2023"), timeout=TIMEOUT, metadata=signed_in)
        result["report"] = {"name": report.name, "values": len(report.values), "status": pool.FindEnumTypeByName("cchc.v1.ReportStatus").values_by_number[report.status].name}

        update = api.unary("cchc.v1.Reports", "UpdateReportValues")
        name = f"reports/{args.unit}/2020-Q1"
        value = api.message("cchc.v1.ValueInput", indicator_id="I.1", raw_text="4")
        first = update(api.message("cchc.v1.UpdateReportValuesRequest", name=name, base_revision=0, values=[value]), timeout=TIMEOUT, metadata=signed_in)
        stale = expect_error(lambda: update(api.message("cchc.v1.UpdateReportValuesRequest", name=name, base_revision=0, values=[value]),
                                            timeout=TIMEOUT, metadata=signed_in + [("accept-language", "en")]), grpc.StatusCode.ABORTED)
        result["stale"] = {"first_revision": first.report.revision, **details(stale, rpc)}

        batch = api.message("cchc.v1.ImportBatch", idempotency_key=f"python-peer-{args.unit}-2020-Q2", unit_code=args.unit, period_id="2020-Q2",
                            rows=[api.message("cchc.v1.ImportRow", indicator="I.1", raw_value="7", source_line=1),
                                  api.message("cchc.v1.ImportRow", indicator="II.1.1", raw_value="8", source_line=2)])
        second = api.message("cchc.v1.ImportBatch", idempotency_key=f"python-peer-{args.unit}-2020-Q3", unit_code=args.unit, period_id="2020-Q3",
                             rows=[api.message("cchc.v1.ImportRow", indicator="I.1", raw_value="9", source_line=3)])
        imported = api.client_streaming("cchc.v1.Imports", "ImportValues")(iter([batch, second]), timeout=TIMEOUT, metadata=signed_in)
        result["import"] = {"batches": imported.summary.batches, "imported": imported.summary.imported, "rejected": imported.summary.rejected}

        # An import whose client goes quiet: the deadline passes while the server waits for the next batch.
        quiet_batch = api.message("cchc.v1.ImportBatch", idempotency_key=f"python-peer-{args.unit}-quiet", unit_code=args.unit, period_id="2020-Q4",
                                  rows=[api.message("cchc.v1.ImportRow", indicator="I.1", raw_value="1", source_line=1)])

        def quiet():
            yield quiet_batch
            time.sleep(3)

        importer = api.client_streaming("cchc.v1.Imports", "ImportValues")
        result["deadline"] = expect_error(lambda: importer(quiet(), timeout=0.5, metadata=signed_in), grpc.StatusCode.DEADLINE_EXCEEDED).code().name

        huge = api.message("cchc.v1.UpdateReportValuesRequest", name=name, base_revision=first.report.revision,
                           values=[api.message("cchc.v1.ValueInput", indicator_id="I.1", note="x" * (5 * 1024 * 1024))])
        # Sent uncompressed: the limit is on the message, and gzip would shrink this one below it.
        too_big = expect_error(lambda: update(huge, timeout=TIMEOUT, metadata=signed_in, compression=grpc.Compression.NoCompression), grpc.StatusCode.RESOURCE_EXHAUSTED)
        result["too_big"] = too_big.code().name

        anonymous = expect_error(lambda: api.unary("cchc.v1.Units", "ListUnits")(api.message("cchc.v1.ListUnitsRequest"), timeout=TIMEOUT), grpc.StatusCode.UNAUTHENTICATED)
        result["anonymous"] = details(anonymous, rpc)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server_host", default="127.0.0.1")
    parser.add_argument("--server_port", type=int, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--unit", required=True)
    args = parser.parse_args()
    try:
        print(json.dumps(run(args), ensure_ascii=False, sort_keys=True))
    except StepFailed as failure:
        print(f"FAIL {failure}", file=sys.stderr)
        return 1
    except grpc.RpcError as error:
        print(f"FAIL status {error.code()}: {error.details()!r}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
