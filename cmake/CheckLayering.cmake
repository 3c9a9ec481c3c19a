# Enforces the architecture of DESIGN §8 on the sources. Run as a test:
#   cmake -DSOURCE_DIR=<repo> -P cmake/CheckLayering.cmake
# Fails when shared/core, shared/protocol or shared/debrief touches sockets, windows, databases,
# files or the clock, when anything but shared/net includes ENet, or when client/ and server/
# include each other.
if(NOT SOURCE_DIR)
  message(FATAL_ERROR "CheckLayering: pass -DSOURCE_DIR=<repository root>")
endif()

set(violations "")

function(scan_dir dir pattern why)
  file(GLOB_RECURSE files ${SOURCE_DIR}/${dir}/*.cpp ${SOURCE_DIR}/${dir}/*.hpp ${SOURCE_DIR}/${dir}/*.h)
  foreach(f ${files})
    file(STRINGS ${f} lines REGEX "${pattern}")
    foreach(line ${lines})
      file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
      string(STRIP "${line}" line)
      list(APPEND violations "${rel}: ${why}: ${line}")
    endforeach()
  endforeach()
  set(violations "${violations}" PARENT_SCOPE)
endfunction()

# Headers of windows, networks, databases, threads-with-clocks and files.
set(forbidden_headers "#[ \t]*include[ \t]*[<\"](enet/|SFML/|GL/|imgui|backends/|sqlite|SQLiteCpp|sys/socket|netinet/|arpa/|netdb|unistd|fstream|filesystem|cstdio|stdio\\.h|ctime|time\\.h|chrono|thread|spdlog|CLI/)")
set(clock_calls "(system_clock|steady_clock|high_resolution_clock|gettimeofday|clock_gettime|[^_a-zA-Z]time[ \t]*\\([ \t]*(NULL|nullptr|0)?[ \t]*\\)|fopen[ \t]*\\(|std::random_device)")

foreach(dir shared/core shared/protocol shared/debrief)
  scan_dir(${dir} "${forbidden_headers}" "the deterministic layers may not include this")
  scan_dir(${dir} "${clock_calls}" "the deterministic layers may not read clocks, files or OS entropy")
endforeach()

foreach(dir shared/core shared/protocol shared/debrief server client tools)
  scan_dir(${dir} "#[ \t]*include[ \t]*[<\"]enet/" "only shared/net may include ENet")
endforeach()

scan_dir(client "#[ \t]*include[ \t]*[<\"](\\.\\./)*server/" "client/ may not include server/")
scan_dir(server "#[ \t]*include[ \t]*[<\"](\\.\\./)*client/" "server/ may not include client/")

list(LENGTH violations count)
if(count GREATER 0)
  foreach(v ${violations})
    message(SEND_ERROR "layering violation: ${v}")
  endforeach()
  message(FATAL_ERROR "${count} layering violation(s)")
endif()
message(STATUS "layering: ok")
