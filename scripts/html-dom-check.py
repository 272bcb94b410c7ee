#!/usr/bin/env python3
"""Checks the DOM that headless Chromium dumped for an expediente HTML report against the
report's own data: every folder, document file, check id and message of the shown page is in
the rendered articles, the status counts of the summary match the folders, and every
thumbnail is an embedded JPEG. Used by scripts/test-html.

    html-dom-check.py REPORT.html DOM.html [ESTATUS]

With ESTATUS, the DOM is of the page opened at #estatus=ESTATUS: only those folders are shown.
Prints what it checked; exits 1 on the first mismatch."""
import html
import json
import re
import sys

report_path, dom_path = sys.argv[1], sys.argv[2]
status_filter = sys.argv[3] if len(sys.argv) > 3 else None
source = open(report_path, encoding="utf-8").read()
dom = open(dom_path, encoding="utf-8").read()


def fail(message):
    print("FALLA: " + message)
    sys.exit(1)


blocks = [json.loads(b) for b in re.findall(r'<script type="application/json" class="carpeta"[^>]*>(.*?)</script>', source, re.S)]
if not blocks:
    fail("el informe no tiene carpetas")
shown = [b for b in blocks if status_filter is None or b["status"] == status_filter][:50]
main = re.search(r'<main id="lista">(.*?)</main>', dom, re.S)
if not main:
    fail("el DOM no tiene <main id=\"lista\">")
articles = re.findall(r'<article class="carpeta[^"]*">(.*?)</article>', main.group(1), re.S)
if len(articles) != len(shown):
    fail(f"se ven {len(articles)} carpetas; se esperaban {len(shown)}")

findings = documents = thumbnails = 0
for block, article in zip(shown, articles):
    text = html.unescape(re.sub(r"<[^>]+>", " ", article))
    text = re.sub(r"\s+", " ", text)
    expected = [block["path"], block["status"]]
    for document in block["documents"]:
        documents += 1
        expected.append(document["kind"] + " — " + document["file"])
        for finding in document["findings"]:
            findings += 1
            expected += ["[" + finding["check"] + "]", finding["message"]]
            if finding["hint"]:
                expected.append(finding["hint"])
        if document["thumb"]:
            thumbnails += 1
        facts = document["facts"] or {}
        if facts.get("width") is not None:
            expected.append(f"{facts['width']} × {facts['height']} px")
        if facts.get("bytes") is not None:
            expected.append(f"({facts['bytes']} bytes)")
        expected += facts.get("qr") or []
    for finding in block["folder"]:
        findings += 1
        expected += ["[" + finding["check"] + "]", finding["message"]]
    for piece in expected:
        if re.sub(r"\s+", " ", piece) not in text:
            fail(f"{block['path']}: no se ve «{piece}»")
images = re.findall(r'<img[^>]* src="data:image/jpeg;base64,/9j/', main.group(1))
if len(images) != thumbnails:
    fail(f"{len(images)} miniaturas en el DOM; se esperaban {thumbnails}")

counts = {}
for block in blocks:
    counts[block["status"]] = counts.get(block["status"], 0) + 1
for status, number in re.findall(r'<td class="n" data-estatus="([A-Z_]+)">(\d+)</td>', dom):
    if int(number) != counts.get(status, 0):
        fail(f"el resumen dice {number} carpeta(s) {status}; son {counts.get(status, 0)}")
counter = re.search(r'<span id="contador">([^<]*)</span>', dom)
expected_counter = f"{len([b for b in blocks if status_filter is None or b['status'] == status_filter])} de {len(blocks)} carpeta(s)"
if not counter or counter.group(1) != expected_counter:
    fail(f"el contador dice «{counter.group(1) if counter else ''}»; se esperaba «{expected_counter}»")
ready = re.search(r'data-listo-ms="(\d+)"', dom)
if not ready:
    fail("el script de la página no terminó (falta data-listo-ms)")
print(f"DOM correcto{' (#estatus=' + status_filter + ')' if status_filter else ''}: {len(articles)} carpeta(s) de {len(blocks)}, "
      f"{documents} documento(s), {findings} hallazgo(s), {len(images)} miniatura(s); resumen por estatus {counts}; "
      f"primera página lista a los {ready.group(1)} ms")
