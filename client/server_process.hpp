#pragma once
// highroad-server as a child process: the client never links the server, it starts the program
// that sits beside it in bin/ and reads the port it listens on from its first line of output.
// A solo server lives and dies with the client; a classroom server is detached, so that the
// students' game goes on if the teacher's window crashes.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hr::client {

enum class ServerLifetime {
    WithClient, // stopped when the client stops, killed when the client dies
    Detached,   // its own session: outlives the client, a closed terminal and Ctrl-C
};

struct ServerLaunch {
    std::filesystem::path program;
    std::filesystem::path database;
    std::filesystem::path scenarios; // the folder of scenario files
    std::filesystem::path log_file;  // the server's log (its stderr)
    std::string bind = "127.0.0.1";
    std::uint16_t port = 0; // 0: any free port
    ServerLifetime lifetime = ServerLifetime::WithClient;
};

// `name` in the folder of the running executable (/proc/self/exe).
std::filesystem::path program_beside_client(std::string_view name);

// The arguments the server is started with (without the program).
std::vector<std::string> server_arguments(const ServerLaunch& launch);

// The port in a line like "highroad-server listening on 0.0.0.0:40123"; nullopt for any other.
std::optional<std::uint16_t> listening_port(std::string_view line);

// Whether a process with this id exists (a server started by an earlier run of the client).
bool process_alive(int pid);

class ServerProcess {
  public:
    // Starts the program. nullopt, with the reason in `problem`, when it cannot be started.
    static std::optional<ServerProcess> start(const ServerLaunch& launch, std::string* problem);

    ServerProcess(ServerProcess&& other) noexcept;
    ServerProcess& operator=(ServerProcess&& other) noexcept;
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;
    // A WithClient server is stopped; a Detached one is left running.
    ~ServerProcess();

    int pid() const { return pid_; }
    ServerLifetime lifetime() const { return lifetime_; }
    // Reads what the server has printed, without waiting; the port once it has said it.
    std::optional<std::uint16_t> poll_port();
    // Whether the process still runs (reaps it when it has ended).
    bool running();
    // What it printed on stdout, for a message when it ended before listening.
    const std::string& output() const { return output_; }
    // SIGTERM, then SIGKILL if it has not ended within `grace_ms`; waits for it.
    void stop(int grace_ms = 3000);

  private:
    ServerProcess(int pid, int out_fd, ServerLifetime lifetime);
    void close_pipe();

    int pid_ = 0;
    int out_fd_ = -1;
    ServerLifetime lifetime_ = ServerLifetime::WithClient;
    bool exited_ = false;
    std::string output_;
    std::optional<std::uint16_t> port_;
};

} // namespace hr::client
