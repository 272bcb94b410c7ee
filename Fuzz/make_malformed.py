#!/usr/bin/env python3
"""Deterministic malformed-JPEG corpus for scripts/malformed-corpus (stdlib only).

usage: make_malformed.py SAMPLEDOCS OUTROOT MANIFEST [FOLDERS]

Writes FOLDERS (default 100) applicant folders OUTROOT/FOLIO0001 ... each with
one file per document kind (CURP.JPG, ACTANACIMIENTO.JPG, ...), every file a
mutation of a SampleDocs page of that kind, and MANIFEST (TSV: path, base,
mutation). Same inputs give the same bytes: the random generator is seeded
from the folder and file index only.
"""
import os
import random
import struct
import sys

KINDS = ["ACTANACIMIENTO", "CEDULA", "CERTIFICADO", "CURP", "IDENTIFICACION1", "IDENTIFICACION2",
         "INTERNADO", "PUNTAJENARM", "SERVICIOSOCIAL", "SOLICITUD", "TITULO1", "TITULO2"]
STANDALONE = {0x01, 0xD8, 0xD9} | set(range(0xD0, 0xD8))


def segments(b):
    """[(marker, start, end)] of the marker segments; SOS includes its entropy data."""
    out, i, n = [], 2, len(b)
    while i + 1 < n:
        if b[i] != 0xFF:
            i += 1
            continue
        m = b[i + 1]
        if m == 0xFF:
            i += 1
            continue
        if m in STANDALONE or m == 0:
            if m == 0xD9:
                out.append((m, i, i + 2))
                break
            i += 2
            continue
        if i + 3 >= n:
            break
        length = b[i + 2] << 8 | b[i + 3]
        end = i + 2 + length
        if m == 0xDA:
            j = end
            while j + 1 < n and not (b[j] == 0xFF and b[j + 1] not in (0x00, 0xFF) and not 0xD0 <= b[j + 1] <= 0xD7):
                j += 1
            end = j
        out.append((m, i, end))
        i = end
    return out


def entropy_ranges(b):
    segs = segments(b)
    ranges = []
    for m, s, e in segs:
        if m == 0xDA:
            header_end = s + 2 + (b[s + 2] << 8 | b[s + 3])
            if e > header_end:
                ranges.append((header_end, e))
    return ranges or [(2, len(b))]


def pick_entropy_offset(b, r):
    start, end = r.choice(entropy_ranges(b))
    return r.randrange(start, max(start + 1, end))


def seg_of(b, markers, r):
    cands = [s for s in segments(b) if s[0] in markers]
    return r.choice(cands) if cands else None


# Each mutation: (name, function(bytes, rng, k) -> (bytes, detail)); k is the file's ordinal.
def bit_flips(b, r, k):
    b = bytearray(b)
    n = r.choice([8, 32, 128, 512])
    where = r.choice(["entropy", "header", "anywhere"])
    for _ in range(n):
        if where == "entropy":
            o = pick_entropy_offset(b, r)
        elif where == "header":
            header_end = entropy_ranges(b)[0][0]
            o = r.randrange(2, header_end if header_end > 3 else len(b))
        else:
            o = r.randrange(len(b))
        b[o] ^= 1 << r.randrange(8)
    return bytes(b), f"{n} bit flips ({where})"


def byte_overwrite(b, r, k):
    b = bytearray(b)
    o = pick_entropy_offset(b, r) if r.random() < 0.6 else r.randrange(2, len(b))
    n = r.choice([8, 64, 512, 4096])
    fill = r.choice(["random", "ff", "00"])
    for i in range(o, min(len(b), o + n)):
        b[i] = r.randrange(256) if fill == "random" else (0xFF if fill == "ff" else 0)
    return bytes(b), f"{n} bytes overwritten with {fill} at {o}"


def truncation(b, r, k):
    # Spread over the whole file: header (first 1 KB) for some, anywhere for the rest.
    if k % 4 == 0:
        o = 1 + (k * 37) % min(1024, len(b) - 1)
    else:
        o = 2 + (k * 7919) % (len(b) - 3)
    return b[:o], f"truncated to {o} of {len(b)} bytes"


def duplicate_segment(b, r, k):
    # Only segments a file may hold once (a second DHT/DQT/APPn is legal JPEG).
    m, start, end = seg_of(b, {0xC0, 0xC2, 0xC9, 0xDA}, r)
    times = r.choice([1, 2, 50])
    return b[:end] + b[start:end] * times + b[end:], f"segment FF{m:02X} duplicated {times}x"


def remove_segment(b, r, k):
    m, start, end = seg_of(b, {0xC0, 0xC2, 0xC9, 0xC4, 0xDB, 0xDA, 0xE0, 0xE1, 0xCC}, r)
    return b[:start] + b[end:], f"segment FF{m:02X} removed"


