#ifndef EXP_JPEG_COMMON_H
#define EXP_JPEG_COMMON_H

/* Private helpers shared by the exp_*.c files (not a public header). */

#include <setjmp.h>
#include <stdio.h>
#include <stddef.h>
#include <jpeglib.h>
#include <jerror.h>

#include "exp_jpeg.h"

typedef struct exp_error_mgr {
  struct jpeg_error_mgr pub;
  jmp_buf jump;
  /* Set when we abort on our own (limit hit in the progress monitor) rather
     than through libjpeg's error_exit. */
  exp_status forced_status;
  char message[JMSG_LENGTH_MAX];
  int warning_count;
  int first_warning_code;
  char first_warning[JMSG_LENGTH_MAX];
  int truncated;
  int corrupt;
  int benign_count;
  char benign[EXP_MAX_BENIGN_WARNINGS][JMSG_LENGTH_MAX];
} exp_error_mgr;

/* Installs the custom handlers into `err` and returns &err->pub.
   Leaves err->jump alone, so it may be called after setjmp(err->jump). */
struct jpeg_error_mgr *exp_error_mgr_init(exp_error_mgr *err);

/* Copies the warning summary (damage + benign) into the decode result. */
void exp_copy_warnings(const exp_error_mgr *err, exp_decoded *out);

/* Maps the libjpeg error that caused the longjmp to an exp_status. */
exp_status exp_status_for_error(const exp_error_mgr *err);

/* Copies `text` into the caller's message buffer (may be NULL). */
void exp_set_message(char *message, const char *text);

#endif
