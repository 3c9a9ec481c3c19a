// highroad-server: the authoritative session server (docs/SERVER.md), and `highroad-server
// export`, a room's data for the teacher (docs/EXPORT.md).
#include "server.hpp"
#include "settings.hpp"

#include <atomic>
#include <csignal>

namespace {

std::atomic<bool> g_stop{false};

extern "C" void on_signal(int /*signal*/) {
    g_stop.store(true);
}

} // namespace

int main(int argc, char** argv) {
    const auto parsed = hr::server::parse_settings(argc, argv);
    if (parsed.export_options) {
        return hr::server::run_export(*parsed.export_options);
    }
    if (!parsed.settings) {
        return parsed.exit_code;
    }
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    std::signal(SIGPIPE, SIG_IGN);
    // A file-size limit (ulimit -f) makes a write fail like a full disk, which the server
    // reports and survives, instead of killing the process.
    std::signal(SIGXFSZ, SIG_IGN);
    return hr::server::run_server(*parsed.settings, g_stop);
}
