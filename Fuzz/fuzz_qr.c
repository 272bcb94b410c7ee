/*
 * libFuzzer harness for zbar's QR reader as QRScanner.swift configures it.
 * Structure-aware: the input is
 *   [mode:1][module:1][payload_len:1][payload...][edits...]
 * payload (up to 255 bytes) is encoded with libqrencode (as QRGenerator
 * does), rendered with a quiet zone, and then the remaining bytes edit the
 * picture (each 3-byte edit sets one module-sized cell or pixel), so zbar
 * sees real QR symbols with damage, not only noise. mode & 0x80 treats the
 * remaining bytes instead as a raw gray image 64 px wide.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <qrencode.h>
#include <zbar.h>

/* zbar is not instrumented: what it returns is hashed into libFuzzer extra
   counters, so a new outcome counts as new coverage (see fuzz_jpeg.c). */
__attribute__((used, section("__libfuzzer_extra_counters")))
static uint8_t outcome_counters[1 << 10];

static void note(uint32_t h) {
  h *= 2654435761u;
  uint8_t *c = &outcome_counters[(h >> 22) & ((1 << 10) - 1)];
  if (*c < 255) (*c)++;
}

static const unsigned char *expected_payload;
static unsigned expected_length;

static void scan(const unsigned char *pixels, unsigned width, unsigned height) {
  unsigned found = 0;
  zbar_image_scanner_t *scanner = zbar_image_scanner_create();
  zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
  zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
  zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_BINARY, 1);
  zbar_image_t *image = zbar_image_create();
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
      int same = expected_payload != NULL && length == expected_length &&
                 memcmp(data, expected_payload, length) == 0;
      note(0x100u + (same ? 1u : 2u) + 4u * (length > 64) + 8u * (unsigned)zbar_symbol_get_quality(s));
      found++;
    }
  }
  note(found);
  zbar_image_set_data(image, NULL, 0, NULL);
  zbar_image_destroy(image);
  zbar_image_scanner_destroy(scanner);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 3) return 0;
  unsigned mode = data[0], module = 1 + data[1] % 6, plen = data[2];
  data += 3;
  size -= 3;
  if (mode & 0x80) {
    unsigned width = 64, height = (unsigned)(size / width);
    if (height < 21) return 0;
    unsigned char *copy = malloc((size_t)width * height);
    memcpy(copy, data, (size_t)width * height);
    expected_payload = NULL;
    scan(copy, width, height);
    free(copy);
    return 0;
  }
  if (plen > size) plen = (unsigned)size;
  QRcode *qr = QRcode_encodeData((int)plen, data, 0, (QRecLevel)(mode % 4));
  if (qr == NULL) return 0;
  expected_payload = data;
  expected_length = plen;
  note(0x200u + (unsigned)qr->version);
  data += plen;
  size -= plen;
  unsigned quiet = 4, side = ((unsigned)qr->width + 2 * quiet) * module;
  unsigned char *pixels = malloc((size_t)side * side);
  memset(pixels, 255, (size_t)side * side);
  for (int y = 0; y < qr->width; y++)
    for (int x = 0; x < qr->width; x++)
      if (qr->data[y * qr->width + x] & 1)
        for (unsigned dy = 0; dy < module; dy++)
          memset(pixels + ((quiet + y) * module + dy) * side + (quiet + x) * module,
                 0, module);
  int per_module = (mode >> 2) & 1; /* edits hit whole modules or pixels */
  for (size_t i = 0; i + 3 <= size; i += 3) {
    unsigned v = data[i + 2];
    if (per_module) {
      unsigned cells = side / module;
      unsigned cx = data[i] % cells, cy = data[i + 1] % cells;
      for (unsigned dy = 0; dy < module; dy++)
        memset(pixels + (cy * module + dy) * side + cx * module, (int)v, module);
    } else {
      pixels[(data[i + 1] % side) * side + data[i] % side] = (unsigned char)v;
    }
  }
  scan(pixels, side, side);
  free(pixels);
  QRcode_free(qr);
  return 0;
}
