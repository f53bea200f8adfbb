# The two commands of the README, and the rest.
.PHONY: site test build release clean fuzz

# Build the default site into output/ (installing what is missing first).
site:
	bash scripts/install-deps.sh
	swift build -c release --product sitegen
	.build/release/sitegen build --content content --output output

# Run the whole test suite.
test:
	bash scripts/install-deps.sh
	swift build --build-tests
	swift test --skip-build

build:
	swift build

clean:
	rm -rf .build output

# Fuzz the CSV reader with libFuzzer for SECONDS (default 600); see README "Fuzzing".
fuzz:
	bash scripts/fuzz-csv.sh $(or $(SECONDS),600)
