#include <stdlib.h>
#include <string.h>

#include "exp_jpeg_common.h"

typedef struct exp_progress {
  struct jpeg_progress_mgr pub;
  unsigned int max_scans;
  unsigned long long max_scan_pixels;
  int scans_seen;
} exp_progress;

/*
 * Memory source that hands libjpeg the data EXP_SOURCE_CHUNK bytes at a time,
 * except the last EXP_SOURCE_TAIL bytes, which it hands over at once.
 *
 * jpeg_mem_src exposes the whole buffer at once, and then libjpeg-turbo's
 * Huffman decoder takes its fast path (jdhuff.c uses it while at least 512
 * bytes per block of the MCU are buffered), which maps an invalid code to 0
 * without JWRN_HUFF_BAD_CODE: damaged entropy data then decodes with no
 * warning at all (found by scripts/malformed-corpus: bit flips that djpeg
 * reports as "bad Huffman code" decoded silently). With chunks shorter than
 * 512 bytes the decoder always takes the checking path.
 *
 * The tail keeps jpeg_mem_src's behaviour where a scan ends: whether a few
 * stray bytes before the final marker are reported ("N extraneous bytes
 * before marker 0xd9") depends on how far the bit reader had read ahead, which
 * depends on the fast path having run just before; with the tail the end of
 * the data is read exactly as jpeg_mem_src reads it (the tail is longer than
 * the fast path's 512 bytes x 10 blocks per MCU threshold).
 * Otherwise it behaves as jpeg_mem_src: at the end of the data it warns
 * JWRN_JPEG_EOF and supplies a fake EOI.
 */
#define EXP_SOURCE_CHUNK 256
#define EXP_SOURCE_TAIL 16384

typedef struct exp_source {
  struct jpeg_source_mgr pub;
  const JOCTET *data;
  size_t size;
  size_t position; /* bytes handed to libjpeg so far */
} exp_source;

static void exp_source_init(j_decompress_ptr cinfo) { (void)cinfo; }

static boolean exp_source_fill(j_decompress_ptr cinfo) {
  static const JOCTET fake_eoi[2] = {0xFF, JPEG_EOI};
  exp_source *src = (exp_source *)cinfo->src;
  if (src->position >= src->size) {
    WARNMS(cinfo, JWRN_JPEG_EOF);
    src->pub.next_input_byte = fake_eoi;
    src->pub.bytes_in_buffer = 2;
    return TRUE;
  }
  size_t n = src->size - src->position;
  if (n > EXP_SOURCE_TAIL) {
    n -= EXP_SOURCE_TAIL; /* stop where the tail starts */
    if (n > EXP_SOURCE_CHUNK) n = EXP_SOURCE_CHUNK;
  }
  src->pub.next_input_byte = src->data + src->position;
  src->pub.bytes_in_buffer = n;
  src->position += n;
  return TRUE;
}

static void exp_source_skip(j_decompress_ptr cinfo, long num_bytes) {
  exp_source *src = (exp_source *)cinfo->src;
  if (num_bytes <= 0) return;
  size_t skip = (size_t)num_bytes;
  if (skip <= src->pub.bytes_in_buffer) {
    src->pub.next_input_byte += skip;
    src->pub.bytes_in_buffer -= skip;
    return;
  }
  /* Past the buffered chunk: move the position directly (clamped to the end,
     where the next fill warns and supplies EOI), never looping per chunk. */
  skip -= src->pub.bytes_in_buffer;
  size_t left = src->size - src->position;
  src->position += skip < left ? skip : left;
  src->pub.next_input_byte = src->data + src->position;
  src->pub.bytes_in_buffer = 0;
}

static void exp_source_term(j_decompress_ptr cinfo) { (void)cinfo; }

/*
 * All state touched between setjmp and a possible longjmp lives on the heap,
 * so its value after the jump is well defined (no volatile locals needed).
 */
typedef struct exp_decode_ctx {
  struct jpeg_decompress_struct cinfo;
  exp_error_mgr err;
  exp_progress progress;
  exp_source source;
  unsigned char *pixels;
} exp_decode_ctx;

/* Same defence as djpeg -maxscans: libjpeg calls the monitor before every
   consume_input step, and input_scan_number grows with each SOS. */
