#pragma once
// A progress bar on stderr for long runs: it appears only once a run has taken more than a second,
// so short runs and tests print nothing, and redraws at most ten times a second.
#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

namespace hr::sim {

class Progress {
  public:
    Progress(std::string label, std::uint64_t total, std::ostream& out, bool enabled = true);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void update(std::uint64_t done);
    // Draws the full bar (if the bar was shown) and ends its line.
    void finish();
    double elapsed_seconds() const;

  private:
    void draw(std::uint64_t done);

    std::string label_;
    std::uint64_t total_;
    std::ostream& out_;
    bool enabled_;
    bool shown_ = false;
    bool finished_ = false;
    std::uint64_t done_ = 0;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
};

} // namespace hr::sim
