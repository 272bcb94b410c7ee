#ifndef EXP_SHA256_H
#define EXP_SHA256_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256 (FIPS 180-4), for the result store's content hashes and fingerprints.
typedef struct {
    uint32_t state[8];
    uint64_t length;      /* bytes hashed so far */
    uint8_t block[64];    /* the incomplete block */
    size_t used;          /* bytes in block */
} exp_sha256_ctx;

void exp_sha256_init(exp_sha256_ctx *ctx);
void exp_sha256_update(exp_sha256_ctx *ctx, const void *data, size_t count);
/// Writes the 32-byte digest; the context must be initialised again before reuse.
void exp_sha256_final(exp_sha256_ctx *ctx, uint8_t digest[32]);

#endif