static void exp_progress_monitor(j_common_ptr cinfo) {
  if (!cinfo->is_decompressor) return;
  j_decompress_ptr dinfo = (j_decompress_ptr)cinfo;
  exp_progress *progress = (exp_progress *)cinfo->progress;
  if (dinfo->input_scan_number > progress->scans_seen)
    progress->scans_seen = dinfo->input_scan_number;
  if (progress->max_scans > 0 &&
      dinfo->input_scan_number > (int)progress->max_scans) {
    exp_error_mgr *err = (exp_error_mgr *)cinfo->err;
    err->forced_status = EXP_ERR_LIMIT;
    snprintf(err->message, sizeof(err->message),
             "JPEG has more than %u scans (scan %d)", progress->max_scans,
             dinfo->input_scan_number);
    longjmp(err->jump, 1);
  }
  unsigned long long pixels = (unsigned long long)dinfo->image_width * dinfo->image_height;
  if (progress->max_scan_pixels > 0 && dinfo->input_scan_number > 0 &&
      pixels > 0 && (unsigned long long)dinfo->input_scan_number > progress->max_scan_pixels / pixels) {
    exp_error_mgr *err = (exp_error_mgr *)cinfo->err;
    err->forced_status = EXP_ERR_LIMIT;
    snprintf(err->message, sizeof(err->message),
             "JPEG decode work exceeds %llu scan-pixels (scan %d of %ux%u)",
             progress->max_scan_pixels, dinfo->input_scan_number,
             dinfo->image_width, dinfo->image_height);
    longjmp(err->jump, 1);
  }
}

static exp_color_space exp_map_color_space(J_COLOR_SPACE cs) {
  switch (cs) {
    case JCS_GRAYSCALE: return EXP_CS_GRAY;
    case JCS_YCbCr: return EXP_CS_YCBCR;
    case JCS_RGB: return EXP_CS_RGB;
    case JCS_CMYK: return EXP_CS_CMYK;
    case JCS_YCCK: return EXP_CS_YCCK;
    default: return EXP_CS_UNKNOWN;
  }
}

static void exp_begin(exp_decode_ctx *ctx, const unsigned char *data,
                      size_t size, const exp_limits *limits) {
  ctx->cinfo.err = exp_error_mgr_init(&ctx->err);
  jpeg_create_decompress(&ctx->cinfo);
  if (limits != NULL && limits->max_memory > 0)
    ctx->cinfo.mem->max_memory_to_use = limits->max_memory;
  /* As jpeg_mem_src does for NULL / empty input. */
  if (data == NULL || size == 0) ERREXIT(&ctx->cinfo, JERR_INPUT_EMPTY);
  ctx->source.pub.init_source = exp_source_init;
  ctx->source.pub.fill_input_buffer = exp_source_fill;
  ctx->source.pub.skip_input_data = exp_source_skip;
  ctx->source.pub.resync_to_restart = jpeg_resync_to_restart;
  ctx->source.pub.term_source = exp_source_term;
  ctx->source.pub.next_input_byte = NULL;
  ctx->source.pub.bytes_in_buffer = 0;
  ctx->source.data = data;
  ctx->source.size = size;
  ctx->source.position = 0;
  ctx->cinfo.src = &ctx->source.pub;
  jpeg_read_header(&ctx->cinfo, TRUE);
}

exp_status exp_read_header(const unsigned char *data, size_t size,
                           const exp_limits *limits, exp_header *out,
                           char message[EXP_MESSAGE_LENGTH]) {
  if (out == NULL) return EXP_ERR_ARGUMENT;
  memset(out, 0, sizeof(*out));
  exp_set_message(message, "");
  exp_decode_ctx *ctx = calloc(1, sizeof(*ctx));
  if (ctx == NULL) {
    exp_set_message(message, "Out of memory");
    return EXP_ERR_NOMEM;
  }
  exp_status status = EXP_OK;
  if (setjmp(ctx->err.jump)) {
    status = exp_status_for_error(&ctx->err);
    exp_set_message(message, ctx->err.message);
    if (ctx->err.pub.msg_code == JERR_SOF_UNSUPPORTED)
      out->unsupported_sof_marker = ctx->err.pub.msg_parm.i[0];
    if (ctx->err.pub.msg_code == JERR_BAD_PRECISION)
      out->data_precision = ctx->err.pub.msg_parm.i[0];
  } else {
    exp_begin(ctx, data, size, limits);
    struct jpeg_decompress_struct *c = &ctx->cinfo;
    out->width = c->image_width;
    out->height = c->image_height;
    out->num_components = c->num_components;
    out->color_space = exp_map_color_space(c->jpeg_color_space);
    out->progressive = c->progressive_mode ? 1 : 0;
    out->arithmetic = c->arith_code ? 1 : 0;
    out->data_precision = c->data_precision;
    out->saw_jfif = c->saw_JFIF_marker ? 1 : 0;
    out->density_unit = c->density_unit;
    out->x_density = c->X_density;
    out->y_density = c->Y_density;
    out->saw_adobe = c->saw_Adobe_marker ? 1 : 0;
    out->adobe_transform = c->Adobe_transform;
  }
  jpeg_destroy_decompress(&ctx->cinfo);
  free(ctx);
  return status;
}

