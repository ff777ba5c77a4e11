# `cpack -G DEB` in a Release build tree makes sellerdesk_<version>_<arch>.deb from the install
# rules (cmake/Install.cmake). ./dev.sh package builds it and checks it (scripts/check-package.sh).
set(CPACK_PACKAGE_NAME sellerdesk)
set(CPACK_PACKAGE_VENDOR "SellerDesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://sellerdesk.app/")
set(CPACK_PACKAGE_CONTACT "SellerDesk team <team@sellerdesk.app>")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # sellerdesk_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Operations console for AliExpress cross-border sellers\n"
    "SellerDesk is where a seller's staff do the daily work of their AliExpress stores:\n"
    "the review of semi-managed orders with their handover deadlines, disputes and\n"
    "chargebacks, the Alipay ledger with appeals, damage claims with replies in the\n"
    "buyer's language, the monthly merchant tier, calculators of what each fulfillment\n"
    "model earns, and reports as PDF, XLSX and CSV. In English and Simplified Chinese.")
# The libraries the programs link are found by dpkg-shlibdeps from the binaries. What Qt loads
# at run time as plugins cannot be seen there, so it is named: the SQLite driver (every
# workspace is an SQLite file) and the SVG plugins (the icons are SVG).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# Chinese text needs a CJK font; Qt's own dialogs are translated by qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")

include(CPack)
