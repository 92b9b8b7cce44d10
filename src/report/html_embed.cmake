# Embeds text files into the binary, so the report and the web app need no
# files at run time and work offline from any directory.
#
#   corroborate_embed(TARGET target NAME symbol FILE path)
#
# generates <binary dir>/<symbol>.cc defining
#   extern const char <symbol>[];        // the file's bytes, NUL-terminated
#   extern const unsigned long <symbol>_size;  // bytes, without the NUL
# in namespace corroborate::embedded, and adds it to `target`. The file is
# regenerated whenever the source file changes.
set(CORROBORATE_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/html_embed_run.cmake")

function(corroborate_embed)
  cmake_parse_arguments(ARG "" "TARGET;NAME;FILE" "" ${ARGN})
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}.cc")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DIN=${ARG_FILE} -DOUT=${out} -DNAME=${ARG_NAME}
            -P "${CORROBORATE_EMBED_SCRIPT}"
    DEPENDS "${ARG_FILE}" "${CORROBORATE_EMBED_SCRIPT}"
    COMMENT "Embedding ${ARG_FILE}")
  target_sources(${ARG_TARGET} PRIVATE "${out}")
endfunction()
