#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <png.h>

#include "exp_png.h"

/* State touched between setjmp and a possible longjmp lives on the heap. */
typedef struct exp_png_ctx {
  png_structp png;
  png_infop info;
  const unsigned char *data;
  size_t size;
  size_t position;
  exp_png_status forced_status;
  char message[EXP_PNG_MESSAGE_LENGTH];
  unsigned char *rows_buffer; /* decoded rows as libpng gives them */
  png_bytep *rows;
  unsigned char *pixels;      /* the caller's result */
  /* encoding */
  unsigned char *out;
  size_t out_size;
  size_t out_capacity;
} exp_png_ctx;

static void exp_png_set_message(char *message, const char *text) {
  if (message == NULL) return;
  snprintf(message, EXP_PNG_MESSAGE_LENGTH, "%s", text);
}

static void exp_png_error(png_structp png, png_const_charp text) {
  exp_png_ctx *ctx = (exp_png_ctx *)png_get_error_ptr(png);
  if (ctx->message[0] == '\0') snprintf(ctx->message, sizeof(ctx->message), "%s", text);
  png_longjmp(png, 1);
}

static void exp_png_warning(png_structp png, png_const_charp text) {
  (void)png;
  (void)text; /* warnings do not affect the pixels the caller gets */
}

static void exp_png_fail(exp_png_ctx *ctx, exp_png_status status, const char *text) {
  ctx->forced_status = status;
  snprintf(ctx->message, sizeof(ctx->message), "%s", text);
  png_longjmp(ctx->png, 1);
}

static void exp_png_read(png_structp png, png_bytep target, size_t length) {
  exp_png_ctx *ctx = (exp_png_ctx *)png_get_io_ptr(png);
  if (length > ctx->size - ctx->position) png_error(png, "PNG data ends early");
  memcpy(target, ctx->data + ctx->position, length);
  ctx->position += length;
}

static unsigned char exp_png_over_white(unsigned int value, unsigned int alpha) {
  return (unsigned char)((value * alpha + 255 * (255 - alpha) + 127) / 255);
}

static void exp_png_release(exp_png_ctx *ctx) {
  free(ctx->rows);
  free(ctx->rows_buffer);
  free(ctx->pixels);
  free(ctx->out);
  free(ctx);
}

/* A context with its libpng read or write struct and info struct; NULL when
   memory runs out (everything half made is released). */
static exp_png_ctx *exp_png_open(int writing) {
  exp_png_ctx *ctx = calloc(1, sizeof(*ctx));
  if (ctx == NULL) return NULL;
  ctx->png = writing
      ? png_create_write_struct(PNG_LIBPNG_VER_STRING, ctx, exp_png_error, exp_png_warning)
      : png_create_read_struct(PNG_LIBPNG_VER_STRING, ctx, exp_png_error, exp_png_warning);
  if (ctx->png != NULL) ctx->info = png_create_info_struct(ctx->png);
  if (ctx->png == NULL || ctx->info == NULL) {
    if (ctx->png != NULL) {
      if (writing) png_destroy_write_struct(&ctx->png, NULL);
      else png_destroy_read_struct(&ctx->png, NULL, NULL);
    }
    free(ctx);
    return NULL;
  }
  return ctx;
}

