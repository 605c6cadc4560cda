# Installs the already-built project into WORK_DIR/prefix, then builds the consumer against it
# with find_package(newsline) and with pkg-config, and runs both.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")

function(run)
  execute_process(COMMAND ${ARGV} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "command failed (${rc}): ${ARGV}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

run(${CMAKE_COMMAND} --install "${BINARY_DIR}" --prefix "${prefix}")

set(flags "")
if(SANITIZE)
  set(flags "-fsanitize=address,undefined")
endif()

# 1. CMake package.
run(${CMAKE_COMMAND} -S "${SOURCE_DIR}/tests/package/consumer" -B "${WORK_DIR}/build"
    -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
    "-DCMAKE_CXX_FLAGS=${flags}" "-DCMAKE_EXE_LINKER_FLAGS=${flags}")
run(${CMAKE_COMMAND} --build "${WORK_DIR}/build")
run("${WORK_DIR}/build/consumer")
if(NOT last_output MATCHES "^newsline [0-9]+\\.[0-9]+\\.[0-9]+ 2026-02-27 not found")
  message(FATAL_ERROR "unexpected consumer output: ${last_output}")
endif()

# 2. pkg-config.
find_program(PKG_CONFIG pkg-config REQUIRED)
set(ENV{PKG_CONFIG_PATH} "${prefix}/lib/pkgconfig:${prefix}/lib/x86_64-linux-gnu/pkgconfig")
# No --define-prefix: the installed file itself must name the prefix it was installed under.
execute_process(COMMAND ${PKG_CONFIG} --dont-define-prefix --cflags --libs --static newsline
  RESULT_VARIABLE rc OUTPUT_VARIABLE pc_flags OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config could not find newsline")
endif()
if(NOT pc_flags MATCHES "-I${prefix}/[^ ]*include")
  message(FATAL_ERROR "pkg-config flags do not point into the install prefix ${prefix}: ${pc_flags}")
endif()
separate_arguments(pc_flags UNIX_COMMAND "${pc_flags}")
separate_arguments(sflags UNIX_COMMAND "${flags}")
run(${CMAKE_CXX_COMPILER} -std=c++17 ${sflags} "${SOURCE_DIR}/tests/package/consumer/consumer.cc"
    -o "${WORK_DIR}/consumer_pc" ${pc_flags})
run("${WORK_DIR}/consumer_pc")
message(STATUS "package consumer: ${last_output}")

# 3. The Python module, when it was built: imported from the install alone, it indexes and reads.
if(PYTHON AND PYTHON_INSTALL_DIR)
  set(ENV{PYTHONPATH} "${prefix}/${PYTHON_INSTALL_DIR}")
  run(${PYTHON} -c "import newsline, sys, os
assert os.path.realpath(newsline.__file__).startswith(os.path.realpath(sys.argv[1])), newsline.__file__
db = os.path.join(sys.argv[1], 'py.db')
newsline.index(db, [os.path.join(sys.argv[2], 'corpus', 'articles')])
print('python', newsline.version(), newsline.open(db).document_count())" "${WORK_DIR}" "${SOURCE_DIR}")
  message(STATUS "package consumer: ${last_output}")
endif()
