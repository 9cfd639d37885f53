# Sanitizer and fuzzing builds. Both change how every object is compiled, so they are options of
# a build folder of its own (the "sanitize" preset), never of the release build: a directory-wide
# flag is the one way to have the engine, the window, the tests and Qt's inline code all checked.
option(ARTICLELENS_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(ARTICLELENS_FUZZ "Build the libFuzzer targets of tests/fuzz (clang; implies ARTICLELENS_SANITIZE)" OFF)

if(ARTICLELENS_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "ARTICLELENS_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++ "
                        "or the 'sanitize' preset")
  endif()
  set(ARTICLELENS_SANITIZE ON CACHE BOOL "" FORCE)
endif()

if(ARTICLELENS_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
  # What the sanitized tests are run with (ctest passes it through al_add_test); the suppressions
  # name only leaks inside system libraries we cannot free, so a leak of our own still fails.
  set(ARTICLELENS_SANITIZER_ENV
    "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1"
    "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=${CMAKE_CURRENT_SOURCE_DIR}/tests/sanitizers/ubsan.supp")
endif()

if(ARTICLELENS_FUZZ)
  # Coverage feedback everywhere; only the fuzz executables link libFuzzer's main (tests/fuzz), so
  # the same objects serve the sanitized test suite and the fuzzers from one build folder.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
