#ifndef CCMARK_PARALLEL_H
#define CCMARK_PARALLEL_H

#include <cmark-gfm.h>

/// Adds the inline characters of `parser`'s extensions to cmark-gfm's process-wide table once, and
/// from then on keeps every parse from adding or removing them again. Returns 1 when done.
int sitegen_cmark_pin_special_characters(cmark_parser *parser);

/// How many times cmark-gfm has called this file's replacement of
/// `cmark_manage_extensions_special_characters` (0: the library's own one runs instead).
long sitegen_cmark_hook_calls(void);

#endif