def bogus_sof(b, r, k):
    seg = seg_of(b, {0xC0, 0xC1, 0xC2, 0xC9, 0xCA}, r)
    b = bytearray(b)
    m, s, e = seg
    field = r.choice(["height0", "width0", "height65535", "width65535", "both65535", "precision",
                      "components0", "components255", "sampling", "marker", "length"])
    p = s + 4  # precision byte
    if field == "height0":
        b[p + 1:p + 3] = b"\x00\x00"
    elif field == "width0":
        b[p + 3:p + 5] = b"\x00\x00"
    elif field == "height65535":
        b[p + 1:p + 3] = b"\xff\xff"
    elif field == "width65535":
        b[p + 3:p + 5] = b"\xff\xff"
    elif field == "both65535":
        b[p + 1:p + 5] = b"\xff\xff\xff\xff"
    elif field == "precision":
        b[p] = r.choice([0, 1, 12, 16, 255])
    elif field == "components0":
        b[p + 5] = 0
    elif field == "components255":
        b[p + 5] = 255
    elif field == "sampling":
        b[p + 7] = r.choice([0x00, 0xFF, 0x44, 0x11 * r.randrange(1, 15)])
    elif field == "marker":
        b[s + 1] = r.choice([0xC3, 0xC5, 0xC7, 0xCB, 0xCF, 0xC1])
    else:
        b[s + 2:s + 4] = struct.pack(">H", r.choice([0, 1, 2, 7, 0xFFFF]))
    return bytes(b), f"SOF FF{m:02X} {field}"


def many_scans(b, r, k):
    # Empty refinement scans before EOI: progressive files count them as scans.
    comp = 1
    sos = bytes([0xFF, 0xDA, 0x00, 0x08, 0x01, comp, 0x00, 0x00, 0x00, 0x10])
    n = r.choice([200, 999, 1001, 5000, 20000])
    eoi = b.rfind(b"\xff\xd9")
    eoi = eoi if eoi > 0 else len(b)
    return b[:eoi] + sos * n + b[eoi:], f"{n} empty SOS segments before EOI"


def appended_junk(b, r, k):
    # Zero/0xFF padding is legal (scanners write it): only data that hides something.
    kind = r.choice(["random", "jpeg", "zip"])
    n = r.choice([1, 100, 10000, 300000])
    if kind == "random":
        tail = bytes(r.randrange(256) for _ in range(min(n, 20000)))
    elif kind == "zip":
        tail = b"PK\x03\x04" + bytes(r.randrange(256) for _ in range(min(n, 2000)))
    else:
        tail = b[: min(len(b), 4096)]
    return b + tail, f"{len(tail)} bytes of {kind} appended"


def inserted_marker(b, r, k):
    where = r.choice(["entropy", "between"])
    # Markers that are wrong where they land (a COM, TEM or well-formed APPn is legal anywhere
    # between segments, so none of those).
    marker = r.choice([0xD9, 0xD8, 0xC4, 0xDB, 0xC0, 0xDD, 0xDA, 0xC2] if where == "between" else
                      [0xD9, 0xD8, 0xC4, 0xDB, 0xC0, 0xDD, 0xD0, 0xD7, 0xE1, 0xFE, 0x01, 0xDA])
    if marker in STANDALONE:
        ins = bytes([0xFF, marker])
    else:
        length = r.choice([4, 100, 0xFFFF, 0, 1])
        ins = bytes([0xFF, marker]) + struct.pack(">H", length) + bytes(r.randrange(256) for _ in range(min(max(length - 2, 0), 64)))
    if where == "entropy":
        o = pick_entropy_offset(b, r)
    else:
        o = r.choice(segments(b))[1]
    return b[:o] + ins + b[o:], f"FF{marker:02X} ({len(ins)} bytes) inserted at {o} ({where})"


def bad_length(b, r, k):
    m, s, e = seg_of(b, {0xE0, 0xDB, 0xC4, 0xC0, 0xC2, 0xC9, 0xDA, 0xE1, 0xCC, 0xEE}, r)
    b = bytearray(b)
    v = r.choice([0, 1, 2, 3, 0xFFFF, max(0, (b[s + 2] << 8 | b[s + 3]) - 1), (b[s + 2] << 8 | b[s + 3]) + 1])
    b[s + 2:s + 4] = struct.pack(">H", v)
    return bytes(b), f"segment FF{m:02X} length set to {v}"


