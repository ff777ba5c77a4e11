# Where SellerDesk's files go when installed, and how the desktop finds them:
#   Linux:   bin/ for both programs, the desktop entry, the icon in the hicolor theme (SVG and
#            PNGs), the AppStream metainfo and the man pages under share/ (what `cpack -G DEB`
#            packs, cmake/Packaging.cmake).
#   macOS:   sellerdesk.app with Info.plist and the .icns (set in app/CMakeLists.txt), ready
#            for macdeployqt.
#   Windows: sellerdesk.exe and sellerdesk-cli.exe with their icon and version resource,
#            ready for windeployqt.
# The interface translations, migrations, rules and templates are compiled into the programs.
include(GNUInstallDirs)

set(SELLERDESK_APP_ID app.sellerdesk.SellerDesk)
set(desktop_dir "${PROJECT_SOURCE_DIR}/resources/desktop")

if(UNIX AND NOT APPLE)
    install(FILES "${desktop_dir}/${SELLERDESK_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")

    configure_file("${desktop_dir}/${SELLERDESK_APP_ID}.metainfo.xml.in"
        "${PROJECT_BINARY_DIR}/${SELLERDESK_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${PROJECT_BINARY_DIR}/${SELLERDESK_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/sellerdesk.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${SELLERDESK_APP_ID}.svg")
    foreach(size 16 22 24 32 48 64 128 256 512)
        install(FILES "${desktop_dir}/icons/sellerdesk-${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
            RENAME "${SELLERDESK_APP_ID}.png")
    endforeach()

    # The man pages are made from the programs' own --help and --version, so they cannot
    # drift from them (help2man; resources/desktop/*.h2m add what --help does not say).
    find_program(HELP2MAN_PROGRAM help2man)
    if(HELP2MAN_PROGRAM AND NOT CMAKE_CROSSCOMPILING)
        set(man_pages)
        foreach(program sellerdesk sellerdesk-cli)
            set(page "${PROJECT_BINARY_DIR}/man/${program}.1")
            add_custom_command(OUTPUT "${page}.gz"
                COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/man"
                COMMAND "${CMAKE_COMMAND}" -E env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
                    "${HELP2MAN_PROGRAM}" --no-info --no-discard-stderr
                    --include "${desktop_dir}/${program}.h2m"
                    --output "${page}" "$<TARGET_FILE:${program}>"
                COMMAND gzip -9nf "${page}"
                DEPENDS ${program} "${desktop_dir}/${program}.h2m"
                COMMENT "Man page of ${program}"
                VERBATIM)
            list(APPEND man_pages "${page}.gz")
        endforeach()
        add_custom_target(sellerdesk_man_pages ALL DEPENDS ${man_pages})
        install(FILES ${man_pages} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    else()
        message(STATUS "help2man not found (or cross-compiling): no man pages are installed")
    endif()
endif()
