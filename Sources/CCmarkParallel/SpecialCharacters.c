// cmark-gfm 0.29 keeps the inline parser's special characters in one process-wide table. Each
// parse adds its extensions' characters (`~` for strikethrough, `:` and `w` for autolinks) when it
// starts its inlines and removes them when it ends, so a parse finishing on one thread clears them
// under a parse still running on another one, which then misses strikethrough and autolinks
// (github/cmark-gfm pull request 176, never merged).
//
// The library calls `cmark_manage_extensions_special_characters` through its procedure linkage
// table, so the definition below, in the executable, is the one it runs. Once the characters are
// pinned, every call leaves the table as it is: all sitegen's parsers use the same extensions, so
// the table each parse sees is the one it would have set itself. Until then it forwards to the
// library's own function.
#define _GNU_SOURCE
#include "CCmarkParallel.h"

#include <cmark-gfm-extension_api.h>
#include <dlfcn.h>
#include <stdatomic.h>

typedef void (*manage_fn)(cmark_parser *, int);

static atomic_int pinned;
static atomic_long hook_calls;

static manage_fn library_manage(void) {
  return (manage_fn)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
}

void cmark_manage_extensions_special_characters(cmark_parser *parser, int add) {
  atomic_fetch_add(&hook_calls, 1);
  if (atomic_load(&pinned)) return;
  manage_fn manage = library_manage();
  if (manage) manage(parser, add);
}

int sitegen_cmark_pin_special_characters(cmark_parser *parser) {
  manage_fn manage = library_manage();
  if (!manage) return 0;
  manage(parser, 1);
  atomic_store(&pinned, 1);
  return 1;
}

long sitegen_cmark_hook_calls(void) {
  return atomic_load(&hook_calls);
}
