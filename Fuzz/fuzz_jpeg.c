/*
 * libFuzzer harness for the JPEG + QR path of ExpedienteKit, over the C shim
 * (Sources/CExpedienteJPEG) exactly as JPEGCodec.swift and QRScanner.swift
 * call it: exp_read_header, exp_decode_gray at scales 1, 2 and 8, then zbar
 * (QR only, ZBAR_CFG_BINARY) on the decoded gray pixels.
 *
 * Limits are the defaults of DecodeLimits except max_pixels, which is
 * smaller so that one execution stays in the millisecond range.
 *
 * libjpeg and zbar are the system libraries, not instrumented, so libFuzzer
 * sees coverage only in the shim. To steer it anyway, every outcome (status,
 * libjpeg's message with the numbers left out, warning classes, header fields,
 * scan count, QR symbols found) is hashed into libFuzzer "extra counters": an
 * input that makes libjpeg say something new counts as new coverage.
 * Built by scripts/fuzz; see README ("Fuzzing").
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zbar.h>

#include "exp_jpeg.h"

#define FUZZ_MAX_PIXELS (2u * 1024u * 1024u) /* 2 Mpixel (default: 100 M) */
#define FUZZ_MAX_SCANS 1000u                 /* as DecodeLimits.default */
#define FUZZ_MAX_MEMORY (512L * 1024 * 1024) /* as DecodeLimits.default */
#define FUZZ_MAX_ZBAR_PIXELS (1024u * 1024u)

/* libFuzzer treats this section as extra coverage counters (Linux). */
__attribute__((used, section("__libfuzzer_extra_counters")))
static uint8_t outcome_counters[1 << 12];

static uint32_t mix(uint32_t h, uint32_t v) { return (h ^ v) * 16777619u; }

static void note(uint32_t h) {
  uint8_t *c = &outcome_counters[(h ^ (h >> 12) ^ (h >> 24)) & ((1 << 12) - 1)];
  if (*c < 255) (*c)++;
}

/* Hash of a libjpeg message without its numbers: the kind of complaint. */
static uint32_t text_kind(const char *s, size_t max) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < max && s[i] != 0; i++)
    if (s[i] < '0' || s[i] > '9') h = mix(h, (unsigned char)s[i]);
  return h;
}

static uint32_t log2_bucket(unsigned long long v) {
  uint32_t b = 0;
  while (v > 0) { b++; v >>= 1; }
  return b;
}

static void check_message(const char *message) {
  /* The message must always be a NUL-terminated string inside its buffer. */
  if (memchr(message, 0, EXP_MESSAGE_LENGTH) == NULL) abort();
}

static void scan_qr(const unsigned char *pixels, unsigned width,
                    unsigned height) {
  int found = 0;
  if (width == 0 || height == 0) return;
  if ((unsigned long long)width * height > FUZZ_MAX_ZBAR_PIXELS) return;
  zbar_image_scanner_t *scanner = zbar_image_scanner_create();
  if (scanner == NULL) return;
  zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
  zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
  zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_BINARY, 1);
  zbar_image_t *image = zbar_image_create();
  if (image != NULL) {
    zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(image, width, height);
    zbar_image_set_data(image, pixels, (unsigned long)width * height, NULL);
    if (zbar_scan_image(scanner, image) > 0) {
      for (const zbar_symbol_t *s = zbar_image_first_symbol(image); s != NULL;
           s = zbar_symbol_next(s)) {
        const char *data = zbar_symbol_get_data(s);
        unsigned length = zbar_symbol_get_data_length(s);
        volatile unsigned char sink = 0;
        for (unsigned i = 0; i < length; i++) sink ^= (unsigned char)data[i];
        (void)sink;
        found++;
        note(mix(0x51u, log2_bucket(length)));
      }
    }
    zbar_image_set_data(image, NULL, 0, NULL);
    zbar_image_destroy(image);
  }
  zbar_image_scanner_destroy(scanner);
  note(mix(0x52u, (uint32_t)found));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  exp_limits limits = {FUZZ_MAX_PIXELS, FUZZ_MAX_SCANS, FUZZ_MAX_MEMORY};
  char message[EXP_MESSAGE_LENGTH];

  exp_header header;
  exp_status status = exp_read_header(data, size, &limits, &header, message);
  check_message(message);
  if (status == EXP_OK && (header.width == 0 || header.height == 0)) abort();
  note(mix(mix(0x100u, (uint32_t)status), text_kind(message, EXP_MESSAGE_LENGTH)));
  if (status == EXP_OK) {
    uint32_t h = 0x200u;
    h = mix(h, (uint32_t)header.color_space);
    h = mix(h, (uint32_t)header.num_components);
    h = mix(h, (uint32_t)(header.progressive | header.arithmetic << 1 | header.saw_jfif << 2 | header.saw_adobe << 3));
    h = mix(h, (uint32_t)header.data_precision);
    h = mix(h, (uint32_t)header.density_unit);
    h = mix(h, (uint32_t)header.adobe_transform);
    note(h);
    note(mix(0x201u, log2_bucket((unsigned long long)header.width * header.height)));
  }

  static const int scales[] = {8, 2, 1};
  for (size_t i = 0; i < sizeof(scales) / sizeof(scales[0]); i++) {
    exp_decoded decoded;
    status = exp_decode_gray(data, size, scales[i], &limits, &decoded, message);
    check_message(message);
    uint32_t h = mix(mix(0x300u + (uint32_t)i, (uint32_t)status), text_kind(message, EXP_MESSAGE_LENGTH));
    note(h);
    note(mix(mix(h, (uint32_t)(decoded.truncated | decoded.corrupt << 1)),
             text_kind(decoded.first_warning, EXP_MESSAGE_LENGTH)));
    note(mix(mix(0x400u, (uint32_t)status), log2_bucket((unsigned long long)decoded.scans)));
    for (int w = 0; w < decoded.benign_warning_count && w < EXP_MAX_BENIGN_WARNINGS; w++)
      note(mix(0x500u, text_kind(decoded.benign_warnings[w], EXP_MESSAGE_LENGTH)));
    if (status == EXP_OK) {
      if (decoded.pixels == NULL) abort();
      /* Touch every pixel: ASan reports any short allocation. */
      size_t n = (size_t)decoded.width * decoded.height;
      volatile unsigned sum = 0;
      for (size_t p = 0; p < n; p++) sum += decoded.pixels[p];
      (void)sum;
      if (scales[i] == 2) scan_qr(decoded.pixels, decoded.width, decoded.height);
    } else if (decoded.pixels != NULL) {
      abort(); /* an error must not leave pixels behind */
    }
    exp_free(decoded.pixels);
    if (status != EXP_OK && status != EXP_ERR_CORRUPT) break;
  }
  return 0;
}