def bogus_metadata(b, r, k):
    m, s, e = seg_of(b, {0xE0}, r) or (None, 2, 2)
    # The bogus Exif replaces the JFIF APP0, so it is the only place a density could come from.
    kind = r.choice(["exif-huge-count", "exif-loop", "exif-bad-offset", "exif-zero-denominator", "jfif-density"])
    if kind.startswith("exif"):
        le = r.random() < 0.5
        e16 = (lambda v: struct.pack("<H", v)) if le else (lambda v: struct.pack(">H", v))
        e32 = (lambda v: struct.pack("<I", v)) if le else (lambda v: struct.pack(">I", v))
        tiff = (b"II" if le else b"MM") + e16(42)
        if kind == "exif-huge-count":
            tiff += e32(8) + e16(0xFFFF) + e16(0x011A) + e16(5) + e32(1) + e32(0xFFFFFFF0)
        elif kind == "exif-loop":
            tiff += e32(8) + e16(1) + e16(0x011A) + e16(5) + e32(1) + e32(8) + e32(8)
        elif kind == "exif-zero-denominator":
            tiff += e32(8) + e16(2) + e16(0x011A) + e16(5) + e32(1) + e32(38) + e16(0x011B) + e16(5) + e32(1) + e32(38) + e32(0)
            tiff += e32(300) + e32(0)
        else:
            tiff += e32(0x7FFFFFFF)
        payload = b"Exif\x00\x00" + tiff
        seg = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
        rest = b[:s] + b[e:] if m is not None else b
        return rest[:2] + seg + rest[2:], kind + (" (JFIF removed)" if m is not None else "")
    if kind == "jfif-density":
        if m is None:
            return b, "no JFIF (unchanged)"
        bb = bytearray(b)
        bb[s + 11] = r.choice([0, 1, 2, 3, 255])
        bb[s + 12:s + 16] = b"\x00\x00\x00\x00" if r.random() < 0.5 else b"\x00\x01\x00\x01"
        return bytes(bb), f"JFIF unit {bb[s + 11]} density {bytes(bb[s + 12:s + 16]).hex()}"


def zero_region(b, r, k):
    b = bytearray(b)
    o = r.randrange(2, len(b) - 1)
    n = min(len(b) - o, r.choice([16, 1024, 65536, len(b)]))
    b[o:o + n] = bytes(n)
    return bytes(b), f"{n} bytes zeroed at {o}"


def not_soi(b, r, k):
    kind = r.choice(["no-soi", "double-soi", "soi-only", "empty-ish"])
    if kind == "no-soi":
        return b[2:], "SOI removed"
    if kind == "double-soi":
        return b[:2] + b, "SOI doubled"
    if kind == "soi-only":
        return b"\xff\xd8", "SOI only"
    return b"\xff\xd8\xff", "SOI + FF"


MUTATIONS = [bit_flips, byte_overwrite, truncation, duplicate_segment, remove_segment, bogus_sof,
             many_scans, appended_junk, inserted_marker, bad_length, bogus_metadata, zero_region,
             truncation, bit_flips, not_soi]


def main():
    sample_docs, out_root, manifest_path = sys.argv[1:4]
    folders = int(sys.argv[4]) if len(sys.argv) > 4 else 100
    bases = {}
    for kind in KINDS:
        pool = []
        for case in sorted(os.listdir(sample_docs)):
            path = os.path.join(sample_docs, case, kind + ".JPG")
            if os.path.isfile(path):
                data = open(path, "rb").read()
                if data[:2] == b"\xff\xd8" and len(data) > 20000 and data not in [p[1] for p in pool]:
                    pool.append((path, data))
        if not pool:
            sys.exit(f"make_malformed: no sample for {kind}")
        bases[kind] = pool
    os.makedirs(out_root, exist_ok=True)
    rows = []
    ordinal = 0
    for f in range(1, folders + 1):
        folder = os.path.join(out_root, f"FOLIO{f:04d}")
        os.makedirs(folder, exist_ok=True)
        for j, kind in enumerate(KINDS):
            r = random.Random(f * 1000 + j)
            base_path, base = bases[kind][(f + j) % len(bases[kind])]
            mutate = MUTATIONS[ordinal % len(MUTATIONS)]
            data, detail = mutate(base, r, ordinal)
            if data == base:  # a mutation that changed nothing: flip one entropy byte instead
                data, detail = bit_flips(base, r, ordinal)
            name = kind + ".JPG"
            with open(os.path.join(folder, name), "wb") as out:
                out.write(data)
            rows.append(f"FOLIO{f:04d}/{name}\t{base_path}\t{mutate.__name__}\t{detail}")
            ordinal += 1
    with open(manifest_path, "w") as m:
        m.write("file\tbase\tmutation\tdetail\n" + "\n".join(rows) + "\n")
    print(f"{ordinal} files in {folders} folders under {out_root}")


if __name__ == "__main__":
    main()
