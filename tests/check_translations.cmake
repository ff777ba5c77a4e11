# Fails when the zh_CN translation has unfinished strings, or when the sources
# hold a tr() string the .ts file does not have yet (lupdate on a copy).
file(READ "${TS_FILE}" ts)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${TS_FILE}: ${count} unfinished translation(s)")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY "${TS_FILE}" DESTINATION "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none -extensions cpp,h
        "${SOURCES_DIR}/models" "${SOURCES_DIR}/widgets" "${SOURCES_DIR}/app"
        -ts "${WORK_DIR}/${ts_name}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}${err}")
endif()
file(READ "${WORK_DIR}/${ts_name}" updated)
string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\"" missing "${updated}")
list(LENGTH missing missing_count)
if(missing_count GREATER 0)
    message(FATAL_ERROR "${missing_count} string(s) in the sources are not translated in "
        "${ts_name}; run: cmake --build build/test --target update_translations, then "
        "translate them:\n${missing}")
endif()
message(STATUS "translations complete")