static unsigned char exp_clamp(int v) {
  return (unsigned char)(v < 0 ? 0 : (v > 255 ? 255 : v));
}

/* Adobe (Photoshop-style) CMYK is stored inverted; plain CMYK is not. */
static void exp_cmyk_row_to_gray(const JSAMPLE *cmyk, unsigned char *gray,
                                 unsigned int width, int inverted) {
  for (unsigned int x = 0; x < width; x++, cmyk += 4) {
    int c = cmyk[0], m = cmyk[1], y = cmyk[2], k = cmyk[3];
    if (!inverted) {
      c = 255 - c; m = 255 - m; y = 255 - y; k = 255 - k;
    }
    int r = c * k / 255, g = m * k / 255, b = y * k / 255;
    gray[x] = exp_clamp((77 * r + 150 * g + 29 * b + 128) >> 8);
  }
}

/* Adobe CMYK to RGB, as exp_cmyk_row_to_gray but keeping the three channels. */
static void exp_cmyk_row_to_rgb(const JSAMPLE *cmyk, unsigned char *rgb,
                                unsigned int width, int inverted) {
  for (unsigned int x = 0; x < width; x++, cmyk += 4, rgb += 3) {
    int c = cmyk[0], m = cmyk[1], y = cmyk[2], k = cmyk[3];
    if (!inverted) {
      c = 255 - c; m = 255 - m; y = 255 - y; k = 255 - k;
    }
    rgb[0] = exp_clamp(c * k / 255);
    rgb[1] = exp_clamp(m * k / 255);
    rgb[2] = exp_clamp(y * k / 255);
  }
}

/* The one decode sequence behind exp_decode_gray and exp_decode_image.
   `color`: 0 always gray; 1 gray sources stay gray, every other becomes RGB. */
