#ifndef EXP_PNG_H
#define EXP_PNG_H

/*
 * Thin, crash-proof wrapper around libpng for ExpedienteKit, in the manner of
 * exp_jpeg.h: every libpng call sequence lives here, behind setjmp/longjmp,
 * input and output in memory, nothing printed, libpng's message returned in
 * `message`. Status codes become Swift errors in Imaging/PNGError.swift.
 * Buffers returned to the caller are released with exp_png_free.
 */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EXP_PNG_MESSAGE_LENGTH 200

typedef enum exp_png_status {
  EXP_PNG_OK = 0,
  EXP_PNG_ERR_NOT_PNG = 1,  /* no PNG signature */
  EXP_PNG_ERR_CORRUPT = 2,  /* libpng error (bad chunk, CRC, truncated data) */
  EXP_PNG_ERR_LIMIT = 3,    /* a configured limit was exceeded */
  EXP_PNG_ERR_NOMEM = 4,
  EXP_PNG_ERR_ARGUMENT = 5
} exp_png_status;

typedef struct exp_png_limits {
  unsigned long long max_pixels; /* width * height, checked on IHDR before allocating */
  unsigned long long max_memory; /* bytes of the decoded rows (and of one ancillary chunk) */
} exp_png_limits;

typedef struct exp_png_image {
  unsigned char *pixels; /* width * height * components; free with exp_png_free */
  unsigned int width;
  unsigned int height;
  int components;        /* 1 gray or 3 RGB; alpha is composited over white */
  int color_type;        /* IHDR colour type */
  int bit_depth;         /* IHDR bit depth */
  int has_alpha;
  int has_phys;          /* pHYs chunk present */
  int phys_unit;         /* 0 unknown (aspect only), 1 metre */
  unsigned int x_ppu;    /* pixels per unit */
  unsigned int y_ppu;
} exp_png_image;

/* Decodes any PNG (palette, 1-16 bits, gray, alpha, interlaced) to 8-bit gray
   (gray sources) or RGB. IHDR's width x height is checked against
   limits->max_pixels before any pixel buffer exists. */
exp_png_status exp_png_decode(const unsigned char *data, size_t size,
                              const exp_png_limits *limits, exp_png_image *out,
                              char message[EXP_PNG_MESSAGE_LENGTH]);

/* Encodes 8-bit gray (1) or RGB (3) rows, zlib level 6; `ppm` pixels per
   metre for pHYs (0: none). For test and sample generation. */
exp_png_status exp_png_encode(const unsigned char *pixels, unsigned int width,
                              unsigned int height, int components,
                              unsigned int ppm, unsigned char **out_data,
                              size_t *out_size,
                              char message[EXP_PNG_MESSAGE_LENGTH]);

void exp_png_free(void *pointer);

#ifdef __cplusplus
}
#endif

#endif
