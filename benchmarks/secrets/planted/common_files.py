"""Files that every repository of the team's shape has: sensitive files, and look-alikes of secrets.

A look-alike is text that a scanner may mistake for a credential but that no one should have to
rotate: placeholders, hashes in lock files, Alembic revision ids, UUIDs, git object ids, passwords
that only tests use, and the example keys that vendors publish in their documentation. Sensitive
files contain credentials by their nature (`.env`, private key files, key stores, registry and cloud
credentials). Each kind comes with a look-alike that is safe to commit (`.env.example`, a public key).

Every value is made at run time from a seeded random generator or from pieces, so this file contains
no credential-shaped literal for any scanner to report.
"""

import base64
import string
import uuid
from dataclasses import dataclass


@dataclass
class CommonFile:
    path: str
    text: str | bytes
    # "sensitive-file" or "lookalike".
    kind: str
    # A rule id for sensitive files (the vixen-gate rule that should report it), else a look-alike category.
    rule: str
    line: int = 1


class Values:
    """Random values in the shapes look-alikes and credentials take, all from one seeded generator."""

    def __init__(self, rng):
        self.rng = rng

    def hex(self, length):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(length))

    def base64(self, byte_count, urlsafe=False):
        data = self.rng.randbytes(byte_count)
        encoded = base64.urlsafe_b64encode(data) if urlsafe else base64.b64encode(data)
        return encoded.decode()

    def uuid(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def token(self, length):
        return "".join(self.rng.choice(string.ascii_letters + string.digits) for _ in range(length))

    def pem_body(self, byte_count):
        encoded = self.base64(byte_count)
        return "\n".join(encoded[start:start + 64] for start in range(0, len(encoded), 64))


def sensitive_files(values):
    """Return one file per sensitive-file rule, each with a made-up credential where such files keep one."""
    private_key = "-----BEGIN " + "OPENSSH PRIVATE KEY-----\n" + values.pem_body(300) + "\n-----END OPENSSH PRIVATE KEY-----\n"
    service_key = "-----BEGIN " + "PRIVATE KEY-----\\n" + values.base64(600) + "\\n-----END PRIVATE KEY-----\\n"
    return [
        CommonFile(
            "planted/sensitive-files/env/.env", "".join([
                "APP_ENV=production\n",
                f"SECRET_KEY={values.token(43)}\n",
                f"POSTGRES_PASSWORD={values.token(24)}\n",
            ]), "sensitive-file", "secret.env-file"),
        CommonFile("planted/sensitive-files/ssh/id_ed25519", private_key, "sensitive-file", "secret.private-key-file"),
        CommonFile(
            "planted/sensitive-files/keystore/release.p12", values.rng.randbytes(1536), "sensitive-file",
            "secret.keystore-file"),
        CommonFile(
            "planted/sensitive-files/npm/.npmrc",
            f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={values.token(36)}\n",
            "sensitive-file", "secret.registry-credentials-file"),
        CommonFile(
            "planted/sensitive-files/kube/staging.kubeconfig", "".join([
                "apiVersion: v1\nkind: Config\nclusters:\n- name: staging\n  cluster:\n",
                "    server: https://kubernetes.staging.invalid:6443\nusers:\n- name: deployer\n  user:\n",
                f"    token: {values.token(48)}\n",
            ]), "sensitive-file", "secret.kubeconfig-file"),
        CommonFile(
            "planted/sensitive-files/gcp/credentials.json", "".join([
                '{\n  "type": "service_account",\n  "project_id": "media-api-prod",\n',
                f'  "private_key_id": "{values.hex(40)}",\n',
                f'  "private_key": "{service_key}",\n',
                '  "client_email": "deployer@media-api-prod.iam.gserviceaccount.com"\n}\n',
            ]), "sensitive-file", "secret.credentials-file"),
    ]


def sensitive_lookalikes(values):
    """Return files named like sensitive files that are safe to commit."""
    return [
        CommonFile(
            "lookalikes/sensitive-files/env/.env.example", "".join([
                "APP_ENV=development\n",
                "SECRET_KEY=changethis\n",
                "POSTGRES_PASSWORD=\n",
            ]), "lookalike", "sensitive-file-lookalike"),
        CommonFile(
            "lookalikes/sensitive-files/ssh/id_ed25519.pub",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + values.base64(32)[1:] + " deployer@media-api\n",
            "lookalike", "sensitive-file-lookalike"),
        CommonFile(
            "lookalikes/sensitive-files/npm/.npmrc",
            "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n",
            "lookalike", "sensitive-file-lookalike"),
    ]


def placeholder_files(values):
    return [
        CommonFile(
            "lookalikes/common/placeholders/.env.template", "".join([
                "SECRET_KEY=changethis\n",
                "STRIPE_SECRET_KEY=sk_live_" + "x" * 24 + "\n",
                "OPENAI_API_KEY=<your-openai-api-key>\n",
                "DATABASE_URL=postgresql://postgres:${POSTGRES_PASSWORD}@db:5432/app\n",
                "SMTP_PASSWORD=your-smtp-password\n",
            ]), "lookalike", "placeholder"),
        CommonFile(
            "lookalikes/common/placeholders/docker-compose.yml", "".join([
                "services:\n  db:\n    image: postgres:17\n    environment:\n",
                "      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD?Variable not set}\n",
                "      - POSTGRES_USER=${POSTGRES_USER?Variable not set}\n",
                "  backend:\n    environment:\n      - SECRET_KEY=${SECRET_KEY}\n",
                "      - SENTRY_DSN=${SENTRY_DSN}\n",
            ]), "lookalike", "placeholder"),
        CommonFile(
            "lookalikes/common/placeholders/settings.py", "".join([
                "import os\n\n\nclass Settings:\n",
                '    SECRET_KEY: str = os.environ["SECRET_KEY"]\n',
                '    POSTGRES_PASSWORD: str = os.getenv("POSTGRES_PASSWORD", "")\n',
                '    API_TOKEN = "{{ api_token }}"\n',
            ]), "lookalike", "placeholder"),
    ]


def lock_file_hashes(values):
    package_lock = ['{\n  "name": "frontend",\n  "lockfileVersion": 3,\n  "packages": {\n']
    yarn_lock = ["# yarn lockfile v1\n\n"]
    poetry_lock = []
    for number, name in enumerate(["axios", "react", "zod", "vite"]):
        version = f"{number + 1}.{number * 3}.{number + 2}"
        integrity = "sha512-" + values.base64(64)
        package_lock.append(
            f'    "node_modules/{name}": {{\n      "version": "{version}",\n'
            f'      "resolved": "https://registry.npmjs.org/{name}/-/{name}-{version}.tgz",\n'
            f'      "integrity": "{integrity}"\n    }}{"," if number < 3 else ""}\n')
        yarn_lock.append(
            f'{name}@^{version}:\n  version "{version}"\n'
            f'  resolved "https://registry.yarnpkg.com/{name}/-/{name}-{version}.tgz#{values.hex(40)}"\n'
            f'  integrity {"sha512-" + values.base64(64)}\n\n')
        poetry_lock.append(
            f'[[package]]\nname = "{name}-py"\nversion = "{version}"\nfiles = [\n'
            f'    {{file = "{name}_py-{version}-py3-none-any.whl", hash = "sha256:{values.hex(64)}"}},\n'
            f'    {{file = "{name}_py-{version}.tar.gz", hash = "sha256:{values.hex(64)}"}},\n]\n\n')
    package_lock.append("  }\n}\n")
    image_digest = "".join([
        f"FROM python:3.12-slim@sha256:{values.hex(64)}\n",
        f'<script src="/static/app.js" integrity="sha384-{values.base64(48)}" crossorigin="anonymous"></script>\n',
    ])
    return [
        CommonFile("lookalikes/common/lock-files/package-lock.json", "".join(package_lock), "lookalike", "lock-file-hash"),
        CommonFile("lookalikes/common/lock-files/yarn.lock", "".join(yarn_lock), "lookalike", "lock-file-hash"),
        CommonFile("lookalikes/common/lock-files/poetry.lock", "".join(poetry_lock), "lookalike", "lock-file-hash"),
        CommonFile("lookalikes/common/lock-files/digests.txt", image_digest, "lookalike", "lock-file-hash"),
    ]


def alembic_revisions(values):
    files = []
    down_revision = None
    for name in ["create_user_table", "add_item_owner"]:
        revision = values.hex(12)
        down = f"'{down_revision}'" if down_revision else "None"
        text = "".join([
            f'"""{name.replace("_", " ")}\n\nRevision ID: {revision}\nRevises: {down_revision or ""}\n"""\n',
            "import sqlalchemy as sa\nfrom alembic import op\n\n",
            f"revision = '{revision}'\ndown_revision = {down}\nbranch_labels = None\ndepends_on = None\n",
        ])
        files.append(CommonFile(
            f"lookalikes/common/alembic/versions/{revision}_{name}.py", text, "lookalike", "alembic-revision"))
        down_revision = revision
    return files


def uuids(values):
    users = ",\n".join(
        f'  {{"id": "{values.uuid()}", "email": "user{number}@example.com", "is_active": true}}'
        for number in range(4))
    return [
        CommonFile("lookalikes/common/uuids/users.json", "[\n" + users + "\n]\n", "lookalike", "uuid"),
        CommonFile(
            "lookalikes/common/uuids/tenants.py",
            f'DEFAULT_TENANT_ID = "{values.uuid()}"\nREQUEST_ID_HEADER = "X-Request-ID"\n'
            f'SAMPLE_REQUEST_ID = "{values.uuid()}"\n',
            "lookalike", "uuid"),
    ]


def git_object_ids(values):
    return [
        CommonFile(
            "lookalikes/common/git-oids/.pre-commit-config.yaml",
            "repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n"
            f"    rev: {values.hex(40)}\n    hooks:\n      - id: ruff\n",
            "lookalike", "git-oid"),
        CommonFile(
            "lookalikes/common/git-oids/ci.yml",
            "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
            f"      - uses: actions/checkout@{values.hex(40)}  # v4\n"
            f"      - uses: actions/setup-python@{values.hex(40)}  # v5\n",
            "lookalike", "git-oid"),
        CommonFile(
            "lookalikes/common/git-oids/.git-blame-ignore-revs",
            f"# Reformat with ruff\n{values.hex(40)}\n# Move to src layout\n{values.hex(40)}\n",
            "lookalike", "git-oid"),
    ]


def passwords_in_tests(values):
    return [
        CommonFile(
            "lookalikes/common/test-passwords/tests/test_login.py",
            "def test_login(client):\n"
            '    response = client.post("/login", data={"username": "alice@example.com", "password": "testpassword"})\n'
            "    assert response.status_code == 200\n",
            "lookalike", "test-password"),
        CommonFile(
            "lookalikes/common/test-passwords/tests/conftest.py",
            'TEST_USER_PASSWORD = "test-password-123"\n\n\n'
            "def make_user(password=TEST_USER_PASSWORD):\n    return {\"password\": password}\n",
            "lookalike", "test-password"),
    ]


def vendor_example_keys(values):
    """Return documentation files quoting the keys vendors publish as examples.

    The values are AWS's documented example access key pair and the token jwt.io shows by default.
    Each is joined from pieces that no scanner reads as a credential.
    """
    aws_pair = ["".join(["AKIA", "IOSFODNN7", "EXAMPLE"]), "/".join(["wJalrXUtnFEMI", "K7MDENG", "bPxRfiCYEXAMPLEKEY"])]
    header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    payload = base64.urlsafe_b64encode(b'{"sub":"1234567890","name":"John Doe","iat":1516239022}').decode().rstrip("=")
    signature = "".join(["SflKxwRJSMeKKF2QT4fwpMeJf36", "POk6yJV_adQssw5c"])
    return [
        CommonFile(
            "lookalikes/common/example-keys/aws.md",
            "Configure the CLI with the example pair from the AWS documentation:\n\n"
            f"    aws_access_key_id = {aws_pair[0]}\n    aws_secret_access_key = {aws_pair[1]}\n",
            "lookalike", "vendor-example-key"),
        CommonFile(
            "lookalikes/common/example-keys/jwt.md",
            f"A token as jwt.io shows it by default:\n\n    Authorization: Bearer {header}.{payload}.{signature}\n",
            "lookalike", "vendor-example-key"),
    ]


def common_files(rng):
    """Return the sensitive files and the common look-alikes, made from `rng`."""
    values = Values(rng)
    files = sensitive_files(values) + sensitive_lookalikes(values)
    for make in (placeholder_files, lock_file_hashes, alembic_revisions, uuids, git_object_ids, passwords_in_tests,
                 vendor_example_keys):
        files.extend(make(values))
    return files
