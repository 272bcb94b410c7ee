#include <stdlib.h>
#include <string.h>

#include "exp_jpeg_common.h"

typedef struct exp_encode_ctx {
  struct jpeg_compress_struct cinfo;
  exp_error_mgr err;
  unsigned char *buffer; /* owned by jpeg_mem_dest until finished */
  unsigned long size;
} exp_encode_ctx;

static int exp_markers_valid(const unsigned char *m, size_t length) {
  size_t i = 0;
  while (i < length) {
    if (length - i < 5) return 0;
    unsigned int code = m[i];
    size_t n = ((size_t)m[i + 1] << 24) | ((size_t)m[i + 2] << 16) |
               ((size_t)m[i + 3] << 8) | m[i + 4];
    i += 5;
    /* Only APPn (0xE0-0xEF) and COM (0xFE) are legal to insert here. */
    if (!((code >= 0xE0 && code <= 0xEF) || code == 0xFE)) return 0;
    if (n > 65533 || n > length - i) return 0;
    i += n;
  }
  return 1;
}

static void exp_write_markers(j_compress_ptr cinfo, const unsigned char *m,
                              size_t length) {
  size_t i = 0;
  while (i + 5 <= length) {
    int code = m[i];
    size_t n = ((size_t)m[i + 1] << 24) | ((size_t)m[i + 2] << 16) |
               ((size_t)m[i + 3] << 8) | m[i + 4];
    i += 5;
    jpeg_write_marker(cinfo, code, m + i, (unsigned int)n);
    i += n;
  }
}

/* Naive RGB -> CMYK, stored inverted as Photoshop does (Adobe marker). */
static void exp_row_to_inverted_cmyk(const unsigned char *src, int components,
                                     unsigned int width, JSAMPLE *dst) {
  for (unsigned int x = 0; x < width; x++, dst += 4) {
    int r, g, b;
    if (components == 1) {
      r = g = b = src[x];
    } else {
      r = src[3 * x]; g = src[3 * x + 1]; b = src[3 * x + 2];
    }
    int k = r > g ? (r > b ? r : b) : (g > b ? g : b); /* 255 - black ink */
    if (k == 0) {
      dst[0] = dst[1] = dst[2] = 255; dst[3] = 0;
    } else {
      dst[0] = (JSAMPLE)((r * 255 + k / 2) / k);
      dst[1] = (JSAMPLE)((g * 255 + k / 2) / k);
      dst[2] = (JSAMPLE)((b * 255 + k / 2) / k);
      dst[3] = (JSAMPLE)k;
    }
  }
}

exp_status exp_encode(const unsigned char *pixels, unsigned int width,
                      unsigned int height, int components,
                      const exp_encode_options *options,
                      unsigned char **out_data, size_t *out_size,
                      char message[EXP_MESSAGE_LENGTH]) {
  exp_set_message(message, "");
  if (out_data == NULL || out_size == NULL || options == NULL) return EXP_ERR_ARGUMENT;
  *out_data = NULL;
  *out_size = 0;
  if (pixels == NULL || width == 0 || height == 0 ||
      (components != 1 && components != 3)) {
    exp_set_message(message, "Need a non-empty gray (1) or RGB (3) image");
    return EXP_ERR_ARGUMENT;
  }
  if (options->markers_length > 0 &&
      (options->markers == NULL ||
       !exp_markers_valid(options->markers, options->markers_length))) {
    exp_set_message(message, "Malformed extra marker list");
    return EXP_ERR_ARGUMENT;
  }
  exp_encode_ctx *ctx = calloc(1, sizeof(*ctx));
  if (ctx == NULL) {
    exp_set_message(message, "Out of memory");
    return EXP_ERR_NOMEM;
  }
  exp_status status = EXP_OK;
  if (setjmp(ctx->err.jump)) {
    status = exp_status_for_error(&ctx->err);
    exp_set_message(message, ctx->err.message);
    /* jpeg_mem_dest keeps *outbuffer pointing at its current buffer. */
    free(ctx->buffer);
    ctx->buffer = NULL;
  } else {
    struct jpeg_compress_struct *c = &ctx->cinfo;
    c->err = exp_error_mgr_init(&ctx->err);
    jpeg_create_compress(c);
    jpeg_mem_dest(c, &ctx->buffer, &ctx->size);
    c->image_width = width;
    c->image_height = height;
    if (options->cmyk) {
      c->input_components = 4;
      c->in_color_space = JCS_CMYK;
    } else {
      c->input_components = components;
      c->in_color_space = components == 1 ? JCS_GRAYSCALE : JCS_RGB;
    }
    jpeg_set_defaults(c);
    if (options->cmyk) jpeg_set_colorspace(c, JCS_CMYK); /* Adobe marker on */
    int quality = options->quality < 1 ? 1 : (options->quality > 100 ? 100 : options->quality);
    jpeg_set_quality(c, quality, TRUE);
    if (options->progressive) jpeg_simple_progression(c);
    c->arith_code = options->arithmetic ? TRUE : FALSE;
    /* Optimal Huffman tables: a blank 300-dpi page costs ~60 KB less, as scanners do. */
    if (!options->arithmetic) c->optimize_coding = TRUE;
    c->write_JFIF_header = options->write_jfif ? TRUE : FALSE;
    c->density_unit = (UINT8)options->density_unit;
    c->X_density = (UINT16)options->x_density;
    c->Y_density = (UINT16)options->y_density;

    jpeg_start_compress(c, TRUE);
    if (options->markers_length > 0)
      exp_write_markers(c, options->markers, options->markers_length);

    JSAMPARRAY cmyk_row = NULL;
    if (options->cmyk)
      cmyk_row = (*c->mem->alloc_sarray)((j_common_ptr)c, JPOOL_IMAGE, width * 4, 1);
    size_t stride = (size_t)width * components;
    while (c->next_scanline < c->image_height) {
      const unsigned char *src = pixels + (size_t)c->next_scanline * stride;
      if (options->cmyk) {
        exp_row_to_inverted_cmyk(src, components, width, cmyk_row[0]);
        jpeg_write_scanlines(c, cmyk_row, 1);
      } else {
        JSAMPROW rows[1] = {(JSAMPROW)src};
        jpeg_write_scanlines(c, rows, 1);
      }
    }
    jpeg_finish_compress(c);
    *out_data = ctx->buffer;
    *out_size = ctx->size;
    ctx->buffer = NULL;
  }
  jpeg_destroy_compress(&ctx->cinfo);
  free(ctx);
  return status;
}
