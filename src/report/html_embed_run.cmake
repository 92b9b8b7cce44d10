# Script mode (cmake -P): writes IN as a C++ byte array named NAME to OUT.
# A byte array rather than a raw string literal: no delimiter can clash with
# the file's text and no compiler limit on literal length applies.
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUT}" "// Generated from ${IN}; do not edit.\n"
  "namespace corroborate::embedded {\n"
  "extern const char ${NAME}[];\n"
  "extern const unsigned long ${NAME}_size;\n"
  "const char ${NAME}[] = {\n${bytes}0x00};\n"
  "const unsigned long ${NAME}_size = ${size};\n"
  "}  // namespace corroborate::embedded\n")
