# Every dependency comes from a Debian package; nothing is vendored or downloaded.
find_package(Threads REQUIRED)
include(FindXapianTarget)
find_package(ICU 60 REQUIRED COMPONENTS uc i18n)
find_package(nlohmann_json 3.9 REQUIRED)
find_package(date REQUIRED CONFIG)
find_package(PkgConfig REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
find_package(CLI11 REQUIRED CONFIG)
