# Installing and packaging SkillLadder (issue 18).
#   cmake --install build --prefix DIR    both programs, translations, desktop entry, icons, manual
#   (cd build && cpack -G DEB)            skillladder_VERSION_ARCH.deb, its Depends computed
#   (on Windows) cpack -G NSIS            an installer with Start-menu and desktop shortcuts
include(GNUInstallDirs)

install(TARGETS skillladder-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(SKL_BUILD_GUI)
    install(TARGETS skillladder RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# Windows: Qt's deployment script copies the Qt libraries, plugins (platforms, sqldrivers,
# styles, printsupport) and Qt's translations beside the program at install time. Qt 6.4 has it
# for Windows (its Linux support came in 6.5; on Linux the package's Depends bring Qt instead).
if(WIN32 AND SKL_BUILD_GUI)
    qt_generate_deploy_app_script(TARGET skillladder
        OUTPUT_SCRIPT skl_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${skl_deploy_script})
endif()

set(CPACK_PACKAGE_NAME "skillladder")
set(CPACK_PACKAGE_VENDOR "${SKL_PUBLISHER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Skilled-workforce management for enterprises (技能人才管理系统)")
set(CPACK_PACKAGE_HOMEPAGE_URL "${SKL_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SkillLadder")
set(CPACK_PACKAGE_EXECUTABLES "skillladder" "SkillLadder 技能人才管理系统")
set(CPACK_STRIP_FILES ON)

# Debian: the name, section and description a package manager shows; Depends computed from the
# programs' libraries (dpkg-shlibdeps), plus what is loaded at run time and so invisible to it:
# Qt's SQLite and PostgreSQL drivers, the platform plugins of a desktop session, and the font the
# certificates and printouts are drawn with.
set(CPACK_DEBIAN_PACKAGE_NAME "skillladder")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SKL_PUBLISHER} <support@skillladder.cn>"
    CACHE STRING "Maintainer field of the .deb")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, fonts-wqy-zenhei")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, poppler-utils")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Skilled-workforce management for enterprises (技能人才管理系统)
 SkillLadder runs an enterprise's skilled workforce as the 2022 national opinion
 on high-skilled talent asks: the eight-grade ladder from apprentice to chief
 technician, certification with four-eyes approval and printed certificates,
 allowances and pay, training, honours and the workforce targets.
 .
 技能人才管理系统按照2022年高技能人才队伍建设意见，管理企业职工的八级技能等级、
 等级认定与证书、津贴与薪酬、培训档案、荣誉和队伍目标。界面为简体中文（可选英文）。")

# Windows (NSIS): Start-menu and desktop shortcuts, an uninstaller, and the .sqlite company files
# offered (a page of the installer asks; nothing is taken over without it).
set(CPACK_NSIS_DISPLAY_NAME "SkillLadder 技能人才管理系统")
set(CPACK_NSIS_PACKAGE_NAME "SkillLadder")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/skillladder.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/skillladder.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\skillladder.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$DESKTOP\\\\SkillLadder.lnk' '$INSTDIR\\\\bin\\\\skillladder.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$DESKTOP\\\\SkillLadder.lnk'")
# The installer asks whether .sqlite company files should open with SkillLadder (offered under
# "Open with", never taken over; a silent install answers no), and the uninstaller takes it back:
# resources/windows/*.nsh, included as they are, so that NSIS's quoting needs no CMake escaping.
file(TO_NATIVE_PATH "${PROJECT_SOURCE_DIR}/resources/windows" skl_nsis_dir)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "!include '${skl_nsis_dir}\\\\associate.nsh'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!include '${skl_nsis_dir}\\\\unassociate.nsh'")

include(CPack)
