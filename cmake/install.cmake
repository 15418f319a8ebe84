# Installation rules, included from the top-level CMakeLists.txt.
#
#   include/klantinteracties/**, include/klantinteracties.h (+ _version.h)
#   lib/libklantinteracties.so.X.Y.Z (+ .so.X, .so), lib/libklantinteracties.a
#   lib/cmake/klantinteracties/   find_package(klantinteracties):
#       klantinteracties::klantinteracties  the C++ API (static library)
#       klantinteracties::capi              the C ABI (shared library)
#   lib/pkgconfig/klantinteracties.pc       the C ABI for pkg-config
#   bin/klantinteracties                    the command-line tool
#   ${KI_PYTHON_INSTALL_DIR}/klantinteracties/   the Python package

include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(KI_PYTHON_INSTALL_DIR "lib/python3/dist-packages" CACHE STRING
    "Where the Python package is installed (relative to the prefix, or absolute)")
set(KI_CMAKE_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/klantinteracties")

# Headers: the C++ API and the C ABI.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/klantinteracties
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT development)
install(FILES ${PROJECT_SOURCE_DIR}/capi/klantinteracties.h
              ${PROJECT_BINARY_DIR}/capi/klantinteracties_version.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT development)

# Libraries and the tool. ki_objects carries the usage requirements of the
# static library (include directory, Boost.JSON, {fmt}); it installs no files.
set_target_properties(klantinteracties_static PROPERTIES EXPORT_NAME klantinteracties)
set_target_properties(ki_objects PROPERTIES EXPORT_NAME detail_objects)
install(TARGETS klantinteracties klantinteracties_static ki_objects
        EXPORT klantinteractiesTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime
                NAMELINK_COMPONENT development
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS klantinteracties_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)

# The CMake package.
install(EXPORT klantinteractiesTargets NAMESPACE klantinteracties::
        DESTINATION ${KI_CMAKE_INSTALL_DIR} COMPONENT development)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/klantinteractiesConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/klantinteractiesConfig.cmake
  INSTALL_DESTINATION ${KI_CMAKE_INSTALL_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cmake/klantinteractiesConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/cmake/klantinteractiesConfig.cmake
              ${PROJECT_BINARY_DIR}/cmake/klantinteractiesConfigVersion.cmake
        DESTINATION ${KI_CMAKE_INSTALL_DIR} COMPONENT development)

# pkg-config, relocatable: the prefix is found from the .pc file's own place.
set(KI_PKGCONFIG_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(KI_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(KI_PC_LIBDIR "${CMAKE_INSTALL_FULL_LIBDIR}")
  set(KI_PC_INCLUDEDIR "${CMAKE_INSTALL_FULL_INCLUDEDIR}")
else()
  file(RELATIVE_PATH _ki_up "/prefix/${KI_PKGCONFIG_INSTALL_DIR}" "/prefix")
  string(REGEX REPLACE "/$" "" _ki_up "${_ki_up}")
  set(KI_PC_PREFIX "\${pcfiledir}/${_ki_up}")
  set(KI_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
  set(KI_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(${PROJECT_SOURCE_DIR}/cmake/klantinteracties.pc.in
               ${PROJECT_BINARY_DIR}/cmake/klantinteracties.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/cmake/klantinteracties.pc
        DESTINATION ${KI_PKGCONFIG_INSTALL_DIR} COMPONENT development)

# The Python package, and next to it _installed.py: where the shared library
# was installed (written at install time, when the final prefix is known).
if(KI_BUILD_PYTHON)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/bindings/python/klantinteracties
          DESTINATION ${KI_PYTHON_INSTALL_DIR} COMPONENT python
          FILES_MATCHING PATTERN "*.py" PATTERN "py.typed"
          PATTERN "__pycache__" EXCLUDE PATTERN "_installed.py" EXCLUDE)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
    set(_ki_libdir "${CMAKE_INSTALL_LIBDIR}")
  else()
    set(_ki_libdir "\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}")
  endif()
  set(_ki_installed_py "${PROJECT_BINARY_DIR}/python/_installed.py")
  install(CODE "
    file(WRITE \"${_ki_installed_py}\"
      \"# Written by 'cmake --install': where libklantinteracties was installed.\\n\"
      \"LIBRARY = '${_ki_libdir}/$<TARGET_SONAME_FILE_NAME:klantinteracties>'\\n\")
  " COMPONENT python)
  install(FILES ${_ki_installed_py}
          DESTINATION ${KI_PYTHON_INSTALL_DIR}/klantinteracties COMPONENT python)
endif()
