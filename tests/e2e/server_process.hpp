#pragma once
// Spawns bin/highroad-server on 127.0.0.1 with port 0 and reads the port from the line it prints
// on stdout. Stopped with SIGTERM (a clean shutdown) or SIGKILL (a crash) on demand.
#include <catch2/catch.hpp>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace hr::e2e {

class ServerProcess {
  public:
    // `wrapper` runs the server under another program (valgrind ...), found on the PATH.
    explicit ServerProcess(const std::string& database, std::vector<std::string> extra = {},
                           std::vector<std::string> wrapper = {}) {
        int out[2];
        REQUIRE(::pipe(out) == 0);
        std::vector<std::string> args{std::string(HIGHROAD_BIN_DIR) + "/highroad-server",
                                      "--port",
                                      "0",
                                      "--bind",
                                      "127.0.0.1",
                                      "--database",
                                      database,
                                      "--log-level",
                                      "warn"};
        args.insert(args.end(), extra.begin(), extra.end());
        args.insert(args.begin(), wrapper.begin(), wrapper.end());
        pid_ = ::fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            ::dup2(out[1], STDOUT_FILENO);
            ::close(out[0]);
            ::close(out[1]);
            std::vector<char*> argv;
            for (auto& a : args) {
                argv.push_back(a.data());
            }
            argv.push_back(nullptr);
            ::execvp(argv[0], argv.data());
            ::_exit(127);
        }
        ::close(out[1]);
        stdout_ = ::fdopen(out[0], "r");
        char line[256] = {};
        REQUIRE(std::fgets(line, sizeof line, stdout_) != nullptr);
        const std::string text(line);
        const std::string prefix = "highroad-server listening on 127.0.0.1:";
        REQUIRE(text.rfind(prefix, 0) == 0);
        port_ = static_cast<std::uint16_t>(std::stoi(text.substr(prefix.size())));
        REQUIRE(port_ != 0);
    }
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;
    ~ServerProcess() { stop(SIGTERM); }

    std::uint16_t port() const { return port_; }
    pid_t pid() const { return pid_; }

    // Sends the signal and waits for the process; returns its exit status (or -signal).
    int stop(int signal) {
        if (pid_ <= 0) {
            return exit_status_;
        }
        ::kill(pid_, signal);
        int status = 0;
        ::waitpid(pid_, &status, 0);
        pid_ = -1;
        if (stdout_ != nullptr) {
            std::fclose(stdout_);
            stdout_ = nullptr;
        }
        exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
        return exit_status_;
    }

  private:
    pid_t pid_ = -1;
    std::FILE* stdout_ = nullptr;
    std::uint16_t port_ = 0;
    int exit_status_ = 0;
};

// A database path of its own, removed with its WAL files afterwards.
struct TempDatabase {
    std::string path;
    explicit TempDatabase(const std::string& name) {
        path = (std::filesystem::temp_directory_path() /
                ("highroad-e2e-" + std::to_string(::getpid()) + "-" + name + ".db"))
                   .string();
        remove();
    }
    ~TempDatabase() { remove(); }
    void remove() const {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(path + suffix);
        }
    }
};

} // namespace hr::e2e
