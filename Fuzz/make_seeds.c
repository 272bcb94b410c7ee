/*
 * Seed-corpus helper for scripts/fuzz (not part of the package).
 * Writes small JPEGs with the project's own encoder (exp_encode in
 * Sources/CExpedienteJPEG): gray/RGB, baseline/progressive/arithmetic,
 * Adobe CMYK, JFIF densities, Exif APP1 (both byte orders), COM, pages
 * with a QR symbol (libqrencode, as QRGenerator.swift), and 1/8-scale
 * re-encodings of every JPEG given on the command line (the SampleDocs
 * pages written by `expediente-samples`).
 *
 * usage: make_seeds OUTDIR [sample.jpg ...]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <qrencode.h>

#include "exp_jpeg.h"

static const char *outdir;
static int counter;

static void save(const char *tag, const unsigned char *data, size_t size) {
  char path[4096];
  snprintf(path, sizeof(path), "%s/seed-%03d-%s.jpg", outdir, counter++, tag);
  FILE *f = fopen(path, "wb");
  if (f == NULL) { perror(path); exit(1); }
  fwrite(data, 1, size, f);
  fclose(f);
}

static void encode(const char *tag, const unsigned char *pixels, unsigned w,
                   unsigned h, int components, exp_encode_options options) {
  unsigned char *out = NULL;
  size_t size = 0;
  char message[EXP_MESSAGE_LENGTH];
  if (exp_encode(pixels, w, h, components, &options, &out, &size, message) ==
      EXP_OK)
    save(tag, out, size);
  else
    fprintf(stderr, "make_seeds: %s: %s\n", tag, message);
  exp_free(out);
}

/* Exif APP1 payload with XResolution/YResolution/ResolutionUnit, as
   ExifResolution.makeExifPayload writes it. */
static size_t exif_payload(unsigned char *p, unsigned dpi, int big) {
  size_t n = 0;
#define U16(v) do { unsigned _v = (v); if (big) { p[n++] = _v >> 8; p[n++] = _v & 255; } else { p[n++] = _v & 255; p[n++] = _v >> 8; } } while (0)
#define U32(v) do { unsigned _w = (v); if (big) { U16(_w >> 16); U16(_w & 0xFFFF); } else { U16(_w & 0xFFFF); U16(_w >> 16); } } while (0)
  memcpy(p, "Exif\0\0", 6); n = 6;
  p[n++] = big ? 'M' : 'I'; p[n++] = big ? 'M' : 'I';
  U16(42); U32(8); U16(3);
  unsigned data = 8 + 2 + 3 * 12 + 4;
  U16(0x011A); U16(5); U32(1); U32(data);
  U16(0x011B); U16(5); U32(1); U32(data + 8);
  U16(0x0128); U16(3); U32(1); U16(2); U16(0);
  U32(0);
  U32(dpi); U32(1); U32(dpi); U32(1);
  return n;
}

/* [code:1][length:4 BE][payload] as exp_encode_options.markers wants. */
static size_t add_marker(unsigned char *blob, size_t at, int code,
                         const unsigned char *payload, size_t length) {
  blob[at++] = (unsigned char)code;
  blob[at++] = (unsigned char)(length >> 24); blob[at++] = (unsigned char)(length >> 16);
  blob[at++] = (unsigned char)(length >> 8);  blob[at++] = (unsigned char)length;
  memcpy(blob + at, payload, length);
  return at + length;
}

