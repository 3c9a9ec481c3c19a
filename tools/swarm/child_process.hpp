#pragma once
// A program started by the swarm (its own echo server), whose first line on stdout is read back.
#include <string>
#include <sys/types.h>
#include <vector>

namespace hr::swarm {

class ChildProcess {
  public:
    // Starts `program` with `args`; stdout is a pipe, stderr is inherited. Throws
    // std::runtime_error when it cannot start.
    ChildProcess(const std::string& program, const std::vector<std::string>& args);
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    // Stops the child (SIGTERM) and waits for it.
    ~ChildProcess();

    pid_t pid() const { return pid_; }
    // The next line of the child's stdout, without the newline; empty at its end.
    std::string read_line();

  private:
    pid_t pid_ = -1;
    int out_ = -1;
};

// The path of the running executable.
std::string self_executable();

} // namespace hr::swarm
