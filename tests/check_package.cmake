# Makes the Debian package from this build tree (cpack -G DEB, as ./dev.sh package does from a
# Release tree) and checks what it holds with scripts/check-package.sh, so that a file the
# desktop or a user needs cannot go missing from the package unnoticed.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(
    COMMAND "${CPACK}" -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK_DIR}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc}):\n${out}\n${err}")
endif()
file(GLOB debs "${WORK_DIR}/sellerdesk_${VERSION}_*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one sellerdesk_${VERSION}_<arch>.deb in ${WORK_DIR}, found: ${debs}\n${out}")
endif()
execute_process(COMMAND "${CHECK_SCRIPT}" ${debs} "${VERSION}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the package failed its check")
endif()
