#include "server_process.hpp"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <system_error>
#include <thread>
#include <unistd.h>
#include <utility>

namespace hr::client {

namespace {

constexpr std::string_view kListening = "highroad-server listening on ";
constexpr std::size_t kMaxOutput = 4096; // the server prints one line; more is not ours to keep

} // namespace

std::filesystem::path program_beside_client(std::string_view name) {
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) {
        return std::filesystem::path(name);
    }
    return self.parent_path() / name;
}

std::vector<std::string> server_arguments(const ServerLaunch& launch) {
    return {"--bind",      launch.bind,
            "--port",      std::to_string(launch.port),
            "--database",  launch.database.string(),
            "--scenarios", launch.scenarios.string()};
}

std::optional<std::uint16_t> listening_port(std::string_view line) {
    if (line.substr(0, kListening.size()) != kListening) {
        return std::nullopt;
    }
    const auto colon = line.rfind(':');
    if (colon == std::string_view::npos || colon + 1 >= line.size()) {
        return std::nullopt;
    }
    unsigned port = 0;
    for (char c : line.substr(colon + 1)) {
        if (c == '\r' || c == '\n') {
            break;
        }
        if (c < '0' || c > '9' || port > 65535) {
            return std::nullopt;
        }
        port = port * 10 + static_cast<unsigned>(c - '0');
    }
    if (port == 0 || port > 65535) {
        return std::nullopt;
    }
    return static_cast<std::uint16_t>(port);
}

bool process_alive(int pid) {
    return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
}

std::optional<ServerProcess> ServerProcess::start(const ServerLaunch& launch,
                                                  std::string* problem) {
    const auto fail = [&](std::string why) -> std::optional<ServerProcess> {
        if (problem != nullptr) {
            *problem = std::move(why);
        }
        return std::nullopt;
    };
    if (::access(launch.program.c_str(), X_OK) != 0) {
        return fail(launch.program.string() + " is missing or not executable");
    }
    std::error_code ec;
    std::filesystem::create_directories(launch.log_file.parent_path(), ec);
    std::filesystem::create_directories(launch.database.parent_path(), ec);

    // Everything the child needs is prepared before fork: after it, only exec-safe calls.
    std::vector<std::string> args = server_arguments(launch);
    args.insert(args.begin(), launch.program.string());
    std::vector<char*> argv;
    for (auto& a : args) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    const std::string log_path = launch.log_file.string();

    int out[2] = {-1, -1};
    if (::pipe2(out, O_CLOEXEC) != 0) {
        return fail("cannot create a pipe for the server's output");
    }
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(out[0]);
        ::close(out[1]);
        return fail("cannot start a process for the server");
    }
    if (pid == 0) {
        if (launch.lifetime == ServerLifetime::Detached) {
            ::setsid();
        } else {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (::getppid() != parent) {
                ::_exit(1); // the client died before the line above took effect
            }
        }
        const int in = ::open("/dev/null", O_RDONLY);
        const int log = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (in >= 0) {
            ::dup2(in, STDIN_FILENO);
        }
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(log >= 0 ? log : out[1], STDERR_FILENO);
        // Nothing else of the client's goes with it: a detached server holding the client's
        // display connection or a terminal's pipe would keep them open after the client ends.
        ::close_range(3, ~0U, 0);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(out[1]);
    ::fcntl(out[0], F_SETFL, ::fcntl(out[0], F_GETFL) | O_NONBLOCK);
    return ServerProcess(pid, out[0], launch.lifetime);
}

ServerProcess::ServerProcess(int pid, int out_fd, ServerLifetime lifetime)
    : pid_(pid), out_fd_(out_fd), lifetime_(lifetime) {}

ServerProcess::ServerProcess(ServerProcess&& other) noexcept
    : pid_(std::exchange(other.pid_, 0)), out_fd_(std::exchange(other.out_fd_, -1)),
      lifetime_(other.lifetime_), exited_(other.exited_), output_(std::move(other.output_)),
      port_(other.port_) {}

ServerProcess& ServerProcess::operator=(ServerProcess&& other) noexcept {
    if (this != &other) {
        if (lifetime_ == ServerLifetime::WithClient) {
            stop();
        }
        close_pipe();
        pid_ = std::exchange(other.pid_, 0);
        out_fd_ = std::exchange(other.out_fd_, -1);
        lifetime_ = other.lifetime_;
        exited_ = other.exited_;
        output_ = std::move(other.output_);
        port_ = other.port_;
    }
    return *this;
}

ServerProcess::~ServerProcess() {
    if (lifetime_ == ServerLifetime::WithClient) {
        stop();
    }
    close_pipe();
}

void ServerProcess::close_pipe() {
    if (out_fd_ >= 0) {
        ::close(out_fd_);
        out_fd_ = -1;
    }
}

std::optional<std::uint16_t> ServerProcess::poll_port() {
    if (port_ || out_fd_ < 0) {
        return port_;
    }
    char buffer[512];
    for (;;) {
        const ssize_t n = ::read(out_fd_, buffer, sizeof buffer);
        if (n > 0) {
            if (output_.size() < kMaxOutput) {
                output_.append(buffer, static_cast<std::size_t>(n));
            }
            continue;
        }
        if (n == 0) {
            close_pipe(); // the server closed its output: it has ended
        }
        break; // EAGAIN: nothing more for now
    }
    std::size_t start = 0;
    for (std::size_t end = output_.find('\n'); end != std::string::npos;
         end = output_.find('\n', start)) {
        if (const auto port =
                listening_port(std::string_view(output_).substr(start, end - start))) {
            port_ = port;
            // The server prints nothing more on stdout; a Detached one must not find its
            // output closed later and a WithClient one needs no reader.
            close_pipe();
            break;
        }
        start = end + 1;
    }
    return port_;
}

bool ServerProcess::running() {
    if (pid_ <= 0 || exited_) {
        return false;
    }
    int status = 0;
    const pid_t r = ::waitpid(pid_, &status, WNOHANG);
    if (r == pid_ || (r < 0 && errno == ECHILD)) {
        exited_ = true;
        return false;
    }
    return true;
}

void ServerProcess::stop(int grace_ms) {
    if (!running()) {
        return;
    }
    ::kill(pid_, SIGTERM);
    for (int waited = 0; waited < grace_ms; waited += 10) {
        if (!running()) {
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    exited_ = true;
}

} // namespace hr::client
