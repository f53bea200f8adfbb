/* The disk's floor for a build: makes the same folders and files as a site already built, with
 * the same sizes, and nothing else (used by scripts/bench.sh).
 *
 * Usage: floor MANIFEST OUT
 * MANIFEST lists the tree top-down, one entry a line: "d RELATIVE/PATH" for a folder and
 * "f SIZE RELATIVE/PATH" for a file. OUT must not exist; it is made first. Each file is written
 * with one write() of SIZE bytes (as large as the largest file) and closed; no fsync, as sitegen
 * does none. The manifest is read whole before anything is made. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: floor MANIFEST OUT\n"); return 2; }
    FILE *in = fopen(argv[1], "r");
    if (!in) { perror(argv[1]); return 1; }
    fseek(in, 0, SEEK_END);
    long length = ftell(in);
    rewind(in);
    char *text = malloc((size_t)length + 1);
    if (!text || fread(text, 1, (size_t)length, in) != (size_t)length) { perror("read"); return 1; }
    text[length] = 0;
    fclose(in);

    long largest = 0;
    for (char *line = text; *line; line = strchr(line, '\n') + 1) {
        if (line[0] == 'f') { long size = atol(line + 2); if (size > largest) largest = size; }
        if (!strchr(line, '\n')) break;
    }
    char *bytes = malloc((size_t)largest + 1);
    memset(bytes, 'x', (size_t)largest + 1);

    if (mkdir(argv[2], 0755) != 0 || chdir(argv[2]) != 0) { perror(argv[2]); return 1; }
    long folders = 0, files = 0;
    char *line = text;
    while (*line) {
        char *end = strchr(line, '\n');
        if (end) *end = 0;
        if (line[0] == 'd') {
            if (mkdir(line + 2, 0755) != 0) { perror(line + 2); return 1; }
            folders++;
        } else if (line[0] == 'f') {
            char *path = strchr(line + 2, ' ') + 1;
            long size = atol(line + 2);
            int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (fd < 0 || (size > 0 && write(fd, bytes, (size_t)size) != size) || close(fd) != 0) {
                perror(path);
                return 1;
            }
            files++;
        }
        if (!end) break;
        line = end + 1;
    }
    printf("floor: %ld folders, %ld files\n", folders, files);
    return 0;
}
