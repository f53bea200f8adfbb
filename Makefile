# The two commands of the README, and the rest.
.PHONY: site test test-fast build release clean fuzz bench install

# Build the default site into output/ (installing what is missing first).
site:
	bash scripts/install-deps.sh
	swift build -c release --product sitegen
	.build/release/sitegen build --content content --output output

# Run the whole test suite.
test:
	bash scripts/install-deps.sh
	bash scripts/install-test-tools.sh
	swift build --build-tests
	swift test --skip-build

# Run the unit tier only (about a minute): fixtures inside the repository, no real data, no site
# builds, no external checkers (see scripts/test-tier.sh; `site` and `external` are the other tiers).
test-fast:
	bash scripts/install-deps.sh
	bash scripts/test-tier.sh unit

build:
	swift build

# Install the release binary into $(PREFIX)/bin (default /usr/local). The default theme is built
# into the binary, so nothing else is installed; see README "Install".
PREFIX ?= /usr/local
install:
	swift build -c release --product sitegen
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 "$$(swift build -c release --show-bin-path)/sitegen" $(DESTDIR)$(PREFIX)/bin/sitegen

clean:
	rm -rf .build output

# Fuzz the CSV reader with libFuzzer for SECONDS (default 600); see README "Fuzzing".
fuzz:
	bash scripts/fuzz-csv.sh $(or $(SECONDS),600)

# Measure build speed and memory at 1x/10x/100x, against Hugo and cmark-gfm, and serve's latency;
# writes BENCHMARKS.md (see scripts/bench.sh; takes several minutes).
bench:
	bash scripts/bench.sh