static unsigned char *qr_page(const char *text, int module, unsigned *side_out) {
  QRcode *qr = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (qr == NULL) return NULL;
  unsigned side = ((unsigned)qr->width + 8) * (unsigned)module + 40;
  unsigned char *px = malloc((size_t)side * side);
  memset(px, 255, (size_t)side * side);
  for (int y = 0; y < qr->width; y++)
    for (int x = 0; x < qr->width; x++)
      if (qr->data[y * qr->width + x] & 1)
        for (int dy = 0; dy < module; dy++)
          memset(px + (size_t)(20 + (4 + y) * module + dy) * side + 20 + (4 + x) * module, 0, (size_t)module);
  QRcode_free(qr);
  *side_out = side;
  return px;
}

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: make_seeds OUTDIR [jpeg...]\n"); return 2; }
  outdir = argv[1];

  unsigned w = 64, h = 48;
  unsigned char gray[64 * 48], rgb[64 * 48 * 3];
  for (unsigned y = 0; y < h; y++)
    for (unsigned x = 0; x < w; x++) {
      gray[y * w + x] = (unsigned char)((x * 4) ^ (y * 5));
      rgb[(y * w + x) * 3] = (unsigned char)(x * 4);
      rgb[(y * w + x) * 3 + 1] = (unsigned char)(y * 5);
      rgb[(y * w + x) * 3 + 2] = (unsigned char)((x + y) * 2);
    }
  exp_encode_options o = {.quality = 75};
  encode("gray-baseline-nojfif", gray, w, h, 1, o);
  o.write_jfif = 1; o.density_unit = 1; o.x_density = 300; o.y_density = 300;
  encode("gray-baseline-300dpi", gray, w, h, 1, o);
  encode("rgb-baseline-300dpi", rgb, w, h, 3, o);
  o.density_unit = 2; o.x_density = 118; o.y_density = 118;
  encode("rgb-baseline-118dpcm", rgb, w, h, 3, o);
  o.density_unit = 1; o.x_density = 300; o.y_density = 300;
  o.progressive = 1;
  encode("gray-progressive", gray, w, h, 1, o);
  encode("rgb-progressive", rgb, w, h, 3, o);
  o.arithmetic = 1;
  encode("rgb-progressive-arith", rgb, w, h, 3, o);
  o.progressive = 0;
  encode("rgb-arith", rgb, w, h, 3, o);
  o.arithmetic = 0;
  o.cmyk = 1;
  encode("cmyk-adobe", rgb, w, h, 3, o);
  o.progressive = 1;
  encode("cmyk-progressive", rgb, w, h, 3, o);
  o.cmyk = 0; o.progressive = 0;

  unsigned char exif[128], blob[512];
  size_t n = exif_payload(exif, 300, 1);
  o.markers = blob;
  o.markers_length = add_marker(blob, 0, 0xE1, exif, n);
  o.write_jfif = 0;
  encode("rgb-exif-be", rgb, w, h, 3, o);
  n = exif_payload(exif, 72, 0);
  size_t m = add_marker(blob, 0, 0xE1, exif, n);
  o.markers_length = add_marker(blob, m, 0xFE, (const unsigned char *)"expediente", 10);
  o.write_jfif = 1;
  encode("gray-exif-le-com", gray, w, h, 1, o);
  o.markers = NULL; o.markers_length = 0;

  /* Odd sizes: 1x1, 17x9 (partial MCUs). */
  encode("gray-1x1", gray, 1, 1, 1, o);
  encode("rgb-17x9", rgb, 17, 9, 3, o);

  /* QR pages: zbar must read them at scale 2 (module 6 -> 3 px). */
  unsigned side;
  unsigned char *qr = qr_page("CURP:GODE561231HDFRRN04|FOLIO:0001", 6, &side);
  if (qr != NULL) {
    exp_encode_options q = {.quality = 85, .write_jfif = 1, .density_unit = 1, .x_density = 300, .y_density = 300};
    encode("qr-baseline", qr, side, side, 1, q);
    q.progressive = 1;
    encode("qr-progressive", qr, side, side, 1, q);
    free(qr);
  }

  /* Sample pages at 1/8 scale, re-encoded baseline and progressive. */
  for (int i = 2; i < argc; i++) {
    FILE *f = fopen(argv[i], "rb");
    if (f == NULL) continue;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *buf = malloc(len > 0 ? (size_t)len : 1);
    size_t got = fread(buf, 1, (size_t)len, f);
    fclose(f);
    exp_limits limits = {100000000ULL, 1000, 512L * 1024 * 1024};
    exp_decoded d;
    char message[EXP_MESSAGE_LENGTH];
    if (exp_decode_gray(buf, got, 8, &limits, &d, message) == EXP_OK) {
      exp_encode_options s = {.quality = 60 + i % 30, .write_jfif = 1, .density_unit = 1,
                              .x_density = 37, .y_density = 37, .progressive = i % 2};
      encode("sample-eighth", d.pixels, d.width, d.height, 1, s);
    }
    exp_free(d.pixels);
    free(buf);
  }
  return 0;
}
