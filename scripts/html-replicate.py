#!/usr/bin/env python3
"""Writes an HTML report of N folders from a real report of a few (the one of SampleDocs/):
folder i is folder i mod k of the source with the path convocatoria/2025-48-<i>, and the
summary's counts are recomputed. The page, thumbnails and escaping are the tool's own; only
the number of folders grows. For scripts/bench-html.

    html-replicate.py SOURCE.html N OUTPUT.html"""
import json
import re
import sys

source_path, count, output_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
source = open(source_path, encoding="utf-8").read()
start = source.index('<div id="datos" hidden>\n') + len('<div id="datos" hidden>\n')
end = source.index("</div>\n<section id=\"resumen\">")
head, tail = source[:start], source[end:]
blocks = re.findall(r'(<script type="application/json" class="carpeta"[^>]*>)(.*?)</script>\n', source[start:end], re.S)


def script_safe(text):
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


statuses, checks = {}, {}
folders = documents = 0
severities = {"anulacion": 0, "observacion": 0, "aviso": 0}
with open(output_path, "w", encoding="utf-8") as out:
    out.write(head)
    for i in range(count):
        tag, data = blocks[i % len(blocks)]
        folder = json.loads(data)
        folder["path"] = "convocatoria/2025-48-%06d" % (i + 1)
        tag = re.sub(r'data-path="[^"]*"', 'data-path="%s"' % folder["path"], tag)
        out.write(tag + script_safe(json.dumps(folder, ensure_ascii=False, separators=(",", ":"))) + "</script>\n")
        folders += 1
        documents += len(folder["documents"])
        statuses[folder["status"]] = statuses.get(folder["status"], 0) + 1
        findings = folder["folder"] + [f for d in folder["documents"] for f in d["findings"]]
        for f in findings:
            severities[f["severity"]] += 1
        for c in set(f["check"] for f in findings):
            checks[c] = checks.get(c, 0) + 1
    tail = re.sub(r'(<td class="n" data-estatus="([A-Z_]+)">)\d+(</td>)',
                  lambda m: m.group(1) + str(statuses.get(m.group(2), 0)) + m.group(3), tail)
    tail = re.sub(r'<p id="totales">.*?</p>', '<p id="totales">%d carpeta(s), %d documento(s); %d anulación(es), %d observación(es), %d aviso(s).</p>'
                  % (folders, documents, severities["anulacion"], severities["observacion"], severities["aviso"]), tail, flags=re.S)
    catalog = json.loads(re.search(r'<script type="application/json" id="catalogo">(.*?)</script>', tail, re.S).group(1))
    for c in catalog["checks"]:
        c["folders"] = checks.get(c["id"], 0)
    tail = re.sub(r'(<script type="application/json" id="catalogo">).*?(</script>)',
                  lambda m: m.group(1) + script_safe(json.dumps(catalog, ensure_ascii=False, separators=(",", ":"))) + m.group(2), tail, flags=re.S)
    out.write(tail)
