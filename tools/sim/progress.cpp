#include "progress.hpp"

#include <algorithm>
#include <cstdio>

namespace hr::sim {

namespace {
using Clock = std::chrono::steady_clock;
constexpr auto kShowAfter = std::chrono::seconds(1);
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);
constexpr int kWidth = 30;
} // namespace

Progress::Progress(std::string label, std::uint64_t total, std::ostream& out, bool enabled)
    : label_(std::move(label)), total_(total), out_(out), enabled_(enabled), start_(Clock::now()),
      last_draw_(start_) {}

Progress::~Progress() {
    finish();
}

double Progress::elapsed_seconds() const {
    return std::chrono::duration<double>(Clock::now() - start_).count();
}

void Progress::update(std::uint64_t done) {
    done_ = done;
    if (!enabled_ || finished_) {
        return;
    }
    const auto now = Clock::now();
    if (now - start_ < kShowAfter || (shown_ && now - last_draw_ < kRedrawEvery)) {
        return;
    }
    last_draw_ = now;
    draw(done);
}

void Progress::finish() {
    if (finished_) {
        return;
    }
    finished_ = true;
    if (shown_) {
        draw(done_);
        out_ << '\n' << std::flush;
    }
}

void Progress::draw(std::uint64_t done) {
    shown_ = true;
    const double share =
        total_ == 0 ? 1.0 : std::min(1.0, static_cast<double>(done) / static_cast<double>(total_));
    const int filled = static_cast<int>(share * kWidth);
    const double elapsed = elapsed_seconds();
    const double eta = share > 0 ? elapsed * (1 - share) / share : 0;
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(kWidth, '.');
    char line[160];
    std::snprintf(line, sizeof line, "\r%s [%s] %3d%% %llu/%llu  %.1f s  ETA %.0f s ",
                  label_.c_str(), bar.c_str(), static_cast<int>(share * 100),
                  static_cast<unsigned long long>(done), static_cast<unsigned long long>(total_),
                  elapsed, eta);
    out_ << line << std::flush;
}

} // namespace hr::sim
