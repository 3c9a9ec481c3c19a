#include "rate_limiter.hpp"

#include <algorithm>

namespace hr::server {

bool TokenBucket::has_token(TimeMs now) {
    if (now > last_) {
        tokens_ = std::min(burst_, tokens_ + rate_ * static_cast<double>(now - last_) / 1000.0);
        last_ = now;
    }
    return tokens_ >= 1.0;
}

bool TokenBucket::take(TimeMs now) {
    if (!has_token(now)) {
        return false;
    }
    tokens_ -= 1.0;
    return true;
}

bool ViolationCounter::add(TimeMs now) {
    if (now - window_start_ > window_ms_) {
        window_start_ = now;
        count_ = 0;
    }
    ++count_;
    return count_ > limit_;
}

} // namespace hr::server
