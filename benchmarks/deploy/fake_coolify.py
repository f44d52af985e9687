#!/usr/bin/env python3
"""A minimal stand-in for Coolify 4.3's API and the product's health and smoke endpoints.

It responds at once, on 127.0.0.1 only, so `benchmarks/deploy.sh` measures vixen-gate's own work.
Deployments finish on the first poll at the commit the last PATCH set. It prints its port on the
first line of standard output and serves until it is killed.
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

APPLICATIONS = {}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle's algorithm on, the second waits for the
    # client's delayed ACK, about 40 ms per response on Linux loopback.
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(length) or b"{}")

    def do_GET(self):
        parts = self.path.split("?")[0].strip("/").split("/")
        if parts == ["health"]:
            return self.reply(200, {"status": "ok"})
        if parts[:3] == ["api", "v1", "deployments"]:
            uuid = parts[3]
            commit = APPLICATIONS.get(uuid.removeprefix("dpl-"), "HEAD")
            return self.reply(200, {"deployment_uuid": uuid, "status": "finished", "commit": commit})
        if parts[:3] == ["api", "v1", "applications"] and len(parts) == 5 and parts[4] == "rollback-images":
            return self.reply(200, {"current": "previous-image", "images": []})
        if parts[:3] == ["api", "v1", "applications"] and len(parts) == 4:
            uuid = parts[3]
            return self.reply(200, {"uuid": uuid, "status": "running:healthy", "fqdn": None,
                                    "git_commit_sha": APPLICATIONS.get(uuid, "HEAD")})
        self.reply(404, {"message": "Not found."})

    def do_PATCH(self):
        parts = self.path.strip("/").split("/")
        APPLICATIONS[parts[3]] = self.read_body().get("git_commit_sha", "HEAD")
        self.reply(200, {"uuid": parts[3]})

    def do_POST(self):
        path, _, query = self.path.partition("?")
        if path == "/api/v1/deploy":
            uuids = dict(item.split("=", 1) for item in query.split("&"))["uuid"].split(",")
            return self.reply(200, {"deployments": [
                {"message": "queued", "resource_uuid": uuid, "deployment_uuid": "dpl-" + uuid} for uuid in uuids]})
        if path == "/api/login":
            self.read_body()
            return self.reply(200, {"token": "t"})
        self.reply(404, {"message": "Not found."})


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
