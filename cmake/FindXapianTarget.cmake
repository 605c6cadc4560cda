# Wraps Debian's Xapian CMake config (which only sets XAPIAN_INCLUDE_DIR and XAPIAN_LIBRARIES)
# in an imported target, Xapian::xapian.
if(NOT TARGET Xapian::xapian)
  find_package(Xapian REQUIRED CONFIG)
  add_library(Xapian::xapian UNKNOWN IMPORTED)
  set_target_properties(Xapian::xapian PROPERTIES
    IMPORTED_LOCATION "${XAPIAN_LIBRARIES}"
    INTERFACE_INCLUDE_DIRECTORIES "${XAPIAN_INCLUDE_DIR}")
endif()
