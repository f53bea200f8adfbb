/* Shows cmark-gfm 0.29's parsing race and that Sources/CCmarkParallel removes it: renders the same
 * GFM pages on several threads at once and counts renders that differ from a serial render.
 *
 *   cc -O2 -ISources/CCmarkParallel/include bench/cmark_race.c \
 *      Sources/CCmarkParallel/SpecialCharacters.c -lcmark-gfm -lcmark-gfm-extensions -lpthread
 *   ./a.out library 4 20000   # the library's per-parse add/remove: some renders differ
 *   ./a.out pinned 4 20000    # the characters pinned once, as sitegen does: none differ
 *
 * Exits 1 when a render differs. Run under `valgrind --tool=helgrind` with few iterations to see
 * the data races on the library's table (none when pinned). */
#include "CCmarkParallel.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGES 64
static const char *names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};
static const int options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART | CMARK_OPT_GITHUB_PRE_LANG | CMARK_OPT_FOOTNOTES;
static char *pages[PAGES], *expected[PAGES];
static int iterations, differing;
static pthread_mutex_t count_lock = PTHREAD_MUTEX_INITIALIZER;

static cmark_parser *make_parser(void) {
    cmark_parser *parser = cmark_parser_new(options);
    for (int i = 0; i < 5; i++) cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(names[i]));
    return parser;
}

static char *render(const char *markdown) {
    cmark_parser *parser = make_parser();
    cmark_parser_feed(parser, markdown, strlen(markdown));
    cmark_node *document = cmark_parser_finish(parser);
    char *html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));
    cmark_node_free(document);
    cmark_parser_free(parser);
    return html;
}

static void *work(void *argument) {
    long thread = (long)argument;
    int bad = 0;
    for (int k = 0; k < iterations; k++) {
        int i = (int)((k + thread * 7) % PAGES);
        char *html = render(pages[i]);
        if (strcmp(html, expected[i]) != 0) bad++;
        free(html);
    }
    pthread_mutex_lock(&count_lock);
    differing += bad;
    pthread_mutex_unlock(&count_lock);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: cmark_race library|pinned THREADS ITERATIONS\n"); return 2; }
    int pinned = strcmp(argv[1], "pinned") == 0, threads = atoi(argv[2]);
    iterations = atoi(argv[3]);
    if (threads < 1 || threads > 16) threads = 2;
    cmark_gfm_core_extensions_ensure_registered();
    if (pinned) {
        cmark_parser *parser = make_parser();
        if (!sitegen_cmark_pin_special_characters(parser)) { fprintf(stderr, "could not pin\n"); return 2; }
        cmark_parser_free(parser);
    }
    for (int i = 0; i < PAGES; i++) {
        pages[i] = malloc(1024);
        snprintf(pages[i], 1024,
                 "# Página %d\n\nVisite www.ejemplo%d.org o https://cali.gov.co/%d ~~tachado %d~~ y a%d@b.co.\n\n"
                 "| a | b |\n|---|---|\n| %d | x ~~y~~ |\n\n- [x] tarea %d\n- [ ] \"comillas\" -- y ...\n\n"
                 "Texto[^1] <b>crudo</b> `código`\n\n[^1]: nota\n", i, i, i, i, i, i, i);
        expected[i] = render(pages[i]);
    }
    if (!strstr(expected[0], "<del>") || !strstr(expected[0], "href=\"http://www.ejemplo0.org\"")) {
        fprintf(stderr, "the serial render lacks strikethrough or autolinks\n");
        return 2;
    }
    long calls = sitegen_cmark_hook_calls();
    pthread_t workers[16];
    for (long t = 0; t < threads; t++) pthread_create(&workers[t], NULL, work, (void *)t);
    for (int t = 0; t < threads; t++) pthread_join(workers[t], NULL);
    printf("%s: %d threads, %d renders, %d differ from the serial render (replacement called %ld times)\n",
           argv[1], threads, threads * iterations, differing, sitegen_cmark_hook_calls() - calls);
    return differing != 0;
}
