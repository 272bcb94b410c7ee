#ifndef EXP_JPEG_H
#define EXP_JPEG_H

/*
 * Thin, crash-proof wrapper around libjpeg(-turbo) for ExpedienteKit.
 *
 * All libjpeg call sequences live in this target. Every entry point installs
 * a setjmp/longjmp error manager: libjpeg errors never exit() and nothing is
 * printed; libjpeg's own message text is returned in `message`.
 * Input is always memory (a chunked memory source, see exp_decode.c);
 * encoded output is memory (jpeg_mem_dest). Buffers returned to the caller
 * are released with exp_free.
 */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EXP_MESSAGE_LENGTH 200
/* How many benign warning texts exp_decoded keeps (the count is exact). */
#define EXP_MAX_BENIGN_WARNINGS 4

typedef enum exp_status {
  EXP_OK = 0,
  EXP_ERR_NOT_JPEG = 1,     /* no SOI / empty input */
  EXP_ERR_CORRUPT = 2,      /* libjpeg error while reading header or decoding */
  EXP_ERR_LIMIT = 3,        /* a configured exp_limits value was exceeded */
  EXP_ERR_UNSUPPORTED = 4,  /* e.g. SOF3 lossless or 12-bit in an 8-bit build */
  EXP_ERR_NOMEM = 5,
  EXP_ERR_ARGUMENT = 6      /* invalid argument passed by the caller */
} exp_status;

typedef enum exp_color_space {
  EXP_CS_UNKNOWN = 0,
  EXP_CS_GRAY = 1,
  EXP_CS_YCBCR = 2,
  EXP_CS_RGB = 3,
  EXP_CS_CMYK = 4,
  EXP_CS_YCCK = 5
} exp_color_space;

typedef struct exp_limits {
  unsigned long long max_pixels; /* width * height; 0 = unlimited */
  unsigned int max_scans;        /* progressive scans; 0 = unlimited */
  long max_memory;               /* cinfo.mem->max_memory_to_use; 0 = libjpeg default */
  /* scans x width x height: the work a progressive decode may do, so that
     many scans over a large image stay bounded even below the other limits;
     0 = unlimited */
  unsigned long long max_scan_pixels;
} exp_limits;

typedef struct exp_header {
  unsigned int width;
  unsigned int height;
  int num_components;
  exp_color_space color_space;
  int progressive;
  int arithmetic;
  int data_precision;
  /* SOF marker byte (0xC0..0xCF) when libjpeg rejected the frame type
     (e.g. 0xC3 lossless); 0 otherwise. */
  int unsupported_sof_marker;
  int saw_jfif;
  int density_unit; /* 0 aspect ratio only, 1 dots/inch, 2 dots/cm */
  unsigned int x_density;
  unsigned int y_density;
  int saw_adobe;
  int adobe_transform;
} exp_header;

/*
 * libjpeg warnings (msg_level -1) fall into three classes:
 *   truncation  JWRN_JPEG_EOF: the data ran out before the image did.
 *   corruption  entropy-coded data damage: JWRN_EXTRANEOUS_DATA,
 *               JWRN_HIT_MARKER, JWRN_MUST_RESYNC, JWRN_NOT_SEQUENTIAL,
 *               JWRN_HUFF_BAD_CODE, JWRN_ARITH_BAD_CODE,
 *               JWRN_BOGUS_PROGRESSION, JWRN_TOO_MUCH_DATA.
 *   benign      everything else, i.e. header oddities that do not affect
 *               the pixels: JWRN_JFIF_MAJOR (unknown JFIF revision),
 *               JWRN_ADOBE_XFORM, JWRN_BOGUS_ICC, and any code this list
 *               does not know. Trace messages (JTRC_*, msg_level >= 0, e.g.
 *               JTRC_JFIF_BADTHUMBNAILSIZE) are not warnings and are ignored.
 * warning_count / first_warning* describe only the "damage" warnings
 * (truncation + corruption), so they keep their meaning for the checks;
 * benign ones are counted and kept separately.
 */
typedef struct exp_decoded {
  unsigned char *pixels; /* width * height * components 8-bit; free with exp_free */
  unsigned int width;
  unsigned int height;
  int components;         /* 1 gray, 3 RGB (exp_decode_image only) */
  int warning_count;      /* truncation + corruption warnings */
  int first_warning_code; /* J_MESSAGE_CODE of the first of those, -1 if none */
  char first_warning[EXP_MESSAGE_LENGTH];
  int truncated;     /* JWRN_JPEG_EOF seen */
  int corrupt;       /* a corruption-class warning (a "premature end of data
                        segment" that merely follows the EOF warning is not
                        counted) */
  int scans;         /* input scans seen (1 for sequential files) */
  int benign_warning_count; /* benign-class warnings, exact */
  /* Texts of the first EXP_MAX_BENIGN_WARNINGS benign warnings. */
  char benign_warnings[EXP_MAX_BENIGN_WARNINGS][EXP_MESSAGE_LENGTH];
} exp_decoded;

typedef struct exp_encode_options {
  int quality;       /* 1...100 */
  int progressive;
  int arithmetic;
  int cmyk;          /* write 4-component Adobe (inverted) CMYK from the input */
  int write_jfif;    /* emit a JFIF APP0 with the density below */
  int density_unit;  /* 0, 1 (inch) or 2 (cm) */
  unsigned int x_density;
  unsigned int y_density;
  /* Extra markers written right after the file header, serialized as
     repeated [code:1][length:4 big-endian][payload:length]. May be NULL. */
  const unsigned char *markers;
  size_t markers_length;
} exp_encode_options;

/* Reads the header only. Limits: only max_memory applies here. */
exp_status exp_read_header(const unsigned char *data, size_t size,
                           const exp_limits *limits, exp_header *out,
                           char message[EXP_MESSAGE_LENGTH]);

/* Decodes to 8-bit grayscale at 1/scale_denom (1, 2, 4 or 8). */
exp_status exp_decode_gray(const unsigned char *data, size_t size,
                           int scale_denom, const exp_limits *limits,
                           exp_decoded *out, char message[EXP_MESSAGE_LENGTH]);

/* Decodes at scale_eighths/8 (1-8: libjpeg's DCT scaling, a good reduction
   filter) to gray for gray sources and RGB for all others (CMYK and YCCK
   converted, Adobe inversion honoured). Limits as exp_decode_gray. */
exp_status exp_decode_image(const unsigned char *data, size_t size,
                            int scale_eighths, const exp_limits *limits,
                            exp_decoded *out, char message[EXP_MESSAGE_LENGTH]);

/* Encodes gray (components 1) or RGB (components 3) pixels, rows packed. */
exp_status exp_encode(const unsigned char *pixels, unsigned int width,
                      unsigned int height, int components,
                      const exp_encode_options *options,
                      unsigned char **out_data, size_t *out_size,
                      char message[EXP_MESSAGE_LENGTH]);

void exp_free(void *pointer);

#ifdef __cplusplus
}
#endif

#endif
