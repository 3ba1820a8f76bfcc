# What `cmake --build build --target package` (or `cpack --config build/CPackConfig.cmake`) makes:
# a Debian package on Linux, a disk image holding Docent.app on macOS, an NSIS installer on
# Windows. README.md says which of them have been tried.
set(CPACK_PACKAGE_NAME docent)
set(CPACK_PACKAGE_VENDOR "The Docent developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reader for Sphinx and reStructuredText documentation")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Docent)
set(CPACK_PACKAGE_EXECUTABLES docent Docent)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/packaging/LICENSE.txt)
set(CPACK_STRIP_FILES ON)
# Files readable by all, whatever the umask of the one who builds.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# --- Debian -------------------------------------------------------------------------------------
set(DOCENT_PACKAGE_MAINTAINER "The Docent developers <maintainers@users.noreply.b-seed-a7e15510.example>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${DOCENT_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # docent_0.1.0-1_amd64.deb
# The Debian revision: the package is not "native", its changelog is changelog.Debian.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The first line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the text below it (at most 80 columns).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Docent shows a documentation tree written in reStructuredText for Sphinx
straight from its sources: pages are rendered as they are read,
cross-references work as links, and the tree can be searched, bookmarked,
printed and exported as PDF. Neither Python nor Sphinx is needed.
.
Besides the window, the docent command renders pages as HTML, checks a tree
for broken references and exports PDF files without a display.")
# The libraries come from what the executable links (dpkg-shlibdeps); the Qt plug-ins it loads
# at run time (SVG icons, the bookmark database) are named by hand, and KSyntaxHighlighting is
# linked statically, so nothing outside Debian's own Qt 6 is needed.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite, qt6-qpa-plugins")
# KaTeX typesets math (without it, math is shown as source); Qt's own translations name the
# standard buttons and dialogs in the reader's language; xdg-utils opens links outside the tree.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libjs-katex, qt6-translations-l10n, xdg-utils")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "graphviz")
# The changelog and copyright file every Debian package carries, made at build time.
set(docDir ${PROJECT_BINARY_DIR}/packaging/doc)
file(MAKE_DIRECTORY ${docDir})
string(TIMESTAMP changelogDate "%a, %d %b %Y %H:%M:%S +0000" UTC)
file(WRITE ${docDir}/changelog.Debian
"docent (${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}) unstable; urgency=medium

  * Package built from the Docent sources (CPack).

 -- ${DOCENT_PACKAGE_MAINTAINER}  ${changelogDate}
")
add_custom_command(OUTPUT ${docDir}/changelog.Debian.gz
    COMMAND gzip -9 -n -c ${docDir}/changelog.Debian > ${docDir}/changelog.Debian.gz
    DEPENDS ${docDir}/changelog.Debian
    VERBATIM)
add_custom_target(docent_package_docs ALL DEPENDS ${docDir}/changelog.Debian.gz)
if(NOT APPLE AND NOT WIN32)
    include(GNUInstallDirs)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/copyright ${docDir}/changelog.Debian.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/docent)
endif()

# --- macOS --------------------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME Docent)

# --- Windows: NSIS ------------------------------------------------------------------------------
set(CPACK_NSIS_DISPLAY_NAME Docent)
set(CPACK_NSIS_PACKAGE_NAME Docent)
set(CPACK_NSIS_MUI_ICON ${PROJECT_BINARY_DIR}/icons/docent.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\docent.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
# Start menu entry (CPACK_PACKAGE_EXECUTABLES above) and ".rst opens in Docent": a ProgID with
# the open command, named as the default of .rst and offered for .txt; undone on uninstall.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr HKLM 'Software\\\\Classes\\\\Docent.rst' '' 'reStructuredText document'
  WriteRegStr HKLM 'Software\\\\Classes\\\\Docent.rst\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\docent.exe,0'
  WriteRegStr HKLM 'Software\\\\Classes\\\\Docent.rst\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\docent.exe\\\" \\\"%1\\\"'
  WriteRegStr HKLM 'Software\\\\Classes\\\\.rst' '' 'Docent.rst'
  WriteRegStr HKLM 'Software\\\\Classes\\\\.rst\\\\OpenWithProgids' 'Docent.rst' ''
  WriteRegStr HKLM 'Software\\\\Classes\\\\.txt\\\\OpenWithProgids' 'Docent.rst' ''
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey HKLM 'Software\\\\Classes\\\\Docent.rst'
  DeleteRegValue HKLM 'Software\\\\Classes\\\\.rst\\\\OpenWithProgids' 'Docent.rst'
  DeleteRegValue HKLM 'Software\\\\Classes\\\\.txt\\\\OpenWithProgids' 'Docent.rst'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")

if(APPLE)
    set(CPACK_GENERATOR DragNDrop)
elseif(WIN32)
    set(CPACK_GENERATOR NSIS)
else()
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