exp_png_status exp_png_decode(const unsigned char *data, size_t size,
                              const exp_png_limits *limits, exp_png_image *out,
                              char message[EXP_PNG_MESSAGE_LENGTH]) {
  exp_png_set_message(message, "");
  if (out == NULL || limits == NULL) return EXP_PNG_ERR_ARGUMENT;
  memset(out, 0, sizeof(*out));
  if (data == NULL || size < 8 || png_sig_cmp(data, 0, 8) != 0) {
    exp_png_set_message(message, "Not a PNG file");
    return EXP_PNG_ERR_NOT_PNG;
  }
  /* IHDR is the first chunk: its size is checked before libpng reads any
     other chunk (one of which may be what fails, or what allocates). */
  if (size >= 24 && memcmp(data + 12, "IHDR", 4) == 0) {
    unsigned long long w = ((unsigned long long)data[16] << 24) | (data[17] << 16) | (data[18] << 8) | data[19];
    unsigned long long h = ((unsigned long long)data[20] << 24) | (data[21] << 16) | (data[22] << 8) | data[23];
    if (limits->max_pixels > 0 && w * h > limits->max_pixels) {
      snprintf(message, EXP_PNG_MESSAGE_LENGTH, "Image is %llux%llu (%llu pixels), limit is %llu pixels",
               w, h, w * h, limits->max_pixels);
      return EXP_PNG_ERR_LIMIT;
    }
  }
  exp_png_ctx *ctx = exp_png_open(0);
  if (ctx == NULL) return EXP_PNG_ERR_NOMEM;
  ctx->data = data;
  ctx->size = size;
  exp_png_status status = EXP_PNG_OK;
  if (setjmp(png_jmpbuf(ctx->png))) {
    status = ctx->forced_status != EXP_PNG_OK ? ctx->forced_status : EXP_PNG_ERR_CORRUPT;
    exp_png_set_message(message, ctx->message);
  } else {
    png_structp png = ctx->png;
    png_infop info = ctx->info;
    png_set_read_fn(png, ctx, exp_png_read);
    /* libpng's own guards: no side over JPEG's 65500, bounded chunk memory
       (iCCP/zTXt inflate), and a bounded count of ancillary chunks. */
    png_set_user_limits(png, 65500, 65500);
    unsigned long long chunk_max = limits->max_memory < 8u << 20 ? limits->max_memory : 8u << 20;
    png_set_chunk_malloc_max(png, (png_alloc_size_t)chunk_max);
    png_set_chunk_cache_max(png, 1000);
    png_read_info(png, info);

    png_uint_32 width = 0, height = 0;
    int bit_depth = 0, color_type = 0, interlace = 0;
    png_get_IHDR(png, info, &width, &height, &bit_depth, &color_type, &interlace, NULL, NULL);
    out->color_type = color_type;
    out->bit_depth = bit_depth;
    unsigned long long pixel_count = (unsigned long long)width * height;
    if (limits->max_pixels > 0 && pixel_count > limits->max_pixels) {
      char text[EXP_PNG_MESSAGE_LENGTH];
      snprintf(text, sizeof(text), "Image is %ux%u (%llu pixels), limit is %llu pixels",
               (unsigned)width, (unsigned)height, pixel_count, limits->max_pixels);
      exp_png_fail(ctx, EXP_PNG_ERR_LIMIT, text);
    }
    png_uint_32 x_ppu = 0, y_ppu = 0;
    int unit = 0;
    if (png_get_pHYs(png, info, &x_ppu, &y_ppu, &unit)) {
      out->has_phys = 1;
      out->phys_unit = unit;
      out->x_ppu = x_ppu;
      out->y_ppu = y_ppu;
    }

    png_set_strip_16(png);
    png_set_packing(png);
    if (color_type == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(png);
    if (color_type == PNG_COLOR_TYPE_GRAY && bit_depth < 8) png_set_expand_gray_1_2_4_to_8(png);
    if (png_get_valid(png, info, PNG_INFO_tRNS)) png_set_tRNS_to_alpha(png);
    png_set_interlace_handling(png);
    png_read_update_info(png, info);

    int channels = png_get_channels(png, info);
    size_t rowbytes = png_get_rowbytes(png, info);
    if (channels < 1 || channels > 4 || rowbytes != (size_t)width * channels)
      exp_png_fail(ctx, EXP_PNG_ERR_CORRUPT, "Unexpected PNG row layout");
    unsigned long long total = (unsigned long long)rowbytes * height;
    if (limits->max_memory > 0 && total > limits->max_memory)
      exp_png_fail(ctx, EXP_PNG_ERR_LIMIT, "Decoded PNG exceeds the memory limit");
    ctx->rows_buffer = malloc(total > 0 ? (size_t)total : 1);
    ctx->rows = malloc(sizeof(png_bytep) * (height > 0 ? height : 1));
    if (ctx->rows_buffer == NULL || ctx->rows == NULL)
      exp_png_fail(ctx, EXP_PNG_ERR_NOMEM, "Cannot allocate the decoded PNG");
    for (png_uint_32 y = 0; y < height; y++) ctx->rows[y] = ctx->rows_buffer + (size_t)y * rowbytes;
    png_read_image(png, ctx->rows);
    png_read_end(png, NULL);

    int has_alpha = channels == 2 || channels == 4;
    int components = channels <= 2 ? 1 : 3;
    size_t count = (size_t)width * height;
    if (!has_alpha) {
      ctx->pixels = ctx->rows_buffer; /* already gray or RGB, rows packed */
      ctx->rows_buffer = NULL;
    } else {
      ctx->pixels = malloc(count * components > 0 ? count * components : 1);
      if (ctx->pixels == NULL) exp_png_fail(ctx, EXP_PNG_ERR_NOMEM, "Cannot allocate the PNG pixels");
      const unsigned char *src = ctx->rows_buffer;
      for (size_t i = 0; i < count; i++, src += channels) {
        unsigned int alpha = src[channels - 1];
        for (int k = 0; k < components; k++)
          ctx->pixels[i * components + k] = exp_png_over_white(src[k], alpha);
      }
    }
    out->pixels = ctx->pixels;
    ctx->pixels = NULL;
    out->width = width;
    out->height = height;
    out->components = components;
    out->has_alpha = has_alpha;
  }
  png_destroy_read_struct(&ctx->png, &ctx->info, NULL);
  exp_png_release(ctx);
  return status;
}

static void exp_png_write(png_structp png, png_bytep source, size_t length) {
  exp_png_ctx *ctx = (exp_png_ctx *)png_get_io_ptr(png);
  if (length > ctx->out_capacity - ctx->out_size) {
    size_t capacity = ctx->out_capacity ? ctx->out_capacity : 65536;
    while (capacity - ctx->out_size < length) capacity *= 2;
    unsigned char *grown = realloc(ctx->out, capacity);
    if (grown == NULL) exp_png_fail(ctx, EXP_PNG_ERR_NOMEM, "Cannot grow the PNG buffer");
    ctx->out = grown;
    ctx->out_capacity = capacity;
  }
  memcpy(ctx->out + ctx->out_size, source, length);
  ctx->out_size += length;
}

static void exp_png_flush(png_structp png) { (void)png; }

exp_png_status exp_png_encode(const unsigned char *pixels, unsigned int width,
                              unsigned int height, int components,
                              unsigned int ppm, unsigned char **out_data,
                              size_t *out_size,
                              char message[EXP_PNG_MESSAGE_LENGTH]) {
  exp_png_set_message(message, "");
  if (out_data == NULL || out_size == NULL) return EXP_PNG_ERR_ARGUMENT;
  *out_data = NULL;
  *out_size = 0;
  if (pixels == NULL || width == 0 || height == 0 || (components != 1 && components != 3)) {
    exp_png_set_message(message, "Need a non-empty gray (1) or RGB (3) image");
    return EXP_PNG_ERR_ARGUMENT;
  }
  exp_png_ctx *ctx = exp_png_open(1);
  if (ctx == NULL) return EXP_PNG_ERR_NOMEM;
  exp_png_status status = EXP_PNG_OK;
  if (setjmp(png_jmpbuf(ctx->png))) {
    status = ctx->forced_status != EXP_PNG_OK ? ctx->forced_status : EXP_PNG_ERR_CORRUPT;
    exp_png_set_message(message, ctx->message);
  } else {
    png_set_write_fn(ctx->png, ctx, exp_png_write, exp_png_flush);
    png_set_IHDR(ctx->png, ctx->info, width, height, 8,
                 components == 1 ? PNG_COLOR_TYPE_GRAY : PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (ppm > 0) png_set_pHYs(ctx->png, ctx->info, ppm, ppm, PNG_RESOLUTION_METER);
    png_set_compression_level(ctx->png, 6);
    png_write_info(ctx->png, ctx->info);
    size_t stride = (size_t)width * components;
    for (unsigned int y = 0; y < height; y++)
      png_write_row(ctx->png, (png_const_bytep)(pixels + (size_t)y * stride));
    png_write_end(ctx->png, NULL);
    *out_data = ctx->out;
    *out_size = ctx->out_size;
    ctx->out = NULL;
  }
  png_destroy_write_struct(&ctx->png, &ctx->info);
  exp_png_release(ctx);
  return status;
}

void exp_png_free(void *pointer) { free(pointer); }
