#pragma once
// Token buckets for the per-peer limits (messages, chat, wrong join codes and secrets), and a
// counter of violations that tells when a peer should be cut off. Time is passed in.
#include <cstdint>

namespace hr::server {

using TimeMs = std::int64_t; // milliseconds since the Unix epoch

class TokenBucket {
  public:
    TokenBucket() = default;
    // `rate` tokens a second, at most `burst` saved up; starts full.
    TokenBucket(double rate, double burst) : rate_(rate), burst_(burst), tokens_(burst) {}

    // Takes one token if there is one.
    bool take(TimeMs now);
    // Whether a token is there, without taking it.
    bool has_token(TimeMs now);

  private:
    double rate_ = 1;
    double burst_ = 1;
    double tokens_ = 1;
    TimeMs last_ = 0;
};

// Violations within a sliding window of `window_ms`; over `limit` means disconnect.
class ViolationCounter {
  public:
    ViolationCounter() = default;
    ViolationCounter(int limit, TimeMs window_ms) : limit_(limit), window_ms_(window_ms) {}

    // Counts one; true when the peer is now over the limit.
    bool add(TimeMs now);
    int count() const { return count_; }

  private:
    int limit_ = 20;
    TimeMs window_ms_ = 60'000;
    int count_ = 0;
    TimeMs window_start_ = 0;
};

} // namespace hr::server
