#include <stdlib.h>
#include <string.h>

#include "exp_jpeg_common.h"

static void exp_output_message(j_common_ptr cinfo) {
  exp_error_mgr *err = (exp_error_mgr *)cinfo->err;
  (*cinfo->err->format_message)(cinfo, err->message);
}

static void exp_error_exit(j_common_ptr cinfo) {
  exp_error_mgr *err = (exp_error_mgr *)cinfo->err;
  (*cinfo->err->output_message)(cinfo);
  longjmp(err->jump, 1);
}

/* See the classification comment above exp_decoded in exp_jpeg.h. */
static int exp_is_corruption_warning(int code) {
  switch (code) {
    case JWRN_EXTRANEOUS_DATA:
    case JWRN_HIT_MARKER:
    case JWRN_MUST_RESYNC:
    case JWRN_NOT_SEQUENTIAL:
    case JWRN_HUFF_BAD_CODE:
#if JPEG_LIB_VERSION >= 70 || defined(C_ARITH_CODING_SUPPORTED) || \
    defined(D_ARITH_CODING_SUPPORTED)
    case JWRN_ARITH_BAD_CODE:
#endif
    case JWRN_BOGUS_PROGRESSION:
    case JWRN_TOO_MUCH_DATA:
      return 1;
    default:
      return 0;
  }
}

/* msg_level -1 is a warning; >= 0 are trace messages, which are ignored. */
static void exp_emit_message(j_common_ptr cinfo, int msg_level) {
  exp_error_mgr *err = (exp_error_mgr *)cinfo->err;
  if (msg_level >= 0) return;
  int code = err->pub.msg_code;
  err->pub.num_warnings++;
  if (code != JWRN_JPEG_EOF && !exp_is_corruption_warning(code)) {
    if (err->benign_count < EXP_MAX_BENIGN_WARNINGS)
      (*cinfo->err->format_message)(cinfo, err->benign[err->benign_count]);
    err->benign_count++;
    return;
  }
  if (err->warning_count == 0) {
    err->first_warning_code = code;
    (*cinfo->err->format_message)(cinfo, err->first_warning);
  }
  err->warning_count++;
  if (code == JWRN_JPEG_EOF) {
    err->truncated = 1;
  } else if (!(code == JWRN_HIT_MARKER && err->truncated)) {
    /* A "premature end of data segment" right after the source ran dry is
       a consequence of truncation, not separate corruption. */
    err->corrupt = 1;
  }
}

void exp_copy_warnings(const exp_error_mgr *err, exp_decoded *out) {
  out->warning_count = err->warning_count;
  out->first_warning_code = err->first_warning_code;
  snprintf(out->first_warning, sizeof(out->first_warning), "%s",
           err->first_warning);
  out->truncated = err->truncated;
  out->corrupt = err->corrupt;
  out->benign_warning_count = err->benign_count;
  int kept = err->benign_count < EXP_MAX_BENIGN_WARNINGS
                 ? err->benign_count
                 : EXP_MAX_BENIGN_WARNINGS;
  for (int i = 0; i < kept; i++)
    snprintf(out->benign_warnings[i], sizeof(out->benign_warnings[i]), "%s",
             err->benign[i]);
}

struct jpeg_error_mgr *exp_error_mgr_init(exp_error_mgr *err) {
  /* Must not touch err->jump: callers setjmp() before creating the codec. */
  jpeg_std_error(&err->pub);
  err->forced_status = EXP_OK;
  err->message[0] = '\0';
  err->warning_count = 0;
  err->first_warning[0] = '\0';
  err->truncated = 0;
  err->corrupt = 0;
  err->benign_count = 0;
  err->pub.error_exit = exp_error_exit;
  err->pub.output_message = exp_output_message;
  err->pub.emit_message = exp_emit_message;
  err->first_warning_code = -1;
  return &err->pub;
}

exp_status exp_status_for_error(const exp_error_mgr *err) {
  if (err->forced_status != EXP_OK) return err->forced_status;
  switch (err->pub.msg_code) {
    case JERR_NO_SOI:
    case JERR_INPUT_EMPTY:
      return EXP_ERR_NOT_JPEG;
    case JERR_SOF_UNSUPPORTED:
    case JERR_BAD_PRECISION:
    case JERR_ARITH_NOTIMPL:
    case JERR_NOT_COMPILED:
    case JERR_CONVERSION_NOTIMPL:
      return EXP_ERR_UNSUPPORTED;
    case JERR_OUT_OF_MEMORY:
      return EXP_ERR_NOMEM;
    /* jmemnobs has no backing store: libjpeg asks for one exactly when
       max_memory_to_use is too small for the image's virtual arrays. */
    case JERR_NO_BACKING_STORE:
    case JERR_IMAGE_TOO_BIG:
    case JERR_WIDTH_OVERFLOW:
      return EXP_ERR_LIMIT;
    default:
      return EXP_ERR_CORRUPT;
  }
}

void exp_set_message(char *message, const char *text) {
  if (message == NULL) return;
  snprintf(message, EXP_MESSAGE_LENGTH, "%s", text);
}

void exp_free(void *pointer) { free(pointer); }