static exp_status exp_decode_into(const unsigned char *data, size_t size,
                                  unsigned int scale_num, unsigned int scale_denom,
                                  int color, const exp_limits *limits,
                                  exp_decoded *out, char message[EXP_MESSAGE_LENGTH]) {
  exp_decode_ctx *ctx = calloc(1, sizeof(*ctx));
  if (ctx == NULL) {
    exp_set_message(message, "Out of memory");
    return EXP_ERR_NOMEM;
  }
  exp_status status = EXP_OK;
  if (setjmp(ctx->err.jump)) {
    status = exp_status_for_error(&ctx->err);
    exp_set_message(message, ctx->err.message);
    free(ctx->pixels);
    ctx->pixels = NULL;
  } else {
    struct jpeg_decompress_struct *c = &ctx->cinfo;
    exp_begin(ctx, data, size, limits);

    unsigned long long pixel_count =
        (unsigned long long)c->image_width * c->image_height;
    if (limits != NULL && limits->max_pixels > 0 &&
        pixel_count > limits->max_pixels) {
      ctx->err.forced_status = EXP_ERR_LIMIT;
      snprintf(ctx->err.message, sizeof(ctx->err.message),
               "Image is %ux%u (%llu pixels), limit is %llu pixels",
               c->image_width, c->image_height, pixel_count,
               limits->max_pixels);
      longjmp(ctx->err.jump, 1);
    }

    ctx->progress.pub.progress_monitor = exp_progress_monitor;
    ctx->progress.max_scans = limits != NULL ? limits->max_scans : 0;
    ctx->progress.max_scan_pixels = limits != NULL ? limits->max_scan_pixels : 0;
    ctx->progress.scans_seen = c->input_scan_number;
    c->progress = &ctx->progress.pub;

    /* libjpeg cannot convert CMYK/YCCK to grayscale or RGB; it can give us CMYK. */
    int cmyk_source =
        c->jpeg_color_space == JCS_CMYK || c->jpeg_color_space == JCS_YCCK;
    int gray_source = c->jpeg_color_space == JCS_GRAYSCALE;
    int components = (color && !gray_source) ? 3 : 1;
    if (cmyk_source) c->out_color_space = JCS_CMYK;
    else c->out_color_space = components == 3 ? JCS_RGB : JCS_GRAYSCALE;
    c->scale_num = scale_num;
    c->scale_denom = scale_denom;
    jpeg_calc_output_dimensions(c);

    size_t out_bytes = (size_t)c->output_width * c->output_height * components;
    ctx->pixels = malloc(out_bytes > 0 ? out_bytes : 1);
    if (ctx->pixels == NULL) {
      ctx->err.forced_status = EXP_ERR_NOMEM;
      snprintf(ctx->err.message, sizeof(ctx->err.message),
               "Cannot allocate %zu bytes for the decoded image", out_bytes);
      longjmp(ctx->err.jump, 1);
    }

    jpeg_start_decompress(c);
    JSAMPARRAY cmyk_row = NULL;
    if (cmyk_source)
      cmyk_row = (*c->mem->alloc_sarray)((j_common_ptr)c, JPOOL_IMAGE,
                                         c->output_width * 4, 1);
    size_t stride = (size_t)c->output_width * components;
    while (c->output_scanline < c->output_height) {
      unsigned char *dest = ctx->pixels + (size_t)c->output_scanline * stride;
      if (cmyk_source) {
        if (jpeg_read_scanlines(c, cmyk_row, 1) != 1) break;
        if (components == 3)
          exp_cmyk_row_to_rgb(cmyk_row[0], dest, c->output_width, c->saw_Adobe_marker);
        else
          exp_cmyk_row_to_gray(cmyk_row[0], dest, c->output_width, c->saw_Adobe_marker);
      } else {
        JSAMPROW rows[1] = {dest};
        if (jpeg_read_scanlines(c, rows, 1) != 1) break;
      }
    }
    jpeg_finish_decompress(c);

    out->pixels = ctx->pixels;
    ctx->pixels = NULL;
    out->width = c->output_width;
    out->height = c->output_height;
    out->components = components;
    out->scans = ctx->progress.scans_seen > c->input_scan_number
                     ? ctx->progress.scans_seen
                     : c->input_scan_number;
  }
  exp_copy_warnings(&ctx->err, out);
  jpeg_destroy_decompress(&ctx->cinfo);
  free(ctx);
  return status;
}

/* Clears a result before a decode; 0 when there is no result to fill. */
static int exp_decode_reset(exp_decoded *out, char message[EXP_MESSAGE_LENGTH]) {
  if (out == NULL) return 0;
  memset(out, 0, sizeof(*out));
  out->first_warning_code = -1;
  exp_set_message(message, "");
  return 1;
}

exp_status exp_decode_gray(const unsigned char *data, size_t size,
                           int scale_denom, const exp_limits *limits,
                           exp_decoded *out, char message[EXP_MESSAGE_LENGTH]) {
  if (!exp_decode_reset(out, message)) return EXP_ERR_ARGUMENT;
  if (scale_denom != 1 && scale_denom != 2 && scale_denom != 4 &&
      scale_denom != 8) {
    exp_set_message(message, "Scale denominator must be 1, 2, 4 or 8");
    return EXP_ERR_ARGUMENT;
  }
  return exp_decode_into(data, size, 1, (unsigned int)scale_denom, 0, limits, out, message);
}

exp_status exp_decode_image(const unsigned char *data, size_t size,
                            int scale_eighths, const exp_limits *limits,
                            exp_decoded *out, char message[EXP_MESSAGE_LENGTH]) {
  if (!exp_decode_reset(out, message)) return EXP_ERR_ARGUMENT;
  if (scale_eighths < 1 || scale_eighths > 8) {
    exp_set_message(message, "Scale must be 1 to 8 eighths");
    return EXP_ERR_ARGUMENT;
  }
  return exp_decode_into(data, size, (unsigned int)scale_eighths, 8, 1, limits, out, message);
}
