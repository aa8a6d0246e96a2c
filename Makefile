# The README's commands. `make demo` and `make test` install what is missing,
# configure and build in build/, then run the demo or every test.
BUILD ?= build
JOBS ?= 2
INDEX ?= $(BUILD)/demo-index
CMAKE_FLAGS ?=

PORT ?= 8080

.PHONY: deps configure build demo serve test package sanitize fuzz clean format

deps:
	@scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

configure: deps $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/ofsearch index --index $(INDEX) corpus/reports
	$(BUILD)/ofsearch search --index $(INDEX) --facets '"missing from care"'
	@echo "The search page: run 'make serve', then open http://127.0.0.1:$(PORT)/ in a browser."

# The search page and JSON API on http://127.0.0.1:$(PORT)/ (indexes the bundled corpus first).
serve: build
	@[ -d $(INDEX) ] || $(BUILD)/ofsearch index --index $(INDEX) corpus/reports
	$(BUILD)/ofsearch serve --index $(INDEX) --port $(PORT)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# A Debian package, $(BUILD)/ofsearch_<version>_<arch>.deb (`apt install ./$(BUILD)/ofsearch_*.deb`).
package: build
	rm -f $(BUILD)/ofsearch_*.deb
	cd $(BUILD) && cpack -G DEB
	@ls $(BUILD)/ofsearch_*.deb

# The tests again under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize: deps
	cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=Debug -DOFSEARCH_SANITIZE=ON -DOFSEARCH_BENCH=OFF
	cmake --build $(BUILD)-asan -j $(JOBS)
	cd $(BUILD)-asan && LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp ctest --output-on-failure -j $(JOBS)

# libFuzzer targets under clang (ASan + UBSan), FUZZ_SECONDS each (default 600);
# crashes and slow inputs are saved in tests/fuzz/regressions/ for `make test`.
fuzz:
	FUZZ_BUILD=$(BUILD)-fuzz JOBS=$(JOBS) scripts/fuzz.sh

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD) $(BUILD)-asan
