#include "logger.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace hr::server {

std::optional<LogLevel> log_level_from(std::string_view name) {
    for (LogLevel l : {LogLevel::Trace, LogLevel::Debug, LogLevel::Info, LogLevel::Warn,
                       LogLevel::Error, LogLevel::Off}) {
        if (to_string(l) == name) {
            return l;
        }
    }
    return std::nullopt;
}

std::string_view to_string(LogLevel level) {
    switch (level) {
    case LogLevel::Trace:
        return "trace";
    case LogLevel::Debug:
        return "debug";
    case LogLevel::Info:
        return "info";
    case LogLevel::Warn:
        return "warn";
    case LogLevel::Error:
        return "error";
    case LogLevel::Off:
        return "off";
    }
    return "info";
}

void Logger::write(LogLevel level, std::string_view text) {
    if (!enabled(level)) {
        return;
    }
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() %
        1000;
    std::tm local{};
    localtime_r(&seconds, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &local);
    const std::string_view name = to_string(level);
    const std::lock_guard lock(mutex_);
    std::fprintf(stderr, "%s.%03d %-5.*s %.*s\n", stamp, static_cast<int>(millis),
                 static_cast<int>(name.size()), name.data(), static_cast<int>(text.size()),
                 text.data());
    std::fflush(stderr);
}

Logger& log() {
    static Logger logger;
    return logger;
}

} // namespace hr::server
