#!/usr/bin/env python3
"""A bounded load on `expediente serve` over loopback (scripts/test-serve).

    serve-load.py URL FOLDER CLIENTS SERVER_PID

CLIENTS threads start together; each takes a page key (GET /) and uploads every file of FOLDER to
/api/revisar, once. Every answer must be 200 with the status of FOLDER.expected.json: none lost.
Prints the wall time, the fastest and slowest answer and the server's peak RSS (VmHWM of
SERVER_PID), which must stay under 512 MiB. Each request has a 300 s timeout.
"""
import json
import os
import re
import sys
import threading
import time
import urllib.request

LIMIT_KIB = 512 << 10


def multipart(folder):
    boundary = "----expedienteCarga" + os.urandom(8).hex()
    parts = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            content = f.read()
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="archivo"; filename="{name}"\r\n'
                     f"Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n")
    return boundary, b"".join(parts) + f"--{boundary}--\r\n".encode()


def peak_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"VmHWM:\s+(\d+) kB", f.read()).group(1))


def main():
    url, folder, clients, pid = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    expected = json.load(open(folder.rstrip("/") + ".expected.json", encoding="utf-8"))["status"]
    boundary, body = multipart(folder)
    files = len([n for n in os.listdir(folder)])
    origin = url.rstrip("/")
    results = [None] * clients
    barrier = threading.Barrier(clients)

    def client(i):
        try:
            page = urllib.request.urlopen(url, timeout=60).read().decode()
            token = re.search(r'name="expediente-token" content="([0-9a-f]+)"', page).group(1)
            barrier.wait(timeout=60)
            began = time.monotonic()
            request = urllib.request.Request(origin + "/api/revisar", data=body, method="POST", headers={
                "Content-Type": "multipart/form-data; boundary=" + boundary, "Origin": origin,
                "X-Expediente-Token": token})
            with urllib.request.urlopen(request, timeout=300) as response:
                answer = json.loads(response.read())
                results[i] = (response.status, answer["report"]["status"], time.monotonic() - began)
        except Exception as error:  # every failure is reported below, none is lost
            results[i] = ("error", repr(error), 0.0)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - began
    peak = peak_kib(pid)
    bad = [r for r in results if r is None or r[0] != 200 or r[1] != expected]
    times = sorted(r[2] for r in results if r and r[0] == 200)
    print(f"Carga: {clients} clientes a la vez, {files} archivos ({len(body)} bytes) cada uno: "
          f"{clients - len(bad)}/{clients} respuestas 200 con estatus {expected}; "
          f"{wall:.1f} s en total, respuesta más rápida {times[0] if times else 0:.1f} s, más lenta {times[-1] if times else 0:.1f} s; "
          f"memoria pico del servidor (VmHWM) {peak / 1024:.0f} MiB (límite {LIMIT_KIB // 1024} MiB)")
    if bad:
        print("FALLA: respuestas perdidas o erróneas: " + repr(bad[:5]), file=sys.stderr)
        sys.exit(1)
    if peak > LIMIT_KIB:
        print("FALLA: la memoria pico rebasa el límite", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
