#pragma once
// A small leveled logger to stderr: "2025-01-31 14:02:07.123 info  room ABC234: round 3 closed".
// stdout is kept for the one machine-readable line that tells a spawning program the port.
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace hr::server {

enum class LogLevel { Trace, Debug, Info, Warn, Error, Off };

std::optional<LogLevel> log_level_from(std::string_view name);
std::string_view to_string(LogLevel level);

class Logger {
  public:
    void set_level(LogLevel level) { level_ = level; }
    LogLevel level() const { return level_; }
    bool enabled(LogLevel level) const { return level >= level_ && level_ != LogLevel::Off; }

    void write(LogLevel level, std::string_view text);

    void trace(std::string_view text) { write(LogLevel::Trace, text); }
    void debug(std::string_view text) { write(LogLevel::Debug, text); }
    void info(std::string_view text) { write(LogLevel::Info, text); }
    void warn(std::string_view text) { write(LogLevel::Warn, text); }
    void error(std::string_view text) { write(LogLevel::Error, text); }

  private:
    LogLevel level_ = LogLevel::Info;
    std::mutex mutex_;
};

// The process's logger.
Logger& log();

} // namespace hr::server
